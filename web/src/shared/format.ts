import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import { inZone } from './zone'

dayjs.extend(utc)
dayjs.extend(timezone)

/** An ISO-8601 UTC instant shown in the company's time zone ("2026-11-26 17:30"). */
export function formatInstant(iso: string | null | undefined, timeZone = 'Asia/Shanghai'): string {
  if (!iso) return '—'
  const value = dayjs(iso)
  if (!value.isValid()) return iso
  try {
    return inZone(value, timeZone).format('YYYY-MM-DD HH:mm')
  } catch {
    return value.format('YYYY-MM-DD HH:mm')
  }
}

/** The local date of an instant in the company's time zone ("2026-11-26"). */
export function formatDate(iso: string | null | undefined, timeZone = 'Asia/Shanghai'): string {
  if (!iso) return '—'
  const value = dayjs(iso)
  if (!value.isValid()) return iso
  try {
    return inZone(value, timeZone).format('YYYY-MM-DD')
  } catch {
    return value.format('YYYY-MM-DD')
  }
}

/**
 * The instant a local date ("2026-11-26") or date-time ("2026-11-26 08:30") means in the company's
 * time zone, as ISO-8601 UTC. With `endOfDay` a bare date means its last millisecond.
 */
export function localToInstant(local: string, timeZone = 'Asia/Shanghai', endOfDay = false): string {
  let value = dayjs.tz(local, timeZone)
  if (endOfDay && /^\d{4}-\d{2}-\d{2}$/.test(local)) value = value.endOf('day')
  return value.toISOString()
}

/** An instant as a local "YYYY-MM-DD HH:mm" in the company's time zone (for date-time pickers). */
export function instantToLocal(iso: string, timeZone = 'Asia/Shanghai'): string {
  return inZone(iso, timeZone).format('YYYY-MM-DD HH:mm')
}
