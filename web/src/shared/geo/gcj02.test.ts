import { describe, expect, it } from 'vitest'
import { gcj02ToWgs84, outsideChina, wgs84ToGcj02 } from './gcj02'

/** Great-circle distance in metres (haversine, mean Earth radius). */
function metres(a: [number, number], b: [number, number]): number {
  const rad = (d: number) => (d * Math.PI) / 180
  const dlat = rad(b[0] - a[0])
  const dlng = rad(b[1] - a[1])
  const h = Math.sin(dlat / 2) ** 2 + Math.cos(rad(a[0])) * Math.cos(rad(b[0])) * Math.sin(dlng / 2) ** 2
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h))
}

describe('wgs84ToGcj02', () => {
  it('moves Tiananmen (WGS-84 39.9087, 116.3975) to GCJ-02 ≈ 39.9101, 116.4037', () => {
    const g = wgs84ToGcj02(39.9087, 116.3975)
    // The published GCJ-02 position, to 4 decimals (±5.5 m in latitude, ±4.3 m in longitude here).
    expect(metres(g, [39.9101, 116.4037])).toBeLessThan(10)
    // The offset itself is hundreds of metres: drawing WGS-84 on GCJ-02 tiles would be visibly off.
    expect(metres(g, [39.9087, 116.3975])).toBeGreaterThan(400)
  })
  it('moves other mainland cities by a few hundred metres, east and north', () => {
    for (const [lat, lng] of [[31.2304, 121.4737], [22.5431, 114.0579], [30.5728, 104.0668], [43.8256, 87.6168]] as const) {
      const g = wgs84ToGcj02(lat, lng)
      const d = metres(g, [lat, lng])
      expect(d, `${lat},${lng}`).toBeGreaterThan(100)
      expect(d, `${lat},${lng}`).toBeLessThan(1000)
    }
  })
  it('leaves points outside China unchanged', () => {
    expect(wgs84ToGcj02(35.6812, 139.7671)).toEqual([35.6812, 139.7671]) // Tokyo
    expect(wgs84ToGcj02(52.52, 13.405)).toEqual([52.52, 13.405]) // Berlin
    expect(wgs84ToGcj02(-33.8688, 151.2093)).toEqual([-33.8688, 151.2093]) // Sydney
    expect(wgs84ToGcj02(40.7128, -74.006)).toEqual([40.7128, -74.006]) // New York
    expect(outsideChina(35.6812, 139.7671)).toBe(true)
    expect(outsideChina(39.9087, 116.3975)).toBe(false)
  })
  it('leaves non-finite input as it is', () => {
    const [lat, lng] = wgs84ToGcj02(Number.NaN, 116.4)
    expect(Number.isNaN(lat)).toBe(true)
    expect(lng).toBe(116.4)
  })
})

describe('gcj02ToWgs84', () => {
  it('inverts wgs84ToGcj02 to well under a metre', () => {
    for (const [lat, lng] of [[39.9087, 116.3975], [31.2304, 121.4737], [22.5431, 114.0579], [45.75, 126.65], [18.25, 109.5]] as const) {
      const back = gcj02ToWgs84(...wgs84ToGcj02(lat, lng))
      expect(metres(back, [lat, lng]), `${lat},${lng}`).toBeLessThan(0.01)
    }
  })
  it('leaves points outside China unchanged', () => {
    expect(gcj02ToWgs84(48.8566, 2.3522)).toEqual([48.8566, 2.3522])
  })
})
