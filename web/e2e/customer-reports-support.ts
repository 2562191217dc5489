// Helpers of the customer report journeys (docs/api-targets.md "Customers"): the test's own count
// of the customers a user sees, from every page of GET /customers, grouped by a column.
import { expect, type Page } from '@playwright/test'
import { apiAs, type ApiSession } from './approvals-support'
import { login } from './support'

interface CustomerRow {
  id: string
  industry: string | null
  province: string | null
  city: string | null
  ownerDepartmentName: string | null
}

export interface OwnCount {
  total: number
  /** Industry → how many customers have it ("" for none). */
  byIndustry: Map<string, number>
  /** The owner's department's name → how many customers. */
  byOwnerDepartment: Map<string, number>
}

/** Every customer GET /customers lists to the user, from every page, each once. */
export async function allCustomers(session: ApiSession): Promise<CustomerRow[]> {
  const byId = new Map<string, CustomerRow>()
  let cursor: string | null = null
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
    const page: { items: CustomerRow[]; nextCursor: string | null } = await session.get(`/customers?limit=200${query}`)
    for (const c of page.items) if (!byId.has(c.id)) byId.set(c.id, c)
    cursor = page.nextCursor
  } while (cursor)
  return [...byId.values()]
}

/** How many of `rows` have each value of `key` ("" for none). */
export function countBy(rows: readonly CustomerRow[], key: (c: CustomerRow) => string | null): Map<string, number> {
  const counts = new Map<string, number>()
  for (const c of rows) {
    const value = key(c) ?? ''
    counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return counts
}

/** Every page of GET /customers as the user, grouped by industry and by the owner's department. */
export async function countCustomersByIndustry(session: ApiSession): Promise<OwnCount> {
  const rows = await allCustomers(session)
  return {
    total: rows.length,
    byIndustry: countBy(rows, (c) => c.industry),
    byOwnerDepartment: countBy(rows, (c) => c.ownerDepartmentName),
  }
}

/** The industry (not "") most customers have among those at most `max` (one page of a list). */
export function industryToDrill(count: OwnCount, max: number): [string, number] {
  const candidates = [...count.byIndustry].filter(([value, n]) => value !== '' && n <= max).sort((a, b) => b[1] - a[1])
  if (!candidates.length) throw new Error(`no industry with 1..${max} customers`)
  return candidates[0]
}

/** The manager the journeys use, their own count, logged in on the page, the home card checked. */
export async function managerWithHomeCard(page: Page, baseURL: string, username = 'huabei'): Promise<{ manager: ApiSession; own: OwnCount }> {
  const manager = await apiAs(baseURL, username)
  const own = await countCustomersByIndustry(manager)
  expect(own.total).toBeGreaterThan(0)
  await login(page, username)
  await page.goto('/')
  const card = page.getByTestId('home-customers')
  await expect(card.getByTestId('home-customers-total')).toHaveAttribute('data-value', String(own.total))
  await expect(card.getByTestId('home-customers-trend')).toBeVisible()
  return { manager, own }
}

/** The report's rows as value → count, once there are as many as `expected` has; equal to it. */
export async function expectRows(page: Page, expected: Map<string, number>): Promise<void> {
  const rows = page.getByTestId('customer-report-row')
  await expect(rows).toHaveCount(expected.size)
  const shown = new Map<string, number>()
  for (const row of await rows.all()) {
    shown.set((await row.getAttribute('data-value')) ?? '?', Number(await row.getAttribute('data-count')))
  }
  expect(shown).toEqual(expected)
}

/** The province most of `rows` name in full ("河北省"), and its most common city ("石家庄市"). */
export function provinceToMap(rows: readonly CustomerRow[]): { province: string; city: string } {
  const top = (counts: Map<string, number>, suffix: string) => {
    const named = [...counts].filter(([value]) => value.length > suffix.length && value.endsWith(suffix)).sort((a, b) => b[1] - a[1])
    if (!named.length) throw new Error(`no value ending in ${suffix}`)
    return named[0][0]
  }
  const province = top(countBy(rows, (c) => c.province), '省')
  const city = top(countBy(rows.filter((c) => c.province === province), (c) => c.city), '市')
  return { province, city }
}

/** How many of `rows` have one of `values` in `key`. */
export function countOf(rows: readonly CustomerRow[], key: (c: CustomerRow) => string | null, values: readonly string[]): number {
  return rows.filter((c) => values.includes(key(c) ?? '')).length
}

/** The map's accessible table: the row of `name` shows `count`. */
export async function expectMapRow(page: Page, name: string, count: number): Promise<void> {
  await expect(page.locator(`[data-testid=customer-report-map-row][data-name="${name}"]`)).toHaveAttribute('data-count', String(count))
}

/** The map's canvas, drawn and no wider than `maxWidth`. */
export async function expectMapDrawn(page: Page, maxWidth: number): Promise<void> {
  const canvas = page.getByTestId('customer-report-map-chart').locator('canvas')
  await expect(canvas).toBeVisible()
  const box = await canvas.boundingBox()
  expect(box && box.width > 100 && box.width <= maxWidth && box.height > 100, `canvas ${JSON.stringify(box)}`).toBe(true)
}
