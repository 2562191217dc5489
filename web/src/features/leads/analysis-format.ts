// 渠道分析: the numbers of GET /lead-analysis as people read them — money from fen to yuan,
// rates as percentages, medians with their unit — the chart's series, and the leads list a
// row drills down to.
import type { AnalysisAnswer, AnalysisGroupBy, AnalysisQuery, AnalysisRow } from '@/api/leads'

/** Fen → "¥1,234.50" (whole yuan without decimals: "¥5,000"); null → "—". */
export function formatYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—'
  const yuan = fen / 100
  const whole = Number.isInteger(yuan)
  return `¥${yuan.toLocaleString('en-US', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 })}`
}

/** Yuan as typed (a number with up to two decimals) → fen; null when it is not a valid amount. */
export function yuanToFen(yuan: number | string | null | undefined): number | null {
  if (yuan === null || yuan === undefined || yuan === '') return null
  const value = typeof yuan === 'number' ? yuan : Number(String(yuan).replace(/[,，\s¥]/g, ''))
  if (!Number.isFinite(value) || value < 0) return null
  return Math.round(value * 100)
}

export function fenToYuan(fen: number): number {
  return fen / 100
}

/** 0.1234 → "12.3%". */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—'
  return `${(rate * 100).toFixed(1)}%`
}

/** A median with one decimal, or "—" when there is none. */
export function formatMedian(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—'
  return Number.isInteger(value) ? String(value) : value.toFixed(1)
}

export interface ChartSeries {
  labels: string[]
  leads: number[]
  converted: number[]
  /** Percent, one decimal. */
  rate: number[]
}

/** The chart's data: bars of leads and converted per row, a line of the conversion rate. */
export function chartSeries(answer: Pick<AnalysisAnswer, 'rows'>, noneLabel: string): ChartSeries {
  return {
    labels: answer.rows.map((r) => r.label || noneLabel),
    leads: answer.rows.map((r) => r.leads),
    converted: answer.rows.map((r) => r.converted),
    rate: answer.rows.map((r) => Math.round(r.conversionRate * 1000) / 10),
  }
}

/** The ECharts option of the chart (names of the series in the UI language). */
export function chartOption(series: ChartSeries, names: { leads: string; converted: string; rate: string }) {
  return {
    tooltip: { trigger: 'axis' as const },
    legend: { top: 0, data: [names.leads, names.converted, names.rate] },
    grid: { left: 48, right: 56, top: 40, bottom: 60 },
    xAxis: { type: 'category' as const, data: series.labels, axisLabel: { interval: 0, rotate: series.labels.length > 6 ? 30 : 0 } },
    yAxis: [
      { type: 'value' as const, minInterval: 1 },
      { type: 'value' as const, axisLabel: { formatter: '{value}%' }, min: 0, max: 100 },
    ],
    series: [
      { name: names.leads, type: 'bar' as const, data: series.leads, itemStyle: { color: '#409eff' } },
      { name: names.converted, type: 'bar' as const, data: series.converted, itemStyle: { color: '#67c23a' } },
      { name: names.rate, type: 'line' as const, yAxisIndex: 1, data: series.rate, itemStyle: { color: '#e6a23c' } },
    ],
  }
}

/** The first and last day of a month "YYYY-MM". */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number)
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` }
}

/**
 * The query of the leads list a row of the analysis opens: the row's source, campaign or owner
 * and the created range (a month row narrows the range to its month). The total row has no key.
 */
export function drillDownQuery(row: Pick<AnalysisRow, 'key'>, groupBy: AnalysisGroupBy, query: Pick<AnalysisQuery, 'from' | 'to' | 'sourceId' | 'campaign'>): Record<string, string> {
  const result: Record<string, string> = {}
  if (query.from) result.createdFrom = query.from
  if (query.to) result.createdTo = query.to
  if (query.sourceId) result.sourceId = query.sourceId
  if (query.campaign) result.campaign = query.campaign
  if (groupBy === 'source' && row.key) result.sourceId = row.key
  if (groupBy === 'campaign' && row.key) result.campaign = row.key
  if (groupBy === 'owner' && row.key) result.ownerId = row.key
  if (groupBy === 'month' && /^\d{4}-\d{2}$/.test(row.key)) {
    const range = monthRange(row.key)
    result.createdFrom = query.from && query.from > range.from ? query.from : range.from
    result.createdTo = query.to && query.to < range.to ? query.to : range.to
  }
  return result
}

/** This month so far, as the analysis' default range ("YYYY-MM-DD" in the given zone). */
export function defaultRange(today: string): [string, string] {
  return [`${today.slice(0, 7)}-01`, today]
}
