// WGS-84 ⇄ GCJ-02, the offset system of Chinese map providers (高德, 腾讯). The API speaks WGS-84;
// a map on GCJ-02 tiles draws each point converted, or it lands a few hundred metres off its
// street. The same formula as the server's core/geo.cc (so a point drawn here sits where the API's
// ?coord=gcj02 would put it), with the same rectangle for "China": outside it both systems agree.

/** [lat, lng] in degrees. */
export type LatLngPair = [number, number]

const A = 6378245.0
const EE = 0.00669342162296594323

/** Outside the rectangle the conversion applies to (both systems are the same there). */
export function outsideChina(lat: number, lng: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271
}

function transformLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0
  return r
}

function transformLng(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0
  return r
}

/** A WGS-84 position (GPS, the API) in GCJ-02; unchanged outside China or when not finite. */
export function wgs84ToGcj02(lat: number, lng: number): LatLngPair {
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || outsideChina(lat, lng)) return [lat, lng]
  let dlat = transformLat(lng - 105.0, lat - 35.0)
  let dlng = transformLng(lng - 105.0, lat - 35.0)
  const radlat = (lat / 180.0) * Math.PI
  let magic = Math.sin(radlat)
  magic = 1 - EE * magic * magic
  const sqrtMagic = Math.sqrt(magic)
  dlat = (dlat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI)
  dlng = (dlng * 180.0) / ((A / sqrtMagic) * Math.cos(radlat) * Math.PI)
  return [lat + dlat, lng + dlng]
}

/** A GCJ-02 position in WGS-84 (the inverse, by iteration: ~1e-7° after a few steps). */
export function gcj02ToWgs84(lat: number, lng: number): LatLngPair {
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || outsideChina(lat, lng)) return [lat, lng]
  let wlat = lat
  let wlng = lng
  for (let i = 0; i < 10; i++) {
    const [glat, glng] = wgs84ToGcj02(wlat, wlng)
    const elat = glat - lat
    const elng = glng - lng
    wlat -= elat
    wlng -= elng
    if (Math.abs(elat) < 1e-9 && Math.abs(elng) < 1e-9) break
  }
  return [wlat, wlng]
}
