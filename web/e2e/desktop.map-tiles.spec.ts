import { expect, test, type Page, type Route } from '@playwright/test'
import { apiSend, login } from './support'

// 系统设置 › 地图底图 (GET/PUT /settings/map): the admin picks the tiles; the visit maps then ask
// that host for tiles (routed here: the test never reaches the internet), and with 不使用底图 — or
// tiles that fail — they draw the offline outline of China under their points.

// A 1×1 transparent PNG for every routed tile.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')
const TILE_HOSTS = /(autonavi\.com|gtimg\.com|openstreetmap\.org)/

/** Routes every tile request; returns the hosts asked for (in order). `fail`: answer with an abort. */
async function routeTiles(page: Page, fail = false): Promise<string[]> {
  const hosts: string[] = []
  await page.context().route(TILE_HOSTS, async (route: Route) => {
    hosts.push(new URL(route.request().url()).host)
    if (fail) await route.abort('internetdisconnected')
    else await route.fulfill({ status: 200, contentType: 'image/png', body: PNG })
  })
  return hosts
}

async function choosePreset(page: Page, preset: string) {
  await page.goto('/settings/general')
  const card = page.getByTestId('map-settings')
  await expect(card).toBeVisible()
  await card.getByTestId(`map-preset-${preset}`).click()
  const saved = page.waitForResponse((r) => r.url().includes('/api/v1/settings/map') && r.request().method() === 'PUT')
  await card.getByTestId('map-settings-save').click()
  expect((await saved).status()).toBe(200)
  await expect(card.getByTestId('map-settings-save')).toBeDisabled()
}

async function openCheckInMap(page: Page) {
  await page.goto('/visits/stats')
  await expect(page.getByTestId('visit-stats-page')).toBeVisible()
  const map = page.getByTestId('stats-checkin-map')
  await map.scrollIntoViewIfNeeded()
  // The demo's check-ins are drawn.
  await expect(map.locator('path.map-point').first()).toBeVisible()
  return map
}

test.describe('desktop: map tiles', () => {
  test.afterEach(async ({ page }) => {
    // Leave the demo tenant as the other journeys expect it (their maps use a local override anyway).
    await apiSend(page, 'PUT', '/settings/map', { preset: 'osm' }).catch(() => undefined)
  })

  test('an admin picks 高德: the maps load AMap tiles, points on top, no outline', async ({ page }) => {
    const hosts = await routeTiles(page)
    await login(page, 'admin')
    await choosePreset(page, 'amap')
    // The preview asks for AMap tiles before and after the save.
    await expect.poll(() => hosts.some((h) => h.endsWith('.is.autonavi.com'))).toBe(true)

    hosts.length = 0
    const map = await openCheckInMap(page)
    await expect(map).toHaveAttribute('data-tiles', 'amap')
    await expect.poll(() => hosts.length).toBeGreaterThan(0)
    expect(hosts.every((h) => /^webrd0[1-4]\.is\.autonavi\.com$/.test(h)), hosts.join(',')).toBe(true)
    await expect(map.locator('img.leaflet-tile-loaded').first()).toBeAttached()
    await expect(map).toHaveAttribute('data-outline', 'off')
    await expect(map.locator('path.map-outline-province')).toHaveCount(0)
  })

  test('不使用底图: no tile is asked for; the province outline lies under the points, cities when zoomed in', async ({ page }) => {
    const hosts = await routeTiles(page)
    await login(page, 'admin')
    await choosePreset(page, 'none')
    hosts.length = 0
    const map = await openCheckInMap(page)
    await expect(map).toHaveAttribute('data-tiles', 'none')
    await expect(map).toHaveAttribute('data-outline', /provinces|cities/)
    // 34 provinces, each one path.
    await expect.poll(() => map.locator('path.map-outline-province').count()).toBeGreaterThanOrEqual(34)
    // The outline is under the points: its pane is below the overlay pane.
    const z = await map.locator('.leaflet-outline-pane').evaluate((el) => Number(getComputedStyle(el).zIndex))
    const overlay = await map.locator('.leaflet-overlay-pane').evaluate((el) => Number(getComputedStyle(el).zIndex))
    expect(z).toBeLessThan(overlay)
    // Zoomed in to the city level, the cities of the provinces in view are drawn too.
    for (let i = 0; i < 12 && Number(await map.getAttribute('data-zoom') ?? 0) < 8; i++) {
      await map.locator('.leaflet-control-zoom-in').click()
      await page.waitForTimeout(350)
    }
    await expect(map).toHaveAttribute('data-outline', 'cities')
    await expect.poll(() => map.locator('path.map-outline-city').count()).toBeGreaterThan(0)
    expect(hosts).toEqual([])
  })

  test('tiles that fail to load (offline, blocked host): the outline shows instead of a grey square', async ({ page }) => {
    await login(page, 'admin')
    await apiSend(page, 'PUT', '/settings/map', { preset: 'tencent' })
    const hosts = await routeTiles(page, true)
    // A fresh page: the setting is read once per session.
    await page.reload()
    const map = await openCheckInMap(page)
    await expect(map).toHaveAttribute('data-tiles', 'tencent')
    await expect.poll(() => hosts.some((h) => /^rt[0-3]\.map\.gtimg\.com$/.test(h))).toBe(true)
    await expect(map).toHaveAttribute('data-outline', /provinces|cities/)
    await expect.poll(() => map.locator('path.map-outline-province').count()).toBeGreaterThanOrEqual(34)
  })

  test('a custom URL must be a tile template; a rep reads the setting but cannot change it', async ({ page, browser }) => {
    await routeTiles(page)
    await login(page, 'admin')
    await page.goto('/settings/general')
    const card = page.getByTestId('map-settings')
    await card.getByTestId('map-preset-custom').click()
    await card.getByTestId('map-custom-url').fill('https://tiles.example.com/map.png')
    await card.getByTestId('map-settings-save').click()
    await expect(card.getByText('地址无效')).toBeVisible()
    await card.getByTestId('map-custom-url').fill('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png')
    await card.getByTestId('map-custom-gcj02').click()
    const saved = page.waitForResponse((r) => r.url().includes('/api/v1/settings/map') && r.request().method() === 'PUT')
    await card.getByTestId('map-settings-save').click()
    expect((await saved).status()).toBe(200)

    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'zh-CN' })
    const rep = await context.newPage()
    try {
      await login(rep, 'rep01')
      const settings = await rep.evaluate(async () => (await fetch('/api/v1/settings/map')).json())
      expect(settings).toMatchObject({ preset: 'custom', customUrl: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', customGcj02: true })
      const csrf = await rep.evaluate(() => localStorage.getItem('quanke.csrf'))
      const r = await rep.request.fetch('/api/v1/settings/map', {
        method: 'PUT',
        headers: { 'X-CSRF-Token': csrf ?? '', 'Content-Type': 'application/json' },
        data: JSON.stringify({ preset: 'none' }),
      })
      expect(r.status()).toBe(403)
    } finally {
      await context.close()
    }
  })
})
