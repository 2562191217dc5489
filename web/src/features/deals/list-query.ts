// The opportunity list's filters ↔ the route query, so that a funnel number (whose drill-down
// query the server gives) opens the list filtered exactly that way, and a filtered list can be
// bookmarked. Filters without a control of their own (reachedPosition, closedMonth, lostReason,
// created range, customer) are kept as "extra" and shown as one removable tag. Pure, tested.
import type { OpportunityListQuery, OpportunitySort } from '@/api/deals'
import { OPPORTUNITY_SORTS } from '@/api/deals'

export interface ListFilters {
  q: string
  processId: string
  stageId: string
  status: string
  ownerId: string | null
  departmentId: string | null
  stale: boolean
  closeMonth: string
  sort: OpportunitySort
  extra: Record<string, string>
}

const CONTROLLED = ['q', 'processId', 'stageId', 'status', 'ownerId', 'departmentId', 'stale', 'closeMonth', 'sort', 'view'] as const
const EXTRA = ['reachedPosition', 'closedMonth', 'lostReason', 'createdFrom', 'createdTo', 'customerId', 'mine'] as const

export function filtersFromRoute(query: Record<string, unknown>): ListFilters {
  const text = (key: string) => (typeof query[key] === 'string' ? (query[key] as string) : '')
  const sort = text('sort') as OpportunitySort
  const extra: Record<string, string> = {}
  for (const key of EXTRA) if (text(key)) extra[key] = text(key)
  return {
    q: text('q'),
    processId: text('processId'),
    stageId: text('stageId'),
    status: text('status'),
    ownerId: text('ownerId') || null,
    departmentId: text('departmentId') || null,
    stale: text('stale') === 'true',
    closeMonth: text('closeMonth'),
    sort: OPPORTUNITY_SORTS.includes(sort) ? sort : '-createdAt',
    extra,
  }
}

/** The list request for the filters (`mine` for 我的商机; owner and department only for managers). */
export function filtersToQuery(f: ListFilters, options: { mine: boolean; managers: boolean }): OpportunityListQuery {
  const query: OpportunityListQuery = {
    q: f.q.trim() || undefined,
    processId: f.processId || f.extra.processId || undefined,
    stageId: f.stageId || undefined,
    status: f.status || undefined,
    stale: f.stale || undefined,
    closeMonth: f.closeMonth || undefined,
    sort: f.sort,
  }
  if (options.mine || f.extra.mine === 'true') query.mine = true
  else if (options.managers) {
    query.ownerId = f.ownerId ?? undefined
    query.departmentId = f.departmentId ?? undefined
  }
  if (f.extra.reachedPosition) query.reachedPosition = Number(f.extra.reachedPosition)
  if (f.extra.closedMonth) query.closedMonth = f.extra.closedMonth
  if (f.extra.lostReason) query.lostReason = f.extra.lostReason
  if (f.extra.createdFrom) query.createdFrom = f.extra.createdFrom
  if (f.extra.createdTo) query.createdTo = f.extra.createdTo
  if (f.extra.customerId) query.customerId = f.extra.customerId
  return query
}

/** Whether a route query names anything the list does not know (left out of `filtersFromRoute`). */
export function unknownKeys(query: Record<string, unknown>): string[] {
  const known = new Set<string>([...CONTROLLED, ...EXTRA])
  return Object.keys(query).filter((k) => !known.has(k))
}
