import { expect, test } from '@playwright/test'
import { login } from './support'
import { neglectOf, userIdOf } from './visit-neglect-support'

// 客户被拜访统计 on the desktop (docs/api-visits.md "Neglected customers"): a manager reads a rep's
// never-visited and forgotten numbers as the test counts them from the rep's customers and their
// follow-ups, drills into the never-visited ones and opens one; the forgotten threshold lives in
// the URL; a list with nothing in it says so.
test.describe('desktop: customers nobody visits', () => {
  test('bj1.lead sees rep01’s never-visited and forgotten customers and drills down', async ({ page }) => {
    await login(page, 'bj1.lead')
    const rep = await userIdOf(page, 'rep01')
    const want = await neglectOf(page, rep)
    expect(want.never, 'rep01 has customers never visited in the demo').toBeGreaterThan(0)

    await page.getByText('报表', { exact: true }).click()
    await page.getByText('拜访统计').click()
    await expect(page.getByTestId('visit-stats-page')).toBeVisible()
    const row = page.getByTestId('stats-by-user').locator('tr', { has: page.locator(`[data-user-id="${rep}"]`) })
    await expect(row.getByTestId('stats-never')).toHaveText(String(want.never))
    await expect(row.getByTestId('stats-forgotten')).toHaveText(String(want.forgotten))
    await expect(page.getByTestId('stats-total-never')).toHaveText(/^\d+$/)
    await page.getByTestId('stats-by-user').screenshot({ path: test.info().outputPath('visit-stats-by-user.png') })

    await row.getByTestId('stats-never').click()
    await expect(page).toHaveURL(new RegExp(`/visits/neglected\\?kind=never&ownerId=${rep}$`))
    await expect(page.getByTestId('neglected-title')).toContainText('的客户')
    await expect(page.getByTestId('neglected-pager-total')).toHaveText(`共 ${want.never} 条`)
    const first = page.getByTestId('neglected-customer').first()
    const name = await first.innerText()
    await expect(page.getByTestId('neglected-customer')).toHaveCount(Math.min(want.never, 20))
    await page.screenshot({ path: test.info().outputPath('neglected-never.png') })
    // The other tab: the forgotten ones of the same rep.
    await page.getByTestId('neglected-kind').getByText('超过 150 天未拜访').click()
    await expect(page).toHaveURL(/kind=forgotten/)
    await expect(page.getByTestId('neglected-pager-total')).toHaveText(`共 ${want.forgotten} 条`)
    await page.getByTestId('neglected-kind').getByText('从未拜访').click()
    await page.getByTestId('neglected-customer').filter({ hasText: name }).click()
    await expect(page).toHaveURL(/\/customers\/\d+/)
    await expect(page.getByText(name).first()).toBeVisible()
  })

  test('the forgotten threshold is in the URL; nothing forgotten after 3650 days shows the empty state', async ({ page }) => {
    await login(page, 'bj1.lead')
    const rep = await userIdOf(page, 'rep01')
    const want = await neglectOf(page, rep, 10)
    await page.goto('/visits/stats?forgottenDays=10')
    const row = page.getByTestId('stats-by-user').locator('tr', { has: page.locator(`[data-user-id="${rep}"]`) })
    await expect(row.getByTestId('stats-forgotten')).toHaveText(String(want.forgotten))
    await expect(page.getByTestId('stats-forgotten-days').locator('input')).toHaveValue('10')

    const input = page.getByTestId('stats-forgotten-days').locator('input')
    await input.fill('3650')
    await input.press('Enter')
    await expect(page).toHaveURL(/forgottenDays=3650/)
    await expect(page.getByTestId('stats-total-forgotten')).toHaveText('0')
    await page.getByTestId('stats-total-forgotten').click()
    await expect(page).toHaveURL(/\/visits\/neglected\?kind=forgotten&forgottenDays=3650$/)
    await expect(page.getByTestId('neglected-table')).toContainText('没有这样的客户')
    await page.getByTestId('neglected-back').click()
    await expect(page).toHaveURL(/\/visits\/stats\?forgottenDays=3650$/)
  })
})
