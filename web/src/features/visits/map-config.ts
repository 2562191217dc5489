// Where map tiles come from. The default is an OpenStreetMap-style URL template; a deployment can
// set VITE_MAP_TILE_URL at build time, and a browser can override it in localStorage
// ("quanke.mapTiles"; an empty string or "none" turns tiles off). Without tiles the maps still
// show their points on a plain background, and every map page also has a list.
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
export const TILE_STORAGE_KEY = 'quanke.mapTiles'

export function mapTileUrl(): string | null {
  let value: string | null | undefined
  try {
    value = typeof localStorage !== 'undefined' ? localStorage.getItem(TILE_STORAGE_KEY) : null
  } catch {
    value = null
  }
  if (value === null || value === undefined) value = (import.meta.env.VITE_MAP_TILE_URL as string | undefined) ?? DEFAULT_TILE_URL
  value = value.trim()
  return value && value !== 'none' ? value : null
}
