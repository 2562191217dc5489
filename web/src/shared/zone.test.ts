import { describe, expect, it } from 'vitest'
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import { inZone, zoneOffsetMinutes } from './zone'

dayjs.extend(utc)
dayjs.extend(timezone)

// Expected values come from dayjs's own timezone plugin, an independent implementation, over
// instants every 7 h 13 min across a year, so both daylight-saving switches of each zone are crossed.
const ZONES = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC']

describe('inZone', () => {
  it('shows the same wall clock as dayjs.tz for every instant of a year', () => {
    const start = Date.UTC(2026, 0, 1)
    for (const zone of ZONES) {
      for (let ms = start; ms < start + 366 * 86_400_000; ms += 433 * 60_000 + 13_001) {
        const expected = dayjs(ms).tz(zone)
        const got = inZone(ms, zone)
        expect(got.format('YYYY-MM-DD HH:mm:ss'), `${zone} ${new Date(ms).toISOString()}`).toBe(expected.format('YYYY-MM-DD HH:mm:ss'))
        expect(got.valueOf()).toBe(ms)
        expect(got.day()).toBe(expected.day())
      }
    }
  }, 30_000)

  it('knows the offsets', () => {
    expect(zoneOffsetMinutes(Date.UTC(2026, 6, 1), 'Asia/Shanghai')).toBe(480)
    expect(zoneOffsetMinutes(Date.UTC(2026, 6, 1), 'America/New_York')).toBe(-240)
    expect(zoneOffsetMinutes(Date.UTC(2026, 0, 1), 'America/New_York')).toBe(-300)
    expect(zoneOffsetMinutes(Date.UTC(2026, 0, 1), 'Asia/Kolkata')).toBe(330)
    expect(zoneOffsetMinutes(Date.UTC(1969, 11, 31, 23, 59, 59, 500), 'Asia/Shanghai')).toBe(480)
  })

  it('refuses a zone that does not exist', () => {
    expect(() => inZone(0, 'Mars/Olympus')).toThrow(RangeError)
  })
})
