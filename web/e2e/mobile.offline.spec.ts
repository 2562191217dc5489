import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { apiGet, login, serviceWorkerActivated, uniqueSuffix } from './support'
import { phoneAt, pickGeoCustomer, type GeoCustomer } from './visits-support'

// Offline capture that is never lost (issue 19 part 4): a follow-up and a check-in captured
// without network are kept in IndexedDB, survive the tab being killed, and are sent exactly once
// when a new tab comes online; a POST whose answer is lost is replayed with its Idempotency-Key
// and still writes once. Everything is checked through the API.

interface FollowUpLite {
  id: string
  text: string
}
interface CheckInLite {
  id: string
  purpose: string
  customerId: string | null
  capturedAt: string
  receivedAt: string
  reasons: { code: string }[]
}

/** rep01's phone standing at one of their located customers, signed in. */
async function rep01AtCustomer(browser: Browser, page: Page): Promise<{ context: BrowserContext; phone: Page; customer: GeoCustomer }> {
  await login(page, 'rep01')
  const customer = await pickGeoCustomer(page)
  await page.close()
  const context = await phoneAt(browser, customer, { accuracy: 15 })
  const phone = await context.newPage()
  await login(phone, 'rep01')
  return { context, phone, customer }
}

async function followUpsWith(page: Page, customerId: string, text: string): Promise<FollowUpLite[]> {
  const list = await apiGet<{ items: FollowUpLite[] }>(page, `/customers/${customerId}/follow-ups?limit=100`)
  return list.items.filter((f) => f.text === text)
}

async function checkInsWith(page: Page, customerId: string, purpose: string): Promise<CheckInLite[]> {
  const list = await apiGet<{ items: CheckInLite[] }>(page, `/check-ins?customerId=${customerId}&limit=100`)
  return list.items.filter((k) => k.purpose === purpose)
}

/** Navigates inside the app (no reload: the code of the pages opened so far stays loaded offline). */
async function spaGo(page: Page, path: string): Promise<void> {
  await page.evaluate(async (to) => {
    const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $router: { push: (p: string) => Promise<unknown> } } } } }).__vue_app__
    await app.config.globalProperties.$router.push(to)
  }, path)
}

const toast = (page: Page, text: string) => page.locator('.van-toast').filter({ hasText: text })

test.describe('mobile: offline capture', () => {
  test('a follow-up and a check-in captured offline survive the killed tab and are sent exactly once when back online', async ({ browser, page }) => {
    const { context, phone, customer } = await rep01AtCustomer(browser, page)
    try {
      const text = `E2E 离线跟进 ${uniqueSuffix()}`
      const purpose = `E2E 离线签到 ${uniqueSuffix()}`

      // Online: open the pages once (their code loads), start the follow-up, go to 签到.
      await phone.getByTestId('tab-me').click()
      await expect(phone.getByTestId('me-offline-queue')).toHaveAttribute('data-count', '0')
      await phone.getByTestId('me-offline-queue').click()
      await expect(phone.getByTestId('offline-queue-empty')).toBeVisible()
      await spaGo(phone, `/customers/${customer.id}/follow-up`)
      await expect(phone.getByTestId('mobile-followup-customer')).toContainText(customer.name)
      await phone.getByTestId('mobile-followup-text').locator('textarea').fill(text)
      await phone.getByTestId('tab-checkin').click()
      const item = phone.locator(`[data-testid="checkin-nearby-item"][data-id="${customer.id}"]`)
      await expect(item).toBeVisible()
      await item.click()
      await phone.getByTestId('checkin-purpose').locator('input').fill(purpose)

      // The signal goes: the check-in is kept with the time of its fix.
      await context.setOffline(true)
      const offlineFrom = Date.now()
      await phone.getByTestId('checkin-submit').click()
      await expect(phone.getByTestId('checkin-queued')).toContainText('已离线保存，联网后自动发送')

      // Back to the follow-up: the text typed before is still there (draft); saved offline too.
      await phone.goBack()
      await expect(phone.getByTestId('mobile-followup-text').locator('textarea')).toHaveValue(text)
      await phone.getByTestId('mobile-followup-save').click()
      await expect(toast(phone, '已离线保存，联网后自动发送')).toBeVisible()

      // 我的 shows both waiting, in the order they were captured.
      await phone.getByTestId('tab-me').click()
      await expect(phone.getByTestId('me-offline-queue')).toHaveAttribute('data-count', '2')
      await phone.getByTestId('me-offline-queue').click()
      const queued = phone.getByTestId('offline-queue-item')
      await expect(queued).toHaveCount(2)
      await expect(queued.nth(0)).toHaveAttribute('data-kind', 'checkIn')
      await expect(queued.nth(1)).toHaveAttribute('data-kind', 'followUp')
      await expect(queued.nth(1)).toContainText(text) // the customer's name is not known offline after a reload of the page
      await expect(phone.getByTestId('offline-queue-offline')).toBeVisible()
      const offlineUntil = Date.now()
      // Nothing reached the server while offline (the test's own API requests bypass the emulation).
      expect(await followUpsWith(phone, customer.id, text)).toHaveLength(0)
      expect(await checkInsWith(phone, customer.id, purpose)).toHaveLength(0)

      // Kill the tab. (Chromium lifts the emulated offline state of a page as it closes and the
      // dying tab may still start a send: whatever it got through is replayed below under the same
      // Idempotency-Key, which is the "answer lost" case — still exactly once.)
      await phone.close()
      const probe = await context.newPage()
      await context.setOffline(false)

      // A new tab online sends them: exactly one of each.
      await probe.goto('/offline-queue')
      await expect(probe.getByTestId('offline-queue-empty')).toBeVisible({ timeout: 20_000 })
      await expect.poll(async () => (await followUpsWith(probe, customer.id, text)).length).toBe(1)
      const checkIns = await checkInsWith(probe, customer.id, purpose)
      expect(checkIns).toHaveLength(1)
      const k = checkIns[0]
      expect(k.customerId).toBe(customer.id)
      // capturedAt is the fix's time, taken online before the signal went; received after it came back.
      expect(Date.parse(k.capturedAt)).toBeLessThanOrEqual(offlineFrom)
      expect(Date.parse(k.receivedAt)).toBeGreaterThanOrEqual(offlineUntil - 1000)
      expect(k.reasons.map((r) => r.code)).not.toContain('late_upload')
      // A while later still exactly one (the periodic retry sends nothing more).
      await probe.waitForTimeout(1500)
      expect(await followUpsWith(probe, customer.id, text)).toHaveLength(1)
      expect(await checkInsWith(probe, customer.id, purpose)).toHaveLength(1)
    } finally {
      await context.close()
    }
  })

  test('a reload without signal keeps the rep in the app, not on the login form; back online the queue is sent once', async ({ browser, page }) => {
    const { context, phone, customer } = await rep01AtCustomer(browser, page)
    try {
      const text = `E2E 离线刷新 ${uniqueSuffix()}`
      // The service worker has the app's code (its precache), so a reload offline has a shell.
      await serviceWorkerActivated(phone)
      await phone.goto(`/customers/${customer.id}/follow-up`)
      await expect(phone.getByTestId('mobile-followup-customer')).toContainText(customer.name)
      await phone.getByTestId('mobile-followup-text').locator('textarea').fill(text)

      await context.setOffline(true)
      await phone.getByTestId('mobile-followup-save').click()
      await expect(toast(phone, '已离线保存，联网后自动发送')).toBeVisible()
      // Opened directly (no page to go back to): the 待发送 list, not a customer page that cannot load.
      await expect(phone).toHaveURL(/\/offline-queue$/)
      await expect(phone.getByTestId('offline-queue-item')).toHaveCount(1)

      // The reload cannot ask the server who is signed in: the device's last answer is used.
      await spaGo(phone, '/me')
      await phone.reload()
      await expect(phone.getByTestId('offline-notice')).toBeVisible()
      await expect(phone).toHaveURL(/\/me$/)
      await expect(phone.getByTestId('login-submit')).toHaveCount(0)
      await expect(phone.getByTestId('me-offline-queue')).toHaveAttribute('data-count', '1')
      await phone.getByTestId('me-offline-queue').click()
      await expect(phone.getByTestId('offline-queue-item')).toHaveCount(1)
      await expect(phone.getByTestId('offline-queue-item')).toHaveAttribute('data-kind', 'followUp')
      await expect(phone.getByTestId('offline-queue-item')).toContainText(customer.name)
      expect(await followUpsWith(phone, customer.id, text)).toHaveLength(0)

      // Signal back: the session is confirmed by the server and the follow-up goes, once.
      await context.setOffline(false)
      await expect(phone.getByTestId('offline-queue-empty')).toBeVisible({ timeout: 20_000 })
      await expect.poll(async () => (await followUpsWith(phone, customer.id, text)).length).toBe(1)
      await phone.waitForTimeout(1500)
      expect(await followUpsWith(phone, customer.id, text)).toHaveLength(1)
    } finally {
      await context.close()
    }
  })

  test('a follow-up whose answer is lost is replayed with the same Idempotency-Key and written once', async ({ browser, page }) => {
    const { context, phone, customer } = await rep01AtCustomer(browser, page)
    try {
      const text = `E2E 应答丢失 ${uniqueSuffix()}`
      const keys: string[] = []
      let lost = 0
      await phone.route('**/api/v1/customers/*/follow-ups', async (route) => {
        if (route.request().method() !== 'POST') return route.continue()
        keys.push(route.request().headers()['idempotency-key'] ?? '')
        if (lost === 0) {
          lost++
          await route.fetch() // the server writes it...
          return route.abort('connectionreset') // ...and the answer never arrives
        }
        return route.continue()
      })

      await phone.goto(`/customers/${customer.id}/follow-up`)
      await expect(phone.getByTestId('mobile-followup-customer')).toContainText(customer.name)
      await phone.getByTestId('mobile-followup-text').locator('textarea').fill(text)
      await phone.getByTestId('mobile-followup-save').click()
      await expect(toast(phone, '已离线保存，联网后自动发送')).toBeVisible()
      expect(await followUpsWith(phone, customer.id, text)).toHaveLength(1) // it did arrive

      await phone.getByTestId('tab-me').click()
      await expect(phone.getByTestId('me-offline-queue')).toHaveAttribute('data-count', '1')
      await phone.getByTestId('me-offline-queue').click()
      await expect(phone.getByTestId('offline-queue-item')).toHaveCount(1)
      await phone.getByTestId('offline-queue-send').click()
      await expect(phone.getByTestId('offline-queue-empty')).toBeVisible()

      expect(keys).toHaveLength(2)
      expect(keys[0]).toMatch(/.{8,}/)
      expect(keys[1]).toBe(keys[0])
      expect(await followUpsWith(phone, customer.id, text)).toHaveLength(1)
    } finally {
      await context.close()
    }
  })
})
