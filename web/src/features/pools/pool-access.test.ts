import { describe, expect, it } from 'vitest'
import type { Pool } from '@/api/pools'
import { canAssignIn, canClaimIn, visiblePools } from './pool-access'

const pool = (id: string, isMember: boolean, isAdmin: boolean, sortOrder = 0) =>
  ({ id, name: id, isMember, isAdmin, sortOrder }) as Pool
const who = (...perms: string[]) => ({ can: (p: string) => perms.includes(p) })

describe('pool access', () => {
  const pools = [pool('b', false, false, 2), pool('a', true, false, 1), pool('c', false, true, 3)]

  it('shows members and pool admins their pools, in order', () => {
    expect(visiblePools(pools, who('pool.view')).map((p) => p.id)).toEqual(['a', 'c'])
  })

  it('shows every pool to whoever configures pools', () => {
    expect(visiblePools(pools, who('pool.view', 'pool.configure')).map((p) => p.id)).toEqual(['a', 'b', 'c'])
  })

  it('lets members claim and admins assign', () => {
    expect(canClaimIn(pools[1], who('pool.claim'))).toBe(true)
    expect(canClaimIn(pools[0], who('pool.claim'))).toBe(false)
    expect(canClaimIn(pools[1], who())).toBe(false)
    expect(canAssignIn(pools[2], who())).toBe(true)
    expect(canAssignIn(pools[0], who('pool.assign'))).toBe(true)
    expect(canAssignIn(pools[0], who())).toBe(false)
    expect(canAssignIn(null, who('pool.assign'))).toBe(false)
  })
})
