// The statistics of a work log as cards: what each number is and how it reads. Money comes in
// fen (integer) and is shown in yuan with two decimals, computed on integers so that no
// floating-point rounding creeps in. Pure, tested.
import type { WorkLogStats } from '@/api/work-logs'
import { formatFen, groupDigits } from '@/shared/money'

export type StatKey = keyof WorkLogStats

export interface StatCard {
  key: StatKey
  /** i18n key of the label. */
  labelKey: string
  value: string
  money: boolean
}

/** In the order the cards are shown: the day's activity first, money last. */
export const STAT_KEYS: readonly StatKey[] = [
  'newCustomers',
  'followUps',
  'visits',
  'customersFollowed',
  'opportunities',
  'contractAmountFen',
  'paymentAmountFen',
]

const MONEY_KEYS: readonly StatKey[] = ['contractAmountFen', 'paymentAmountFen']

/** 1234567 fen → "¥12,345.67"; -50 → "-¥0.50"; a missing value reads as ¥0.00. */
export function formatYuan(fen: number | null | undefined): string {
  return formatFen(Number.isFinite(fen) ? Math.round(fen as number) : 0)
}

export function formatCount(n: number | null | undefined): string {
  return groupDigits(String(Number.isFinite(n) ? Math.round(n as number) : 0))
}

export function statCards(stats: Partial<WorkLogStats> | null | undefined): StatCard[] {
  return STAT_KEYS.map((key) => {
    const money = MONEY_KEYS.includes(key)
    const raw = stats?.[key]
    return { key, labelKey: `workLog.stat.${key}`, value: money ? formatYuan(raw) : formatCount(raw), money }
  })
}

/** A one-line summary for list rows: "跟进 5 · 拜访 2 · 新客户 1", leaving out zeros. */
export function statLine(stats: Partial<WorkLogStats> | null | undefined, label: (key: StatKey) => string): string {
  const keys: StatKey[] = ['followUps', 'visits', 'newCustomers', 'customersFollowed']
  return keys
    .filter((k) => (stats?.[k] ?? 0) > 0)
    .map((k) => `${label(k)} ${formatCount(stats?.[k])}`)
    .join(' · ')
}
