import { expect, test, type Page } from '@playwright/test'
import { login } from './support'
import { neglectOf, userIdOf } from './visit-neglect-support'

// 客户被拜访统计 on a 390×844 phone: a manager reads a rep's never-visited number as the test
// counts it, opens those customers (an endless list) and one of them; the threshold stepper writes
// the URL; nothing scrolls sideways.
async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
}

test.describe('phone: customers nobody visits', () => {
  test('bj1.lead opens rep01’s never-visited customers from 拜访统计', async ({ page }) => {
    await login(page, 'bj1.lead')
    const rep = await userIdOf(page, 'rep01')
    const want = await neglectOf(page, rep)
    expect(want.never).toBeGreaterThan(0)
    await page.goto('/me')
    await page.getByTestId('me-visit-stats').click()
    await expect(page.getByTestId('mobile-visit-stats')).toBeVisible()
    const card = page.locator(`[data-testid="mobile-stats-rep"][data-user-id="${rep}"]`)
    await expect(card.getByTestId('mobile-rep-never').locator('b')).toHaveText(String(want.never))
    await expect(card.getByTestId('mobile-rep-forgotten').locator('b')).toHaveText(String(want.forgotten))
    await noSidewaysScroll(page)
    await page.screenshot({ path: test.info().outputPath('phone-visit-stats.png') })

    await page.getByTestId('mobile-forgotten-days').locator('.van-stepper__plus').tap()
    await expect(page).toHaveURL(/forgottenDays=180/)
    await page.getByTestId('mobile-forgotten-days').locator('.van-stepper__minus').tap()
    await expect(page).not.toHaveURL(/forgottenDays/)

    await card.getByTestId('mobile-rep-never').tap()
    await expect(page).toHaveURL(new RegExp(`/visits/neglected\\?kind=never&ownerId=${rep}$`))
    await expect(page.getByTestId('mobile-neglected-customer')).toHaveCount(Math.min(want.never, 30))
    await noSidewaysScroll(page)
    await page.screenshot({ path: test.info().outputPath('phone-neglected.png') })
    await page.getByTestId('mobile-neglected-customer').first().tap()
    await expect(page).toHaveURL(/\/customers\/\d+/)
  })
})
