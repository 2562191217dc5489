// The masked duplicate disclosure (查重/撞单, PRODUCT.md §2, §11): where the existing customer
// is — "已存在：华东二组 持有，保护至 2026-07-01" / "已存在：在公海 华北公海" / "已存在：已删除" —
// never who holds it or their phone.
import { ApiError } from '@/api/client'
import type { ConflictMatch } from '@/api/customers'
import type { Translate } from '@/shared/translate'

export function conflictWhereText(match: ConflictMatch, t: Translate): string {
  switch (match.where) {
    case 'owned':
      return match.teamName ? t('conflict.ownedBy', { team: match.teamName }) : t('conflict.ownedByOther')
    case 'locked':
      return match.teamName ? t('conflict.lockedBy', { team: match.teamName }) : t('conflict.lockedByOther')
    case 'pool':
      return match.poolName ? t('conflict.inPool', { pool: match.poolName }) : t('conflict.inPoolUnnamed')
    case 'deleted':
      return t('conflict.deleted')
    default:
      return String(match.where)
  }
}

/** "已存在：华东二组 持有，保护至 2026-07-01". */
export function conflictText(match: ConflictMatch, t: Translate): string {
  const where = conflictWhereText(match, t)
  const text = t('conflict.exists', { where })
  return match.protectedUntil ? `${text}${t('conflict.protectedUntil', { date: match.protectedUntil })}` : text
}

/** "「上海华联超市有限公司」· 名称相同"; a lead's: "线索「张三」· 电话相同". */
export function conflictSubjectText(match: ConflictMatch, t: Translate): string {
  const matched = t(`conflict.matchedOn.${match.matchedOn}`)
  if (match.kind === 'lead') return t('conflict.leadSubject', { name: match.leadName || match.customerName || '', matched })
  return match.customerName ? t('conflict.subject', { name: match.customerName, matched }) : matched
}

/** One entry per existing customer (a customer matching on name and phone is listed once). */
export function dedupeMatches(matches: readonly ConflictMatch[]): ConflictMatch[] {
  const seen = new Set<string>()
  const result: ConflictMatch[] = []
  for (const m of matches) {
    const key = m.customerId ?? `${m.customerName}|${m.where}|${m.teamName ?? ''}|${m.poolName ?? ''}`
    const keyed = `${key}|${m.matchedOn}`
    if (seen.has(keyed)) continue
    seen.add(keyed)
    result.push(m)
  }
  return result
}

/**
 * The matches a 409 `customer.conflict` carries (null when the error is something else). Accepts
 * `details.matches` as a list of Match, and the flat form the server sends today: the first
 * match's fields in `details` itself (`matchedOn`, `where`, `teamName`, …) with `matches` a count.
 */
export function matchesFromError(error: unknown): ConflictMatch[] | null {
  if (!(error instanceof ApiError) || error.code !== 'customer.conflict') return null
  const details = error.details as Record<string, unknown>
  if (Array.isArray(details.matches)) return details.matches as ConflictMatch[]
  if (typeof details.where === 'string') {
    const text = (v: unknown) => (typeof v === 'string' && v ? v : null)
    return [
      {
        matchedOn: (text(details.matchedOn) ?? 'name') as ConflictMatch['matchedOn'],
        where: details.where as ConflictMatch['where'],
        teamName: text(details.teamName),
        poolName: text(details.poolName),
        protectedUntil: text(details.protectedUntil),
        customerId: text(details.customerId),
        customerName: text(details.customerName) ?? '',
        kind: details.kind === 'lead' ? 'lead' : 'customer',
        leadId: text(details.leadId),
        leadName: text(details.leadName),
      },
    ]
  }
  return []
}
