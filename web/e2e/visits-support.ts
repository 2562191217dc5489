import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test'
import { apiGet, apiSend } from './support'

export const CHECKIN_PHOTO = new URL('./fixtures/checkin-photo.png', import.meta.url).pathname

export interface GeoCustomer {
  id: string
  name: string
  lat: number
  lng: number
}

interface Nearby {
  items: { id: string; distanceM: number }[]
}

/**
 * One of the logged-in rep's own customers with coordinates that is clearly the nearest customer
 * to its own site (the next one is more than 50 m away), so a position a few metres off it lists
 * it first. Chosen from what the API returns, the same one on every run (by id).
 */
export async function pickGeoCustomer(page: Page): Promise<GeoCustomer> {
  const mine = await apiGet<{ items: (GeoCustomer & { lat: number | null; lng: number | null })[] }>(page, '/customers?mine=true&limit=50')
  const located = mine.items.filter((c) => c.lat !== null && c.lng !== null).sort((a, b) => a.id.localeCompare(b.id))
  for (const c of located) {
    const near = await apiGet<Nearby>(page, `/customers/nearby?lat=${c.lat}&lng=${c.lng}&radius=2000&limit=5`)
    if (near.items[0]?.id === c.id && (near.items[1]?.distanceM ?? Infinity) > 50) return { id: c.id, name: c.name, lat: c.lat, lng: c.lng }
  }
  throw new Error('no located customer of this rep')
}

/** A phone (390×844, touch, zh-CN, Shanghai time) standing a few metres from the customer (or at `at`), with its position allowed; no map tiles. */
export async function phoneAt(
  browser: Browser,
  customer: GeoCustomer,
  { at, accuracy = 12 }: { at?: { latitude: number; longitude: number }; accuracy?: number } = {},
): Promise<BrowserContext> {
  const use = test.info().project.use
  const context = await browser.newContext({
    baseURL: use.baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    userAgent: use.userAgent,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    viewport: { width: 390, height: 844 },
    geolocation: { ...(at ?? jitter(customer.lat, customer.lng)), accuracy },
    permissions: ['geolocation'],
  })
  await context.addInitScript(() => localStorage.setItem('quanke.mapTiles', 'none'))
  return context
}

/** A position a few metres from a point, different on every call (real GPS drifts; identical coordinates are flagged). */
export function jitter(lat: number, lng: number): { latitude: number; longitude: number } {
  const d = () => (Math.random() * 4 + 2) * 1e-5 * (Math.random() < 0.5 ? -1 : 1)
  return { latitude: lat + d(), longitude: lng + d() }
}

/** The PNG fixture with a unique trailer, so repeated runs do not reuse a photo (flagged as reused). */
export function uniquePhoto(buffer: Buffer): { name: string; mimeType: string; buffer: Buffer } {
  return { name: 'checkin-photo.png', mimeType: 'image/png', buffer: Buffer.concat([buffer, Buffer.from(`quanke-e2e-${Date.now()}-${Math.random()}`)]) }
}

export function expectClose(a: number, b: number) {
  expect(Math.abs(a - b)).toBeLessThan(0.001)
}

/** Pixels of a canvas that are not fully transparent (the heat layer draws on one). */
export async function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
    let n = 0
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++
    return n
  })
}

export interface Plan {
  id: string
  plannedAt: string
  remindMinutesBefore: number | null
  notes: string
}

/** A local date in Shanghai `days` from today ("2026-11-28"). */
export function shanghaiDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000))
}

/** Opens 拜访计划 at the week of `day` (this week or the next) and returns the plan's item. */
export async function openPlanWeek(page: Page, planId: string, day: string): Promise<Locator> {
  await page.goto('/visits/plans')
  await expect(page.getByTestId('plans-day')).toHaveCount(7)
  if ((await page.locator(`[data-testid="plans-day"][data-date="${day}"]`).count()) === 0) await page.getByTestId('plans-next').click()
  const item = page.locator(`[data-testid="plan-item"][data-id="${planId}"]`)
  await expect(item).toBeVisible()
  return item
}

/** The plan as the server has it (it is planned on `day`, Shanghai time). */
export async function storedPlan(page: Page, planId: string, day: string): Promise<Plan> {
  const from = new Date(`${day}T00:00:00+08:00`)
  const to = new Date(from.getTime() + 86_400_000)
  const plans = await apiGet<{ items: Plan[] }>(page, `/visit-plans?from=${from.toISOString()}&to=${to.toISOString()}`)
  const plan = plans.items.find((p) => p.id === planId)
  expect(plan, `plan ${planId} on ${day}`).toBeDefined()
  return plan!
}

/**
 * Two check-ins by the logged-in rep a few metres apart at their customer from pickGeoCustomer:
 * one cluster on a map.
 */
export async function twoCheckInsNearby(page: Page, purpose: string): Promise<GeoCustomer> {
  const customer = await pickGeoCustomer(page)
  for (const n of [1, 2]) {
    const at = jitter(customer.lat, customer.lng)
    await apiSend(page, 'POST', '/check-ins', { lat: at.latitude, lng: at.longitude, accuracyM: 15, provider: 'browser', customerId: customer.id, purpose: `${purpose} ${n}` })
  }
  return customer
}
