// 客户分布 as a map: the ECharts option of one registered map (the provinces, or one province's
// cities), every feature coloured by its count through a visualMap; the tooltip names the count
// and its share. Pure, tested.
import { shareText } from './customer-distribution'
import type { RegionCount } from './region-match'

export interface RegionMapNames {
  /** "客户数". */
  count: string
  /** "占比". */
  share: string
}

/** One feature's datum: its count (0 without customers) and its share as text. */
export interface RegionDatum {
  name: string
  value: number
  share: string
}

/** Every feature of the map, with its count and share of `total`; 0 for those without customers. */
export function regionData(featureNames: readonly string[], counts: readonly RegionCount[], total: number): RegionDatum[] {
  const byName = new Map(counts.map((c) => [c.name, c.count]))
  return featureNames.map((name) => {
    const value = byName.get(name) ?? 0
    return { name, value, share: shareText(value, total) }
  })
}

/** "广东省<br/>客户数：10<br/>占比：20.0%". Names come from the map package, counts are integers. */
export function regionTooltip(datum: RegionDatum, names: RegionMapNames): string {
  return `${datum.name}<br/>${names.count}：${datum.value}<br/>${names.share}：${datum.share}`
}

/**
 * The option of `mapName` (registered beforehand). `compact`: a phone's 390 px, a shorter legend.
 * The visualMap runs from 0 to the largest count (at least 1, so an empty map is not all dark).
 */
export function regionMapOption(mapName: string, data: readonly RegionDatum[], names: RegionMapNames, compact = false) {
  const max = Math.max(1, ...data.map((d) => d.value))
  return {
    tooltip: {
      trigger: 'item' as const,
      confine: true,
      formatter: (params: { data?: RegionDatum; name: string }) => regionTooltip(params.data ?? { name: params.name, value: 0, share: shareText(0, 1) }, names),
    },
    visualMap: {
      type: 'continuous' as const,
      min: 0,
      max,
      // The range as text at both ends; no handles (they repeat the same numbers).
      calculable: false,
      orient: 'horizontal' as const,
      left: compact ? 'center' : 'left',
      bottom: 0,
      itemWidth: compact ? 10 : 14,
      itemHeight: compact ? 120 : 160,
      text: [String(max), '0'],
      inRange: { color: ['#ecf5ff', '#79bbff', '#1d5fbf'] },
    },
    series: [
      {
        name: names.count,
        type: 'map' as const,
        map: mapName,
        roam: false,
        selectedMode: false as const,
        // Room at the bottom for the visualMap.
        top: compact ? 8 : 16,
        bottom: compact ? 40 : 48,
        label: { show: false },
        emphasis: { label: { show: true, fontSize: compact ? 10 : 12 }, itemStyle: { areaColor: '#f3d19e' } },
        itemStyle: { borderColor: '#909399', borderWidth: 0.5 },
        data: data.map((d) => ({ ...d })),
      },
    ],
  }
}
