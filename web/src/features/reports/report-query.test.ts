import { describe, expect, it } from 'vitest'
import {
  departmentsInScope,
  attainmentFromQuery,
  attainmentToQuery,
  metricReportFromQuery,
  metricReportToQuery,
  nextSort,
  rangeFromQuery,
  rangeToApi,
  rangeToQuery,
  recordsFromQuery,
  recordsLink,
  recordsToQuery,
} from './report-query'

describe('range in the URL', () => {
  it('defaults to this month and leaves the default out of the URL', () => {
    expect(rangeFromQuery({})).toEqual({ preset: 'thisMonth', from: '', to: '' })
    expect(rangeToQuery({ preset: 'thisMonth', from: '', to: '' })).toEqual({})
    expect(rangeToApi({ preset: 'thisMonth', from: '', to: '' })).toEqual({ preset: 'thisMonth' })
  })

  it('round-trips presets and custom ranges', () => {
    const queries: Record<string, string>[] = [{ preset: 'lastQuarter' }, { preset: 'all' }, { from: '2026-01-01', to: '2026-03-31' }]
    for (const query of queries) {
      expect(rangeToQuery(rangeFromQuery(query))).toEqual(query)
    }
    expect(rangeToApi(rangeFromQuery({ from: '2026-01-01', to: '2026-03-31' }))).toEqual({ from: '2026-01-01', to: '2026-03-31' })
  })

  it('ignores unknown presets and broken ranges', () => {
    expect(rangeFromQuery({ preset: 'nextYear' }).preset).toBe('thisMonth')
    expect(rangeFromQuery({ from: '2026-03-31', to: '2026-01-01' }).preset).toBe('thisMonth')
    expect(rangeFromQuery({ from: '2026-03-31', preset: 'today' }).preset).toBe('today')
    expect(rangeToApi({ preset: 'custom', from: '2026-03-31', to: '' })).toEqual({ preset: 'thisMonth' })
  })
})

describe('metric report filters', () => {
  const metrics = ['followUps', 'visits'] as const

  it('round-trips department, grouping and sort', () => {
    const query = { preset: 'lastWeek', departmentId: '12', groupBy: 'user', sort: '-visits' }
    const filters = metricReportFromQuery(query, metrics)
    expect(filters).toEqual({ range: { preset: 'lastWeek', from: '', to: '' }, departmentId: '12', groupBy: 'user', sort: '-visits', customerLevels: [] })
    expect(metricReportToQuery(filters)).toEqual(query)
  })

  it('round-trips the customer type: known levels, in order, each once', () => {
    const filters = metricReportFromQuery({ customerLevels: 'C,A,Z,A' }, metrics)
    expect(filters.customerLevels).toEqual(['A', 'C'])
    expect(metricReportToQuery(filters)).toEqual({ customerLevels: 'A,C' })
    expect(metricReportFromQuery({ customerLevels: 'Z' }, metrics).customerLevels).toEqual([])
  })

  it('drops a sort on a metric the report does not show, and the defaults', () => {
    const filters = metricReportFromQuery({ sort: '-contractAmountFen', groupBy: 'nonsense' }, metrics)
    expect(filters.sort).toBe('')
    expect(filters.groupBy).toBe('department')
    expect(metricReportToQuery(filters)).toEqual({})
  })

  it('sorts descending first, then flips', () => {
    expect(nextSort('', 'visits')).toBe('-visits')
    expect(nextSort('-visits', 'visits')).toBe('visits')
    expect(nextSort('visits', 'visits')).toBe('-visits')
    expect(nextSort('-visits', 'followUps')).toBe('-followUps')
  })
})

describe('attainment filters', () => {
  it('defaults to contract amount this month', () => {
    expect(attainmentFromQuery({})).toEqual({ metric: 'contractAmountFen', period: null, departmentId: null, customerLevel: null })
    expect(attainmentToQuery(attainmentFromQuery({}))).toEqual({})
  })

  it('round-trips metric, period and department, refusing unknown ones', () => {
    const query = { metric: 'visits', period: '2026-W49', departmentId: '7', customerLevel: 'B' }
    expect(attainmentToQuery(attainmentFromQuery(query))).toEqual(query)
    expect(attainmentFromQuery({ metric: 'bogus', period: '2026-13', customerLevel: 'AB' })).toEqual({
      metric: 'contractAmountFen',
      period: null,
      departmentId: null,
      customerLevel: null,
    })
  })
})

describe('records filters', () => {
  it('keeps one of user and department, the user first', () => {
    expect(recordsFromQuery({ metric: 'visits', userId: '5', departmentId: '7' })).toEqual({
      metric: 'visits',
      range: { preset: 'thisMonth', from: '', to: '' },
      userId: '5',
      departmentId: null,
      customerLevels: [],
    })
    const query = { metric: 'contractAmountFen', from: '2026-12-01', to: '2026-12-31', departmentId: '7' }
    expect(recordsToQuery(recordsFromQuery(query))).toEqual(query)
  })

  it('links a number to its records', () => {
    const range = { preset: 'lastMonth' as const, from: '', to: '' }
    expect(recordsLink('visits', range, { userId: '5' })).toEqual({ metric: 'visits', preset: 'lastMonth', userId: '5' })
    expect(recordsLink('visits', range, { departmentId: null })).toEqual({ metric: 'visits', preset: 'lastMonth' })
    expect(recordsLink('visits', range, { userId: '5' }, ['B', 'A'])).toEqual({ metric: 'visits', preset: 'lastMonth', userId: '5', customerLevels: 'A,B' })
  })
})

describe('departmentsInScope', () => {
  const all = [
    { id: '1', parentId: null },
    { id: '2', parentId: '1' },
    { id: '3', parentId: '2' },
    { id: '4', parentId: '1' },
  ]
  it('offers what the data scope reaches', () => {
    expect(departmentsInScope(all, 'all', '2').map((d) => d.id)).toEqual(['1', '2', '3', '4'])
    expect(departmentsInScope(all, 'department_tree', '2').map((d) => d.id)).toEqual(['2', '3'])
    expect(departmentsInScope(all, 'department', '2').map((d) => d.id)).toEqual(['2'])
    expect(departmentsInScope(all, 'self', '2')).toEqual([])
  })
})
