// Helpers of the customer report journeys (docs/api-targets.md "Customers"): the test's own count
// of the customers a user sees, from every page of GET /customers, grouped by a column.
import { expect, type Page } from '@playwright/test'
import { apiAs, type ApiSession } from './approvals-support'
import { login } from './support'

interface CustomerRow {
  id: string
  industry: string | null
  ownerDepartmentName: string | null
}

export interface OwnCount {
  total: number
  /** Industry → how many customers have it ("" for none). */
  byIndustry: Map<string, number>
  /** The owner's department's name → how many customers. */
  byOwnerDepartment: Map<string, number>
}

/** Every page of GET /customers as the user, grouped by industry and by the owner's department. */
export async function countCustomersByIndustry(session: ApiSession): Promise<OwnCount> {
  const byIndustry = new Map<string, number>()
  const byOwnerDepartment = new Map<string, number>()
  const ids = new Set<string>()
  let cursor: string | null = null
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
    const page: { items: CustomerRow[]; nextCursor: string | null } = await session.get(`/customers?limit=200${query}`)
    for (const c of page.items) {
      if (ids.has(c.id)) continue
      ids.add(c.id)
      const key = c.industry ?? ''
      byIndustry.set(key, (byIndustry.get(key) ?? 0) + 1)
      const department = c.ownerDepartmentName ?? ''
      byOwnerDepartment.set(department, (byOwnerDepartment.get(department) ?? 0) + 1)
    }
    cursor = page.nextCursor
  } while (cursor)
  return { total: ids.size, byIndustry, byOwnerDepartment }
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
