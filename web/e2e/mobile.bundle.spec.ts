import { expect, test } from '@playwright/test'
import { DEMO_PASSWORD, DEMO_TENANT } from './support'
import { expectPhoneOnly, localeTables, recordDownloads } from './bundle-support'

// Issue 19: a phone loads only the phone. The login page and the phone tabs (home, 我的客户,
// customer detail, 写跟进, 签到, 公海, 我的) never fetch the element-plus chunk (JS or CSS) or the
// desktop layout; exactly one language table is fetched, the other one only when the user
// switches; Vant's icon font is not inlined in any stylesheet. The service worker is blocked so
// that its precache (which fetches everything) does not blur what the pages themselves asked for.
test.use({ serviceWorkers: 'block' })

test.describe('mobile: the phone bundle', () => {
  test('login and the phone tabs load neither Element Plus nor the desktop layout, and one language table', async ({ page }) => {
    const downloads = recordDownloads(page)

    await page.goto('/login')
    await expect(page.getByTestId('login-submit')).toBeEnabled()
    await expectPhoneOnly(downloads, '/login')
    expect(localeTables(downloads)).toEqual(['zh-CN'])
    // The phone form: plain inputs, no component library at all on the first page.
    expect(downloads.urls.filter((u) => /\/assets\/vant-[\w-]+\.(js|css)$/.test(u))).toEqual([])

    await page.getByTestId('login-tenant').fill(DEMO_TENANT)
    await page.getByTestId('login-username').fill('rep01')
    await page.getByTestId('login-password').fill(DEMO_PASSWORD)
    await page.getByTestId('login-submit').click()
    await expect(page.getByTestId('mobile-tabbar')).toBeVisible()
    await expect(page.getByTestId('welcome-card')).toBeVisible()
    await expectPhoneOnly(downloads, 'home')

    await page.getByTestId('tab-customers').click()
    const row = page.getByTestId('mobile-customer-item').first()
    await expect(row).toBeVisible()
    await expectPhoneOnly(downloads, '我的客户')

    await row.click()
    await expect(page.getByTestId('mobile-customer-detail')).toBeVisible()
    await expectPhoneOnly(downloads, 'customer detail')

    const customerId = new URL(page.url()).pathname.split('/').pop()
    await page.goto(`/customers/${customerId}/follow-up`)
    await expect(page.getByTestId('mobile-followup-text')).toBeVisible()
    await expectPhoneOnly(downloads, '写跟进')

    await page.getByTestId('tab-checkin').click()
    await expect(page.getByTestId('checkin-page')).toBeVisible()
    await page.getByTestId('tab-pool').click()
    await expect(page.getByTestId('mobile-pool')).toBeVisible()
    await page.getByTestId('tab-me').click()
    await expect(page.getByTestId('me-page')).toBeVisible()
    await expectPhoneOnly(downloads, '签到, 公海, 我的')
    // One table all along (a reload for 写跟进 fetched the same one again).
    expect(new Set(localeTables(downloads))).toEqual(new Set(['zh-CN']))

    // Switching fetches the English table, and only then does the UI change.
    await page.getByTestId('language-switch').click()
    await expect(page.getByTestId('tab-me')).toContainText('Me')
    expect(new Set(localeTables(downloads))).toEqual(new Set(['zh-CN', 'en']))
    await expectPhoneOnly(downloads, 'after the switch')
  })

  test('a phone that remembers English fetches only the English table', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('quanke.locale', 'en'))
    const downloads = recordDownloads(page)
    await page.goto('/login')
    await expect(page.getByTestId('login-submit')).toHaveText(/Sign in|Log in/i)
    expect(localeTables(downloads)).toEqual(['en'])
    await expectPhoneOnly(downloads, '/login in English')
  })
})
