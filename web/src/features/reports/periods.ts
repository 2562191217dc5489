// Target periods ("2026", "2026-Q4", "2026-12", "2026-W49" — ISO weeks) and report ranges as
// whole local days: the dates a period or a preset covers, in the company's time zone (the zone
// only decides what "today" is; a period's dates are the same everywhere). Pure, tested. Date
// arithmetic goes through day numbers (days since 1970-01-01), never through local Date objects.
import type { PeriodKind } from '@/api/targets'
import type { RangePreset } from '@/api/reports'

export interface Period {
  kind: PeriodKind
  year: number
  /** Quarter 1..4, month 1..12, ISO week 1..53; 0 for a year. */
  index: number
}

export interface DateRange {
  /** "YYYY-MM-DD", inclusive. */
  from: string
  to: string
}

const DAY_MS = 86_400_000
const PERIOD = /^(\d{4})(?:-(Q[1-4]|W\d{2}|\d{2}))?$/

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/** "2026-12-06" → days since 1970-01-01. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS)
}

/** Days since 1970-01-01 → "2026-12-06". */
export function dateOfDay(day: number): string {
  const value = new Date(day * DAY_MS)
  return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days)
}

/** 0 = Monday … 6 = Sunday. */
function weekday(day: number): number {
  // 1970-01-01 was a Thursday (3).
  return (((day + 3) % 7) + 7) % 7
}

function isoWeeksIn(year: number): number {
  // A year has 53 ISO weeks when 28 December falls in week 53 — that is, when its week starts late.
  const dec28 = dayNumber(`${pad(year, 4)}-12-28`)
  const monday = dec28 - weekday(dec28)
  return (monday - isoWeekOneMonday(year)) / 7 + 1
}

/** The Monday of ISO week 1: the week holding 4 January. */
function isoWeekOneMonday(year: number): number {
  const jan4 = dayNumber(`${pad(year, 4)}-01-04`)
  return jan4 - weekday(jan4)
}

function daysInMonth(year: number, month: number): number {
  return Math.round((Date.UTC(year, month, 1) - Date.UTC(year, month - 1, 1)) / DAY_MS)
}

/** A period string → its parts; null when malformed ("2026-13", "2026-W54", "2026-Q5", "26"). */
export function parsePeriod(text: string): Period | null {
  const match = PERIOD.exec(text.trim())
  if (!match) return null
  const year = Number(match[1])
  const part = match[2]
  if (!part) return { kind: 'year', year, index: 0 }
  if (part.startsWith('Q')) return { kind: 'quarter', year, index: Number(part.slice(1)) }
  if (part.startsWith('W')) {
    const week = Number(part.slice(1))
    return week >= 1 && week <= isoWeeksIn(year) ? { kind: 'week', year, index: week } : null
  }
  const month = Number(part)
  return month >= 1 && month <= 12 ? { kind: 'month', year, index: month } : null
}

export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case 'year':
      return pad(p.year, 4)
    case 'quarter':
      return `${pad(p.year, 4)}-Q${p.index}`
    case 'month':
      return `${pad(p.year, 4)}-${pad(p.index)}`
    case 'week':
      return `${pad(p.year, 4)}-W${pad(p.index)}`
  }
}

/** The whole days a period covers; null when the period is malformed. */
export function periodRange(text: string): DateRange | null {
  const p = parsePeriod(text)
  if (!p) return null
  const y = pad(p.year, 4)
  switch (p.kind) {
    case 'year':
      return { from: `${y}-01-01`, to: `${y}-12-31` }
    case 'quarter': {
      const first = (p.index - 1) * 3 + 1
      return { from: `${y}-${pad(first)}-01`, to: `${y}-${pad(first + 2)}-${pad(daysInMonth(p.year, first + 2))}` }
    }
    case 'month':
      return { from: `${y}-${pad(p.index)}-01`, to: `${y}-${pad(p.index)}-${pad(daysInMonth(p.year, p.index))}` }
    case 'week': {
      const monday = isoWeekOneMonday(p.year) + (p.index - 1) * 7
      return { from: dateOfDay(monday), to: dateOfDay(monday + 6) }
    }
  }
}

/** The period of `kind` holding a date ("2026-12-06", "week" → "2026-W49"). */
export function periodOf(date: string, kind: PeriodKind): string {
  const [year, month] = date.split('-').map(Number)
  switch (kind) {
    case 'year':
      return pad(year, 4)
    case 'quarter':
      return `${pad(year, 4)}-Q${Math.floor((month - 1) / 3) + 1}`
    case 'month':
      return date.slice(0, 7)
    case 'week': {
      const day = dayNumber(date)
      // The ISO year is the year of the week's Thursday.
      const thursday = day - weekday(day) + 3
      const isoYear = Number(dateOfDay(thursday).slice(0, 4))
      const week = Math.floor((thursday - isoWeekOneMonday(isoYear)) / 7) + 1
      return `${pad(isoYear, 4)}-W${pad(week)}`
    }
  }
}

/** The sub-periods a parent splits into: a year into quarters or months, a quarter into months. */
export function childPeriods(parent: string, into: 'quarters' | 'months'): string[] {
  const p = parsePeriod(parent)
  if (!p) return []
  const y = pad(p.year, 4)
  if (p.kind === 'year') {
    return into === 'quarters' ? [1, 2, 3, 4].map((q) => `${y}-Q${q}`) : Array.from({ length: 12 }, (_, i) => `${y}-${pad(i + 1)}`)
  }
  if (p.kind === 'quarter' && into === 'months') return [0, 1, 2].map((i) => `${y}-${pad((p.index - 1) * 3 + 1 + i)}`)
  return []
}

/** The ISO weeks named by `year` ("2026-W01" …), 52 or 53: the last is the week holding 28 December. */
export function weeksOf(year: number): string[] {
  const y = pad(year, 4)
  const last = Number(periodOf(`${y}-12-28`, 'week').slice(6))
  return Array.from({ length: last }, (_, i) => `${y}-W${pad(i + 1)}`)
}

/** How the target sheet lays out a year: quarters and months, or weeks. */
export type SheetView = 'months' | 'weeks'

/** The columns of the target sheet: the year, then its quarters and months, or its weeks. */
export function sheetPeriods(year: number, view: SheetView = 'months'): string[] {
  const y = pad(year, 4)
  if (view === 'weeks') return [y, ...weeksOf(year)]
  return [y, ...childPeriods(y, 'quarters'), ...childPeriods(y, 'months')]
}

/** The same period `steps` earlier (negative) or later: 2026-Q1 − 1 → 2025-Q4, 2026-W01 − 1 → 2025-W53. */
export function shiftPeriod(text: string, steps: number): string {
  const p = parsePeriod(text)
  if (!p) return text
  switch (p.kind) {
    case 'year':
      return pad(p.year + steps, 4)
    case 'quarter': {
      const index = p.year * 4 + (p.index - 1) + steps
      return `${pad(Math.floor(index / 4), 4)}-Q${(((index % 4) + 4) % 4) + 1}`
    }
    case 'month': {
      const index = p.year * 12 + (p.index - 1) + steps
      return `${pad(Math.floor(index / 12), 4)}-${pad((((index % 12) + 12) % 12) + 1)}`
    }
    case 'week': {
      const range = periodRange(text) as DateRange
      return periodOf(addDays(range.from, steps * 7), 'week')
    }
  }
}

/** Whole days from `today` to `to`, both counted; 0 once past (as the attainment's daysLeft). */
export function daysLeft(today: string, to: string): number {
  return Math.max(dayNumber(to) - dayNumber(today) + 1, 0)
}

/**
 * The dates a preset means on `today` (Monday-to-Sunday weeks), to show next to the chips before
 * the server answers. `all` starts on the company's first day, which only the server knows: null.
 */
export function presetRange(preset: RangePreset, today: string): DateRange | null {
  const of = (period: string) => periodRange(period) as DateRange
  switch (preset) {
    case 'yesterday': {
      const day = addDays(today, -1)
      return { from: day, to: day }
    }
    case 'today':
      return { from: today, to: today }
    case 'thisWeek':
    case 'lastWeek':
      return of(shiftPeriod(periodOf(today, 'week'), preset === 'lastWeek' ? -1 : 0))
    case 'thisMonth':
    case 'lastMonth':
      return of(shiftPeriod(periodOf(today, 'month'), preset === 'lastMonth' ? -1 : 0))
    case 'thisQuarter':
    case 'lastQuarter':
      return of(shiftPeriod(periodOf(today, 'quarter'), preset === 'lastQuarter' ? -1 : 0))
    case 'thisYear':
      return of(periodOf(today, 'year'))
    case 'all':
      return null
  }
}

/** A custom range the server accepts: valid dates, from ≤ to, at most 3 years apart. */
export function isValidRange(from: string, to: string): boolean {
  const date = /^\d{4}-\d{2}-\d{2}$/
  if (!date.test(from) || !date.test(to) || dateOfDay(dayNumber(from)) !== from || dateOfDay(dayNumber(to)) !== to) return false
  if (from > to) return false
  const [y, m, d] = from.split('-').map(Number)
  return to <= `${pad(y + 3, 4)}-${pad(m)}-${pad(d)}`
}

/** Periods of a kind around today to pick from, newest first: `ahead` coming ones, this one, `back` past ones. */
export function periodChoices(kind: PeriodKind, today: string, back: number, ahead = 1): string[] {
  const current = periodOf(today, kind)
  const choices: string[] = []
  for (let step = ahead; step >= -back; step--) choices.push(shiftPeriod(current, step))
  return choices
}
