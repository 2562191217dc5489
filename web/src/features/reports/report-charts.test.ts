import { describe, expect, it } from 'vitest'
import type { MetricReportRow } from '@/api/reports'
import type { AttainmentRow } from '@/api/targets'
import {
  attainmentChartOption,
  departmentTrail,
  distributionBarOption,
  distributionPieOption,
  metricsChartOption,
  rankingChartOption,
  trendLineOption,
} from './report-charts'

const row = (name: string, rank: number, values: MetricReportRow['values']): MetricReportRow => ({ kind: 'user', id: name, name, departmentName: null, values, rank })

describe('report charts', () => {
  it('draws attainment in basis points with the line at 100%', () => {
    const rows: AttainmentRow[] = [
      { assigneeType: 'user', assigneeId: '1', name: '张三', target: 100, sprint: null, challenge: null, actual: 66, rateBp: 6600, left: 34, rank: 1 },
      { assigneeType: 'user', assigneeId: '2', name: '李四', target: null, sprint: null, challenge: null, actual: 5, rateBp: null, left: 0, rank: 2 },
    ]
    const option = attainmentChartOption(rows, { rate: '达成率', targetLine: '目标线' })
    expect(option.xAxis.data).toEqual(['张三', '李四'])
    expect(option.series[0].data).toEqual([6600, 0])
    expect(option.series[0].markLine.data).toEqual([{ yAxis: 10000 }])
    expect(option.yAxis.axisLabel.formatter(10000)).toBe('100%')
    expect(option.yAxis.max({ max: 6600 })).toBe(10000)
    expect(option.yAxis.max({ max: 15000 })).toBe(15000)
    expect(option.tooltip.valueFormatter(6666)).toBe('66.6%')
  })

  it('ranks one metric with the first on top, money on a yuan axis', () => {
    const rows = [row('b', 2, { contractAmountFen: 100 }), row('a', 1, { contractAmountFen: 500000 }), row('c', 3, {})]
    const option = rankingChartOption(rows, 'contractAmountFen', '合同金额')
    expect(option.yAxis.data).toEqual(['c', 'b', 'a'])
    expect(option.series[0].data).toEqual([0, 100, 500000])
    expect(option.xAxis.axisLabel.formatter(500000)).toBe('¥5,000')
    expect(option.xAxis.minInterval).toBe(100)
    expect(rankingChartOption(rows, 'wonOpportunities', '赢单数').xAxis.minInterval).toBe(1)
  })

  it('stacks the work metrics or puts them side by side', () => {
    const rows = [row('a', 1, { followUps: 3, visits: 1 })]
    const stacked = metricsChartOption(rows, ['followUps', 'visits'], { followUps: '跟进', visits: '拜访' }, true)
    expect(stacked.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['跟进', 'all', [3]],
      ['拜访', 'all', [1]],
    ])
    expect(metricsChartOption(rows, ['followUps'], {}, false).series[0].stack).toBeUndefined()
  })
})

describe('departmentTrail', () => {
  const departments = [
    { id: '1', parentId: null, name: '销售部' },
    { id: '2', parentId: '1', name: '华东组' },
  ]
  it('walks up to the company', () => {
    expect(departmentTrail('星辰', { id: '2', name: '华东组' }, departments)).toEqual([
      { id: null, name: '星辰' },
      { id: '1', name: '销售部' },
      { id: '2', name: '华东组' },
    ])
    expect(departmentTrail('星辰', { id: null, name: '星辰' }, departments)).toEqual([{ id: null, name: '星辰' }])
  })

  it('starts at the caller’s own department when their scope is narrower', () => {
    expect(departmentTrail('星辰', { id: '2', name: '华东组' }, departments, '1')).toEqual([
      { id: '1', name: '销售部' },
      { id: '2', name: '华东组' },
    ])
    expect(departmentTrail('星辰', { id: '2', name: '华东组' }, departments, '2')).toEqual([{ id: '2', name: '华东组' }])
    expect(departmentTrail('星辰', { id: '2', name: '华东组' }, [], '1')).toEqual([{ id: '2', name: '华东组' }])
  })

  it('falls back to the level itself without the department list', () => {
    expect(departmentTrail('星辰', { id: '9', name: '北方组' }, [])).toEqual([
      { id: null, name: '星辰' },
      { id: '9', name: '北方组' },
    ])
  })
})

describe('customer charts', () => {
  const slices = [
    { label: '制造业', count: 5 },
    { label: '未填写', count: 3 },
    { label: '其他', count: 2 },
  ]

  it('draws the distribution as bars, the largest on top, and as a pie of the same slices', () => {
    const bar = distributionBarOption(slices, '客户数')
    expect(bar.yAxis.data).toEqual(['其他', '未填写', '制造业'])
    expect(bar.series[0].data).toEqual([2, 3, 5])
    const pie = distributionPieOption(slices, '客户数')
    expect(pie.series[0].data).toEqual([
      { name: '制造业', value: 5 },
      { name: '未填写', value: 3 },
      { name: '其他', value: 2 },
    ])
  })

  it('draws the trend per day, with or without axes', () => {
    const trend = [
      { date: '2026-12-05', count: 1 },
      { date: '2026-12-06', count: 4 },
    ]
    const full = trendLineOption(trend, '新增')
    expect(full.xAxis.data).toEqual(['12-05', '12-06'])
    expect(full.series[0].data).toEqual([1, 4])
    expect(full.xAxis.show).toBe(true)
    expect(trendLineOption(trend, '新增', true).xAxis.show).toBe(false)
  })
})
