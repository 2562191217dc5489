import { expect, test } from '@playwright/test'
import { apiAs } from './approvals-support'
import { allCustomers, countOf, expectMapDrawn, expectMapRow, provinceToMap } from './customer-reports-support'
import { login, uniqueSuffix } from './support'

// 客户分布 地图 on the desktop: a manager adds a customer whose province is typed short ("河北" for
// 河北省) and one whose province is a city ("广州"); on the map view (in the URL) the province's
// count and share (in the map's table) sum both spellings, 广州 is listed under 未识别地区; the
// province opens its cities (its customers' only; a city it does not have under 未识别地区), and
// back returns to the provinces. Expected counts come from the
// test's own reading of GET /customers.

test.describe('desktop: customer map', () => {
  test('a manager maps the customers by province, sees the unrecognised ones and drills into a province', async ({ page, baseURL }) => {
    const manager = await apiAs(baseURL!, 'huabei')
    const { province, city } = provinceToMap(await allCustomers(manager))
    const short = province.slice(0, -1)
    const shortCity = city.slice(0, -1)
    const suffix = uniqueSuffix()
    await manager.post('/customers', { name: `E2E 地图简写 ${suffix}`, province: short, city: shortCity })
    await manager.post('/customers', { name: `E2E 地图城市 ${suffix}`, province: '广州' })
    await manager.post('/customers', { name: `E2E 地图无此城 ${suffix}`, province, city: '无此城' })

    const rows = await allCustomers(manager)
    const inProvince = countOf(rows, (c) => c.province, [province, short])
    const unrecognised = countOf(rows, (c) => c.province, ['广州'])
    // A province's cities are its customers' (both spellings of the province), whatever other
    // provinces' customers name the same city.
    const ofProvince = rows.filter((c) => [province, short].includes(c.province ?? ''))
    const inCity = countOf(ofProvince, (c) => c.city, [city, shortCity])
    expect(inProvince).toBeGreaterThan(countOf(rows, (c) => c.province, [province]))

    await login(page, 'huabei')
    await page.goto('/reports/customers?by=province')
    await expect(page.getByTestId('customer-report-table')).toBeVisible()
    await page.getByTestId('customer-report-view-map').click()
    await expect(page).toHaveURL(/by=province&view=map$/)
    await expectMapDrawn(page, 1366)
    await expectMapRow(page, province, inProvince)
    const share = Math.floor((inProvince * 2000 + rows.length) / (2 * rows.length))
    const shareText = `${Math.floor(share / 10)}.${share % 10}%`
    await expect(page.locator(`[data-testid=customer-report-map-row][data-name="${province}"]`)).toContainText(shareText)
    await expect(page.locator('[data-testid=customer-report-unmatched-item][data-value="广州"]')).toHaveAttribute('data-count', String(unrecognised))
    await expect(page.getByTestId('customer-report-unmatched')).toContainText('未识别地区')

    // A reload keeps the view; the province opens its cities; back returns to the provinces.
    await page.reload()
    await expectMapRow(page, province, inProvince)
    await page.locator(`[data-testid=customer-report-map-row][data-name="${province}"] a`).click()
    await expect(page).toHaveURL(new RegExp(`view=map&province=${encodeURIComponent(province)}$`))
    await expect(page.getByTestId('customer-report-map-level')).toHaveText(province)
    await expectMapDrawn(page, 1366)
    await expectMapRow(page, city, inCity)
    await expect(page.locator('[data-testid=customer-report-unmatched-item][data-value="无此城"]')).toHaveAttribute('data-count', String(countOf(ofProvince, (c) => c.city, ['无此城'])))
    await page.goBack()
    await expect(page).toHaveURL(/by=province&view=map$/)
    await expectMapRow(page, province, inProvince)
    // A municipality's map is of districts, which the report cannot count: said so, not left blank.
    await page.goto(`/reports/customers?by=province&view=map&province=${encodeURIComponent('北京市')}`)
    await expectMapDrawn(page, 1366)
    await expect(page.getByTestId('customer-report-map-districts')).toBeVisible()
    await page.goBack()
    await expect(page).toHaveURL(/by=province&view=map$/)
    await page.getByTestId('customer-report-view-table').click()
    await expect(page).toHaveURL(/by=province$/)
    await expect(page.locator(`[data-testid=customer-report-row][data-value="${short}"]`)).toHaveAttribute('data-count', String(countOf(rows, (c) => c.province, [short])))
  })
})
