// Words for a customer's reclaim countdown (PRODUCT.md §11 "explainable reclaim"):
//   "4 天后退回公海 · 15 天未跟进 · 华北公海"
// and for the states that have no countdown (in a pool, locked, deal).
import type { Customer, ReclaimInfo, ReclaimRule } from '@/api/customers'
import type { Translate } from '@/shared/translate'

export type Tone = 'danger' | 'warning' | 'info' | 'success'

/** Days left at or below which the countdown is shown as urgent (the default reminder window). */
export const URGENT_DAYS = 3
export const SOON_DAYS = 7

export function reclaimWhenText(daysLeft: number, t: Translate): string {
  if (daysLeft < 0) return t('reclaim.overdue')
  if (daysLeft === 0) return t('reclaim.today')
  if (daysLeft === 1) return t('reclaim.tomorrow')
  return t('reclaim.inDays', { n: daysLeft })
}

export function reclaimRuleText(rule: ReclaimRule | string, days: number, t: Translate): string {
  switch (rule) {
    case 'no_follow_up':
      return t('reclaim.rule.no_follow_up', { days })
    case 'no_deal':
      return t('reclaim.rule.no_deal', { days })
    case 'protection':
      return t('reclaim.rule.protection', { days })
    default:
      return String(rule)
  }
}

export function reclaimTone(daysLeft: number): Tone {
  if (daysLeft <= URGENT_DAYS) return 'danger'
  if (daysLeft <= SOON_DAYS) return 'warning'
  return 'info'
}

/** "4 天后退回公海 · 15 天未跟进 · 华北公海". */
export function reclaimCountdownText(reclaim: ReclaimInfo, t: Translate): string {
  return [reclaimWhenText(reclaim.daysLeft, t), reclaimRuleText(reclaim.rule, reclaim.days, t), reclaim.poolName]
    .filter((part) => part !== '' && part !== null && part !== undefined)
    .join(' · ')
}

/** The governing rule in full: "超过 15 天未跟进（2026-11-01 起算），2026-11-17 退回「华北公海」". */
export function reclaimExplainText(reclaim: ReclaimInfo, t: Translate): string {
  return t('reclaim.explain', {
    rule: reclaimRuleText(reclaim.rule, reclaim.days, t),
    startedOn: reclaim.startedOn,
    reclaimOn: reclaim.reclaimOn,
    pool: reclaim.poolName,
  })
}

export interface HoldState {
  text: string
  tone: Tone
  /** True when the text is a countdown (the customer will go back to a pool). */
  countdown: boolean
}

/** What happens to this customer: countdown, or why there is none. Null when nothing applies. */
export function holdState(
  customer: Pick<Customer, 'poolId' | 'poolName' | 'locked' | 'status' | 'reclaim' | 'ownerId'>,
  t: Translate,
): HoldState | null {
  if (customer.poolId) {
    return { text: t('reclaim.inPool', { pool: customer.poolName ?? '' }), tone: 'info', countdown: false }
  }
  if (customer.locked) return { text: t('reclaim.locked'), tone: 'success', countdown: false }
  if (customer.status === 'deal' && !customer.reclaim) {
    return { text: t('reclaim.deal'), tone: 'success', countdown: false }
  }
  if (customer.reclaim) {
    return { text: reclaimCountdownText(customer.reclaim, t), tone: reclaimTone(customer.reclaim.daysLeft), countdown: true }
  }
  return null
}
