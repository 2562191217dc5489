import { expect, test } from '@playwright/test'
import { login } from './support'

test.describe('mobile: phone layout', () => {
  test('logs in, sees the tabbar, opens 我的, logs out', async ({ page }) => {
    await login(page)
    const tabbar = page.getByTestId('mobile-tabbar')
    await expect(tabbar).toBeVisible()
    await expect(page.getByTestId('mobile-navbar')).toBeVisible()
    await expect(page.getByTestId('side-menu')).toHaveCount(0)
    await expect(page.getByTestId('welcome-card')).toBeVisible()

    await page.getByTestId('tab-me').click()
    await expect(page).toHaveURL(/\/me$/)
    await expect(page.getByTestId('me-page')).toBeVisible()
    await expect(page.getByTestId('me-name')).not.toBeEmpty()

    // The administrator can browse the organisation read-only on the phone.
    await page.getByTestId('me-users').click()
    await expect(page.getByTestId('mobile-users')).toBeVisible()
    await expect(page.locator('[data-testid="mobile-users"] .van-cell').first()).toBeVisible()
    await page.getByTestId('tab-me').click()

    await page.getByTestId('me-logout').click()
    await expect(page).toHaveURL(/\/login/)
    await expect(page.getByTestId('login-submit')).toBeVisible()
  })
})
