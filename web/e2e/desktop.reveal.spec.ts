import { expect, test } from '@playwright/test'
import { teamCustomerFor } from './reveal-support'
import { apiGet, apiSend, login } from './support'

test.describe('desktop: revealing a masked number', () => {
  test('a team member clicks 显示号码 and sees the number and the contact\'s mobile in clear', async ({ browser, page }) => {
    const { customerId, phone, mobile } = await teamCustomerFor(browser, 'rep01', page)
    await page.goto(`/customers/${customerId}?tab=info`)
    const shown = page.getByTestId('detail-phone')
    await expect(shown).toBeVisible()
    await expect(shown).not.toHaveText(phone)
    await expect(shown).toContainText('*')

    await page.getByTestId('reveal-phone').click()
    await expect(shown).toHaveText(phone)
    await expect(page.getByTestId('reveals-left')).toContainText('今日还可查看')
    await expect(page.getByTestId('reveal-phone')).toHaveCount(0)

    await page.getByRole('tab', { name: /联系人/ }).click()
    await expect(page.getByTestId('contacts-table')).toContainText(mobile)
  })

  test('the admin changes the daily reveal quota on the settings page', async ({ page }) => {
    await login(page)
    // 系统设置 › 通用设置 in the menu.
    await page.getByTestId('menu-generalSettings').click()
    await expect(page).toHaveURL(/\/settings\/general$/)
    const card = page.getByTestId('reveal-settings')
    await expect(card).toBeVisible()
    const input = card.getByTestId('reveal-daily-quota').locator('input')
    const before = (await apiGet<{ dailyQuota: number }>(page, '/settings/reveal')).dailyQuota
    await expect(input).toHaveValue(String(before))
    const next = before === 37 ? 38 : 37
    await input.fill(String(next))
    await input.blur()
    await card.getByTestId('reveal-settings-save').click()
    await expect.poll(async () => (await apiGet<{ dailyQuota: number }>(page, '/settings/reveal')).dailyQuota).toBe(next)
    await page.reload()
    await expect(page.getByTestId('reveal-settings').getByTestId('reveal-daily-quota').locator('input')).toHaveValue(String(next))
  })

  test('over the daily quota: a clear message and the number stays masked', async ({ browser, page }) => {
    const admin = await (await browser.newContext()).newPage()
    await login(admin)
    const before = (await apiGet<{ dailyQuota: number }>(admin, '/settings/reveal')).dailyQuota
    await apiSend(admin, 'PUT', '/settings/reveal', { dailyQuota: 0 })
    try {
      const { customerId, phone } = await teamCustomerFor(browser, 'rep04', page)
      await page.goto(`/customers/${customerId}?tab=info`)
      await page.getByTestId('reveal-phone').click()
      await expect(page.getByText('今日查看号码次数已用完（每人每天 0 次）')).toBeVisible()
      await expect(page.getByTestId('detail-phone')).not.toHaveText(phone)
      await expect(page.getByTestId('reveal-phone')).toBeVisible()
    } finally {
      await apiSend(admin, 'PUT', '/settings/reveal', { dailyQuota: before })
    }
  })
})
