import { expect, test } from '@playwright/test'
import { pickColleague } from './pickers-support'
import { apiGet, login, pickOwnCustomer, uniqueSuffix } from './support'

// The phone versions of the rep's pickers: the 团队 sheet and the @ box in 讨论, both fed by
// the address book (GET /users/lookup), which a rep may search.
test.describe('mobile: a rep picks colleagues', () => {
  test('rep01 adds a colleague to a customer’s team from the phone, then removes them', async ({ page }) => {
    await login(page, 'rep01')
    const customer = await pickOwnCustomer(page, 5)
    const colleague = await pickColleague(page, customer.id, '林雪')
    await page.goto(`/customers/${customer.id}`)
    await expect(page.getByTestId('mobile-customer-detail')).toBeVisible()
    await page.getByRole('tab', { name: '团队' }).click()
    const panel = page.getByTestId('mobile-team-panel')
    await panel.getByTestId('team-add').click()

    const sheet = page.getByTestId('team-add-sheet')
    await expect(sheet.getByTestId('team-candidate').first()).toBeVisible()
    // The owner (rep01 himself) is listed as already on the team, not offered.
    await sheet.getByTestId('team-search').locator('input').fill('马超')
    await expect(sheet.getByTestId('team-candidate').filter({ hasText: '马超' })).toContainText('已在团队')
    await sheet.getByTestId('team-search').locator('input').fill(colleague.name)
    const candidate = sheet.getByTestId('team-candidate').filter({ hasText: colleague.name }).first()
    await expect(candidate).toBeVisible()
    await expect(sheet.getByTestId('team-searching')).toHaveCount(0)
    await candidate.click()
    const member = panel.getByTestId('mobile-team-member').filter({ hasText: colleague.name })
    await expect(member).toContainText('只读')

    await member.getByTestId('team-remove').click()
    await page.locator('.van-dialog').getByRole('button', { name: '移除' }).click()
    await expect(member).toHaveCount(0)
  })

  test('the team sheet says when no colleague matches', async ({ page }) => {
    await login(page, 'rep01')
    const customer = await pickOwnCustomer(page, 5)
    await page.goto(`/customers/${customer.id}`)
    await page.getByRole('tab', { name: '团队' }).click()
    await page.getByTestId('mobile-team-panel').getByTestId('team-add').click()
    const sheet = page.getByTestId('team-add-sheet')
    await sheet.getByTestId('team-search').locator('input').fill('查无此人')
    await expect(sheet.getByTestId('team-no-match')).toContainText('没有找到同事')
  })

  test('rep01 @mentions a colleague in the customer discussion with the @ button', async ({ page }) => {
    await login(page, 'rep01')
    const customer = await pickOwnCustomer(page, 5)
    const colleague = await pickColleague(page, customer.id, '林雪')
    await page.goto(`/customers/${customer.id}`)
    await page.getByRole('tab', { name: '讨论' }).click()
    const discussion = page.getByTestId('customer-discussion')
    const box = discussion.getByTestId('mention-textarea')
    const text = `E2E 手机：这家要一起跟 ${uniqueSuffix()} `
    await box.fill(text)
    await box.press('End')
    await discussion.getByTestId('mention-at').click()
    await box.pressSequentially(colleague.name.slice(0, 1))
    const option = discussion.getByTestId('mention-option').filter({ hasText: colleague.name }).first()
    await expect(option).toBeVisible()
    await option.click()
    await expect(box).toHaveValue(new RegExp(`@${colleague.name} $`))
    await discussion.getByTestId('comment-send').click()

    const message = discussion.getByTestId('discussion-message').filter({ hasText: text.trim() })
    await expect(message.getByTestId('comment-mention')).toHaveText(`@${colleague.name}`)
    const saved = await apiGet<{ items: { text: string; mentions: { id: string }[] }[] }>(page, `/customers/${customer.id}/discussion?limit=20`)
    expect(saved.items.find((c) => c.text.startsWith(text.trim()))?.mentions.map((m) => m.id)).toContain(colleague.id)
  })
})
