import { expect, test } from '@playwright/test'
import { createCompanyThroughSetup } from './setup-journey'
import { startEmptyServer, type EmptyServer } from './setup-server'

test.describe('mobile: first run', () => {
  let server: EmptyServer

  test.beforeAll(async () => {
    server = await startEmptyServer()
  })
  test.afterAll(async () => {
    await server?.stop()
  })

  test('on a phone, 创建公司 leads to the phone home page', async ({ browser }) => {
    const use = test.info().project.use
    const context = await browser.newContext({
      baseURL: server.baseURL,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      userAgent: use.userAgent,
      isMobile: true,
      hasTouch: true,
      viewport: { width: 390, height: 844 },
    })
    const page = await context.newPage()
    try {
      await createCompanyThroughSetup(page)
      await expect(page.getByTestId('tab-checkin')).toBeVisible()
    } finally {
      await context.close()
    }
  })

  test('a server with a company shows the login on a phone', async ({ page }) => {
    await page.goto('/setup')
    await expect(page).toHaveURL(/\/login$/)
    await expect(page.getByTestId('login-submit')).toBeVisible()
  })
})
