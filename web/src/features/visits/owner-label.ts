import type { Customer } from '@/api/customers'
import type { Translate } from '@/shared/translate'

/** Whose a nearby customer is, in a word: 我的 / 公海 / the owner's name. */
export function ownerLabel(c: Pick<Customer, 'ownerId' | 'ownerName' | 'poolId' | 'poolName'>, myId: string | null | undefined, t: Translate): string {
  if (c.poolId) return t('visit.owner.pool')
  if (myId && c.ownerId === myId) return t('visit.owner.mine')
  return c.ownerName ? t('visit.owner.team', { name: c.ownerName }) : '—'
}

export type OwnerKind = 'mine' | 'pool' | 'team'

export function ownerKind(c: Pick<Customer, 'ownerId' | 'poolId'>, myId: string | null | undefined): OwnerKind {
  if (c.poolId) return 'pool'
  if (myId && c.ownerId === myId) return 'mine'
  return 'team'
}
