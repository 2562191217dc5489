// Which pools a user sees on the 公海 page and what they may do in one.
import { poolKind } from '@/api/leads'
import type { Pool } from '@/api/pools'

export interface Permissions {
  can(permission: string): boolean
}

/** The customer pools (公海) among all pools: lead pools (线索池) have pages of their own. */
export function customerPools(pools: readonly Pool[]): Pool[] {
  return pools.filter((p) => poolKind(p) === 'customer')
}

/** Members and pool admins see their pools; whoever configures pools (pool.configure) sees all. */
export function visiblePools(pools: readonly Pool[], session: Permissions): Pool[] {
  const all = session.can('pool.configure')
  return customerPools(pools)
    .filter((p) => all || p.isMember || p.isAdmin)
    .sort((a, b) => a.sortOrder - b.sortOrder)
}

/** Only members claim (pool.claim); the server decides limits. */
export function canClaimIn(pool: Pool | null | undefined, session: Permissions): boolean {
  return !!pool?.isMember && session.can('pool.claim')
}

/** Pool admins assign; so does whoever holds pool.assign (the server checks its scope). */
export function canAssignIn(pool: Pool | null | undefined, session: Permissions): boolean {
  return !!pool && (pool.isAdmin || session.can('pool.assign'))
}
