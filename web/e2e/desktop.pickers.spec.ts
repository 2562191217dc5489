import { expect, test } from '@playwright/test'
import { pickColleague } from './pickers-support'
import { apiGet, login, pickOwnCustomer, uniqueSuffix } from './support'

// A rep has no user directory (GET /users needs org.view): the team and @mention pickers must
// find colleagues through the address book, GET /users/lookup.
test.describe('desktop: a rep picks colleagues', () => {
  test('rep01 adds a colleague from another group to a customer’s team, then removes them', async ({ page }) => {
    await login(page, 'rep01')
    const customer = await pickOwnCustomer(page, 4)
    const colleague = await pickColleague(page, customer.id, '罗刚')
    await page.goto(`/customers/${customer.id}?tab=team`)
    const panel = page.getByTestId('team-panel')
    await expect(panel.getByTestId('team-table')).toContainText('马超')

    await panel.getByTestId('team-add').click()
    await panel.getByTestId('team-user').click()
    const lookup = page.waitForResponse((r) => r.url().includes('/api/v1/users/lookup') && r.url().includes('q=') && r.ok())
    await page.keyboard.type(colleague.name)
    await lookup
    const option = page.getByTestId('user-picker-option').filter({ hasText: colleague.name }).first()
    await expect(option).toBeVisible()
    if (colleague.departmentName) await expect(option).toContainText(colleague.departmentName)
    await option.click()
    await panel.getByTestId('team-add-confirm').click()
    const row = panel.locator('.el-table__row', { hasText: colleague.name })
    await expect(row).toContainText('只读')
    // No permission error on the way.
    await expect(page.locator('.el-message--error')).toHaveCount(0)

    await row.getByTestId('team-remove').click()
    await page.locator('.el-message-box').getByRole('button', { name: '移除' }).click()
    await expect(row).toHaveCount(0)
  })

  test('rep01 @mentions a colleague who is not around the customer in its discussion', async ({ page }) => {
    await login(page, 'rep01')
    const customer = await pickOwnCustomer(page, 4)
    const colleague = await pickColleague(page, customer.id, '罗刚')
    await page.goto(`/customers/${customer.id}?tab=discussion`)
    const discussion = page.getByTestId('customer-discussion')
    const box = discussion.getByTestId('mention-textarea')
    const text = `E2E 帮忙看下报价 ${uniqueSuffix()} `
    await box.fill(text)
    await box.press('End')
    await box.pressSequentially(`@${colleague.name.slice(0, 1)}`)
    const option = discussion.getByTestId('mention-option').filter({ hasText: colleague.name }).first()
    await expect(option).toBeVisible()
    await expect(discussion.getByTestId('mention-searching')).toHaveCount(0)
    await option.click()
    await expect(box).toHaveValue(new RegExp(`@${colleague.name} $`))
    await discussion.getByTestId('comment-send').click()

    const message = discussion.getByTestId('discussion-message').filter({ hasText: text.trim() })
    await expect(message.getByTestId('comment-mention')).toHaveText(`@${colleague.name}`)
    const saved = await apiGet<{ items: { text: string; mentions: { id: string }[] }[] }>(page, `/customers/${customer.id}/discussion?limit=20`)
    const mine = saved.items.find((c) => c.text.startsWith(text.trim()))
    expect(mine?.mentions.map((m) => m.id)).toContain(colleague.id)
  })

  test('typing an unknown name says no colleague matches', async ({ page }) => {
    await login(page, 'rep01')
    const customer = await pickOwnCustomer(page, 4)
    await page.goto(`/customers/${customer.id}?tab=discussion`)
    const box = page.getByTestId('customer-discussion').getByTestId('mention-textarea')
    await box.pressSequentially('@查无此人')
    await expect(page.getByTestId('mention-empty')).toHaveText('没有匹配的同事')
  })
})
