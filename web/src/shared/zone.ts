// Instants seen in the company's time zone. dayjs's timezone plugin builds a new
// Intl.DateTimeFormat on every `.tz()` (it calls toLocaleString with a timeZone): a phone's list of
// 20 customers spent about 180 ms of a throttled CPU on it (bench/first-load.mjs). Here one
// formatter per zone is kept, and the instant comes back as a fixed-offset dayjs.
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    // Throws a RangeError for a zone the browser does not know.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** The zone's offset from UTC in minutes at the instant `ms` (+480 for Asia/Shanghai). */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  const fields: Record<string, number> = {}
  for (const part of formatter(timeZone).formatToParts(ms)) fields[part.type] = Number(part.value)
  const wall = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour % 24, fields.minute, fields.second)
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000)
}

/** `value` as the wall clock of `timeZone` shows it (throws a RangeError for an unknown zone). */
export function inZone(value: dayjs.Dayjs | number | string, timeZone: string): dayjs.Dayjs {
  const instant = dayjs(value)
  return instant.utcOffset(zoneOffsetMinutes(instant.valueOf(), timeZone))
}
