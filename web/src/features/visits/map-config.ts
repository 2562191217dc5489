// Where map tiles come from: the tenant's setting (GET /settings/map — 高德 / 腾讯 presets, whose
// tiles are GCJ-02, OpenStreetMap for outside China, a URL template of the tenant's own, or none),
// read once per session and tenant. A browser may override it in localStorage ("quanke.mapTiles":
// "none" or "" turns tiles off, anything else is a WGS-84 URL template) — for tests and
// development. Without tiles, or when they fail to load, the maps draw the offline outline of
// China under their points (map-outline.ts).
import { getMapSettings, type MapSettings, type MapTilePreset } from '@/api/visits'

export const TILE_STORAGE_KEY = 'quanke.mapTiles'

/** What a Leaflet tile layer needs, and the coordinate system the tiles are drawn in. */
export interface TileSource {
  url: string
  /** Letters or digits that {s} takes in turn. */
  subdomains: string
  attribution: string
  maxZoom: number
  /** The tiles are GCJ-02: WGS-84 points are converted before drawing them. */
  gcj02: boolean
}

export const PRESET_SOURCES: Readonly<Record<'amap' | 'tencent' | 'osm', TileSource>> = {
  amap: {
    url: 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
    subdomains: '1234',
    attribution: '&copy; 高德地图',
    maxZoom: 18,
    gcj02: true,
  },
  tencent: {
    url: 'https://rt{s}.map.gtimg.com/realtimerender?z={z}&x={x}&y={-y}&type=vector&style=0',
    subdomains: '0123',
    attribution: '&copy; 腾讯地图',
    maxZoom: 18,
    gcj02: true,
  },
  osm: {
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    subdomains: 'abc',
    attribution: '&copy; OpenStreetMap',
    maxZoom: 19,
    gcj02: false,
  },
}

/**
 * Whether `url` is a tile URL template the maps can use — the server's check (PUT /settings/map):
 * http(s) with a host, {x}, {y} (or {-y}) and {z}, optionally {s}; at most 500 bytes; no spaces,
 * quotes, backslashes or angle brackets.
 */
export function isTileUrlTemplate(url: string): boolean {
  if (!url || new TextEncoder().encode(url).length > 500) return false
  const m = /^https?:\/\/(.)/i.exec(url)
  if (!m || m[1] === '/' || (m[1] === '{' && !url.slice(m[0].length - 1).startsWith('{s}'))) return false
  if (/[\u0000-\u0020\u007f"'<>\\`]/.test(url)) return false
  return url.includes('{x}') && (url.includes('{y}') || url.includes('{-y}')) && url.includes('{z}')
}

/** The tiles of a setting; null for none (or a custom preset without a usable URL). */
export function tileSourceOf(settings: Pick<MapSettings, 'preset' | 'customUrl' | 'customGcj02'>): TileSource | null {
  const preset: MapTilePreset = settings.preset
  if (preset === 'none') return null
  if (preset === 'custom') {
    const url = settings.customUrl.trim()
    if (!isTileUrlTemplate(url)) return null
    return { url, subdomains: 'abc', attribution: '', maxZoom: 19, gcj02: settings.customGcj02 }
  }
  return PRESET_SOURCES[preset] ?? null
}

/** The browser's override: undefined when there is none, null for "no tiles", else a WGS-84 template. */
export function localTileOverride(): TileSource | null | undefined {
  let value: string | null = null
  try {
    value = typeof localStorage !== 'undefined' ? localStorage.getItem(TILE_STORAGE_KEY) : null
  } catch {
    value = null
  }
  if (value === null) return undefined
  value = value.trim()
  if (!value || value === 'none') return null
  return { url: value, subdomains: 'abc', attribution: '', maxZoom: 19, gcj02: false }
}

/** The tiles the maps draw with, and what they came from (shown as data-tiles). */
export interface MapTiles {
  source: TileSource | null
  /** The preset, "local" for the browser's override, "unknown" when the setting could not be read. */
  origin: MapTilePreset | 'local' | 'unknown'
}

const cache = new Map<string, Promise<MapSettings>>()

/** The tenant's setting, asked for once per session and tenant (a failed read is asked again). */
export function loadMapSettings(tenantKey: string): Promise<MapSettings> {
  const known = cache.get(tenantKey)
  if (known) return known
  const p = getMapSettings()
  p.catch(() => cache.delete(tenantKey))
  cache.set(tenantKey, p)
  return p
}

/** After a save: every map drawn from now on uses `saved`. */
export function rememberMapSettings(tenantKey: string, saved: MapSettings): void {
  cache.set(tenantKey, Promise.resolve(saved))
}

/** The tiles for the maps: the browser's override, else the tenant's setting; without either (offline), none. */
export async function resolveMapTiles(tenantKey: string): Promise<MapTiles> {
  const local = localTileOverride()
  if (local !== undefined) return { source: local, origin: 'local' }
  try {
    const settings = await loadMapSettings(tenantKey)
    return { source: tileSourceOf(settings), origin: settings.preset }
  } catch {
    return { source: null, origin: 'unknown' }
  }
}
