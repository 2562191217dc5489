// Metric numbers as people read and type them: money metrics (unit fen) shown and typed in yuan
// through shared/money (integers only), counts as grouped integers; attainment rates from basis
// points (floored, as the server floors) and the share of a ring they fill. Pure, tested.
import type { MetricKey, MetricUnit } from '@/api/reports'
import { fenToYuanText, formatFen, groupDigits, parseYuan } from '@/shared/money'
import { formatDate } from '@/shared/format'

export { formatBp } from '@/features/deals/funnel-format'

/** The unit by the key's convention (money metrics end in "Fen"), as the catalogue says it. */
export function metricUnit(key: MetricKey | string): MetricUnit {
  return key.endsWith('Fen') ? 'fen' : 'count'
}

/** 1234567 fen → "¥12,345.67"; 1234 (count) → "1,234"; null → missing. */
export function formatMetric(key: MetricKey | string, value: number | null | undefined, missing = '—'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return missing
  if (metricUnit(key) === 'fen') return formatFen(value, missing)
  const v = Math.trunc(value)
  return (v < 0 ? '-' : '') + groupDigits(String(Math.abs(v)))
}

/** A value as an input shows it: fen in yuan ("12345.67"), counts as digits; null → "". */
export function metricInputText(key: MetricKey | string, value: number | null | undefined): string {
  if (value === null || value === undefined) return ''
  return metricUnit(key) === 'fen' ? fenToYuanText(value) : String(Math.trunc(value))
}

/**
 * What a person typed into a target cell: "" → null (no target), a yuan amount → fen, a count →
 * a non-negative integer ("1,200" allowed). undefined when it is neither (keep the cell red).
 */
export function parseMetricInput(key: MetricKey | string, text: string): number | null | undefined {
  const cleaned = text.trim()
  if (cleaned === '') return null
  if (metricUnit(key) === 'fen') return parseYuan(cleaned) ?? undefined
  const digits = cleaned.replace(/[,，\s]/g, '')
  if (!/^\d+$/.test(digits)) return undefined
  const n = Number(digits)
  return Number.isSafeInteger(n) ? n : undefined
}

/** How much of a ring an attainment fills, 0..1 (over 100% is a full ring; no target is empty). */
export function ringShare(rateBp: number | null | undefined): number {
  if (rateBp === null || rateBp === undefined || !Number.isFinite(rateBp) || rateBp <= 0) return 0
  return Math.min(Math.trunc(rateBp), 10_000) / 10_000
}

/** The tone of a rate: reached (≥ 100%), on the way (≥ the share of the period gone), behind. */
export type RateTone = 'reached' | 'onTrack' | 'behind' | 'none'

/** `elapsedBp`: the share of the period already gone, in basis points (0..10000). */
export function rateTone(rateBp: number | null | undefined, elapsedBp: number): RateTone {
  if (rateBp === null || rateBp === undefined) return 'none'
  if (rateBp >= 10_000) return 'reached'
  return rateBp >= elapsedBp ? 'onTrack' : 'behind'
}

/** Today ("YYYY-MM-DD") in the company's time zone. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  return formatDate(now.toISOString(), timeZone ?? 'Asia/Shanghai')
}

/** An instant given as ms (records) or ISO text, for formatInstant. */
export function instantText(at: number | string): string {
  return typeof at === 'number' ? new Date(at).toISOString() : at
}
