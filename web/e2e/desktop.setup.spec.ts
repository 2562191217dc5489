import { expect, test } from '@playwright/test'
import { createCompanyThroughSetup } from './setup-journey'
import { startEmptyServer, type EmptyServer } from './setup-server'

test.describe('desktop: first run', () => {
  let server: EmptyServer

  test.beforeAll(async () => {
    server = await startEmptyServer()
  })
  test.afterAll(async () => {
    await server?.stop()
  })

  test('an empty server offers 创建公司; creating it signs the administrator in', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: server.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    try {
      const company = await createCompanyThroughSetup(page)
      await expect(page.getByTestId('home-todos')).toBeVisible()
      await page.screenshot({ path: test.info().outputPath('setup-home.png') })

      // A second visitor (no session) now gets the login, and /setup leads there too.
      const other = await browser.newContext({ baseURL: server.baseURL, locale: 'zh-CN' })
      const visitor = await other.newPage()
      await visitor.goto('/setup')
      await expect(visitor).toHaveURL(/\/login$/)
      await expect(visitor.getByTestId('login-submit')).toBeVisible()
      await expect(visitor.getByTestId('login-tenant')).toBeVisible()
      // Creating a second company through the API is refused.
      const again = await visitor.request.post('/api/v1/setup', {
        data: { code: 'another', name: 'Another', adminUsername: 'admin', adminPassword: 'password123' },
      })
      expect(again.status()).toBe(409)
      expect(((await again.json()) as { error: { code: string } }).error.code).toBe('setup.done')
      await other.close()
      expect(company.code).toMatch(/^e2e-/)
    } finally {
      await context.close()
    }
  })
})

test.describe('desktop: a server with a company', () => {
  test('shows the login, and /setup leads to it', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/login/)
    await expect(page.getByTestId('login-submit')).toBeVisible()
    await page.goto('/setup')
    await expect(page).toHaveURL(/\/login$/)
    await expect(page.getByTestId('setup-page')).toHaveCount(0)
  })
})
