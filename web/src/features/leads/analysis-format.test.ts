import { describe, expect, it } from 'vitest'
import { chartOption, chartSeries, defaultRange, drillDownQuery, formatMedian, formatRate, formatYuan, monthRange, yuanToFen } from './analysis-format'

describe('money and rates', () => {
  it('shows fen as yuan', () => {
    expect(formatYuan(500000)).toBe('¥5,000')
    expect(formatYuan(123450)).toBe('¥1,234.50')
    expect(formatYuan(7)).toBe('¥0.07')
    expect(formatYuan(null)).toBe('—')
  })

  it('reads typed yuan as fen', () => {
    expect(yuanToFen('5,000')).toBe(500000)
    expect(yuanToFen(12.34)).toBe(1234)
    expect(yuanToFen('0.1')).toBe(10)
    expect(yuanToFen('')).toBeNull()
    expect(yuanToFen('-1')).toBeNull()
    expect(yuanToFen('abc')).toBeNull()
  })

  it('shows rates and medians', () => {
    expect(formatRate(0.1234)).toBe('12.3%')
    expect(formatRate(0)).toBe('0.0%')
    expect(formatRate(null)).toBe('—')
    expect(formatMedian(null)).toBe('—')
    expect(formatMedian(3)).toBe('3')
    expect(formatMedian(2.456)).toBe('2.5')
  })
})

describe('chart', () => {
  const rows = [
    { key: '1', label: '展会', leads: 10, converted: 3, conversionRate: 0.3 },
    { key: '', label: '', leads: 4, converted: 0, conversionRate: 0 },
  ]

  it('has bars of leads and converted and a line of the rate in percent', () => {
    const s = chartSeries({ rows } as never, '未设置')
    expect(s).toEqual({ labels: ['展会', '未设置'], leads: [10, 4], converted: [3, 0], rate: [30, 0] })
    const option = chartOption(s, { leads: '线索', converted: '已转化', rate: '转化率' })
    expect(option.series.map((x) => [x.name, x.type])).toEqual([
      ['线索', 'bar'],
      ['已转化', 'bar'],
      ['转化率', 'line'],
    ])
    expect(option.series[2].yAxisIndex).toBe(1)
  })
})

describe('drill-down', () => {
  const query = { from: '2026-11-10', to: '2026-12-05' }

  it('filters the leads list by the row and the range', () => {
    expect(drillDownQuery({ key: '7' }, 'source', query)).toEqual({ createdFrom: '2026-11-10', createdTo: '2026-12-05', sourceId: '7' })
    expect(drillDownQuery({ key: '双11' }, 'campaign', query)).toEqual({ createdFrom: '2026-11-10', createdTo: '2026-12-05', campaign: '双11' })
    expect(drillDownQuery({ key: '42' }, 'owner', query)).toEqual({ createdFrom: '2026-11-10', createdTo: '2026-12-05', ownerId: '42' })
  })

  it('narrows the range to a month row', () => {
    expect(drillDownQuery({ key: '2026-11' }, 'month', query)).toEqual({ createdFrom: '2026-11-10', createdTo: '2026-11-30' })
    expect(drillDownQuery({ key: '2026-12' }, 'month', query)).toEqual({ createdFrom: '2026-12-01', createdTo: '2026-12-05' })
  })

  it('knows month ends and this month', () => {
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(defaultRange('2026-12-06')).toEqual(['2026-12-01', '2026-12-06'])
  })
})
