// 客户分布: the filters in the URL (by, departmentId; for provinces the map view and the province
// drilled into), the largest values kept and the rest folded
// into one "其他" slice, shares in tenths of a percent computed in integers (no float drift), each
// value's label and the customer list it drills down to. Pure, tested.
import type { LocationQuery } from 'vue-router'
import type { CustomerLevel } from '@/api/customers'
import { CUSTOMER_DISTRIBUTION_BYS, type CustomerDistributionBy } from '@/api/reports'
import { levelsFromQuery, levelsToQuery } from './report-query'

export const DEFAULT_BY: CustomerDistributionBy = 'industry'
/** Values drawn one by one in the charts; the rest are summed as 其他. */
export const CHART_TOP = 20

/** 表格 or 地图; the map exists for provinces only. */
export type DistributionView = 'table' | 'map'

export interface CustomerDistributionFilters {
  by: CustomerDistributionBy
  /** null: the server's default level (the company, or the caller's department). */
  departmentId: string | null
  /** Always 'table' unless `by` is province. */
  view: DistributionView
  /** The map's province feature ("广东省") whose cities are shown; only on the province map. */
  province: string | null
  /** 客户类型: empty for every customer. */
  customerLevels: CustomerLevel[]
}

function first(query: LocationQuery, key: string): string | null {
  const value = query[key]
  const text = Array.isArray(value) ? value[0] : value
  return typeof text === 'string' && text !== '' ? text : null
}

export function isDistributionBy(text: string | null): text is CustomerDistributionBy {
  return text !== null && (CUSTOMER_DISTRIBUTION_BYS as readonly string[]).includes(text)
}

export function distributionFromQuery(query: LocationQuery): CustomerDistributionFilters {
  const text = first(query, 'by')
  const by = isDistributionBy(text) ? text : DEFAULT_BY
  const view: DistributionView = by === 'province' && first(query, 'view') === 'map' ? 'map' : 'table'
  return {
    by,
    departmentId: first(query, 'departmentId'),
    view,
    province: view === 'map' ? first(query, 'province') : null,
    customerLevels: levelsFromQuery(query),
  }
}

export function distributionToQuery(filters: CustomerDistributionFilters): Record<string, string> {
  const query: Record<string, string> = {}
  if (filters.by !== DEFAULT_BY) query.by = filters.by
  if (filters.departmentId) query.departmentId = filters.departmentId
  if (filters.by === 'province' && filters.view === 'map') {
    query.view = 'map'
    if (filters.province) query.province = filters.province
  }
  return { ...query, ...levelsToQuery(filters.customerLevels) }
}

/** The column the report is asked for: the cities while a province is drilled into on the map. */
export function fetchedBy(filters: CustomerDistributionFilters): CustomerDistributionBy {
  return filters.view === 'map' && filters.province ? 'city' : filters.by
}

/** The most spellings one drill-down sends (the API's limit). */
export const MAX_SPELLINGS = 20

/**
 * The values people typed for `province` (a map feature), from the province report's items:
 * those the matcher places on it, largest first, at most MAX_SPELLINGS; a value holding a comma
 * cannot be sent in the comma list and is left out.
 */
export function provinceSpellings(
  items: readonly { value: string; count: number }[],
  province: string,
  match: (value: string) => string | null,
): string[] {
  return items
    .filter((i) => i.value !== '' && !i.value.includes(',') && match(i.value) === province)
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_SPELLINGS)
    .map((i) => i.value)
}

/** A slice of the charts: one value, or (value null) the values past the top ones summed. */
export interface Slice {
  value: string | null
  count: number
}

/** The first `top` items as they come (the server sends the largest first), the rest as one slice. */
export function foldTop(items: readonly { value: string; count: number }[], top = CHART_TOP): Slice[] {
  const kept: Slice[] = items.slice(0, top).map((i) => ({ value: i.value, count: i.count }))
  if (items.length <= top) return kept
  const rest = items.slice(top).reduce((sum, i) => sum + i.count, 0)
  return [...kept, { value: null, count: rest }]
}

/**
 * A count's share of the total in tenths of a percent, rounded half up with integer arithmetic
 * (1 of 3 → 333, i.e. 33.3%); 0 when the total is 0.
 */
export function sharePermille(count: number, total: number): number {
  if (total <= 0 || count <= 0) return 0
  return Math.floor((count * 2000 + total) / (2 * total))
}

/** 333 → "33.3%". */
export function formatPermille(permille: number): string {
  return `${Math.floor(permille / 10)}.${permille % 10}%`
}

export function shareText(count: number, total: number): string {
  return formatPermille(sharePermille(count, total))
}

/** The texts a value label needs, from the locale. */
export interface ValueNames {
  /** "" (not filled in). */
  empty: string
  /** The folded rest. */
  other: string
  /** A level ("A") as the customer pages show it ("A 级"). */
  level: (level: string) => string
  /** A status key ("deal") as the customer pages show it ("成交"). */
  status: (status: string) => string
}

export function valueLabel(by: CustomerDistributionBy, value: string | null, names: ValueNames): string {
  if (value === null) return names.other
  if (value === '') return names.empty
  if (by === 'level') return names.level(value)
  if (by === 'status') return names.status(value)
  return value
}

/**
 * The customer list filtered by a value (/customers?industry=…), "" by the column not filled in
 * (/customers?empty=industry), of the report's customer levels when any; null for the folded rest.
 */
export function customerListQuery(
  by: CustomerDistributionBy,
  value: string | null,
  customerLevels: readonly string[] = [],
): Record<string, string> | null {
  if (value === null) return null
  // level and status are never empty (they have defaults): "" can only come from the other columns.
  if (value === '' && (by === 'level' || by === 'status')) return null
  const query: Record<string, string> = value === '' ? { empty: by } : { [by]: value }
  if (customerLevels.length && by !== 'level') query.level = customerLevels.join(',')
  return query
}
