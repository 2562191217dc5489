import { expect, test, type Page } from '@playwright/test'
import { expectRows, industryToDrill, managerWithHomeCard } from './customer-reports-support'

// 客户概况 and 客户分布 on a 390×844 phone (docs/api-targets.md "Customers"): the home card shows the
// manager's total as the test counts it, 我的 → 客户分布 by industry gives the same counts, a row
// opens the customer list of that industry; nothing scrolls sideways.

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
}

test.describe('phone: customer reports', () => {
  test('a manager sees the customer card, the distribution by industry and one industry’s customers', async ({ page, baseURL }) => {
    const { manager, own } = await managerWithHomeCard(page, baseURL!)
    await noSidewaysScroll(page)

    await page.goto('/me')
    await page.getByTestId('me-customer-report').click()
    await expect(page.getByTestId('mobile-report-customers')).toBeVisible()
    await page.getByTestId('customer-report-by-city').click()
    await expect(page).toHaveURL(/by=city/)
    await page.getByTestId('customer-report-by-industry').click()
    await expect(page).toHaveURL(/\/reports\/customers$/)
    await expectRows(page, own.byIndustry)
    await noSidewaysScroll(page)

    // One team (a department without sub-departments): its members' customers only.
    const departments = await manager.get<{ items: { id: string; name: string; parentId: string | null }[] }>('/departments')
    const team = departments.items.find((d) => d.name === '北京一组')!
    expect(departments.items.some((d) => d.parentId === team.id), '北京一组 has no sub-departments').toBe(false)
    const teamCount = own.byOwnerDepartment.get('北京一组') ?? 0
    expect(teamCount).toBeGreaterThan(0)
    expect(teamCount).toBeLessThan(own.total)
    await page.getByTestId('customer-report-department').locator('.van-dropdown-menu__item').click()
    await page.locator('.van-dropdown-item__option').filter({ hasText: '北京一组' }).click()
    await expect(page).toHaveURL(new RegExp(`departmentId=${team.id}`))
    await expect(page.getByTestId('mobile-report-customers')).toContainText(`共 ${teamCount} 个客户`)
    await page.getByTestId('mobile-report-up').click()
    await expect(page).toHaveURL(/\/reports\/customers$/)
    await expect(page.getByTestId('mobile-report-customers')).toContainText(`共 ${own.total} 个客户`)

    const [industry, n] = industryToDrill(own, 20)
    await page.locator(`[data-testid=customer-report-row][data-value="${industry}"]`).click()
    await expect(page).toHaveURL(new RegExp(`/customers\\?industry=${encodeURIComponent(industry)}$`))
    await expect(page.getByTestId('mobile-customers-filters')).toContainText(`行业：${industry}`)
    await expect(page.getByTestId('mobile-customer-item')).toHaveCount(n)
    await expect(page.getByText('没有更多了')).toBeVisible()
    await noSidewaysScroll(page)
  })
})
