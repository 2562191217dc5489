// Every report filter lives in the URL query, so a report can be shared and survives a reload:
// the mapping between a route query and the filters of each report (defaults left out of the
// URL), the API query they make, and the drill-down targets. Pure, tested.
import type { LocationQuery } from 'vue-router'
import { CUSTOMER_LEVELS, type CustomerLevel } from '@/api/customers'
import { METRIC_KEYS, RANGE_PRESETS, type GroupBy, type MetricKey, type RangePreset, type RangeQuery } from '@/api/reports'
import type { DataScope, Department } from '@/api/types'
import { subtreeIds } from '@/features/org/departments/department-tree'
import { isValidRange, parsePeriod } from './periods'

export type PresetChoice = RangePreset | 'custom'

export interface RangeFilter {
  preset: PresetChoice
  /** Only for custom: "YYYY-MM-DD", inclusive. */
  from: string
  to: string
}

export const DEFAULT_PRESET: RangePreset = 'thisMonth'

type Query = Record<string, string>

function first(query: LocationQuery, key: string): string | null {
  const value = query[key]
  const text = Array.isArray(value) ? value[0] : value
  return typeof text === 'string' && text !== '' ? text : null
}

function isMetric(text: string | null): text is MetricKey {
  return text !== null && (METRIC_KEYS as readonly string[]).includes(text)
}

/** `from` + `to` (a valid custom range) win over `preset`; anything else is this month. */
export function rangeFromQuery(query: LocationQuery): RangeFilter {
  const from = first(query, 'from')
  const to = first(query, 'to')
  if (from && to && isValidRange(from, to)) return { preset: 'custom', from, to }
  const preset = first(query, 'preset')
  if (preset && (RANGE_PRESETS as readonly string[]).includes(preset)) return { preset: preset as RangePreset, from: '', to: '' }
  return { preset: DEFAULT_PRESET, from: '', to: '' }
}

export function rangeToQuery(range: RangeFilter): Query {
  if (range.preset === 'custom') return isValidRange(range.from, range.to) ? { from: range.from, to: range.to } : {}
  return range.preset === DEFAULT_PRESET ? {} : { preset: range.preset }
}

/** The range as the API takes it (the server's default is this month too, but say it). */
export function rangeToApi(range: RangeFilter): RangeQuery {
  if (range.preset === 'custom') return isValidRange(range.from, range.to) ? { from: range.from, to: range.to } : { preset: DEFAULT_PRESET }
  return { preset: range.preset }
}

// --- 客户类型 (every report) -----------------------------------------------------------------

/** `customerLevels=A,B` in the URL: the known levels, in order, each once; empty for every customer. */
export function levelsFromQuery(query: LocationQuery): CustomerLevel[] {
  const asked = (first(query, 'customerLevels') ?? '').split(',')
  return CUSTOMER_LEVELS.filter((level) => asked.includes(level))
}

/** The URL's (and the API's) `customerLevels`, left out when every customer counts. */
export function levelsToQuery(levels: readonly CustomerLevel[]): Query {
  const known = CUSTOMER_LEVELS.filter((level) => levels.includes(level))
  return known.length ? { customerLevels: known.join(',') } : {}
}

/** One level for a target (`customerLevel=A`), or null for every customer. */
export function levelFromQuery(query: LocationQuery): CustomerLevel | null {
  const level = first(query, 'customerLevel')
  return level && (CUSTOMER_LEVELS as readonly string[]).includes(level) ? (level as CustomerLevel) : null
}

// --- 业绩对比 / 工作执行 ---------------------------------------------------------------------

export interface MetricReportFilters {
  range: RangeFilter
  /** null: the server's default level (the company, or the caller's department). */
  departmentId: string | null
  groupBy: GroupBy
  /** A metric key with an optional "-" (descending); "" for the default. */
  sort: string
  /** 客户类型: empty for every customer. */
  customerLevels: CustomerLevel[]
}

/** `metrics`: the report's metrics; a sort naming another one is dropped. */
export function metricReportFromQuery(query: LocationQuery, metrics: readonly MetricKey[]): MetricReportFilters {
  const sort = first(query, 'sort') ?? ''
  return {
    range: rangeFromQuery(query),
    departmentId: first(query, 'departmentId'),
    groupBy: first(query, 'groupBy') === 'user' ? 'user' : 'department',
    sort: (metrics as readonly string[]).includes(sort.replace(/^-/, '')) ? sort : '',
    customerLevels: levelsFromQuery(query),
  }
}

export function metricReportToQuery(filters: MetricReportFilters): Query {
  const query: Query = { ...rangeToQuery(filters.range) }
  if (filters.departmentId) query.departmentId = filters.departmentId
  if (filters.groupBy === 'user') query.groupBy = 'user'
  if (filters.sort) query.sort = filters.sort
  return { ...query, ...levelsToQuery(filters.customerLevels) }
}

/** Sorting by a column: first descending, then ascending, then back to descending. */
export function nextSort(current: string, metric: MetricKey): string {
  return current === `-${metric}` ? metric : `-${metric}`
}

// --- 目标达成 -------------------------------------------------------------------------------

export interface AttainmentFilters {
  metric: MetricKey
  /** null: this month (the server's default). */
  period: string | null
  departmentId: string | null
  /** 客户类型: the targets of one customer level; null for every customer. */
  customerLevel: CustomerLevel | null
}

export const DEFAULT_ATTAINMENT_METRIC: MetricKey = 'contractAmountFen'

export function attainmentFromQuery(query: LocationQuery): AttainmentFilters {
  const metric = first(query, 'metric')
  const period = first(query, 'period')
  return {
    metric: isMetric(metric) ? metric : DEFAULT_ATTAINMENT_METRIC,
    period: period && parsePeriod(period) ? period : null,
    departmentId: first(query, 'departmentId'),
    customerLevel: levelFromQuery(query),
  }
}

export function attainmentToQuery(filters: AttainmentFilters): Query {
  const query: Query = {}
  if (filters.metric !== DEFAULT_ATTAINMENT_METRIC) query.metric = filters.metric
  if (filters.period) query.period = filters.period
  if (filters.departmentId) query.departmentId = filters.departmentId
  if (filters.customerLevel) query.customerLevel = filters.customerLevel
  return query
}

// --- records --------------------------------------------------------------------------------

export interface RecordsFilters {
  metric: MetricKey
  range: RangeFilter
  /** At most one of userId / departmentId; neither is the caller's whole scope. */
  userId: string | null
  departmentId: string | null
  /** 客户类型: empty for every customer. */
  customerLevels: CustomerLevel[]
}

export function recordsFromQuery(query: LocationQuery): RecordsFilters {
  const metric = first(query, 'metric')
  const userId = first(query, 'userId')
  return {
    metric: isMetric(metric) ? metric : 'followUps',
    range: rangeFromQuery(query),
    userId,
    departmentId: userId ? null : first(query, 'departmentId'),
    customerLevels: levelsFromQuery(query),
  }
}

export function recordsToQuery(filters: RecordsFilters): Query {
  const query: Query = { metric: filters.metric, ...rangeToQuery(filters.range) }
  if (filters.userId) query.userId = filters.userId
  else if (filters.departmentId) query.departmentId = filters.departmentId
  return { ...query, ...levelsToQuery(filters.customerLevels) }
}

/**
 * The records behind a number: a person's (userId), a department's subtree (departmentId), or the
 * whole level shown when the department is the company (neither).
 */
export function recordsLink(
  metric: MetricKey,
  range: RangeFilter,
  who: { userId?: string | null; departmentId?: string | null },
  customerLevels: readonly CustomerLevel[] = [],
): Query {
  return recordsToQuery({ metric, range, userId: who.userId ?? null, departmentId: who.departmentId ?? null, customerLevels: [...customerLevels] })
}

/** A range filter holding exactly the dates of a period (attainment drills to its records). */
export function rangeOfDates(from: string, to: string): RangeFilter {
  return { preset: 'custom', from, to }
}

// --- the two metric reports ------------------------------------------------------------------

export type MetricReportKind = 'performance' | 'work' | 'ranking'

/** 业绩对比, 工作执行 and 排行榜 (业绩对比 per person): the metrics each shows, in the catalogue's order. */
export const REPORT_METRICS: Record<MetricReportKind, readonly MetricKey[]> = {
  performance: ['contractAmountFen', 'paymentAmountFen', 'wonAmountFen', 'wonOpportunities'],
  ranking: ['contractAmountFen', 'paymentAmountFen', 'wonAmountFen', 'wonOpportunities'],
  // Everything done, not money or wins: new customers and contacts, follow-ups, visits, opportunities
  // new and advanced, leads, work logs.
  work: METRIC_KEYS.filter((m) => !m.endsWith('Fen') && m !== 'wonOpportunities'),
}

/** The metric a report ranks by: the sort's, else the report's first. */
export function sortMetric(sort: string, metrics: readonly MetricKey[]): MetricKey {
  const key = sort.replace(/^-/, '')
  return (metrics as readonly string[]).includes(key) ? (key as MetricKey) : metrics[0]
}

/** The departments a caller may pick under their data scope. */
export function departmentsInScope<D extends Pick<Department, 'id' | 'parentId'>>(all: readonly D[], scope: DataScope, own: string | null): D[] {
  if (scope === 'all') return [...all]
  if (!own || scope === 'self') return []
  if (scope === 'department') return all.filter((d) => d.id === own)
  const under = subtreeIds(all, own)
  return all.filter((d) => under.has(d.id))
}
