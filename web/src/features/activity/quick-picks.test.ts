import { describe, expect, it } from 'vitest'
import { quickPickLocal } from './quick-picks'

describe('quickPickLocal', () => {
  // Thursday 2026-11-26, 12:00 in Shanghai.
  const thursday = Date.parse('2026-11-26T04:00:00Z')

  it('gives 明天 / 后天 at 09:00', () => {
    expect(quickPickLocal('tomorrow', thursday)).toBe('2026-11-27 09:00')
    expect(quickPickLocal('dayAfter', thursday)).toBe('2026-11-28 09:00')
  })

  it('gives next Monday for 下周, also from a Sunday', () => {
    expect(quickPickLocal('nextWeek', thursday)).toBe('2026-11-30 09:00')
    expect(quickPickLocal('nextWeek', Date.parse('2026-11-29T04:00:00Z'))).toBe('2026-11-30 09:00')
    expect(quickPickLocal('nextWeek', Date.parse('2026-11-30T04:00:00Z'))).toBe('2026-12-07 09:00')
  })

  it('counts days in the company time zone', () => {
    // 2026-11-26T17:00Z is already Friday 01:00 in Shanghai.
    expect(quickPickLocal('tomorrow', Date.parse('2026-11-26T17:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-28 09:00')
    expect(quickPickLocal('tomorrow', Date.parse('2026-11-26T17:00:00Z'), 'UTC')).toBe('2026-11-27 09:00')
  })
})
