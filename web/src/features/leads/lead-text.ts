// Lines of the lead detail: one per owner change ("推送 · 给 马超 · 规则「华北展会」"), and
// the reclaim countdown of an owned lead ("3 天后退回线索池「华北线索池」").
import type { ReclaimRule } from '@/api/customers'
import type { LeadHistoryAction, LeadHistoryEntry } from '@/api/leads'
import { movementParts } from '@/features/customers/owner-history-text'
import type { Translate } from '@/shared/translate'

const ACTIONS: readonly LeadHistoryAction[] = ['create', 'claim', 'assign', 'push', 'release', 'transfer', 'reclaim', 'convert', 'status']
const INTO_POOL = new Set<string>(['create', 'release', 'reclaim'])

export function leadHistoryActionText(entry: Pick<LeadHistoryEntry, 'action'>, t: Translate): string {
  return ACTIONS.includes(entry.action) ? t(`leadHistory.action.${entry.action}`) : entry.action
}

export function leadHistoryParts(entry: LeadHistoryEntry, t: Translate): string[] {
  const parts = movementParts(entry, INTO_POOL, t)
  if (entry.ruleName) parts.push(t('leadHistory.rule', { rule: entry.ruleName }))
  if (entry.reason) parts.push(t('ownerHistory.reason', { reason: entry.reason }))
  return parts
}

export function leadHistoryActorText(entry: Pick<LeadHistoryEntry, 'actorName'>, t: Translate): string {
  return t('ownerHistory.by', { name: entry.actorName ?? t('ownerHistory.system') })
}

export interface LeadReclaimLine {
  text: string
  tone: 'danger' | 'warning' | 'normal'
}

/** The countdown of an owned lead; null when none runs. */
export function leadReclaimLine(
  reclaim: { rule: ReclaimRule; days: number; daysLeft: number; poolName: string } | null,
  t: Translate,
): LeadReclaimLine | null {
  if (!reclaim) return null
  const rule = t(`leadReclaim.rule.${reclaim.rule}`, { days: reclaim.days })
  const pool = reclaim.poolName
  if (reclaim.daysLeft <= 0) return { text: t('leadReclaim.today', { pool, rule }), tone: 'danger' }
  if (reclaim.daysLeft <= 3) return { text: t('leadReclaim.inDays', { n: reclaim.daysLeft, pool, rule }), tone: 'warning' }
  return { text: t('leadReclaim.inDays', { n: reclaim.daysLeft, pool, rule }), tone: 'normal' }
}
