import { expect, test } from '@playwright/test'
import { renameCustomer } from './audit-support'
import { login } from './support'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

test.describe('mobile: 审计日志', () => {
  test('the admin opens 审计日志 from 我的 and sees the entries, an edit with its change', async ({ page }) => {
    await login(page)
    const c = await renameCustomer(page)
    await page.goto('/me')
    await page.getByTestId('me-audit-log').click()
    await expect(page.getByTestId('mobile-audit-log')).toBeVisible()
    const items = page.getByTestId('mobile-audit-item')
    await expect(items.first()).toBeVisible()
    const edit = items.filter({ has: page.locator('[data-action="customer.update"]') }).filter({ hasText: c.after }).first()
    await expect(edit).toContainText('编辑客户')
    await expect(edit.getByTestId('mobile-audit-change').filter({ hasText: '名称' })).toHaveText(new RegExp(`名称\\s*${escape(c.before)}\\s*→\\s*${escape(c.after)}`))
  })
})
