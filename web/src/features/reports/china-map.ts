// The offline maps of China for ECharts: each region's GeoJSON (shared/geo/china-geojson.ts, one
// chunk per file) registered with ECharts once, when a map first shows it.
import { registerMap } from 'echarts/core'
import { hasRegionMap, loadGeoJson } from '@/shared/geo/china-geojson'

export { CHINA, hasRegionMap } from '@/shared/geo/china-geojson'

/** A region's map as registered: its ECharts name and its features (a province's cities, …). */
export interface RegionMap {
  mapName: string
  features: { name: string; adcode: string }[]
}

const loaded = new Map<string, Promise<RegionMap>>()

/** The map of `adcode` (CHINA or a province's code), registered under "cn-<adcode>". */
export function loadRegionMap(adcode: string): Promise<RegionMap> {
  const known = loaded.get(adcode)
  if (known) return known
  if (!hasRegionMap(adcode)) return Promise.reject(new Error(`no map of ${adcode}`))
  const map = loadGeoJson(adcode).then((geo) => {
    const mapName = `cn-${adcode}`
    registerMap(mapName, geo as unknown as Parameters<typeof registerMap>[1])
    return { mapName, features: geo.features.map((f) => ({ name: f.properties.name, adcode: String(f.properties.adcode) })) }
  })
  // A failed load (a chunk the network lost) is tried again next time.
  map.catch(() => loaded.delete(adcode))
  loaded.set(adcode, map)
  return map
}
