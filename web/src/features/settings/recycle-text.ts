// What the recycle bin says in words (pure, tested): a follow-up's title starts with its type code
// ("visit 上门拜访…", docs/api-recycle-bin.md), shown with the type's label; a refused restore of a
// follow-up or receipt says what to do first.
import type { ApiErrorDetails } from '@/api/client'
import { FOLLOW_UP_TYPES, type FollowUpType } from '@/api/activity'
import type { RecycleBinItem, RecycleParentDeleted } from '@/api/recycle-bin'
import { formatFen } from '@/shared/money'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** The row's title: a follow-up's as "拜访 · text", every other kind's as the server sent it. */
export function recycleTitle(item: Pick<RecycleBinItem, 'kind' | 'title'>, t: Translate): string {
  if (item.kind !== 'follow_up') return item.title
  const space = item.title.indexOf(' ')
  const type = space < 0 ? item.title : item.title.slice(0, space)
  if (!FOLLOW_UP_TYPES.includes(type as FollowUpType)) return item.title
  const label = t(`followUp.type.${type}`)
  const text = space < 0 ? '' : item.title.slice(space + 1)
  return text ? `${label} · ${text}` : label
}

const fenOf = (details: ApiErrorDetails) => formatFen(typeof details.owedFen === 'number' ? details.owedFen : null)

/**
 * The words for a refused restore: the refusals of a record whose parent is in the bin and of a
 * receipt that no longer fits its contract, with what to do; any other as the server said it.
 */
export function restoreRefusal(error: { code: string; message: string; details: ApiErrorDetails }, t: Translate): string {
  switch (error.code) {
    case 'recycle.parent_deleted':
      return (error.details as RecycleParentDeleted).contractId
        ? t('recycle.refusal.contractDeleted')
        : t('recycle.refusal.customerDeleted')
    case 'receipt.exceeds_owed':
      return t('recycle.refusal.exceedsOwed', { owed: fenOf(error.details) })
    case 'receipt.exceeds_instalment':
      return t('recycle.refusal.exceedsInstalment', { owed: fenOf(error.details) })
    case 'contract.not_active':
    case 'contract.locked':
      return t('recycle.refusal.contractClosed')
    default:
      return error.message
  }
}
