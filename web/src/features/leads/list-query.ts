// The desktop lead list's filters → its request (without paging), which its 导出 sends too.
// Pure, tested.
import type { LeadListQuery, LeadSort, LeadStatus } from '@/api/leads'
import type { CustomFilterQuery } from '@/features/custom-fields/custom-field-values'

export interface LeadListFilters {
  q: string
  status: LeadStatus | ''
  sourceId: string
  campaign: string
  ownerId: string | null
  poolId: string
  /** Created between (local dates), or null for any time. */
  created: [string, string] | null
  sort: LeadSort
}

/**
 * `mine` for 我的线索 and the owner for who sees others' leads — neither with a lead pool, whose
 * leads have no owner; no sort while searching (by match). `custom`: the custom field filters
 * (cf.<key>…, customFilterQuery).
 */
export function leadListQuery(
  f: LeadListFilters,
  scope: { mine: boolean; canSeeOthers: boolean },
  custom: CustomFilterQuery = {},
): LeadListQuery & CustomFilterQuery {
  const q = f.q.trim()
  return {
    ...custom,
    q: q || undefined,
    mine: (scope.mine && !f.poolId) || undefined,
    ownerId: scope.canSeeOthers && !f.poolId ? (f.ownerId ?? undefined) : undefined,
    poolId: f.poolId || undefined,
    status: f.status || undefined,
    sourceId: f.sourceId || undefined,
    campaign: f.campaign.trim() || undefined,
    createdFrom: f.created?.[0],
    createdTo: f.created?.[1],
    sort: q ? undefined : f.sort,
  }
}
