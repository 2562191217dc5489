// The periods of the visit statistics (desktop and phone): this week (from Monday), this month,
// the last 30 days, as local dates (YYYY-MM-DD) in the tenant's zone, and their instants.
import dayjs from 'dayjs'
import { localToInstant } from '@/shared/format'

export type StatsPreset = 'thisWeek' | 'thisMonth' | 'last30'
export const STATS_PRESETS: StatsPreset[] = ['thisWeek', 'thisMonth', 'last30']

function todayIn(timeZone: string): dayjs.Dayjs {
  return dayjs(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()))
}

export function presetRange(p: StatsPreset, timeZone: string): [string, string] {
  const today = todayIn(timeZone)
  const f = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD')
  if (p === 'thisWeek') return [f(today.subtract((today.day() + 6) % 7, 'day')), f(today)]
  if (p === 'thisMonth') return [f(today.startOf('month')), f(today)]
  return [f(today.subtract(29, 'day')), f(today)]
}

/** [from, to) of the local days first..last. */
export function rangeInstants(range: [string, string], timeZone: string): { from: string; to: string } {
  return { from: localToInstant(range[0], timeZone), to: localToInstant(range[1], timeZone, true) }
}
