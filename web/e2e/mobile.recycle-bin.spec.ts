import { expect, test } from '@playwright/test'
import { customerOfNewRep, deletedFollowUp } from './recycle-support'
import { apiGet, login } from './support'

test.describe('mobile: 回收站', () => {
  test('the admin opens 回收站 from 我的, finds a deleted customer and restores it', async ({ page }) => {
    await login(page)
    const c = await customerOfNewRep(page)
    await page.goto('/me')
    await page.getByTestId('me-recycle-bin').click()
    await expect(page.getByTestId('mobile-recycle-bin')).toBeVisible()
    const search = page.getByTestId('mobile-recycle-search').locator('input')
    await search.fill(c.name)
    await search.press('Enter')
    const item = page.getByTestId('mobile-recycle-item')
    await expect(item).toHaveCount(1)
    await expect(item).toContainText(c.name)
    await item.getByTestId('mobile-recycle-restore').click()
    await page.locator('.van-dialog').getByRole('button', { name: '恢复' }).click()
    await expect(page.getByText('已恢复，客户回到原负责人名下')).toBeVisible()
    await expect(page.getByTestId('mobile-recycle-empty')).toBeVisible()
    const back = await apiGet<{ ownerId: string }>(page, `/customers/${c.id}`)
    expect(back.ownerId).toBe(c.ownerId)
  })

  test('the 跟进记录 tab lists a deleted follow-up by its type and text', async ({ page }) => {
    await login(page)
    const text = `手机回收跟进${Date.now().toString(36)}`
    await deletedFollowUp(page, text)
    await page.goto('/me')
    await page.getByTestId('me-recycle-bin').click()
    await page.getByTestId('mobile-recycle-kind').getByRole('tab', { name: '跟进记录' }).click()
    const search = page.getByTestId('mobile-recycle-search').locator('input')
    await search.fill(text)
    await search.press('Enter')
    const item = page.getByTestId('mobile-recycle-item')
    await expect(item).toHaveCount(1)
    await expect(item).toContainText(`拜访 · ${text}`)
  })
})
