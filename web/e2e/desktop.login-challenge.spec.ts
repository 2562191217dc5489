import { expect, test } from '@playwright/test'
import { startEmptyServer, type EmptyServer } from './setup-server'

// An office behind one address: after 20 failed logins from it (a colleague mistyping, or someone
// guessing), the server asks every login from it for a proof of work instead of locking the
// address. The login page solves it without the user noticing, so a correct password gets in.
// Own server: the failures would otherwise slow the other journeys' API logins.
test.describe('desktop: login from an address with many failures', () => {
  let server: EmptyServer

  test.beforeAll(async () => {
    server = await startEmptyServer()
  })
  test.afterAll(async () => {
    await server?.stop()
  })

  test('the login page solves the challenge and logs in', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: server.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    try {
      const api = context.request
      const made = await api.post('/api/v1/setup', { data: { code: 'office', name: '同一办公室', adminUsername: 'boss', adminPassword: 'boss-pass-1' } })
      expect(made.status()).toBe(201)
      for (let i = 0; i < 20; i++) {
        const r = await api.post('/api/v1/auth/login', { data: { tenant: 'office', username: `typo-${i}`, password: 'wrong-password' } })
        expect(r.status()).toBe(401)
      }
      const asked = await api.post('/api/v1/auth/login', { data: { tenant: 'office', username: 'boss', password: 'boss-pass-1' } })
      expect(asked.status()).toBe(429)
      expect(((await asked.json()) as { error: { code: string } }).error.code).toBe('auth.challenge_required')

      await page.goto('/login')
      await page.getByTestId('login-tenant').fill('office')
      await page.getByTestId('login-username').fill('boss')
      await page.getByTestId('login-password').fill('boss-pass-1')
      const logins: number[] = []
      page.on('response', (r) => {
        if (r.url().endsWith('/api/v1/auth/login')) logins.push(r.status())
      })
      await page.getByTestId('login-submit').click()
      await expect(page.getByTestId('home-todos')).toBeVisible()
      expect(logins).toEqual([429, 200])
    } finally {
      await context.close()
    }
  })
})
