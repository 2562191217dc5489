// The ECharts options of the reports (attainment bars with the 100% target line, the ranking bars
// of one metric, the work metrics stacked or side by side) and the department breadcrumb. Values
// stay integers (fen, counts, basis points); axes and tooltips format them. Pure, tested.
import type { MetricKey, MetricReportRow } from '@/api/reports'
import type { AttainmentRow } from '@/api/targets'
import type { Department } from '@/api/types'
import { departmentChain } from '@/features/org/departments/department-tree'
import { formatBp, formatMetric, metricUnit } from './metric-format'

const FULL_BP = 10_000

/** Attainment per row as bars (basis points), with the target line at 100%. */
export function attainmentChartOption(rows: readonly AttainmentRow[], names: { rate: string; targetLine: string }) {
  return {
    tooltip: {
      trigger: 'axis' as const,
      valueFormatter: (v: unknown) => formatBp(typeof v === 'number' ? v : null),
    },
    grid: { left: 60, right: 48, top: 30, bottom: 40 },
    xAxis: { type: 'category' as const, data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 } },
    // The axis always reaches 100%, so the target line shows when nobody is there yet.
    yAxis: { type: 'value' as const, max: (extent: { max: number }) => Math.max(extent.max, FULL_BP), axisLabel: { formatter: (v: number) => `${Math.round(v / 100)}%` } },
    series: [
      {
        name: names.rate,
        type: 'bar' as const,
        data: rows.map((r) => (r.rateBp === null ? 0 : r.rateBp)),
        itemStyle: { color: '#409eff' },
        markLine: {
          symbol: 'none',
          label: { formatter: names.targetLine },
          lineStyle: { color: '#f56c6c', type: 'dashed' as const },
          data: [{ yAxis: FULL_BP }],
        },
      },
    ],
  }
}

/** One metric's ranking: horizontal bars, the first rank on top. */
export function rankingChartOption(rows: readonly MetricReportRow[], metric: MetricKey, name: string) {
  const ordered = [...rows].sort((a, b) => a.rank - b.rank).reverse()
  return {
    tooltip: {
      trigger: 'axis' as const,
      valueFormatter: (v: unknown) => formatMetric(metric, typeof v === 'number' ? v : null),
    },
    grid: { left: 100, right: 30, top: 10, bottom: 30 },
    // Whole yuan or whole counts between ticks (an axis of zeros would repeat "¥0" otherwise).
    xAxis: {
      type: 'value' as const,
      minInterval: metricUnit(metric) === 'fen' ? 100 : 1,
      axisLabel: { formatter: (v: number) => formatMetric(metric, v).replace(/\.00$/, '') },
    },
    yAxis: { type: 'category' as const, data: ordered.map((r) => r.name) },
    series: [{ name, type: 'bar' as const, data: ordered.map((r) => r.values[metric] ?? 0) }],
  }
}

/** Several count metrics per row, stacked into one bar or side by side. */
export function metricsChartOption(rows: readonly MetricReportRow[], metrics: readonly MetricKey[], names: Record<string, string>, stacked: boolean) {
  return {
    tooltip: { trigger: 'axis' as const },
    legend: { top: 0, type: 'scroll' as const },
    grid: { left: 50, right: 20, top: 40, bottom: 40 },
    xAxis: { type: 'category' as const, data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 } },
    yAxis: { type: 'value' as const, minInterval: 1 },
    series: metrics.map((m) => ({
      name: names[m] ?? m,
      type: 'bar' as const,
      stack: stacked ? 'all' : undefined,
      data: rows.map((r) => r.values[m] ?? 0),
    })),
  }
}

export interface Crumb {
  /** null: the company. */
  id: string | null
  name: string
}

/**
 * The breadcrumb down to the level a report shows, from the highest level the caller may open:
 * the company (`top` null), or their own department (`top` its id) for a narrower scope. Ancestors
 * come from the department list when the caller may list departments; without it (or when the
 * level lies outside that list) the trail is the top and the level itself.
 */
export function departmentTrail(
  companyName: string,
  level: Crumb,
  departments: readonly Pick<Department, 'id' | 'parentId' | 'name'>[],
  top: string | null = null,
): Crumb[] {
  const chain: Crumb[] = level.id === null ? [] : departmentChain(departments, level.id).map((d) => ({ id: d.id, name: d.name }))
  if (top === null) {
    if (level.id === null) return [{ id: null, name: companyName }]
    return [{ id: null, name: companyName }, ...(chain.length ? chain : [level])]
  }
  const from = chain.findIndex((c) => c.id === top)
  return from >= 0 ? chain.slice(from) : [level]
}

/** 客户分布 as bars: one per slice (already folded to the top values + 其他), largest on top. */
export function distributionBarOption(slices: readonly { label: string; count: number }[], name: string) {
  const ordered = [...slices].reverse()
  return {
    tooltip: { trigger: 'axis' as const },
    grid: { left: 110, right: 30, top: 10, bottom: 30 },
    xAxis: { type: 'value' as const, minInterval: 1 },
    yAxis: { type: 'category' as const, data: ordered.map((s) => s.label), axisLabel: { width: 100, overflow: 'truncate' as const } },
    series: [{ name, type: 'bar' as const, data: ordered.map((s) => s.count) }],
  }
}

/** 客户分布 as a pie of the same slices. */
export function distributionPieOption(slices: readonly { label: string; count: number }[], name: string) {
  return {
    tooltip: { trigger: 'item' as const, formatter: '{b}: {c} ({d}%)' },
    series: [
      {
        name,
        type: 'pie' as const,
        radius: ['35%', '65%'],
        data: slices.map((s) => ({ name: s.label, value: s.count })),
        label: { formatter: '{b}' },
      },
    ],
  }
}

/** A count per day as a line (the customer overview's 30 days); dates shown as "MM-DD". */
export function trendLineOption(trend: readonly { date: string; count: number }[], name: string, compact = false) {
  return {
    // A sparkline draws at once; the full chart animates as the others do.
    animation: !compact,
    tooltip: { trigger: 'axis' as const },
    grid: compact ? { left: 4, right: 4, top: 4, bottom: 4 } : { left: 40, right: 16, top: 16, bottom: 30 },
    xAxis: { type: 'category' as const, data: trend.map((d) => d.date.slice(5)), show: !compact, boundaryGap: false },
    yAxis: { type: 'value' as const, minInterval: 1, show: !compact },
    series: [{ name, type: 'line' as const, data: trend.map((d) => d.count), smooth: true, symbol: 'none', areaStyle: { opacity: 0.15 } }],
  }
}
