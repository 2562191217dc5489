import { expect, test, type Page } from '@playwright/test'
import { adminSession, apiAs } from './approvals-support'
import { login, todayInShanghai } from './support'
import { putTargets } from './targets-support'

// Targets on a 390×844 phone (docs/api-targets.md): a rep with a visit target this month sees it
// as a ring on the home page (target, days left), then 我的 → 目标达成 and 排行榜, none of which
// scrolls sideways.

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
}

test.describe('phone: targets', () => {
  test('a rep sees this month’s target as a ring, then the attainment and the ranking', async ({ page, baseURL }) => {
    const admin = await adminSession(baseURL!)
    const rep = await apiAs(baseURL!, 'rep01')
    const today = todayInShanghai()
    const [y, m, d] = today.split('-').map(Number)
    const monthDays = new Date(Date.UTC(y, m, 0)).getUTCDate()
    await putTargets(admin, 'visits', [{ period: today.slice(0, 7), assigneeType: 'user', assigneeId: rep.user.id, value: 400 }])

    await login(page, 'rep01')
    await page.goto('/')
    const card = page.locator('[data-testid=home-target][data-metric=visits]')
    await expect(card.getByTestId('target-ring')).toBeVisible()
    await expect(card.getByTestId('home-target-numbers')).toContainText('/ 400')
    await expect(card.getByTestId('home-target-days')).toHaveText(`剩余 ${monthDays - d + 1} 天`)
    await noSidewaysScroll(page)

    await page.goto('/me')
    await page.getByTestId('me-attainment').click()
    await expect(page.getByTestId('mobile-attainment')).toBeVisible()
    await page.getByTestId('metric-visits').click()
    await expect(page).toHaveURL(/metric=visits/)
    await expect(page.locator('[data-testid=mobile-attainment-row][data-name=马超]')).toBeVisible()
    await noSidewaysScroll(page)

    await page.goto('/me')
    await page.getByTestId('me-ranking').click()
    await expect(page.getByTestId('mobile-report-ranking')).toBeVisible()
    await page.getByTestId('preset-thisYear').click()
    await expect(page).toHaveURL(/preset=thisYear/)
    await expect(page.locator('[data-testid=mobile-ranking-row][data-name=马超]')).toBeVisible()
    await noSidewaysScroll(page)
  })
})
