// The offline outline of China under a Leaflet map's points, for a map without tiles (preset
// none) or whose tiles fail to load (offline, a blocked host): the provinces, and from CITY_ZOOM on
// the cities of the provinces in view — the same bundled GeoJSON as the reports' map mode, one
// chunk per file, loaded when first needed. It lies in a pane under the tiles, so tiles that do load
// cover it and a tile that fails leaves it showing. SVG paths (class map-outline-province /
// map-outline-city), not interactive.
import L from 'leaflet'
import { CHINA, hasRegionMap, loadGeoJson, type GeoCollection } from '@/shared/geo/china-geojson'
import { fromGcj02, provincesToDetail, type Box, type MapFrame } from './map-frame'

/** Under the tile pane (200), over the map's background. */
const PANE = 'outline'
const PANE_Z = '150'

/** off: not asked for; loading; provinces / cities: what is drawn; failed: the country's file did not load. */
export type OutlineState = 'off' | 'loading' | 'provinces' | 'cities' | 'failed'

const PROVINCE_STYLE: L.PathOptions = {
  color: '#a9b3bd',
  weight: 1.2,
  fillColor: '#fbfcfd',
  fillOpacity: 1,
  className: 'map-outline-province',
}
const CITY_STYLE: L.PathOptions = { color: '#c9d0d7', weight: 0.8, fill: false, dashArray: '3 3', className: 'map-outline-city' }

export class MapOutline {
  private readonly renderer: L.Renderer
  private provinces: L.GeoJSON | null = null
  private boxes: { adcode: string; box: Box }[] = []
  private readonly cities = new Map<string, L.GeoJSON>()
  private readonly loading = new Set<string>()
  private state: OutlineState = 'off'
  private alive = true

  constructor(
    private readonly map: L.Map,
    private readonly frame: MapFrame,
    private readonly onState: (state: OutlineState) => void,
  ) {
    const pane = map.getPane(PANE) ?? map.createPane(PANE)
    pane.style.zIndex = PANE_Z
    pane.style.pointerEvents = 'none'
    this.renderer = L.svg({ pane: PANE, padding: 0.5 })
    map.on('zoomend moveend', this.update)
  }

  get shown(): boolean {
    return this.state !== 'off'
  }

  /** Draws the provinces (once), then the cities the view asks for. */
  async show(): Promise<void> {
    if (this.state !== 'off' && this.state !== 'failed') return
    this.setState('loading')
    let geo: GeoCollection
    try {
      geo = await loadGeoJson(CHINA)
    } catch {
      if (this.alive) this.setState('failed')
      return
    }
    if (!this.alive) return
    this.provinces = this.layer(geo, PROVINCE_STYLE).addTo(this.map)
    this.boxes = []
    this.provinces.eachLayer((l) => {
      const feature = (l as L.Polygon).feature as GeoCollection['features'][number] | undefined
      const b = (l as L.Polygon).getBounds()
      if (feature && b.isValid())
        this.boxes.push({ adcode: String(feature.properties.adcode), box: { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() } })
    })
    this.setState('provinces')
    this.update()
  }

  destroy(): void {
    this.alive = false
    this.map.off('zoomend moveend', this.update)
  }

  private layer(geo: GeoCollection, style: L.PathOptions): L.GeoJSON {
    return L.geoJSON(geo as unknown as GeoJSON.FeatureCollection, {
      pane: PANE,
      interactive: false,
      style: () => ({ ...style, renderer: this.renderer, pane: PANE }),
      coordsToLatLng: (c) => {
        const [lat, lng] = fromGcj02(c[1], c[0], this.frame)
        return L.latLng(lat, lng)
      },
    })
  }

  private setState(state: OutlineState): void {
    this.state = state
    this.onState(state)
  }

  /** Shows the cities of the provinces in view (from CITY_ZOOM on), hides the others. */
  private readonly update = (): void => {
    if (!this.alive || !this.provinces) return
    const b = this.map.getBounds()
    const wanted = new Set(
      provincesToDetail(this.boxes, { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() }, this.map.getZoom()).filter(
        hasRegionMap,
      ),
    )
    for (const [adcode, layer] of this.cities) {
      if (wanted.has(adcode)) {
        if (!this.map.hasLayer(layer)) layer.addTo(this.map)
      } else if (this.map.hasLayer(layer)) {
        this.map.removeLayer(layer)
      }
    }
    for (const adcode of wanted) {
      if (this.cities.has(adcode) || this.loading.has(adcode)) continue
      this.loading.add(adcode)
      loadGeoJson(adcode)
        .then((geo) => {
          if (!this.alive) return
          this.cities.set(adcode, this.layer(geo, CITY_STYLE))
          this.update()
        })
        .catch(() => undefined) // no city lines for that province this time; the provinces stay
        .finally(() => this.loading.delete(adcode))
    }
    const anyCity = [...this.cities.values()].some((l) => this.map.hasLayer(l))
    this.setState(anyCity ? 'cities' : 'provinces')
  }
}
