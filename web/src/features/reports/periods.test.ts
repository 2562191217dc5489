import { describe, expect, it } from 'vitest'
import { childPeriods, daysLeft, isValidRange, parsePeriod, periodOf, periodRange, presetRange, sheetPeriods, shiftPeriod, weeksOf } from './periods'

describe('parsePeriod', () => {
  it('reads the four kinds', () => {
    expect(parsePeriod('2026')).toEqual({ kind: 'year', year: 2026, index: 0 })
    expect(parsePeriod('2026-Q4')).toEqual({ kind: 'quarter', year: 2026, index: 4 })
    expect(parsePeriod('2026-12')).toEqual({ kind: 'month', year: 2026, index: 12 })
    expect(parsePeriod('2026-W49')).toEqual({ kind: 'week', year: 2026, index: 49 })
  })

  it('refuses malformed periods', () => {
    for (const bad of ['26', '2026-13', '2026-00', '2026-Q5', '2026-Q0', '2026-W00', '2026-W5', '2021-W53', '2026-12-01', '']) {
      expect(parsePeriod(bad), bad).toBeNull()
    }
    // 2026 starts on a Thursday: it has a week 53; 2021 does not.
    expect(parsePeriod('2026-W53')).not.toBeNull()
  })
})

describe('periodRange', () => {
  it('gives whole days of years, quarters and months (leap February included)', () => {
    expect(periodRange('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    expect(periodRange('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' })
    expect(periodRange('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' })
    expect(periodRange('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    expect(periodRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(periodRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' })
  })

  it('gives ISO weeks Monday to Sunday, crossing years', () => {
    expect(periodRange('2026-W49')).toEqual({ from: '2026-11-30', to: '2026-12-06' })
    expect(periodRange('2026-W01')).toEqual({ from: '2025-12-29', to: '2026-01-04' })
    expect(periodRange('2026-W53')).toEqual({ from: '2026-12-28', to: '2027-01-03' })
    expect(periodRange('bad')).toBeNull()
  })
})

describe('periodOf', () => {
  it('finds the period holding a date', () => {
    expect(periodOf('2026-12-06', 'year')).toBe('2026')
    expect(periodOf('2026-12-06', 'quarter')).toBe('2026-Q4')
    expect(periodOf('2026-04-01', 'quarter')).toBe('2026-Q2')
    expect(periodOf('2026-12-06', 'month')).toBe('2026-12')
    expect(periodOf('2026-12-06', 'week')).toBe('2026-W49')
    expect(periodOf('2026-12-07', 'week')).toBe('2026-W50')
  })

  it('puts days at the turn of the year into the ISO year of their Thursday', () => {
    expect(periodOf('2025-12-29', 'week')).toBe('2026-W01')
    expect(periodOf('2027-01-01', 'week')).toBe('2026-W53')
    expect(periodOf('2021-01-03', 'week')).toBe('2020-W53')
  })

  it('round-trips with periodRange for every week of two years', () => {
    for (const year of [2026, 2027]) {
      for (let w = 1; w <= 52; w++) {
        const period = `${year}-W${String(w).padStart(2, '0')}`
        const range = periodRange(period)!
        expect(periodOf(range.from, 'week')).toBe(period)
        expect(periodOf(range.to, 'week')).toBe(period)
      }
    }
  })
})

describe('children, columns and shifts', () => {
  it('splits years and quarters', () => {
    expect(childPeriods('2026', 'quarters')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'])
    expect(childPeriods('2026', 'months')).toHaveLength(12)
    expect(childPeriods('2026', 'months')[11]).toBe('2026-12')
    expect(childPeriods('2026-Q4', 'months')).toEqual(['2026-10', '2026-11', '2026-12'])
    expect(childPeriods('2026-Q4', 'quarters')).toEqual([])
    expect(childPeriods('2026-12', 'months')).toEqual([])
  })

  it('lists the sheet columns: year, Q1..Q4, 1..12', () => {
    const columns = sheetPeriods(2026)
    expect(columns).toHaveLength(17)
    expect(columns.slice(0, 6)).toEqual(['2026', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026-01'])
  })

  it('shifts across year ends', () => {
    expect(shiftPeriod('2026-Q1', -1)).toBe('2025-Q4')
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12')
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01')
    expect(shiftPeriod('2026-W01', -1)).toBe('2025-W52')
    expect(shiftPeriod('2027-W01', -1)).toBe('2026-W53')
    expect(shiftPeriod('2026', -2)).toBe('2024')
  })

  it('counts the days left, today included, 0 once past', () => {
    expect(daysLeft('2026-12-06', '2026-12-31')).toBe(26)
    expect(daysLeft('2026-12-31', '2026-12-31')).toBe(1)
    expect(daysLeft('2027-01-01', '2026-12-31')).toBe(0)
  })
})

describe('weeksOf and the sheet\'s columns', () => {
  it('names the ISO weeks of a year: 53 when 28 December falls in week 53', () => {
    const w2026 = weeksOf(2026)
    expect(w2026.length).toBe(53) // 2026-12-28 is a Monday of week 53
    expect(w2026[0]).toBe('2026-W01')
    expect(w2026.at(-1)).toBe('2026-W53')
    expect(weeksOf(2025).length).toBe(52) // 2025-12-28 is the Sunday ending week 52
    // Every week named is a week of that year, and the next one is the next year's first.
    expect(w2026.every((w) => periodOf(periodRange(w)!.from, 'week') === w)).toBe(true)
    expect(shiftPeriod('2026-W53', 1)).toBe('2027-W01')
  })

  it('lays the sheet out by months (quarters, then months) or by weeks', () => {
    expect(sheetPeriods(2026)).toEqual(['2026', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)])
    expect(sheetPeriods(2026, 'weeks')).toEqual(['2026', ...weeksOf(2026)])
  })
})

describe('presetRange', () => {
  // Sunday 6 December 2026 in Asia/Shanghai.
  const today = '2026-12-06'
  it('resolves every preset but all', () => {
    expect(presetRange('today', today)).toEqual({ from: today, to: today })
    expect(presetRange('yesterday', today)).toEqual({ from: '2026-12-05', to: '2026-12-05' })
    expect(presetRange('thisWeek', today)).toEqual({ from: '2026-11-30', to: '2026-12-06' })
    expect(presetRange('lastWeek', today)).toEqual({ from: '2026-11-23', to: '2026-11-29' })
    expect(presetRange('thisMonth', today)).toEqual({ from: '2026-12-01', to: '2026-12-31' })
    expect(presetRange('lastMonth', today)).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    expect(presetRange('thisQuarter', today)).toEqual({ from: '2026-10-01', to: '2026-12-31' })
    expect(presetRange('lastQuarter', today)).toEqual({ from: '2026-07-01', to: '2026-09-30' })
    expect(presetRange('thisYear', today)).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    expect(presetRange('all', today)).toBeNull()
  })

  it('goes back over the year for January and the first quarter', () => {
    expect(presetRange('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' })
    expect(presetRange('lastQuarter', '2026-02-01')).toEqual({ from: '2025-10-01', to: '2025-12-31' })
    expect(presetRange('yesterday', '2026-01-01')).toEqual({ from: '2025-12-31', to: '2025-12-31' })
  })
})

describe('isValidRange', () => {
  it('accepts ordered real dates at most 3 years apart', () => {
    expect(isValidRange('2026-01-01', '2026-01-01')).toBe(true)
    expect(isValidRange('2023-12-06', '2026-12-06')).toBe(true)
    expect(isValidRange('2023-12-05', '2026-12-06')).toBe(false)
    expect(isValidRange('2026-12-02', '2026-12-01')).toBe(false)
    expect(isValidRange('2026-02-30', '2026-03-01')).toBe(false)
    expect(isValidRange('2026-1-1', '2026-03-01')).toBe(false)
  })
})

describe('periodChoices', () => {
  it('lists coming, current and past periods, newest first', async () => {
    const { periodChoices } = await import('./periods')
    expect(periodChoices('quarter', '2026-01-15', 2)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3'])
    expect(periodChoices('week', '2026-12-06', 1, 0)).toEqual(['2026-W49', '2026-W48'])
    expect(periodChoices('year', '2026-12-06', 0, 1)).toEqual(['2027', '2026'])
  })
})
