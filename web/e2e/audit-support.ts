import { expect, type Page } from '@playwright/test'
import { apiGet, uniqueSuffix } from './support'

interface CustomerLite {
  id: string
  name: string
  poolId: string | null
}

/** PATCH through the page's session, with the CSRF token the login stored. */
export async function apiPatch<T>(page: Page, path: string, body: unknown): Promise<T> {
  const csrf = await page.evaluate(() => localStorage.getItem('quanke.csrf'))
  const response = await page.request.fetch(`/api/v1${path}`, {
    method: 'PATCH',
    headers: { 'X-CSRF-Token': csrf ?? '', 'Content-Type': 'application/json' },
    data: JSON.stringify(body),
  })
  expect(response.ok(), `PATCH ${path} → ${response.status()} ${await response.text()}`).toBeTruthy()
  return (await response.json()) as T
}

/** Renames an owned customer through the API (as the logged-in admin): its id and both names. */
export async function renameCustomer(page: Page): Promise<{ id: string; before: string; after: string }> {
  const list = await apiGet<{ items: CustomerLite[] }>(page, '/customers?limit=20&sort=-updatedAt')
  const c = list.items.find((x) => !x.poolId)
  if (!c) throw new Error('the demo has no owned customer the admin can see')
  const after = `审计旅程${uniqueSuffix()}有限公司`
  await apiPatch(page, `/customers/${c.id}`, { name: after })
  return { id: c.id, before: c.name, after }
}
