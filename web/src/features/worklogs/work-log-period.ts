// Calendar arithmetic of work-log periods, on local dates ("2026-11-26") in the company's time
// zone, the way the server computes them: a daily log covers its day, a weekly one Monday to
// Sunday, a monthly one the calendar month. Dates are calculated in UTC so the browser's own
// time zone never moves a day. Pure, tested.
import type { WorkLogKind } from '@/api/work-logs'

export interface Period {
  start: string
  end: string
}

const DAY_MS = 86_400_000

function parse(date: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}

function format(value: Date): string {
  return value.toISOString().slice(0, 10)
}

function addDays(date: string, days: number): string {
  return format(new Date(parse(date).getTime() + days * DAY_MS))
}

/** Today's date in `timeZone` ("2026-11-26"). */
export function todayIn(timeZone = 'Asia/Shanghai', now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(date: string): number {
  return (parse(date).getUTCDay() + 6) % 7
}

/** The period of `kind` that holds `date`. */
export function periodOf(kind: WorkLogKind, date: string): Period {
  if (kind === 'weekly') {
    const start = addDays(date, -weekdayOf(date))
    return { start, end: addDays(start, 6) }
  }
  if (kind === 'monthly') {
    const d = parse(date)
    const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1))
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0))
    return { start: format(first), end: format(last) }
  }
  return { start: date, end: date }
}

/** The start of the period `steps` periods after (negative: before) the one holding `date`. */
export function shiftPeriod(kind: WorkLogKind, date: string, steps: number): string {
  const { start } = periodOf(kind, date)
  if (kind === 'daily') return addDays(start, steps)
  if (kind === 'weekly') return addDays(start, steps * 7)
  const d = parse(start)
  return format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + steps, 1)))
}

/** True when the period holding `date` is the one holding `today` (a later one cannot be written yet). */
export function isCurrentPeriod(kind: WorkLogKind, date: string, today: string): boolean {
  return periodOf(kind, date).start === periodOf(kind, today).start
}

/** The words of a period, e.g. "2026-11-26 周四", "11-23 至 11-29", "2026年11月". */
export type Translate = (key: string, named?: Record<string, unknown>) => string

export function periodLabel(kind: WorkLogKind, period: Period, t: Translate): string {
  if (kind === 'daily') {
    const weekday = t('workLog.weekdays').split(',')[weekdayOf(period.start)] ?? ''
    return t('workLog.periodDaily', { date: period.start, weekday })
  }
  if (kind === 'weekly') {
    const sameYear = period.start.slice(0, 4) === period.end.slice(0, 4)
    return t('workLog.periodWeekly', { from: period.start, to: sameYear ? period.end.slice(5) : period.end })
  }
  return t('workLog.periodMonthly', { year: period.start.slice(0, 4), month: Number(period.start.slice(5, 7)) })
}

/** Presets of the list's period filter; `from`/`to` bound a log's period start. */
export type RangePreset = 'all' | 'thisWeek' | 'lastWeek' | 'thisMonth' | 'lastMonth'
export const RANGE_PRESETS: readonly RangePreset[] = ['all', 'thisWeek', 'lastWeek', 'thisMonth', 'lastMonth']

export function presetRange(preset: RangePreset, today: string): { from?: string; to?: string } {
  switch (preset) {
    case 'thisWeek':
      return { from: periodOf('weekly', today).start, to: periodOf('weekly', today).end }
    case 'lastWeek': {
      const start = shiftPeriod('weekly', today, -1)
      return { from: start, to: periodOf('weekly', start).end }
    }
    case 'thisMonth':
      return { from: periodOf('monthly', today).start, to: periodOf('monthly', today).end }
    case 'lastMonth': {
      const start = shiftPeriod('monthly', today, -1)
      return { from: start, to: periodOf('monthly', start).end }
    }
    default:
      return {}
  }
}
