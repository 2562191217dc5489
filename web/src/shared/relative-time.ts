// "刚刚", "5 分钟前", "3 小时前", "昨天 14:20", "3 天前", then the date — for feeds and threads.
// Calendar words ("yesterday") are judged in the company's time zone.
import dayjs from 'dayjs'
import type { Translate } from './translate'
import { inZone as zoned } from './zone'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

function inZone(value: dayjs.Dayjs, timeZone: string): dayjs.Dayjs {
  try {
    return zoned(value, timeZone)
  } catch {
    return value
  }
}

/**
 * How long ago `iso` was, relative to `now` (ms since the epoch), in the UI language.
 * Times slightly in the future (clock skew) count as "just now"; further ahead, the date is shown.
 */
export function relativeTime(iso: string | null | undefined, t: Translate, now: number = Date.now(), timeZone = 'Asia/Shanghai'): string {
  if (!iso) return '—'
  const value = dayjs(iso)
  if (!value.isValid()) return iso
  const diff = now - value.valueOf()
  const local = inZone(value, timeZone)
  const today = inZone(dayjs(now), timeZone).startOf('day')
  if (diff < -MINUTE) return local.year() === today.year() ? local.format('MM-DD HH:mm') : local.format('YYYY-MM-DD HH:mm')
  if (diff < MINUTE) return t('time.justNow')
  if (diff < HOUR) return t('time.minutesAgo', { n: Math.floor(diff / MINUTE) })
  if (diff < DAY) return t('time.hoursAgo', { n: Math.floor(diff / HOUR) })
  const days = today.diff(local.startOf('day'), 'day')
  if (days <= 1) return t('time.yesterdayAt', { time: local.format('HH:mm') })
  if (days < 7) return t('time.daysAgo', { n: days })
  if (local.year() === today.year()) return local.format('MM-DD HH:mm')
  return local.format('YYYY-MM-DD')
}
