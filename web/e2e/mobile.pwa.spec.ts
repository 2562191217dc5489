import { expect, test } from '@playwright/test'
import { serviceWorkerActivated } from './support'

// The installable app (issue 19): the service worker registers and precaches the app shell, the
// manifest is served and valid, and a reload while offline still shows the app (with the
// offline notice in the UI language), not the browser's error page.

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

test.describe('mobile: installable app (PWA)', () => {
  test('the manifest is linked, served and valid; its icons are PNGs of the stated sizes', async ({ page }) => {
    await page.goto('/login')
    const href = await page.locator('link[rel="manifest"]').getAttribute('href')
    expect(href).toBeTruthy()
    const answer = await page.request.get(new URL(href!, page.url()).toString())
    expect(answer.status()).toBe(200)
    expect(answer.headers()['content-type']).toContain('application/manifest+json')
    const manifest = await answer.json()
    expect(manifest.name).toContain('圈客')
    expect(manifest.name).toContain('Quanke')
    expect(manifest.short_name).toBe('圈客')
    expect(manifest.start_url).toBe('/')
    expect(manifest.display).toBe('standalone')
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i)
    const icons: { src: string; sizes: string; type: string; purpose?: string }[] = manifest.icons
    const wanted = [
      { sizes: '192x192', purpose: 'any' },
      { sizes: '512x512', purpose: 'any' },
      { sizes: '512x512', purpose: 'maskable' },
    ]
    for (const w of wanted) expect(icons.some((i) => i.sizes === w.sizes && (i.purpose ?? 'any').includes(w.purpose))).toBe(true)
    for (const icon of icons) {
      const file = await page.request.get(new URL(icon.src, page.url()).toString())
      expect(file.status(), icon.src).toBe(200)
      expect(file.headers()['content-type']).toBe('image/png')
      const [w, h] = icon.sizes.split('x').map(Number)
      expect(pngSize(await file.body())).toEqual({ width: w, height: h })
    }
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', manifest.theme_color)
  })

  test('the service worker registers; offline, a reload of a visited page shows the app and says it is offline', async ({
    page,
    context,
  }) => {
    await page.goto('/login')
    await expect(page.getByTestId('login-submit')).toBeVisible()
    const scope = await serviceWorkerActivated(page)
    expect(new URL(scope).pathname).toBe('/')
    await expect(page.getByTestId('offline-notice')).toHaveCount(0)

    // The API is never answered by the service worker: an API request is not in its caches.
    const cachedApi = await page.evaluate(async () => {
      const found: string[] = []
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) {
          if (new URL(request.url).pathname.startsWith('/api/')) found.push(request.url)
        }
      }
      return found
    })
    expect(cachedApi).toEqual([])

    await context.setOffline(true)
    await page.reload()
    await expect(page.getByTestId('login-submit')).toBeVisible()
    await expect(page.getByTestId('offline-notice')).toHaveText('当前离线：跟进、签到和新客户先存在本机，联网后自动发送')

    // A client-side route never opened before is answered with the cached shell as well.
    await page.goto('/customers/mine')
    await expect(page.getByTestId('login-submit')).toBeVisible()
    await expect(page.getByTestId('offline-notice')).toBeVisible()

    // The notice follows the UI language.
    await page.evaluate(() => localStorage.setItem('quanke.locale', 'en'))
    await page.reload()
    await expect(page.getByTestId('offline-notice')).toHaveText(
      'You are offline: follow-ups, check-ins and new customers are kept on this device and sent when you are back online',
    )

    // Back online the notice goes away.
    await context.setOffline(false)
    await expect(page.getByTestId('offline-notice')).toHaveCount(0)
  })
})
