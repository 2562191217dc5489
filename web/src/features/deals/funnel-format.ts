// 销售漏斗 and 预测 as people read them: basis points as percentages with one decimal and
// milliseconds as days with one decimal, both from integers (floored, as the server floors), the
// ECharts options of the funnel and the forecast bars, and a drill-down query as a route query.
// Pure, tested.
import type { DrillQuery, Forecast, Funnel } from '@/api/deals'
import { formatFen } from '@/shared/money'

const MS_PER_TENTH_DAY = 8_640_000

/** 1234 bp → "12.3%", 10000 → "100.0%", null → "—". */
export function formatBp(bp: number | null | undefined): string {
  if (bp === null || bp === undefined || !Number.isFinite(bp)) return '—'
  const tenths = Math.floor(Math.trunc(bp) / 10)
  const sign = tenths < 0 ? '-' : ''
  const abs = Math.abs(tenths)
  return `${sign}${Math.floor(abs / 10)}.${abs % 10}%`
}

/** 3.5 days in ms → "3.5"; null → "—". */
export function formatMsAsDays(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—'
  const tenths = Math.floor(Math.trunc(ms) / MS_PER_TENTH_DAY)
  return `${Math.floor(tenths / 10)}.${tenths % 10}`
}

/** A drill-down query string as a vue-router query, dropping empty values. */
export function drillRoute(query: DrillQuery | null | undefined): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [k, v] of new URLSearchParams(query ?? '')) if (v !== '') result[k] = v
  return result
}

/** The funnel chart: one block per open stage and won, sized by how many reached it. */
export function funnelChartOption(funnel: Pick<Funnel, 'stages' | 'won'>, reachedName: string, wonName: string) {
  const data = [...funnel.stages.map((s) => ({ name: s.name, value: s.reached })), { name: wonName, value: funnel.won.count }]
  return {
    tooltip: { trigger: 'item' as const, formatter: '{b}: {c}' },
    series: [
      {
        name: reachedName,
        type: 'funnel' as const,
        sort: 'none' as const,
        left: '10%',
        width: '80%',
        minSize: '8%',
        label: { show: true, position: 'inside' as const, formatter: '{b} {c}' },
        data,
      },
    ],
  }
}

export interface ForecastNames {
  amount: string
  weighted: string
  commit: string
  bestCase: string
  won: string
}

/** The forecast bars per month, in yuan (the axis shows ¥ from the integer fen of each bar). */
export function forecastChartOption(forecast: Forecast, names: ForecastNames) {
  const months = forecast.months.map((m) => m.month)
  const series = (name: string, pick: (m: Forecast['months'][number]) => number) => ({
    name,
    type: 'bar' as const,
    // The chart needs numbers; the fen stay integers, the tooltip formats them exactly.
    data: forecast.months.map((m) => pick(m)),
  })
  return {
    tooltip: {
      trigger: 'axis' as const,
      valueFormatter: (v: unknown) => formatFen(typeof v === 'number' ? v : null),
    },
    legend: { top: 0 },
    grid: { left: 90, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category' as const, data: months },
    yAxis: { type: 'value' as const, axisLabel: { formatter: (v: number) => formatFen(v).replace(/\.00$/, '') } },
    series: [
      series(names.amount, (m) => m.amountFen),
      series(names.weighted, (m) => m.weightedFen),
      series(names.commit, (m) => m.commitFen),
      series(names.bestCase, (m) => m.bestCaseFen),
      series(names.won, (m) => m.wonFen),
    ],
  }
}

/** "YYYY-MM" of a date "YYYY-MM-DD", shifted by `months`. */
export function shiftMonth(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number)
  const index = y * 12 + (m - 1) + months
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}
