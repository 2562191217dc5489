import { describe, expect, it } from 'vitest'
import { drillRoute, forecastChartOption, formatBp, formatMsAsDays, funnelChartOption, shiftMonth } from './funnel-format'

describe('funnel format', () => {
  it('formats basis points with one decimal, floored, from integers', () => {
    expect(formatBp(1234)).toBe('12.3%')
    expect(formatBp(1239)).toBe('12.3%')
    expect(formatBp(10000)).toBe('100.0%')
    expect(formatBp(5)).toBe('0.0%')
    expect(formatBp(0)).toBe('0.0%')
    expect(formatBp(3333)).toBe('33.3%')
    expect(formatBp(null)).toBe('—')
  })

  it('formats milliseconds as days with one decimal', () => {
    expect(formatMsAsDays(3.5 * 86_400_000)).toBe('3.5')
    expect(formatMsAsDays(86_400_000 - 1)).toBe('0.9')
    expect(formatMsAsDays(0)).toBe('0.0')
    expect(formatMsAsDays(null)).toBe('—')
  })

  it('keeps a drill-down query as the list route query', () => {
    expect(drillRoute('processId=1&reachedPosition=2&stageId=')).toEqual({ processId: '1', reachedPosition: '2' })
    expect(drillRoute('q=%E5%8D%8E%E4%B8%BA&status=open')).toEqual({ q: '华为', status: 'open' })
    expect(drillRoute(null)).toEqual({})
  })

  it('charts reached per open stage and won', () => {
    const option = funnelChartOption(
      {
        stages: [
          { stageId: 'a', name: '初步接洽', kind: 'open', position: 1, probability: 10, count: 1, amountFen: 0, reached: 9, conversionBp: 5000, avgMsInStage: null, query: '', reachedQuery: '' },
          { stageId: 'b', name: '需求确认', kind: 'open', position: 2, probability: 30, count: 1, amountFen: 0, reached: 4, conversionBp: 5000, avgMsInStage: null, query: '', reachedQuery: '' },
        ],
        won: { count: 2, amountFen: 100, query: '' },
      },
      '到达',
      '赢单',
    )
    expect(option.series[0].data).toEqual([
      { name: '初步接洽', value: 9 },
      { name: '需求确认', value: 4 },
      { name: '赢单', value: 2 },
    ])
  })

  it('charts the forecast bars and formats them exactly in the tooltip', () => {
    const month = { month: '2026-12', count: 2, amountFen: 1000, weightedFen: 300, commitFen: 700, bestCaseFen: 1100, wonFen: 100, query: '', wonQuery: '' }
    const option = forecastChartOption({ months: [month] }, { amount: 'a', weighted: 'w', commit: 'c', bestCase: 'b', won: 'n' })
    expect(option.series.map((s) => s.data[0])).toEqual([1000, 300, 700, 1100, 100])
    expect(option.tooltip.valueFormatter(123456)).toBe('¥1,234.56')
  })

  it('shifts months across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(shiftMonth('2026-07', 5)).toBe('2026-12')
  })
})
