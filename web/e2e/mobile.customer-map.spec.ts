import { expect, test } from '@playwright/test'
import { apiAs } from './approvals-support'
import { allCustomers, countOf, expectMapDrawn, expectMapRow, provinceToMap } from './customer-reports-support'
import { login } from './support'

// 客户分布 地图 on a 390×844 phone: 我的 → 客户分布 → 省份 → 地图 (in the URL) draws the map within
// the screen, the province's count sums its full and short spellings as the test counts them from
// GET /customers, a province opens its cities; nothing scrolls sideways.

test.describe('phone: customer map', () => {
  test('a manager sees the province map and one province’s cities on a phone', async ({ page, baseURL }) => {
    const manager = await apiAs(baseURL!, 'huabei')
    const rows = await allCustomers(manager)
    const { province, city } = provinceToMap(rows)
    const inProvince = countOf(rows, (c) => c.province, [province, province.slice(0, -1)])
    const inCity = countOf(rows.filter((c) => [province, province.slice(0, -1)].includes(c.province ?? '')), (c) => c.city, [city, city.slice(0, -1)])

    await login(page, 'huabei')
    await page.goto('/me')
    await page.getByTestId('me-customer-report').click()
    await page.getByTestId('customer-report-by-province').click()
    await page.getByTestId('customer-report-view-map').click()
    await expect(page).toHaveURL(/by=province&view=map$/)
    await expectMapDrawn(page, 390)
    await expectMapRow(page, province, inProvince)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)

    await page.locator(`[data-testid=customer-report-map-row][data-name="${province}"] a`).click()
    await expect(page).toHaveURL(new RegExp(`province=${encodeURIComponent(province)}$`))
    await expectMapDrawn(page, 390)
    await expectMapRow(page, city, inCity)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  })
})
