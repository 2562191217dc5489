import { describe, expect, it } from 'vitest'
import { relativeTime } from './relative-time'
import { translator } from './test-i18n'

const zh = translator('zh-CN')
const en = translator('en')
// 2026-11-26 12:00 in Shanghai.
const NOW = Date.parse('2026-11-26T04:00:00Z')
const ago = (ms: number) => new Date(NOW - ms).toISOString()
const MIN = 60_000
const HOUR = 60 * MIN

describe('relativeTime', () => {
  it('says 刚刚 under a minute, and for small clock skew into the future', () => {
    expect(relativeTime(ago(0), zh, NOW)).toBe('刚刚')
    expect(relativeTime(ago(59_000), zh, NOW)).toBe('刚刚')
    expect(relativeTime(ago(-30_000), zh, NOW)).toBe('刚刚')
    expect(relativeTime(ago(10_000), en, NOW)).toBe('just now')
  })

  it('counts minutes, then hours', () => {
    expect(relativeTime(ago(5 * MIN), zh, NOW)).toBe('5 分钟前')
    expect(relativeTime(ago(59 * MIN + 59_000), zh, NOW)).toBe('59 分钟前')
    expect(relativeTime(ago(HOUR), zh, NOW)).toBe('1 小时前')
    expect(relativeTime(ago(23 * HOUR), zh, NOW)).toBe('23 小时前')
    expect(relativeTime(ago(5 * MIN), en, NOW)).toBe('5 min ago')
  })

  it('says 昨天 with the local time for the previous calendar day in the company time zone', () => {
    // 2026-11-25 09:30 Shanghai = 01:30Z, 26.5 h before NOW.
    expect(relativeTime('2026-11-25T01:30:00Z', zh, NOW)).toBe('昨天 09:30')
    expect(relativeTime('2026-11-25T01:30:00Z', en, NOW)).toBe('yesterday 09:30')
  })

  it('counts calendar days up to a week, then shows the date', () => {
    expect(relativeTime('2026-11-23T10:00:00Z', zh, NOW)).toBe('3 天前')
    expect(relativeTime('2026-11-10T02:05:00Z', zh, NOW)).toBe('11-10 10:05')
    expect(relativeTime('2025-03-01T02:05:00Z', zh, NOW)).toBe('2025-03-01')
  })

  it('judges the calendar in the given time zone', () => {
    const now = Date.parse('2026-11-26T16:30:00Z') // 00:30 on the 27th in Shanghai
    expect(relativeTime('2026-11-25T15:00:00Z', zh, now, 'Asia/Shanghai')).toBe('2 天前')
    expect(relativeTime('2026-11-25T15:00:00Z', zh, now, 'UTC')).toBe('昨天 15:00')
  })

  it('shows far-future instants as a date and tolerates bad input', () => {
    expect(relativeTime('2026-12-01T02:00:00Z', zh, NOW)).toBe('12-01 10:00')
    expect(relativeTime(null, zh, NOW)).toBe('—')
    expect(relativeTime('not a date', zh, NOW)).toBe('not a date')
  })
})
