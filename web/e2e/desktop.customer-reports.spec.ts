import { expect, test } from '@playwright/test'
import { expectRows, industryToDrill, managerWithHomeCard } from './customer-reports-support'

// 客户分布 and 客户概况 on the desktop (docs/api-targets.md "Customers"): a manager's counts by
// industry equal the test's own count over every page of GET /customers, a row opens the customer
// list filtered by that industry with as many customers, and the home card's total is the same.

test.describe('desktop: customer reports', () => {
  test('a manager sees the customers by industry, drills into one, and the home card agrees', async ({ page, baseURL }) => {
    const { own } = await managerWithHomeCard(page, baseURL!)

    await page.getByText('报表', { exact: true }).click()
    await page.getByTestId('menu-customerReport').click()
    await expect(page).toHaveURL(/\/reports\/customers$/)
    await page.getByTestId('customer-report-by-level').click()
    await expect(page).toHaveURL(/by=level/)
    await expect(page.getByTestId('customer-report-row').first()).toHaveText(/^[A-D] 级$/)
    await page.getByTestId('customer-report-by-industry').click()
    await expect(page).toHaveURL(/\/reports\/customers$/)
    await expect(page.getByTestId('customer-report-asof')).toContainText(`共 ${own.total} 个客户 · 数据截至 `)
    await expect(page.getByTestId('customer-report-bar')).toBeVisible()
    await expect(page.getByTestId('customer-report-pie')).toBeVisible()

    await expectRows(page, own.byIndustry)
    if (own.byIndustry.has('')) await expect(page.locator('[data-testid=customer-report-row][data-value=""]')).toHaveText('未填写')

    const [industry, n] = industryToDrill(own, 20)
    await page.locator(`[data-testid=customer-report-row][data-value="${industry}"]`).click()
    await expect(page).toHaveURL(new RegExp(`/customers\\?industry=${encodeURIComponent(industry)}$`))
    const listed = page.getByTestId('customers-table').locator('tbody tr.el-table__row')
    await expect(listed).toHaveCount(n)
    await expect(page.getByTestId('customers-total')).toHaveText(`本页 ${n} 条`)
    await expect(page.getByTestId('customers-next')).toBeDisabled()
    for (const row of await listed.all()) await expect(row).toContainText(industry)
  })
})
