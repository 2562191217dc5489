// What the contract pages say about money and dates: an instalment's state, the ageing buckets,
// the number a pattern makes, the discount threshold in percent ↔ basis points, the drill-down
// of an ageing number. Pure, tested.
import type { AgeingBucket, ContractSettings, Instalment } from '@/api/contracts'
import { AGEING_BUCKETS } from '@/api/contracts'
import type { Translate } from '@/shared/translate'

/** "已付清" / "未到期" / "逾期 12 天". */
export function instalmentStateText(i: Pick<Instalment, 'state' | 'overdueDays'>, t: Translate): string {
  if (i.state === 'overdue') return t('contract.instalment.overdue', { n: i.overdueDays })
  return t(`contract.instalment.${i.state}`)
}

/** The ageing bucket's label: "未到期", "逾期 1–30 天", "逾期 31–90 天", "逾期 90 天以上". */
export function bucketLabel(bucket: AgeingBucket, t: Translate): string {
  return t(`receivable.bucket.${bucket}`)
}

/** Buckets in their natural order, whatever order the server listed them in (missing ones as 0). */
export function orderedBuckets<B extends { bucket: AgeingBucket; count: number; owedFen: number; query: string }>(buckets: readonly B[]): { bucket: AgeingBucket; count: number; owedFen: number; query: string }[] {
  return AGEING_BUCKETS.map((bucket) => buckets.find((b) => b.bucket === bucket) ?? { bucket, count: 0, owedFen: 0, query: `bucket=${bucket}` })
}

/** An ageing number's drill-down ("bucket=d1_30&ownerId=7") as a route query of the receivables list. */
export function drillQuery(query: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [k, v] of new URLSearchParams(query)) if (v) result[k] = v
  return result
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/**
 * The number the pattern makes for a date ("YYYY-MM-DD", the creation day in the company's zone)
 * and a sequence: prefix + the date in `numberDate` + the sequence zero-padded to `numberDigits`
 * (wider when it outgrows them). HT + YYYYMMDD + 4 digits, 2026-12-06, 1 → "HT202612060001".
 */
export function numberPreview(s: Pick<ContractSettings, 'numberPrefix' | 'numberDate' | 'numberDigits'>, date: string, seq = 1): string {
  const [y = '', m = '', d = ''] = date.split('-')
  const dated = s.numberDate === 'YYYYMMDD' ? `${y}${m}${d}` : s.numberDate === 'YYYYMM' ? `${y}${m}` : s.numberDate === 'YYYY' ? y : ''
  return `${s.numberPrefix}${dated}${pad(seq, s.numberDigits)}`
}

/** 2000 bp → "20", 1250 → "12.5", 5 → "0.05" (a percent as an input shows it). */
export function bpToPercentText(bp: number): string {
  const abs = Math.abs(Math.trunc(bp))
  const whole = Math.floor(abs / 100)
  const rest = abs % 100
  const text = rest === 0 ? String(whole) : `${whole}.${pad(rest, 2).replace(/0$/, '')}`
  return bp < 0 ? `-${text}` : text
}

const PERCENT_TEXT = /^(\d{1,3})(?:\.(\d{0,2}))?%?$/

/** A percent as typed → basis points, exactly: "20" → 2000, "12.5" → 1250, "0.05%" → 5; null above 100 % or not a percent. */
export function percentTextToBp(text: string): number | null {
  const match = PERCENT_TEXT.exec(text.trim())
  if (!match) return null
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return bp <= 10000 ? bp : null
}

/** The days from `today` to `date` (both "YYYY-MM-DD"); negative when the date passed. */
export function daysUntil(date: string, today: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)
  return Math.round(ms / 86_400_000)
}

/** Error codes of the contract endpoints the pages explain in their own words. */
export const CONTRACT_ERROR_CODES = [
  'contract.locked',
  'contract.version_conflict',
  'contract.amount_locked',
  'contract.change_pending',
  'contract.below_received',
  'contract.not_active',
  'contract.not_draft',
  'contract.has_receipts',
  'contract.void',
  'receipt.exceeds_owed',
  'receipt.exceeds_instalment',
  'invoice.exceeds_total',
  'invoice.number_taken',
  'instalment.below_received',
] as const

/**
 * A refused contract action in the reader's language, with the money the server named in its
 * details (`owedFen`, `invoicableFen`) formatted from fen; null for other codes (show the
 * server's message).
 */
export function contractErrorText(error: { code: string; details?: Record<string, unknown> }, t: Translate, fen: (v: number) => string): string | null {
  if (!(CONTRACT_ERROR_CODES as readonly string[]).includes(error.code)) return null
  const d = error.details ?? {}
  const money = (key: string) => (typeof d[key] === 'number' ? fen(d[key] as number) : '—')
  return t(`contract.error.${error.code.replace('.', '_')}`, { owed: money('owedFen'), invoicable: money('invoicableFen') })
}

/** Conflicts after which the page reloads the contract (someone else changed it, or it is under approval). */
export function isReloadConflict(code: string): boolean {
  return code === 'contract.locked' || code === 'contract.version_conflict'
}

/** The ageing bar chart: one bar per bucket, the owed fen as integers (the tooltip formats them exactly). */
export function ageingChartOption(buckets: readonly { bucket: AgeingBucket; owedFen: number; count: number }[], t: Translate, fen: (v: number | null) => string) {
  const colors: Record<AgeingBucket, string> = { not_due: '#67c23a', d1_30: '#e6a23c', d31_90: '#f89898', d90_plus: '#f56c6c' }
  return {
    tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => fen(typeof v === 'number' ? v : null) },
    grid: { left: 90, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'category' as const, data: buckets.map((b) => bucketLabel(b.bucket, t)) },
    yAxis: { type: 'value' as const, axisLabel: { formatter: (v: number) => fen(v).replace(/\.00$/, '') } },
    series: [{ type: 'bar' as const, name: t('receivable.owed'), data: buckets.map((b) => ({ value: b.owedFen, itemStyle: { color: colors[b.bucket] } })) }],
  }
}
