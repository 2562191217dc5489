import { expect, test } from '@playwright/test'
import { apiGet, apiSend, login, pickClaimable } from './support'

test.describe('desktop: customers and the public pool', () => {
  test('rep claims from 公海, sees the countdown, releases it back with a reason', async ({ page }) => {
    await login(page, 'rep01')
    const { pool, customer } = await pickClaimable(page)

    // 公海: the pool tab, the customer's row, 领取.
    await page.getByTestId('menu-pool').click()
    await expect(page).toHaveURL(/\/pool/)
    await page.getByTestId(`pool-tab-${pool.id}`).click()
    await page.getByTestId('pool-search').fill(customer.name)
    const claim = page.locator(`[data-testid="pool-claim"][data-id="${customer.id}"]`)
    await expect(claim).toBeVisible()
    await claim.click()
    await expect(claim).toHaveCount(0)

    // 我的客户: the customer with its reclaim countdown.
    await page.getByTestId('menu-myCustomers').click()
    await expect(page).toHaveURL(/\/customers\/mine/)
    await page.getByTestId('customers-search').fill(customer.name)
    const link = page.locator(`[data-testid="customer-link"][data-id="${customer.id}"]`)
    await expect(link).toBeVisible()
    const row = page.locator('[data-testid="customers-table"] .el-table__row', { has: link })
    await expect(row.getByTestId('customer-countdown')).toContainText('退回公海')
    await expect(row.getByTestId('customer-countdown')).toContainText(pool.name)

    // A deep link with ?q= opens the list already searched.
    await page.goto(`/customers/mine?q=${encodeURIComponent(customer.name)}`)
    await expect(page.getByTestId('customers-search')).toHaveValue(customer.name)
    await expect(link).toBeVisible()
    await expect(page.locator('[data-testid="customers-table"] .el-table__row')).toHaveCount(1)

    // Detail: countdown and governing rule; release needs a reason.
    await link.click()
    await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}$`))
    await expect(page.getByTestId('customer-title')).toHaveText(customer.name)
    await expect(page.getByTestId('customer-countdown')).toContainText('天')
    await expect(page.getByTestId('customer-governing')).toContainText(pool.name)
    await page.getByTestId('action-release').click()
    const dialog = page.getByTestId('release-dialog')
    await expect(dialog).toBeVisible()
    await dialog.getByTestId('release-submit').click()
    await expect(dialog.locator('.el-form-item__error')).toBeVisible()
    const reason = `E2E 退回：客户暂无采购计划 ${Date.now()}`
    await dialog.getByTestId('release-reason').fill(reason)
    await dialog.getByTestId('release-submit').click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('customer-owner-line')).toContainText(pool.name)
    await expect(page.getByTestId('action-release')).toHaveCount(0)

    // Owner history keeps the reason.
    await page.getByRole('tab', { name: '负责人历史' }).click()
    await expect(page.getByTestId('owner-history')).toContainText(reason)

    // Back in the pool.
    await page.getByTestId('menu-pool').click()
    await page.getByTestId(`pool-tab-${pool.id}`).click()
    await page.getByTestId('pool-search').fill(customer.name)
    await expect(page.locator(`[data-testid="pool-customer-link"][data-id="${customer.id}"]`)).toBeVisible()
  })

  test('rep: 公海 disables 领取 with the end date while their cooldown on a customer lasts', async ({ page }) => {
    await login(page, 'rep07')
    const { pool, customer } = await pickClaimable(page)
    const rules = (await apiGet<{ items: { id: string; rules: { cooldownDays: number } }[] }>(page, '/pools')).items.find((p) => p.id === pool.id)!.rules
    expect(rules.cooldownDays).toBeGreaterThan(0)
    await apiSend(page, 'POST', `/customers/${customer.id}/claim`, {})
    await apiSend(page, 'POST', `/customers/${customer.id}/release`, { reason: 'E2E 冷却期（桌面）' })
    const until = new Date(Date.now() + 8 * 3600_000 + rules.cooldownDays * 86_400_000).toISOString().slice(0, 10)

    await page.getByTestId('menu-pool').click()
    await page.getByTestId(`pool-tab-${pool.id}`).click()
    await page.getByTestId('pool-search').fill(customer.name)
    const claim = page.locator(`[data-testid="pool-claim"][data-id="${customer.id}"]`)
    await expect(claim).toBeVisible()
    await expect(claim).toBeDisabled()
    await expect(page.locator(`[data-testid="pool-claim-cooldown"][data-id="${customer.id}"]`)).toHaveText(`冷却中，${until} 起可领取`)
  })

  test('admin: a new customer with an existing name shows the masked conflict and cannot be saved', async ({ page }) => {
    await login(page)
    const existing = await apiGet<{ items: { id: string; name: string; ownerId: string | null }[] }>(
      page,
      '/customers?limit=5&sort=-updatedAt',
    )
    const target = existing.items.find((c) => c.ownerId) ?? existing.items[0]
    expect(target, 'the demo company has customers').toBeTruthy()

    await page.getByTestId('menu-customers').click()
    await expect(page).toHaveURL(/\/customers$/)
    await page.getByTestId('customers-create').click()
    const dialog = page.getByTestId('customer-dialog')
    await expect(dialog).toBeVisible()
    await dialog.getByTestId('customer-name').fill(target.name)
    const alert = dialog.getByTestId('conflict-alert')
    await expect(alert).toBeVisible()
    await expect(alert).toContainText('已存在：')
    await expect(alert).toContainText('名称相同')
    await expect(dialog.getByTestId('customer-save')).toBeDisabled()

    // A name that matches nothing clears the block.
    await dialog.getByTestId('customer-name').fill(`E2E不重复客户${Date.now()}`)
    await expect(alert).toBeHidden()
    await expect(dialog.getByTestId('customer-save')).toBeEnabled()
  })

  test('admin: saves pool rules as a new version and previews the next sweep', async ({ page }) => {
    await login(page)
    const pools = await apiGet<{ items: { id: string; name: string; ruleVersion: number }[] }>(page, '/pools')
    const pool = pools.items[0]

    await page.getByTestId('menu-poolSettings').click()
    await expect(page).toHaveURL(/\/pool\/settings/)
    await page.locator(`[data-testid="pool-item"][data-name="${pool.name}"]`).click()
    await expect(page.getByTestId('pool-selected-name')).toHaveText(pool.name)
    const editor = page.getByTestId('rules-editor')
    const levelA = editor.getByTestId('rule-noFollowUp-level-A').locator('input')
    const days = 5 + (Date.now() % 9)
    await levelA.fill(String(days))
    await levelA.press('Tab')
    await editor.getByTestId('rules-save').click()
    await expect(page.locator('.el-message--success')).toContainText(`版本 ${pool.ruleVersion + 1}`)

    await page.getByRole('tab', { name: '版本历史' }).click()
    const versions = page.getByTestId('rule-versions')
    await expect(versions).toContainText(`v${pool.ruleVersion + 1}`)
    await expect(versions).toContainText('当前')

    const saved = await apiGet<{ items: { version: number; rules: { noFollowUp: { daysByLevel: Record<string, number> } } }[] }>(
      page,
      `/pools/${pool.id}/rules`,
    )
    expect(saved.items[0].rules.noFollowUp.daysByLevel.A).toBe(days)

    await page.getByRole('tab', { name: '回收预览' }).click()
    await expect(page.getByTestId('preview-total')).toBeVisible()
    await expect(page.getByTestId('preview-rule-no_follow_up')).toBeVisible()
  })
})
