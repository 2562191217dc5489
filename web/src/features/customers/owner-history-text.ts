// One line per owner change: "领取 · 给 马超 · 来自「华北公海」" / "自动回收 · 从 马超 · 进入「华北公海」 · 规则：长期未跟进".
import type { OwnerHistoryEntry } from '@/api/customers'
import type { Translate } from '@/shared/translate'

const INTO_POOL = new Set(['create', 'release', 'reclaim', 'handover'])
const KNOWN_RULES = new Set(['no_follow_up', 'no_deal', 'protection'])

type Movement = Pick<OwnerHistoryEntry, 'fromUserName' | 'toUserName' | 'poolName'> & { action: string }

/**
 * Who it went from and to, and the pool it left or entered — shared with the leads' history.
 * `intoPool`: the actions that put it into the pool when no one receives it.
 */
export function movementParts(entry: Movement, intoPool: ReadonlySet<string>, t: Translate): string[] {
  const parts: string[] = []
  if (entry.fromUserName && entry.toUserName) parts.push(`${entry.fromUserName} → ${entry.toUserName}`)
  else if (entry.toUserName) parts.push(t('ownerHistory.to', { name: entry.toUserName }))
  else if (entry.fromUserName) parts.push(t('ownerHistory.from', { name: entry.fromUserName }))
  if (entry.poolName) {
    const into = intoPool.has(entry.action) && !entry.toUserName
    parts.push(t(into ? 'ownerHistory.intoPool' : 'ownerHistory.fromPool', { pool: entry.poolName }))
  }
  return parts
}

export function ownerHistoryParts(entry: OwnerHistoryEntry, t: Translate): string[] {
  const parts = movementParts(entry, INTO_POOL, t)
  if (entry.rule) {
    const rule = KNOWN_RULES.has(entry.rule) ? t(`ownerHistory.ruleName.${entry.rule}`) : entry.rule
    parts.push(t('ownerHistory.rule', { rule }))
  }
  if (entry.reason) parts.push(t('ownerHistory.reason', { reason: entry.reason }))
  return parts
}

export function ownerHistoryActionText(entry: OwnerHistoryEntry, t: Translate): string {
  const known = ['create', 'claim', 'assign', 'release', 'transfer', 'reclaim', 'lock', 'unlock', 'handover']
  return known.includes(entry.action) ? t(`ownerHistory.action.${entry.action}`) : entry.action
}

export function ownerHistoryActorText(entry: OwnerHistoryEntry, t: Translate): string {
  return t('ownerHistory.by', { name: entry.actorName ?? t('ownerHistory.system') })
}
