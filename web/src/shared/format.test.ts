import { describe, expect, it } from 'vitest'
import { formatDate, instantToLocal, localToInstant } from './format'

describe('time zone helpers', () => {
  it('reads local dates in the company time zone', () => {
    expect(localToInstant('2026-11-26', 'Asia/Shanghai')).toBe('2026-11-25T16:00:00.000Z')
    expect(localToInstant('2026-11-26', 'Asia/Shanghai', true)).toBe('2026-11-26T15:59:59.999Z')
    expect(localToInstant('2026-11-26 08:30', 'Asia/Shanghai')).toBe('2026-11-26T00:30:00.000Z')
  })

  it('shows instants as local dates', () => {
    expect(formatDate('2026-11-25T17:00:00Z', 'Asia/Shanghai')).toBe('2026-11-26')
    expect(formatDate(null)).toBe('—')
    expect(instantToLocal('2026-11-26T00:30:00Z', 'Asia/Shanghai')).toBe('2026-11-26 08:30')
  })
})
