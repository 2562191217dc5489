// The layer modes of the visit maps (点 / 聚合 / 热力) and the arithmetic behind them: which mode a
// map starts in, the colours of a cluster, and the weighted points of the heat layer. Pure, tested.

export type MapLayerMode = 'points' | 'clusters' | 'heat'
export const MAP_LAYER_MODES: readonly MapLayerMode[] = ['points', 'clusters', 'heat']

/** Above this many points a map starts with clusters: single markers would cover each other. */
export const CLUSTER_THRESHOLD = 200

export function defaultLayerMode(count: number): MapLayerMode {
  return count > CLUSTER_THRESHOLD ? 'clusters' : 'points'
}

/** The mode in force: the one the user picked, else the default for this many points. */
export function layerModeFor(chosen: MapLayerMode | null, count: number): MapLayerMode {
  return chosen ?? defaultLayerMode(count)
}

export interface ColorShare {
  color: string
  /** Fraction of the cluster's points, 0…1. */
  share: number
}

/** The colours of a cluster's points with their shares, most frequent first (ties by first seen). */
export function colorShares(colors: readonly string[]): ColorShare[] {
  if (colors.length === 0) return []
  const counts = new Map<string, number>()
  for (const c of colors) counts.set(c, (counts.get(c) ?? 0) + 1)
  return [...counts.entries()]
    .map(([color, n], order) => ({ color, n, order }))
    .sort((a, b) => b.n - a.n || a.order - b.order)
    .map(({ color, n }) => ({ color, share: n / colors.length }))
}

/** A CSS background for a cluster: one colour, or a pie (conic gradient) of the colours' shares. */
export function clusterBackground(colors: readonly string[]): string {
  const shares = colorShares(colors)
  if (shares.length === 0) return 'transparent'
  if (shares.length === 1) return shares[0].color
  let sum = 0
  let at = 0
  const stops = shares.map(({ color, share }, i) => {
    const from = at
    sum += share
    at = i === shares.length - 1 ? 100 : Math.round(sum * 1000) / 10
    return `${color} ${from}% ${at}%`
  })
  return `conic-gradient(${stops.join(', ')})`
}

export interface WeightedPoint {
  lat: number
  lng: number
  /** Defaults to 1. */
  weight?: number
}

/** [lat, lng, intensity], the form leaflet.heat takes. */
export type HeatPoint = [number, number, number]

/**
 * The heat layer's points: points at the same place (equal at `decimals` decimal places, 4 ≈ 11 m)
 * become one point with the summed weight, at their weighted centre. Points without finite
 * coordinates or with a weight that is not positive are left out.
 */
export function heatPoints(points: readonly WeightedPoint[], decimals = 4): HeatPoint[] {
  const cells = new Map<string, { lat: number; lng: number; weight: number }>()
  const factor = 10 ** decimals
  for (const p of points) {
    const weight = p.weight ?? 1
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lng) || !Number.isFinite(weight) || weight <= 0) continue
    const key = `${Math.round(p.lat * factor)}:${Math.round(p.lng * factor)}`
    const cell = cells.get(key)
    if (!cell) {
      cells.set(key, { lat: p.lat * weight, lng: p.lng * weight, weight })
    } else {
      cell.lat += p.lat * weight
      cell.lng += p.lng * weight
      cell.weight += weight
    }
  }
  return [...cells.values()].map((c) => [c.lat / c.weight, c.lng / c.weight, c.weight])
}

/**
 * The heat scale for what is on screen: the largest summed weight in one square cell of `cellSize`
 * pixels (the grid leaflet.heat sums in), at least 1. With it as the layer's `max` the densest spot
 * is red and a lone point still shows, whatever the zoom.
 */
export function densestCell(pixels: readonly { x: number; y: number; weight: number }[], cellSize: number): number {
  const sums = new Map<string, number>()
  let max = 1
  for (const p of pixels) {
    const key = `${Math.floor(p.x / cellSize)}:${Math.floor(p.y / cellSize)}`
    const sum = (sums.get(key) ?? 0) + p.weight
    sums.set(key, sum)
    if (sum > max) max = sum
  }
  return max
}
