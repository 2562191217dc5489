// A one-line digest of a rule version for the history table:
// "15 天未跟进 · 30 天未成交 · 上限 20 · 每日领取 5".
import type { PoolRules } from '@/api/pools'
import { reclaimRuleText } from '@/features/customers/reclaim-text'
import type { Translate } from '@/shared/translate'

export function rulesSummary(rules: PoolRules, t: Translate): string {
  const parts: string[] = []
  if (rules.noFollowUp?.enabled) parts.push(reclaimRuleText('no_follow_up', rules.noFollowUp.days, t))
  if (rules.noDeal?.enabled) parts.push(reclaimRuleText('no_deal', rules.noDeal.days, t))
  if (rules.protection?.enabled) parts.push(reclaimRuleText('protection', rules.protection.days, t))
  parts.push(`${t('poolRules.holdingLimit')} ${rules.holdingLimit}`)
  parts.push(`${t('poolRules.dailyClaimLimit')} ${rules.dailyClaimLimit}`)
  return parts.join(' · ')
}
