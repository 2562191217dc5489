import { describe, expect, it } from 'vitest'
import { fenToYuanText, formatFen, groupDigits, parseYuan } from './money'

describe('parseYuan', () => {
  it('turns decimal yuan into exact fen', () => {
    expect(parseYuan('0.1')).toBe(10)
    expect(parseYuan('0.29')).toBe(29)
    expect(parseYuan('12345.67')).toBe(1234567)
    expect(parseYuan('1,234.5')).toBe(123450)
    expect(parseYuan('¥ 5,000')).toBe(500000)
    expect(parseYuan('1，000')).toBe(100000)
    expect(parseYuan('7.')).toBe(700)
    expect(parseYuan('0')).toBe(0)
    expect(parseYuan(12)).toBe(1200)
  })

  it('is exact where floating-point multiplication is not', () => {
    // 1.005 * 100 and 4.35 * 100 are 100.49999… and 434.99999… as doubles.
    expect(parseYuan('4.35')).toBe(435)
    expect(parseYuan('1.10')).toBe(110)
    expect(parseYuan('90071992547409.91')).toBe(9007199254740991)
  })

  it('refuses what is not an amount', () => {
    expect(parseYuan('1.234')).toBeNull()
    expect(parseYuan('')).toBeNull()
    expect(parseYuan('  ')).toBeNull()
    expect(parseYuan('-1')).toBeNull()
    expect(parseYuan('abc')).toBeNull()
    expect(parseYuan('1e3')).toBeNull()
    expect(parseYuan('.5')).toBeNull()
    expect(parseYuan('90071992547409.92')).toBeNull()
    expect(parseYuan(null)).toBeNull()
  })
})

describe('formatFen', () => {
  it('groups thousands and keeps two decimals from the integer', () => {
    expect(formatFen(0)).toBe('¥0.00')
    expect(formatFen(5)).toBe('¥0.05')
    expect(formatFen(1234567)).toBe('¥12,345.67')
    expect(formatFen(100000000)).toBe('¥1,000,000.00')
    expect(formatFen(-50)).toBe('-¥0.50')
    expect(formatFen(9007199254740991)).toBe('¥90,071,992,547,409.91')
  })

  it('shows a missing amount as a dash (or what the caller asks)', () => {
    expect(formatFen(null)).toBe('—')
    expect(formatFen(undefined, '¥0.00')).toBe('¥0.00')
    expect(formatFen(Number.NaN)).toBe('—')
  })

  it('round-trips with parseYuan through the input text', () => {
    for (const fen of [0, 1, 10, 99, 100, 123450, 1234567, 9007199254740991]) {
      expect(parseYuan(fenToYuanText(fen))).toBe(fen)
      expect(parseYuan(formatFen(fen))).toBe(fen)
    }
    expect(fenToYuanText(1234500)).toBe('12345')
    expect(fenToYuanText(1234560)).toBe('12345.60')
    expect(fenToYuanText(null)).toBe('')
  })

  it('groups digit strings', () => {
    expect(groupDigits('1234567')).toBe('1,234,567')
    expect(groupDigits('123')).toBe('123')
  })
})
