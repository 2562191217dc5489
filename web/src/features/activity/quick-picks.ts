// Quick picks for the next follow-up time: 明天 / 后天 / 下周 at 09:00 in the company's time zone,
// as the local "YYYY-MM-DD HH:mm" the pickers work with.
import { inZone } from '@/shared/zone'

export type QuickPick = 'tomorrow' | 'dayAfter' | 'nextWeek'
export const QUICK_PICKS: readonly QuickPick[] = ['tomorrow', 'dayAfter', 'nextWeek']
export const QUICK_PICK_HOUR = 9

/** The local date-time a quick pick means, seen from `now`. 下周 = next Monday. */
export function quickPickLocal(pick: QuickPick, now: number = Date.now(), timeZone = 'Asia/Shanghai'): string {
  const today = inZone(now, timeZone).startOf('day')
  let day = today.add(1, 'day')
  if (pick === 'dayAfter') day = today.add(2, 'day')
  if (pick === 'nextWeek') {
    const weekday = today.day() // 0 = Sunday
    const toMonday = weekday === 0 ? 1 : 8 - weekday
    day = today.add(toMonday, 'day')
  }
  return `${day.format('YYYY-MM-DD')} ${String(QUICK_PICK_HOUR).padStart(2, '0')}:00`
}
