import { describe, expect, it } from 'vitest'
import { wgs84ToGcj02 } from '@/shared/geo/gcj02'
import { PRESET_SOURCES } from './map-config'
import { CITY_ZOOM, MAX_CITY_PROVINCES, frameOf, fromGcj02, fromWgs84, provincesToDetail } from './map-frame'

describe('the coordinate system a map draws in', () => {
  it('GCJ-02 on AMap / Tencent tiles and without tiles (the outline is GCJ-02); WGS-84 on OSM', () => {
    expect(frameOf(PRESET_SOURCES.amap)).toBe('gcj02')
    expect(frameOf(PRESET_SOURCES.tencent)).toBe('gcj02')
    expect(frameOf(null)).toBe('gcj02')
    expect(frameOf(PRESET_SOURCES.osm)).toBe('wgs84')
    expect(frameOf({ ...PRESET_SOURCES.osm, gcj02: true })).toBe('gcj02')
  })
  it('converts API points (WGS-84) only for a GCJ-02 map, and the outline (GCJ-02) only for a WGS-84 map', () => {
    expect(fromWgs84(39.9087, 116.3975, 'wgs84')).toEqual([39.9087, 116.3975])
    expect(fromWgs84(39.9087, 116.3975, 'gcj02')).toEqual(wgs84ToGcj02(39.9087, 116.3975))
    expect(fromGcj02(39.9101, 116.4037, 'gcj02')).toEqual([39.9101, 116.4037])
    const [lat, lng] = fromGcj02(...wgs84ToGcj02(39.9087, 116.3975), 'wgs84')
    expect(lat).toBeCloseTo(39.9087, 6)
    expect(lng).toBeCloseTo(116.3975, 6)
  })
})

describe('provincesToDetail', () => {
  const box = (south: number, west: number, north: number, east: number) => ({ south, west, north, east })
  const provinces = [
    { adcode: '110000', box: box(39.4, 115.4, 41.1, 117.5) }, // 北京
    { adcode: '120000', box: box(38.5, 116.7, 40.3, 118.1) }, // 天津
    { adcode: '130000', box: box(36.0, 113.4, 42.6, 119.9) }, // 河北
    { adcode: '440000', box: box(20.2, 109.6, 25.5, 117.3) }, // 广东
  ]
  const beijingView = box(39.7, 116.2, 40.1, 116.6)
  it('none below the city zoom', () => {
    expect(provincesToDetail(provinces, beijingView, CITY_ZOOM - 1)).toEqual([])
  })
  it('the provinces overlapping the view, nearest the centre first', () => {
    expect(provincesToDetail(provinces, beijingView, CITY_ZOOM)).toEqual(['110000', '130000'])
    expect(provincesToDetail(provinces, box(38.9, 116.5, 40.2, 117.9), 9)).toEqual(['120000', '130000', '110000'])
    expect(provincesToDetail(provinces, box(22.4, 113.7, 22.8, 114.3), 12)).toEqual(['440000'])
    expect(provincesToDetail(provinces, box(-10, -10, 0, 0), 12)).toEqual([])
  })
  it(`at most ${MAX_CITY_PROVINCES}`, () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ adcode: String(i), box: box(i, i, i + 1, i + 1) }))
    expect(provincesToDetail(many, box(0, 0, 20, 20), CITY_ZOOM)).toHaveLength(MAX_CITY_PROVINCES)
  })
})
