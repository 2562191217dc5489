// The URL state of the customers nobody visits (客户被拜访统计): the forgotten threshold of the
// statistics page, and the drill-down's kind, owner and department. The URL is the one source of
// truth, so a shared link or a reload shows the same numbers and the same list.
import type { LocationQuery, LocationQueryValue } from 'vue-router'
import type { CustomerLevel } from '@/api/customers'
import { DEFAULT_FORGOTTEN_DAYS, type NeglectKind } from '@/api/visits'
import { levelsFromQuery, levelsToQuery } from '@/features/reports/report-query'

export const MIN_FORGOTTEN_DAYS = 1
export const MAX_FORGOTTEN_DAYS = 3650

export interface NeglectFilters {
  kind: NeglectKind
  forgottenDays: number
  ownerId: string | null
  departmentId: string | null
  /** 客户类型: empty for every customer. */
  customerLevels: CustomerLevel[]
}

function one(v: LocationQueryValue | LocationQueryValue[] | undefined): string | null {
  const s = Array.isArray(v) ? v[0] : v
  return typeof s === 'string' && s !== '' ? s : null
}

/** forgottenDays from the URL: a whole number in 1..3650, else the default (150). */
export function forgottenDaysFromQuery(query: LocationQuery): number {
  const text = one(query.forgottenDays)
  if (!text || !/^\d+$/.test(text)) return DEFAULT_FORGOTTEN_DAYS
  const n = Number(text)
  return n >= MIN_FORGOTTEN_DAYS && n <= MAX_FORGOTTEN_DAYS ? n : DEFAULT_FORGOTTEN_DAYS
}

/** The URL query with forgottenDays set (left out when it is the default). */
export function withForgottenDays(query: LocationQuery, days: number): LocationQuery {
  const out: LocationQuery = { ...query }
  if (days === DEFAULT_FORGOTTEN_DAYS) delete out.forgottenDays
  else out.forgottenDays = String(days)
  return out
}

export function neglectFromQuery(query: LocationQuery): NeglectFilters {
  return {
    kind: one(query.kind) === 'forgotten' ? 'forgotten' : 'never',
    forgottenDays: forgottenDaysFromQuery(query),
    ownerId: one(query.ownerId),
    departmentId: one(query.departmentId),
    customerLevels: levelsFromQuery(query),
  }
}

export function neglectToQuery(f: NeglectFilters): Record<string, string> {
  const out: Record<string, string> = { kind: f.kind }
  if (f.forgottenDays !== DEFAULT_FORGOTTEN_DAYS) out.forgottenDays = String(f.forgottenDays)
  if (f.ownerId) out.ownerId = f.ownerId
  if (f.departmentId) out.departmentId = f.departmentId
  return { ...out, ...levelsToQuery(f.customerLevels) }
}

/** The URL query with the customer levels set (left out when none). */
export function withCustomerLevels(query: LocationQuery, levels: readonly CustomerLevel[]): LocationQuery {
  const out: LocationQuery = { ...query }
  delete out.customerLevels
  return { ...out, ...levelsToQuery(levels) }
}
