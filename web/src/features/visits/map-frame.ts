// The coordinate system a map draws in, and which provinces' city outlines it needs. Pure, tested.
// The API gives WGS-84; the offline outline of China is GCJ-02 (DataV's data). A map on GCJ-02
// tiles (高德, 腾讯, a custom GCJ-02 source) — or without tiles, over the GCJ-02 outline — draws in
// GCJ-02; a map on WGS-84 tiles (OpenStreetMap, custom) draws in WGS-84.
import { gcj02ToWgs84, wgs84ToGcj02, type LatLngPair } from '@/shared/geo/gcj02'
import type { TileSource } from './map-config'

export type MapFrame = 'wgs84' | 'gcj02'

export function frameOf(source: TileSource | null): MapFrame {
  return !source || source.gcj02 ? 'gcj02' : 'wgs84'
}

/** A WGS-84 position (the API, the device) where it is drawn in `frame`. */
export function fromWgs84(lat: number, lng: number, frame: MapFrame): LatLngPair {
  return frame === 'gcj02' ? wgs84ToGcj02(lat, lng) : [lat, lng]
}

/** A GCJ-02 position (the outline's) where it is drawn in `frame`. */
export function fromGcj02(lat: number, lng: number, frame: MapFrame): LatLngPair {
  return frame === 'wgs84' ? gcj02ToWgs84(lat, lng) : [lat, lng]
}

/** From this zoom on, the outline adds the cities of the provinces in view. */
export const CITY_ZOOM = 7
/** At most this many provinces' cities at once (a wide view at CITY_ZOOM touches a few). */
export const MAX_CITY_PROVINCES = 6

export interface Box {
  south: number
  west: number
  north: number
  east: number
}

function overlaps(a: Box, b: Box): boolean {
  return a.south <= b.north && b.south <= a.north && a.west <= b.east && b.west <= a.east
}

/**
 * The provinces whose cities the outline shows: none below CITY_ZOOM; else those whose box
 * overlaps the view, the ones nearest the view's centre first, at most MAX_CITY_PROVINCES.
 */
export function provincesToDetail(provinces: readonly { adcode: string; box: Box }[], view: Box, zoom: number): string[] {
  if (zoom < CITY_ZOOM) return []
  const cy = (view.south + view.north) / 2
  const cx = (view.west + view.east) / 2
  const centreDistance = (b: Box) => Math.hypot((b.south + b.north) / 2 - cy, (b.west + b.east) / 2 - cx)
  return provinces
    .filter((p) => overlaps(p.box, view))
    .sort((a, b) => centreDistance(a.box) - centreDistance(b.box))
    .slice(0, MAX_CITY_PROVINCES)
    .map((p) => p.adcode)
}
