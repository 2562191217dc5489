import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'

dayjs.extend(utc)
dayjs.extend(timezone)

/** An ISO-8601 UTC instant shown in the company's time zone ("2026-11-26 17:30"). */
export function formatInstant(iso: string | null | undefined, timeZone = 'Asia/Shanghai'): string {
  if (!iso) return '—'
  const value = dayjs(iso)
  if (!value.isValid()) return iso
  try {
    return value.tz(timeZone).format('YYYY-MM-DD HH:mm')
  } catch {
    return value.format('YYYY-MM-DD HH:mm')
  }
}
