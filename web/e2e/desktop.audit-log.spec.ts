import { expect, test, type Page } from '@playwright/test'
import { renameCustomer } from './audit-support'
import { login, todayInShanghai } from './support'

/** The table row of the newest entry with this action about this object. */
function rowOf(page: Page, action: string, objectId: string) {
  return page
    .getByTestId('audit-table')
    .locator('.el-table__row')
    .filter({ has: page.locator(`[data-action="${action}"]`) })
    .filter({ has: page.locator(`[data-testid="audit-row-object"][title="#${objectId}"]`) })
    .first()
}

test.describe('desktop: 审计日志', () => {
  test('the admin renames a customer and finds the edit in 审计日志, before → after; the filters survive a reload', async ({ page }) => {
    await login(page)
    const c = await renameCustomer(page)
    const today = todayInShanghai()

    await page.getByTestId('menu-auditLog').click()
    await expect(page.getByTestId('audit-log-page')).toBeVisible()
    await page.getByTestId('audit-filter-object-type').click()
    await page.getByRole('option', { name: '客户', exact: true }).click()
    await expect(page).toHaveURL(/objectType=customer/)
    await page.getByTestId('audit-filter-period').locator('input').first().click()
    const todayCell = page.locator('.el-date-range-picker td.today').first()
    await todayCell.click()
    await todayCell.click()
    await expect(page).toHaveURL(new RegExp(`from=${today}&to=${today}`))

    const row = rowOf(page, 'customer.update', c.id)
    await expect(row).toBeVisible()
    await expect(row.getByTestId('audit-row-action')).toHaveText('编辑客户')
    await expect(row.getByTestId('audit-row-time')).toContainText(today)
    await expect(row.getByTestId('audit-row-client')).toHaveText(/\S/)
    await row.locator('.el-table__expand-icon').click()
    const change = page.getByTestId('audit-changes').locator('.el-table__row').filter({ has: page.getByTestId('audit-change-field').filter({ hasText: /^名称$/ }) })
    await expect(change.getByTestId('audit-change-before')).toHaveText(c.before)
    await expect(change.getByTestId('audit-change-after')).toHaveText(c.after)

    await page.reload()
    await expect(page).toHaveURL(new RegExp(`objectType=customer.*from=${today}&to=${today}`))
    await expect(page.getByTestId('audit-filter-object-type')).toContainText('客户')
    await expect(page.locator('.el-range-input').first()).toHaveValue(today)
    await expect(rowOf(page, 'customer.update', c.id)).toBeVisible()
  })

  test('操作记录 on the customer page opens the customer’s entries, and 导出 makes a file of them', async ({ page }) => {
    await login(page)
    const c = await renameCustomer(page)
    await page.goto(`/customers/${c.id}`)
    await page.getByTestId('action-audit-log').click()
    await expect(page).toHaveURL(new RegExp(`/settings/audit\\?.*objectId=${c.id}`))
    await expect(page.getByTestId('audit-object-filter')).toContainText(c.id)
    await expect(rowOf(page, 'customer.update', c.id)).toBeVisible()
    const objects = page.getByTestId('audit-table').getByTestId('audit-row-object')
    // Every row is this customer's, named by its name now.
    for (const text of await objects.allTextContents()) expect(text).toBe(c.after)
    for (const title of await objects.evaluateAll((els) => els.map((e) => e.getAttribute('title')))) expect(title).toBe(`#${c.id}`)

    await page.getByTestId('audit-export').click()
    const dialog = page.getByTestId('export-dialog')
    await expect(dialog.getByTestId('export-status')).toHaveText('已完成', { timeout: 30_000 })
    const download = dialog.getByTestId('export-download')
    const file = await page.request.get((await download.getAttribute('href'))!)
    expect(file.status()).toBe(200)
    expect((await file.body()).subarray(0, 2).toString()).toBe('PK')
  })

  test('a manager (org.view, scope of a department tree) sees the server’s refusal as the empty state', async ({ page }) => {
    await login(page, 'bj1.lead')
    await page.getByTestId('menu-auditLog').click()
    const refusal = page.getByTestId('audit-forbidden')
    await expect(refusal).toContainText('您没有执行此操作的权限')
    await expect(refusal).toContainText('需要全公司的数据范围')
    await expect(page.getByTestId('audit-table')).toHaveCount(0)
    await expect(page.getByTestId('audit-export')).toHaveCount(0)
  })

  test('a user without org.view has no 审计日志 in the menu and cannot open it', async ({ page }) => {
    await login(page, 'rep01')
    await expect(page.getByTestId('side-menu')).toBeVisible()
    await expect(page.getByTestId('menu-myCustomers')).toBeVisible()
    await expect(page.getByTestId('menu-auditLog')).toHaveCount(0)
    await page.goto('/settings/audit')
    await expect(page).toHaveURL(/\/forbidden/)
  })
})
