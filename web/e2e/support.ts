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
