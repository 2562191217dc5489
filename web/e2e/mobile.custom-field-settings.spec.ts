import { expect, test } from '@playwright/test'
import { apiSend, login, uniqueSuffix } from './support'

test.describe('mobile: 自定义字段', () => {
  test('the admin opens 自定义字段 from 我的, sees the fields, adds a select field and edits one', async ({ page }) => {
    await login(page)
    const existing = `房间数${uniqueSuffix()}`
    await apiSend(page, 'POST', '/custom-fields', { object: 'customer', label: existing, type: 'number', required: true })

    await page.goto('/me')
    await page.getByTestId('me-custom-fields').click()
    await expect(page).toHaveURL(/\/settings\/custom-fields/)
    await expect(page.getByTestId('mobile-custom-fields')).toBeVisible()
    await expect(page.getByTestId('mobile-cf-desktop-note')).toHaveText('表单布局请在电脑上设置')
    const item = page.getByTestId('mobile-cf-item').filter({ hasText: existing })
    await expect(item).toContainText('数字')
    await expect(item.getByTestId('mobile-cf-required')).toHaveText('必填')

    // 新增字段: a select with options.
    const label = `客户等级${uniqueSuffix()}`
    await page.getByTestId('mobile-cf-create').click()
    const sheet = page.getByTestId('mobile-cf-sheet')
    await expect(sheet).toContainText('新增字段')
    await sheet.getByTestId('mobile-cf-label').locator('input').fill(label)
    await sheet.getByTestId('mobile-cf-type-select').click()
    await sheet.getByTestId('mobile-cf-save').click()
    await expect(sheet.getByTestId('mobile-cf-options-error')).toHaveText('请至少添加一个选项')
    await sheet.getByTestId('mobile-cf-option').nth(0).locator('input').fill('A 级')
    await sheet.getByTestId('mobile-cf-option').nth(1).locator('input').fill('B 级')
    await sheet.getByTestId('mobile-cf-save').click()
    await expect(sheet).toBeHidden()
    const added = page.getByTestId('mobile-cf-item').filter({ hasText: label })
    await expect(added).toContainText('单选 · A 级、B 级')
    await expect(added.getByTestId('mobile-cf-required')).toHaveCount(0)

    // Tapping it: one more option, and required.
    await added.click()
    await expect(sheet).toContainText('编辑字段')
    await expect(sheet).toContainText('类型：单选（创建后不能修改）')
    await sheet.getByTestId('mobile-cf-option-add').click()
    await sheet.getByTestId('mobile-cf-option').nth(2).locator('input').fill('C 级')
    await sheet.getByTestId('mobile-cf-required-switch').click()
    await sheet.getByTestId('mobile-cf-save').click()
    await expect(sheet).toBeHidden()
    await expect(added).toContainText('单选 · A 级、B 级、C 级')
    await expect(added.getByTestId('mobile-cf-required')).toHaveText('必填')
  })
})
