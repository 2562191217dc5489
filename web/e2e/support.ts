import { expect, type Page } from '@playwright/test'

export const DEMO_TENANT = 'demo'
export const DEMO_ADMIN = 'admin'
export const DEMO_PASSWORD = process.env.QUANKE_DEMO_PASSWORD ?? 'demo123456'

/** A suffix unique to this run, so journeys can be repeated against the same database. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`
}

export async function login(page: Page, username = DEMO_ADMIN, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login')
  await expect(page.getByTestId('login-submit')).toBeVisible()
  await page.getByTestId('login-tenant').fill(DEMO_TENANT)
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  // Enter submits the form.
  await page.getByTestId('login-password').press('Enter')
  await expect(page).not.toHaveURL(/\/login/)
}

/** GET an API path with the browser's session (the page must be logged in). */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api/v1${path}`)
  expect(response.ok(), `GET ${path} → ${response.status()}`).toBeTruthy()
  return (await response.json()) as T
}

interface PoolLite {
  id: string
  name: string
  isMember: boolean
  isAdmin: boolean
  customerCount: number
}

interface CustomerLite {
  id: string
  name: string
  previousOwnerName: string | null
  ownerId: string | null
  poolId: string | null
}

/**
 * A pool the logged-in user may claim from and a customer in it they can claim: one they were
 * not the last owner of (the cooldown would refuse it). Chosen from what the API returns.
 */
export async function pickClaimable(page: Page, limit = 20): Promise<{ pool: PoolLite; customer: CustomerLite }> {
  const me = await apiGet<{ user: { id: string; name: string } }>(page, '/me')
  const pools = await apiGet<{ items: PoolLite[] }>(page, '/pools')
  for (const pool of pools.items.filter((p) => p.isMember && p.customerCount > 0)) {
    const page1 = await apiGet<{ items: CustomerLite[] }>(page, `/customers?poolId=${pool.id}&limit=${limit}`)
    const customer = page1.items.find((c) => c.previousOwnerName !== me.user.name)
    if (customer) return { pool, customer }
  }
  throw new Error('no claimable pool customer for this user')
}

export interface OwnCustomer {
  id: string
  name: string
  lastFollowUpAt: string | null
}

/** One of the logged-in user's own customers (我的客户), chosen from what the API returns. */
export async function pickOwnCustomer(page: Page, index = 0): Promise<OwnCustomer> {
  const mine = await apiGet<{ items: OwnCustomer[] }>(page, '/customers?mine=true&limit=20&sort=-updatedAt')
  expect(mine.items.length, 'the user owns customers').toBeGreaterThan(index)
  return mine.items[index]
}

/** POST/DELETE through the page's session, with the CSRF token the login stored. */
export async function apiSend<T>(page: Page, method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const csrf = await page.evaluate(() => localStorage.getItem('quanke.csrf'))
  const response = await page.request.fetch(`/api/v1${path}`, {
    method,
    headers: { 'X-CSRF-Token': csrf ?? '', 'Content-Type': 'application/json' },
    data: body === undefined ? undefined : JSON.stringify(body),
  })
  expect(response.ok(), `${method} ${path} → ${response.status()}`).toBeTruthy()
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

/** Today's date in the demo company's time zone ("2026-11-26"). */
export function todayInShanghai(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
}

export const PHOTO_FIXTURE = new URL('./fixtures/visit-photo.png', import.meta.url).pathname

/** Waits for the service worker to be activated (its precache complete); resolves to its scope. */
export async function serviceWorkerActivated(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    const worker = registration.active!
    if (worker.state !== 'activated') {
      await new Promise<void>((resolve) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') resolve()
        })
      })
    }
    return registration.scope
  })
}
