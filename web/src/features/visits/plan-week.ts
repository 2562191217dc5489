// Week arithmetic of the 拜访计划 calendar, in the company's time zone: a week runs Monday to
// Sunday; plans are grouped by their local day. Pure, tested.
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import type { VisitPlan } from '@/api/visits'
import { inZone } from '@/shared/zone'

dayjs.extend(utc)
dayjs.extend(timezone)

export interface WeekDay {
  /** "2026-11-26" */
  date: string
  /** 0 = Sunday … 6 = Saturday */
  weekday: number
  plans: VisitPlan[]
}

/** The Monday ("YYYY-MM-DD") of the week holding `instant`, in `tz`. */
export function weekStartOf(instant: Date | string, tz = 'Asia/Shanghai'): string {
  const local = inZone(dayjs(instant), tz)
  const offset = (local.day() + 6) % 7
  return local.subtract(offset, 'day').format('YYYY-MM-DD')
}

export function shiftWeek(monday: string, weeks: number): string {
  return dayjs(monday).add(weeks * 7, 'day').format('YYYY-MM-DD')
}

/** [from, to) of the week as UTC instants. */
export function weekRange(monday: string, tz = 'Asia/Shanghai'): { from: string; to: string } {
  const start = dayjs.tz(monday, tz)
  return { from: start.toISOString(), to: start.add(7, 'day').toISOString() }
}

/** Seven days Monday→Sunday, each with its plans by time. */
export function groupByDay(monday: string, plans: readonly VisitPlan[], tz = 'Asia/Shanghai'): WeekDay[] {
  const days: WeekDay[] = []
  for (let i = 0; i < 7; i++) {
    const d = dayjs(monday).add(i, 'day')
    days.push({ date: d.format('YYYY-MM-DD'), weekday: d.day(), plans: [] })
  }
  const byDate = new Map(days.map((d) => [d.date, d]))
  for (const plan of [...plans].sort((a, b) => a.plannedAt.localeCompare(b.plannedAt))) {
    const date = inZone(plan.plannedAt, tz).format('YYYY-MM-DD')
    byDate.get(date)?.plans.push(plan)
  }
  return days
}

/** "09:30" of an instant in `tz`. */
export function timeOfDay(iso: string, tz = 'Asia/Shanghai'): string {
  return inZone(iso, tz).format('HH:mm')
}

export const REMIND_OPTIONS: readonly (number | null)[] = [null, 15, 30, 60, 120, 1440]
