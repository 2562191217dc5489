import { describe, expect, it } from 'vitest'
import { CLUSTER_THRESHOLD, clusterBackground, colorShares, defaultLayerMode, densestCell, heatPoints, layerModeFor } from './map-layers'

describe('map layer mode', () => {
  it('starts with clusters above the threshold, else with points', () => {
    expect(CLUSTER_THRESHOLD).toBe(200)
    expect(defaultLayerMode(0)).toBe('points')
    expect(defaultLayerMode(200)).toBe('points')
    expect(defaultLayerMode(201)).toBe('clusters')
    expect(defaultLayerMode(5000)).toBe('clusters')
  })
  it('keeps the mode the user picked, whatever the number of points', () => {
    expect(layerModeFor(null, 10)).toBe('points')
    expect(layerModeFor(null, 1000)).toBe('clusters')
    expect(layerModeFor('heat', 10)).toBe('heat')
    expect(layerModeFor('points', 1000)).toBe('points')
    expect(layerModeFor('clusters', 3)).toBe('clusters')
  })
})

describe('cluster colours', () => {
  it('counts the shares, most frequent first, ties in order of appearance', () => {
    expect(colorShares([])).toEqual([])
    expect(colorShares(['red', 'green', 'green', 'blue'])).toEqual([
      { color: 'green', share: 0.5 },
      { color: 'red', share: 0.25 },
      { color: 'blue', share: 0.25 },
    ])
  })
  it('is one colour, or a pie of the shares that ends at 100%', () => {
    expect(clusterBackground([])).toBe('transparent')
    expect(clusterBackground(['#07c160', '#07c160'])).toBe('#07c160')
    expect(clusterBackground(['#07c160', '#07c160', '#07c160', '#ee0a24'])).toBe('conic-gradient(#07c160 0% 75%, #ee0a24 75% 100%)')
    expect(clusterBackground(['a', 'b', 'c'])).toBe('conic-gradient(a 0% 33.3%, b 33.3% 66.7%, c 66.7% 100%)')
  })
})

describe('heat points', () => {
  it('gives every located point weight 1 by default and leaves out the rest', () => {
    expect(
      heatPoints([
        { lat: 39.9, lng: 116.4 },
        { lat: 31.2, lng: 121.5, weight: 3 },
        { lat: Number.NaN, lng: 116.4 },
        { lat: 30, lng: Number.POSITIVE_INFINITY },
        { lat: 30, lng: 120, weight: 0 },
        { lat: 30, lng: 120, weight: -2 },
      ]),
    ).toEqual([
      [39.9, 116.4, 1],
      [31.2, 121.5, 3],
    ])
  })
  it('merges points at the same place into one with the summed weight at their weighted centre', () => {
    const merged = heatPoints([
      { lat: 39.90001, lng: 116.40001 },
      { lat: 39.90004, lng: 116.40004, weight: 3 },
      { lat: 39.91, lng: 116.4 },
    ])
    expect(merged).toHaveLength(2)
    expect(merged[0][0]).toBeCloseTo(39.9000325, 7)
    expect(merged[0][1]).toBeCloseTo(116.4000325, 7)
    expect(merged[0][2]).toBe(4)
    expect(merged[1]).toEqual([39.91, 116.4, 1])
    // Coarser grouping merges all three.
    expect(heatPoints([{ lat: 39.90001, lng: 116.40001 }, { lat: 39.91, lng: 116.4 }], 1)).toHaveLength(1)
  })
  it('scales the heat to the densest cell on screen, at least 1', () => {
    expect(densestCell([], 18)).toBe(1)
    expect(densestCell([{ x: 5, y: 5, weight: 0.5 }], 18)).toBe(1)
    expect(
      densestCell(
        [
          { x: 1, y: 1, weight: 1 },
          { x: 17, y: 17, weight: 2 },
          { x: 19, y: 1, weight: 10 },
          { x: 40, y: 40, weight: 1 },
        ],
        18,
      ),
    ).toBe(10)
    expect(
      densestCell(
        [
          { x: 1, y: 1, weight: 4 },
          { x: 17, y: 17, weight: 4 },
          { x: 19, y: 1, weight: 7 },
        ],
        18,
      ),
    ).toBe(8)
  })
})
