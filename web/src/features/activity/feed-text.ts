// The line a feed card shows under its headline, in the reader's language.
import type { FeedItem } from '@/api/activity'
import { formatFen } from '@/shared/money'
import type { Translate } from '@/shared/translate'

const WORK_LOG_KINDS = new Set(['daily', 'weekly', 'monthly'])

export function feedItemText(item: Pick<FeedItem, 'type' | 'text' | 'params' | 'customerName' | 'followUp'>, t: Translate): string {
  if (item.followUp) return item.followUp.text
  const value = item.text ?? ''
  // A work log: "日报 2026-12-01：<summary>" from its kind and period (items written before
  // 2026-12-06 carry that line as their text and no params).
  const kind = item.params?.kind
  if (item.type === 'worklog' && kind && WORK_LOG_KINDS.has(kind)) {
    return t('feed.worklogLine', { kind: t(`workLog.kind.${kind}`), period: item.params.period ?? '', text: value })
  }
  // A stage move: "华为一期：需求确认 → 方案报价" (the card links the opportunity).
  const moved = item.type === 'opportunity.moved' ? movedParams(item.params) : null
  if (moved?.name) return t('feed.opportunityLine', { name: moved.name, from: moved.from || '—', to: moved.to })
  // A contract became active: "HT202612060001 华为一期 · ¥120,000.00" (the card links the contract).
  const contract = item.type === 'contract.activated' ? activatedParams(item.params) : null
  if (contract?.number) return t('feed.contractLine', { number: contract.number, name: contract.name, total: formatFen(contract.totalFen) })
  // Ownership events carry the customer's name (already linked) or a reason; show only the latter.
  return value === item.customerName ? '' : value
}

export interface MovedParams {
  /** null when the item does not name it (then the card cannot link the opportunity). */
  opportunityId: string | null
  name: string
  from: string
  to: string
}

/** The params of an opportunity.moved item (docs/api-opportunities.md). */
export function movedParams(params: Record<string, string> | null | undefined): MovedParams {
  const p = params ?? {}
  return {
    opportunityId: p.opportunityId || null,
    name: p.opportunityName ?? '',
    from: p.fromName ?? '',
    to: p.toName ?? '',
  }
}

export interface ActivatedParams {
  /** null when the item does not name it (then the card cannot link the contract). */
  contractId: string | null
  number: string
  name: string
  /** null when missing or not an integer. */
  totalFen: number | null
}

/** The params of a contract.activated item (docs/api-contracts.md); totalFen comes as digits. */
export function activatedParams(params: Record<string, string> | null | undefined): ActivatedParams {
  const p = params ?? {}
  const total = /^-?\d+$/.test(String(p.totalFen ?? '')) ? Number(p.totalFen) : null
  return { contractId: p.contractId || null, number: p.number ?? '', name: p.name ?? '', totalFen: total }
}
