import { expect, test } from '@playwright/test'
import { login, pickClaimable } from './support'

test.describe('mobile: public pool', () => {
  test('rep opens the 公海 tab, claims a customer, releases it with a reason', async ({ page }) => {
    await login(page, 'rep03')
    const { pool, customer } = await pickClaimable(page)

    await page.getByTestId('tab-pool').click()
    await expect(page).toHaveURL(/\/pool/)
    await expect(page.getByTestId('mobile-pool')).toBeVisible()
    await page.locator('[data-testid="mobile-pool-tabs"] .van-tab', { hasText: pool.name }).click()
    const item = page.locator(`[data-testid="mobile-pool-item"][data-id="${customer.id}"]`)
    await expect(item).toBeVisible()
    await item.getByTestId('mobile-claim').click()
    await expect(item).toHaveCount(0)

    // It is now in 客户 (my customers), with its countdown.
    await page.getByTestId('tab-customers').click()
    await expect(page).toHaveURL(/\/customers\/mine/)
    const mine = page.locator(`[data-testid="mobile-customer-item"][data-id="${customer.id}"]`)
    await expect(mine).toBeVisible()
    await expect(mine.getByTestId('customer-countdown')).toContainText('退回公海')
    await mine.click()
    await expect(page.getByTestId('mobile-customer-detail')).toBeVisible()
    await expect(page.getByTestId('customer-title')).toHaveText(customer.name)
    await expect(page.getByTestId('mobile-release')).toBeVisible()

    // Release it again: a reason is required.
    await page.getByTestId('mobile-release').click()
    const dialog = page.locator('.van-dialog', { hasText: '退回公海' })
    await expect(dialog).toBeVisible()
    await dialog.locator('.van-dialog__confirm').click()
    await expect(dialog.locator('.van-field__error-message')).toBeVisible()
    await dialog.getByTestId('mobile-release-reason').locator('textarea').fill('E2E 手机退回：联系不上')
    await dialog.locator('.van-dialog__confirm').click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('mobile-release')).toHaveCount(0)
    await expect(page.getByTestId('mobile-customer-detail')).toContainText(pool.name)
  })
})
