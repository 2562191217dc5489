import { expect, test } from '@playwright/test'
import { customerOfNewRep, deletedFollowUp } from './recycle-support'
import { apiGet, apiSend, login } from './support'

test.describe('desktop: 回收站', () => {
  test('the admin deletes a customer, finds it in 回收站 with who deleted it, and restores it to its owner', async ({ page }) => {
    await login(page)
    const c = await customerOfNewRep(page, true)
    await page.goto(`/customers/${c.id}`)
    await page.getByTestId('action-delete').click()
    await page.locator('.el-message-box').getByRole('button', { name: '删除' }).click()
    await expect(page).not.toHaveURL(new RegExp(c.id))

    await page.getByTestId('menu-recycleBin').click()
    await expect(page.getByTestId('recycle-bin-page')).toBeVisible()
    await page.getByTestId('recycle-kind').click()
    await page.getByRole('option', { name: '客户' }).click()
    await page.getByTestId('recycle-search').fill(c.name)
    const table = page.getByTestId('recycle-table')
    await expect(table.getByTestId('recycle-row-title')).toHaveText([c.name])
    const me = await apiGet<{ user: { name: string } }>(page, '/me')
    await expect(table.getByTestId('recycle-row-by')).toHaveText([me.user.name])
    await expect(table.getByTestId('recycle-row-kind')).toHaveText(['客户'])

    await table.getByTestId('recycle-restore').click()
    await page.locator('.el-message-box').getByRole('button', { name: '恢复' }).click()
    await expect(page.getByText('已恢复，客户回到原负责人名下')).toBeVisible()
    await expect(page.getByTestId('recycle-empty')).toBeVisible()

    const back = await apiGet<{ ownerId: string; contacts: { name: string }[] }>(page, `/customers/${c.id}`)
    expect(back.ownerId).toBe(c.ownerId)
    expect(back.contacts.map((x) => x.name)).toEqual(['回收联系人'])
  })

  test('purge asks first and then the record is gone for good', async ({ page }) => {
    await login(page)
    const c = await customerOfNewRep(page)
    await page.goto('/settings/recycle-bin')
    await page.getByTestId('recycle-search').fill(c.name)
    const table = page.getByTestId('recycle-table')
    await expect(table.getByTestId('recycle-row-title')).toHaveText([c.name])
    await table.getByTestId('recycle-purge').click()
    const dialog = page.locator('.el-message-box')
    await expect(dialog).toContainText('彻底删除后无法恢复')
    await dialog.getByRole('button', { name: '取消' }).click()
    await expect(table.getByTestId('recycle-row-title')).toHaveText([c.name])
    await table.getByTestId('recycle-purge').click()
    await page.locator('.el-message-box').getByRole('button', { name: '彻底删除' }).click()
    await expect(page.getByText('已彻底删除')).toBeVisible()
    await expect(page.getByTestId('recycle-empty')).toBeVisible()
    const left = await apiGet<{ items: { id: string }[] }>(page, `/recycle-bin?q=${encodeURIComponent(c.name)}`)
    expect(left.items).toEqual([])
  })

  test('a deleted follow-up is listed with its type, waits for its customer, then comes back on the timeline', async ({ page }) => {
    await login(page)
    const text = `回收跟进旅程${Date.now().toString(36)}`
    const f = await deletedFollowUp(page, text, true)
    await page.goto('/settings/recycle-bin')
    await page.getByTestId('recycle-kind').click()
    await page.getByRole('option', { name: '跟进记录' }).click()
    await page.getByTestId('recycle-search').fill(text)
    const table = page.getByTestId('recycle-table')
    await expect(table.getByTestId('recycle-row-title')).toHaveText([`拜访 · ${text}`])
    await expect(table.getByTestId('recycle-row-kind')).toHaveText(['跟进记录'])
    await expect(table).toContainText(f.customerName)

    await table.getByTestId('recycle-restore').click()
    await page.locator('.el-message-box').getByRole('button', { name: '恢复' }).click()
    await expect(page.getByText('所属客户也在回收站中，请先恢复客户')).toBeVisible()
    await expect(table.getByTestId('recycle-row-title')).toHaveText([`拜访 · ${text}`])

    await apiSend(page, 'POST', `/recycle-bin/customer/${f.customerId}/restore`, {})
    await table.getByTestId('recycle-restore').click()
    await page.locator('.el-message-box').getByRole('button', { name: '恢复' }).click()
    await expect(page.getByText('已恢复', { exact: true })).toBeVisible()
    await expect(page.getByTestId('recycle-empty')).toBeVisible()
    const timeline = await apiGet<{ items: { id: string }[] }>(page, `/customers/${f.customerId}/follow-ups`)
    expect(timeline.items.map((x) => x.id)).toEqual([f.id])
  })
})
