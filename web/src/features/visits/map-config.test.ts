import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const getMapSettings = vi.fn()
vi.mock('@/api/visits', () => ({ getMapSettings: () => getMapSettings() }))

const { PRESET_SOURCES, TILE_STORAGE_KEY, isTileUrlTemplate, localTileOverride, rememberMapSettings, resolveMapTiles, tileSourceOf } = await import('./map-config')

const settings = (preset: string, customUrl = '', customGcj02 = false) =>
  ({ preset, customUrl, customGcj02, isDefault: false }) as Parameters<typeof tileSourceOf>[0] & { isDefault: boolean }

describe('isTileUrlTemplate (the server\'s check)', () => {
  it('accepts http(s) templates with {x}, {y} or {-y}, and {z}', () => {
    expect(isTileUrlTemplate('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(true)
    expect(isTileUrlTemplate('http://{s}.tiles.example.com/{z}/{x}/{y}.png')).toBe(true)
    expect(isTileUrlTemplate('HTTPS://rt{s}.example.com/t?z={z}&x={x}&y={-y}')).toBe(true)
    for (const p of Object.values(PRESET_SOURCES)) expect(isTileUrlTemplate(p.url), p.url).toBe(true)
  })
  it('refuses other schemes, a missing host or placeholder, unsafe characters, over 500 bytes', () => {
    for (const bad of [
      '',
      'ftp://tiles.example.com/{z}/{x}/{y}.png',
      'javascript:alert(1)//{z}/{x}/{y}',
      '//tiles.example.com/{z}/{x}/{y}.png',
      'https:///{z}/{x}/{y}.png',
      'https://{z}.example.com/{x}/{y}.png',
      'https://tiles.example.com/{z}/{x}.png',
      'https://tiles.example.com/{x}/{y}.png',
      'https://tiles.example.com/{z}/{y}.png',
      'https://tiles.example.com/{z}/{x}/{y}.png" onerror="x',
      'https://tiles.example.com/{z} /{x}/{y}.png',
      'https://tiles.example.com/<{z}>/{x}/{y}.png',
      `https://tiles.example.com/{z}/{x}/{y}.png?${'a'.repeat(500)}`,
    ]) {
      expect(isTileUrlTemplate(bad), bad).toBe(false)
    }
  })
})

describe('tileSourceOf', () => {
  it('gives the presets, GCJ-02 for amap and tencent only', () => {
    expect(tileSourceOf(settings('amap'))).toMatchObject({ gcj02: true })
    expect(tileSourceOf(settings('amap'))!.url).toContain('autonavi.com')
    expect(tileSourceOf(settings('tencent'))).toMatchObject({ gcj02: true })
    expect(tileSourceOf(settings('tencent'))!.url).toContain('gtimg.com')
    expect(tileSourceOf(settings('osm'))).toMatchObject({ gcj02: false })
    expect(tileSourceOf(settings('osm'))!.url).toContain('openstreetmap.org')
  })
  it('none and a custom preset without a usable URL have no tiles', () => {
    expect(tileSourceOf(settings('none', 'https://x.example.com/{z}/{x}/{y}.png'))).toBeNull()
    expect(tileSourceOf(settings('custom'))).toBeNull()
    expect(tileSourceOf(settings('custom', 'https://x.example.com/tiles'))).toBeNull()
  })
  it('custom: its URL, in the coordinate system the tenant said', () => {
    const url = 'https://{s}.x.example.com/{z}/{x}/{y}.png'
    expect(tileSourceOf(settings('custom', ` ${url} `))).toMatchObject({ url, gcj02: false, subdomains: 'abc' })
    expect(tileSourceOf(settings('custom', url, true))).toMatchObject({ url, gcj02: true })
  })
})

describe('the tiles the maps use', () => {
  beforeEach(() => {
    localStorage.clear()
    getMapSettings.mockReset()
  })
  afterEach(() => localStorage.clear())

  it('a browser override wins: "none" or "" for no tiles, else a WGS-84 template', async () => {
    expect(localTileOverride()).toBeUndefined()
    localStorage.setItem(TILE_STORAGE_KEY, 'none')
    expect(localTileOverride()).toBeNull()
    localStorage.setItem(TILE_STORAGE_KEY, '')
    expect(localTileOverride()).toBeNull()
    localStorage.setItem(TILE_STORAGE_KEY, 'https://t.example.com/{z}/{x}/{y}.png')
    expect(localTileOverride()).toMatchObject({ url: 'https://t.example.com/{z}/{x}/{y}.png', gcj02: false })
    expect(await resolveMapTiles('t-local')).toMatchObject({ origin: 'local' })
    expect(getMapSettings).not.toHaveBeenCalled()
  })

  it('reads the tenant\'s setting once per tenant; a failed read is asked again and means no tiles', async () => {
    getMapSettings.mockResolvedValue(settings('amap'))
    expect(await resolveMapTiles('t1')).toEqual({ source: PRESET_SOURCES.amap, origin: 'amap' })
    expect(await resolveMapTiles('t1')).toEqual({ source: PRESET_SOURCES.amap, origin: 'amap' })
    expect(getMapSettings).toHaveBeenCalledTimes(1)

    getMapSettings.mockRejectedValueOnce(new Error('offline'))
    expect(await resolveMapTiles('t2')).toEqual({ source: null, origin: 'unknown' })
    getMapSettings.mockResolvedValueOnce(settings('osm'))
    expect(await resolveMapTiles('t2')).toEqual({ source: PRESET_SOURCES.osm, origin: 'osm' })
    expect(getMapSettings).toHaveBeenCalledTimes(3)
  })

  it('a save takes effect for the maps drawn after it, without asking again', async () => {
    getMapSettings.mockResolvedValue(settings('amap'))
    await resolveMapTiles('t3')
    rememberMapSettings('t3', settings('none'))
    expect(await resolveMapTiles('t3')).toEqual({ source: null, origin: 'none' })
    expect(getMapSettings).toHaveBeenCalledTimes(1)
  })
})
