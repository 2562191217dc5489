import { describe, expect, it } from 'vitest'
import { isCurrentPeriod, periodLabel, periodOf, presetRange, shiftPeriod, todayIn, weekdayOf } from './work-log-period'

const t = (key: string, named: Record<string, unknown> = {}) => {
  if (key === 'workLog.weekdays') return '一,二,三,四,五,六,日'
  return `${key}:${JSON.stringify(named)}`
}

describe('work-log periods', () => {
  it('takes today in the company time zone, not the browser one', () => {
    // 2026-11-26 17:30 UTC is already the 27th in Shanghai.
    expect(todayIn('Asia/Shanghai', new Date('2026-11-26T17:30:00Z'))).toBe('2026-11-27')
    expect(todayIn('America/New_York', new Date('2026-11-26T17:30:00Z'))).toBe('2026-11-26')
  })

  it('starts weeks on Monday, as the server does', () => {
    expect(weekdayOf('2026-11-23')).toBe(0) // a Monday
    expect(weekdayOf('2026-11-29')).toBe(6) // a Sunday
    expect(periodOf('weekly', '2026-11-26')).toEqual({ start: '2026-11-23', end: '2026-11-29' })
    expect(periodOf('weekly', '2026-11-29')).toEqual({ start: '2026-11-23', end: '2026-11-29' })
    expect(periodOf('weekly', '2026-11-30')).toEqual({ start: '2026-11-30', end: '2026-12-06' })
    // A week across the new year.
    expect(periodOf('weekly', '2027-01-01')).toEqual({ start: '2026-12-28', end: '2027-01-03' })
  })

  it('covers whole calendar months, leap February included', () => {
    expect(periodOf('monthly', '2026-11-26')).toEqual({ start: '2026-11-01', end: '2026-11-30' })
    expect(periodOf('monthly', '2028-02-10')).toEqual({ start: '2028-02-01', end: '2028-02-29' })
    expect(periodOf('monthly', '2026-12-31')).toEqual({ start: '2026-12-01', end: '2026-12-31' })
    expect(periodOf('daily', '2026-11-26')).toEqual({ start: '2026-11-26', end: '2026-11-26' })
  })

  it('steps to the neighbouring periods', () => {
    expect(shiftPeriod('daily', '2026-03-01', -1)).toBe('2026-02-28')
    expect(shiftPeriod('weekly', '2026-11-26', -1)).toBe('2026-11-16')
    expect(shiftPeriod('weekly', '2026-11-26', 1)).toBe('2026-11-30')
    expect(shiftPeriod('monthly', '2026-01-31', -1)).toBe('2025-12-01')
    expect(shiftPeriod('monthly', '2026-12-15', 1)).toBe('2027-01-01')
  })

  it('knows the current period (a later one cannot be written)', () => {
    expect(isCurrentPeriod('daily', '2026-11-26', '2026-11-26')).toBe(true)
    expect(isCurrentPeriod('daily', '2026-11-25', '2026-11-26')).toBe(false)
    expect(isCurrentPeriod('weekly', '2026-11-23', '2026-11-29')).toBe(true)
    expect(isCurrentPeriod('monthly', '2026-11-01', '2026-11-30')).toBe(true)
    expect(isCurrentPeriod('monthly', '2026-10-31', '2026-11-01')).toBe(false)
  })

  it('names a period in words', () => {
    expect(periodLabel('daily', { start: '2026-11-26', end: '2026-11-26' }, t)).toBe('workLog.periodDaily:{"date":"2026-11-26","weekday":"四"}')
    expect(periodLabel('weekly', { start: '2026-11-23', end: '2026-11-29' }, t)).toBe('workLog.periodWeekly:{"from":"2026-11-23","to":"11-29"}')
    expect(periodLabel('weekly', { start: '2026-12-28', end: '2027-01-03' }, t)).toBe('workLog.periodWeekly:{"from":"2026-12-28","to":"2027-01-03"}')
    expect(periodLabel('monthly', { start: '2026-09-01', end: '2026-09-30' }, t)).toBe('workLog.periodMonthly:{"year":"2026","month":9}')
  })

  it('turns list presets into period-start bounds', () => {
    expect(presetRange('all', '2026-11-26')).toEqual({})
    expect(presetRange('thisWeek', '2026-11-26')).toEqual({ from: '2026-11-23', to: '2026-11-29' })
    expect(presetRange('lastWeek', '2026-11-26')).toEqual({ from: '2026-11-16', to: '2026-11-22' })
    expect(presetRange('thisMonth', '2026-11-26')).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    expect(presetRange('lastMonth', '2026-01-05')).toEqual({ from: '2025-12-01', to: '2025-12-31' })
  })
})
