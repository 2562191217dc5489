import { describe, expect, it } from 'vitest'
import { formatCount, formatYuan, statCards, statLine } from './work-log-stats'

describe('work-log statistics', () => {
  it('shows fen as yuan with two decimals and thousands separators', () => {
    expect(formatYuan(0)).toBe('¥0.00')
    expect(formatYuan(5)).toBe('¥0.05')
    expect(formatYuan(1234567)).toBe('¥12,345.67')
    expect(formatYuan(100000000)).toBe('¥1,000,000.00')
    expect(formatYuan(-50)).toBe('-¥0.50')
    // Integer arithmetic: 0.29 * 100 style rounding errors cannot appear.
    expect(formatYuan(29)).toBe('¥0.29')
    expect(formatYuan(null)).toBe('¥0.00')
    expect(formatYuan(Number.NaN)).toBe('¥0.00')
  })

  it('groups counts', () => {
    expect(formatCount(0)).toBe('0')
    expect(formatCount(12345)).toBe('12,345')
    expect(formatCount(undefined)).toBe('0')
  })

  it('makes one card per statistic, money last and in yuan', () => {
    const cards = statCards({ newCustomers: 2, followUps: 7, visits: 3, customersFollowed: 5, opportunities: 0, contractAmountFen: 1500000, paymentAmountFen: 0 })
    expect(cards.map((c) => c.key)).toEqual(['newCustomers', 'followUps', 'visits', 'customersFollowed', 'opportunities', 'contractAmountFen', 'paymentAmountFen'])
    expect(cards[1]).toEqual({ key: 'followUps', labelKey: 'workLog.stat.followUps', value: '7', money: false })
    expect(cards[5]).toEqual({ key: 'contractAmountFen', labelKey: 'workLog.stat.contractAmountFen', value: '¥15,000.00', money: true })
    expect(statCards(null).every((c) => c.value === '0' || c.value === '¥0.00')).toBe(true)
  })

  it('sums up a log in one line without zeros', () => {
    const label = (k: string) => k
    expect(statLine({ followUps: 5, visits: 2, newCustomers: 0, customersFollowed: 4 }, label)).toBe('followUps 5 · visits 2 · customersFollowed 4')
    expect(statLine({ followUps: 0 }, label)).toBe('')
  })
})
