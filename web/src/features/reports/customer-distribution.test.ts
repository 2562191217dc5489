import { describe, expect, it } from 'vitest'
import {
  MAX_SPELLINGS,
  provinceSpellings,
  customerListQuery,
  distributionFromQuery,
  distributionToQuery,
  fetchedBy,
  foldTop,
  formatPermille,
  sharePermille,
  shareText,
  valueLabel,
  type ValueNames,
} from './customer-distribution'

function items(n: number) {
  // n values with counts n, n-1, …, 1 (largest first, as the server sends them).
  return Array.from({ length: n }, (_, i) => ({ value: `v${i}`, count: n - i }))
}

describe('foldTop', () => {
  it('keeps every value when there are at most 20', () => {
    expect(foldTop(items(20))).toEqual(items(20))
    expect(foldTop([])).toEqual([])
  })

  it('sums the values past the top 20 into one slice without a value', () => {
    const all = items(25) // counts 25..1; the rest are 5, 4, 3, 2, 1
    const folded = foldTop(all)
    expect(folded).toHaveLength(21)
    expect(folded.slice(0, 20)).toEqual(all.slice(0, 20))
    expect(folded[20]).toEqual({ value: null, count: 5 + 4 + 3 + 2 + 1 })
    const sum = (xs: { count: number }[]) => xs.reduce((s, x) => s + x.count, 0)
    expect(sum(folded)).toBe(sum(all))
  })

  it('takes another size of top', () => {
    expect(foldTop(items(4), 2)).toEqual([
      { value: 'v0', count: 4 },
      { value: 'v1', count: 3 },
      { value: null, count: 3 },
    ])
  })
})

describe('shares', () => {
  it('rounds tenths of a percent half up in integers', () => {
    expect(sharePermille(1, 3)).toBe(333)
    expect(sharePermille(2, 3)).toBe(667)
    expect(sharePermille(1, 8)).toBe(125) // 12.5% exactly
    expect(sharePermille(1, 16)).toBe(63) // 6.25% → 6.3%
    expect(sharePermille(7, 7)).toBe(1000)
    expect(sharePermille(0, 7)).toBe(0)
    expect(sharePermille(3, 0)).toBe(0)
  })

  it('has no float drift where 0.1-style fractions would show one', () => {
    // 0.7 * 100 = 70.00000000000001 in floats; 7 of 10 is 70.0%.
    expect(shareText(7, 10)).toBe('70.0%')
    expect(shareText(29, 100)).toBe('29.0%') // 0.29 * 100 = 28.999999999999996
    expect(shareText(1, 1_000_000)).toBe('0.0%')
    expect(shareText(999_999, 1_000_000)).toBe('100.0%')
  })

  it('formats tenths', () => {
    expect(formatPermille(0)).toBe('0.0%')
    expect(formatPermille(5)).toBe('0.5%')
    expect(formatPermille(1000)).toBe('100.0%')
  })
})

describe('the URL', () => {
  const table = { view: 'table' as const, province: null, customerLevels: [] }

  it('reads by and the department, defaulting to industry', () => {
    expect(distributionFromQuery({})).toEqual({ by: 'industry', departmentId: null, ...table })
    expect(distributionFromQuery({ by: 'city', departmentId: '42' })).toEqual({ by: 'city', departmentId: '42', ...table })
    expect(distributionFromQuery({ by: 'salary', departmentId: '' })).toEqual({ by: 'industry', departmentId: null, ...table })
    expect(distributionFromQuery({ by: ['level', 'city'] })).toEqual({ by: 'level', departmentId: null, ...table })
  })

  it('reads the map view and the province drilled into for provinces only', () => {
    expect(distributionFromQuery({ by: 'province', view: 'map' })).toEqual({ by: 'province', departmentId: null, view: 'map', province: null, customerLevels: [] })
    expect(distributionFromQuery({ by: 'province', view: 'map', province: '广东省' })).toEqual({
      by: 'province',
      departmentId: null,
      view: 'map',
      province: '广东省',
      customerLevels: [],
    })
    expect(distributionFromQuery({ by: 'province', view: 'table', province: '广东省' })).toEqual({ by: 'province', departmentId: null, ...table })
    expect(distributionFromQuery({ by: 'city', view: 'map', province: '广东省' })).toEqual({ by: 'city', departmentId: null, ...table })
    expect(distributionFromQuery({ by: 'province', view: 'globe' })).toEqual({ by: 'province', departmentId: null, ...table })
  })

  it('writes only what is not the default, and reads back what it wrote', () => {
    expect(distributionToQuery({ by: 'industry', departmentId: null, ...table })).toEqual({})
    const filters = { by: 'source' as const, departmentId: '7', ...table }
    expect(distributionToQuery(filters)).toEqual({ by: 'source', departmentId: '7' })
    expect(distributionFromQuery(distributionToQuery(filters))).toEqual(filters)
    const drilled = { by: 'province' as const, departmentId: '7', view: 'map' as const, province: '广东省', customerLevels: [] }
    expect(distributionToQuery(drilled)).toEqual({ by: 'province', departmentId: '7', view: 'map', province: '广东省' })
    expect(distributionFromQuery(distributionToQuery(drilled))).toEqual(drilled)
    const typed = { ...filters, customerLevels: ['A' as const, 'C' as const] }
    expect(distributionToQuery(typed)).toEqual({ by: 'source', departmentId: '7', customerLevels: 'A,C' })
    expect(distributionFromQuery(distributionToQuery(typed))).toEqual(typed)
  })

  it('drops the map when the column is not the province', () => {
    expect(distributionToQuery({ by: 'city', departmentId: null, view: 'map', province: '广东省', customerLevels: [] })).toEqual({ by: 'city' })
  })

  it('asks for the cities while a province is drilled into', () => {
    expect(fetchedBy({ by: 'province', departmentId: null, view: 'map', province: '广东省', customerLevels: [] })).toBe('city')
    expect(fetchedBy({ by: 'province', departmentId: null, view: 'map', province: null, customerLevels: [] })).toBe('province')
    expect(fetchedBy({ by: 'province', departmentId: null, ...table })).toBe('province')
    expect(fetchedBy({ by: 'level', departmentId: null, ...table })).toBe('level')
  })
})

describe('values', () => {
  const names: ValueNames = { empty: '未填写', other: '其他', level: (l) => `${l} 级`, status: (s) => `status:${s}` }

  it('labels levels and statuses as the customer pages do, "" as not filled in', () => {
    expect(valueLabel('level', 'A', names)).toBe('A 级')
    expect(valueLabel('status', 'deal', names)).toBe('status:deal')
    expect(valueLabel('industry', '', names)).toBe('未填写')
    expect(valueLabel('industry', '其他', names)).toBe('其他')
    expect(valueLabel('city', null, names)).toBe('其他')
  })

  it('drills to the customer list filtered by the value, "" to the column not filled in, not for the rest', () => {
    expect(customerListQuery('industry', '制造业')).toEqual({ industry: '制造业' })
    expect(customerListQuery('level', 'B')).toEqual({ level: 'B' })
    expect(customerListQuery('city', '')).toEqual({ empty: 'city' })
    expect(customerListQuery('level', '')).toBeNull()
    expect(customerListQuery('city', null)).toBeNull()
  })

  it('keeps the report\'s customer levels in the drill-down', () => {
    expect(customerListQuery('industry', '制造业', ['A', 'B'])).toEqual({ industry: '制造业', level: 'A,B' })
    expect(customerListQuery('source', '', ['C'])).toEqual({ empty: 'source', level: 'C' })
    expect(customerListQuery('level', 'A', ['A', 'B'])).toEqual({ level: 'A' })
  })
})

describe('a province\'s spellings', () => {
  // A matcher standing in for region-match: the first two characters name the province.
  const match = (value: string) => (value.startsWith('广东') ? '广东省' : value.startsWith('河北') ? '河北省' : null)

  it('sends the values matched to the province, largest first, without "" or a comma', () => {
    const items = [
      { value: '广东', count: 3 },
      { value: '河北省', count: 9 },
      { value: '广东省', count: 7 },
      { value: '广东省,深圳', count: 1 },
      { value: '', count: 4 },
      { value: '广州', count: 2 },
    ]
    expect(provinceSpellings(items, '广东省', match)).toEqual(['广东省', '广东'])
    expect(provinceSpellings(items, '浙江省', match)).toEqual([])
  })

  it('sends at most the API\'s limit, the largest', () => {
    const items = Array.from({ length: MAX_SPELLINGS + 5 }, (_, i) => ({ value: `广东${i}`, count: i }))
    const sent = provinceSpellings(items, '广东省', match)
    expect(sent).toHaveLength(MAX_SPELLINGS)
    expect(sent[0]).toBe(`广东${MAX_SPELLINGS + 4}`)
    expect(sent).not.toContain('广东0')
  })
})
