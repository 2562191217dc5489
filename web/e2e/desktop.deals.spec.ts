import { expect, test } from '@playwright/test'
import { login } from './support'
import { latestChange, opportunity, repWithFreshOpportunity, stageNamed } from './deals-support'

// The desktop's opportunity work (docs/api-opportunities.md): a rep cannot advance past 需求确认
// without the feedback it requires, then fills it and sees the move in the history; the kanban
// moves a card by dragging it (directly, or through the move dialog where feedback is required);
// the funnel page draws its chart and a number opens the list behind it.

test.describe('desktop: opportunities', () => {
  test('a rep advances only with the required feedback and sees it in the history', async ({ page }) => {
    const { process, needs, budgetKey, deciderKey, created } = await repWithFreshOpportunity(page)
    const quote = stageNamed(process, '方案报价')

    await page.goto(`/opportunities/${created.id}`)
    await expect(page.getByTestId('deal-title')).toHaveText(created.name)
    await expect(page.getByTestId('deal-current-stage')).toHaveText('需求确认')
    await expect(page.locator('[data-testid=deal-stage-step][data-state=current]')).toHaveAttribute('data-name', '需求确认')

    // Without feedback the dialog refuses: both fields say so and nothing moves.
    await page.getByTestId('deal-advance').click()
    const dialog = page.getByTestId('deal-move-dialog')
    await expect(dialog.locator('[data-testid=deal-move-target].is-active')).toHaveAttribute('data-name', '方案报价')
    await dialog.getByTestId('deal-move-submit').click()
    for (const key of [budgetKey, deciderKey]) {
      await expect(dialog.locator(`[data-testid=deal-feedback-field][data-key=${key}] .el-form-item__error`)).toHaveText('必填')
    }
    await expect(dialog).toBeVisible()
    expect((await opportunity(page, created.id)).stageId).toBe(needs.id)

    // An amount with three decimals is not money.
    await dialog.getByTestId(`deal-feedback-${budgetKey}`).fill('1.234')
    await dialog.getByTestId(`deal-feedback-${deciderKey}`).fill('张总（CTO）')
    await dialog.getByTestId('deal-move-submit').click()
    await expect(dialog.locator(`[data-testid=deal-feedback-field][data-key=${budgetKey}] .el-form-item__error`)).toHaveText('格式不正确')

    await dialog.getByTestId(`deal-feedback-${budgetKey}`).fill('12,345.67')
    await dialog.getByTestId('deal-move-submit').click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('deal-current-stage')).toHaveText('方案报价')

    // The server recorded the move with the money as exact fen and the text as typed.
    const change = await latestChange(page, created.id)
    expect([change.fromName, change.toName]).toEqual(['需求确认', '方案报价'])
    expect(change.feedback[budgetKey]).toBe(1234567)
    expect(change.feedback[deciderKey]).toBe('张总（CTO）')
    expect((await opportunity(page, created.id)).stageId).toBe(quote.id)

    // And the history shows it, newest first, with the labels.
    const top = page.getByTestId('deal-history-entry').first()
    await expect(top.getByTestId('deal-history-title')).toHaveText('需求确认 → 方案报价')
    await expect(top.getByTestId('deal-history-feedback')).toContainText('预算')
    await expect(top.getByTestId('deal-history-feedback')).toContainText('¥12,345.67')
    await expect(top.getByTestId('deal-history-feedback')).toContainText('张总（CTO）')
  })

  test('the kanban moves a card by dragging it, through the move dialog where feedback is required', async ({ page }) => {
    const { process, needs, budgetKey, deciderKey, created } = await repWithFreshOpportunity(page, '初步接洽')
    const first = stageNamed(process, '初步接洽')
    const quote = stageNamed(process, '方案报价')

    await page.goto(`/opportunities/mine?view=kanban&processId=${process.id}`)
    await page.getByTestId('deals-search').fill(created.name)
    const column = (stage: { id: string }) => page.locator(`[data-testid=kanban-column][data-stage="${stage.id}"]`)
    const card = page.locator(`[data-testid=deal-card][data-id="${created.id}"]`)
    await expect(column(first).locator(`[data-testid=deal-card][data-id="${created.id}"]`)).toBeVisible()
    await expect(column(first).getByTestId('kanban-column-sum')).toHaveAttribute('data-count', '1')

    // 初步接洽 requires nothing: the drop moves it at once.
    await card.dragTo(column(needs))
    await expect(column(needs).locator(`[data-testid=deal-card][data-id="${created.id}"]`)).toBeVisible()
    await expect.poll(async () => (await opportunity(page, created.id)).stageId).toBe(needs.id)

    // 需求确认 requires 预算 and 决策人: the drop opens the move dialog with 方案报价 chosen.
    await card.dragTo(column(quote))
    const dialog = page.getByTestId('deal-move-dialog')
    await expect(dialog).toBeVisible()
    await expect(dialog.locator('[data-testid=deal-move-target].is-active')).toHaveAttribute('data-name', '方案报价')
    expect((await opportunity(page, created.id)).stageId).toBe(needs.id)
    await dialog.getByTestId(`deal-feedback-${budgetKey}`).fill('500')
    await dialog.getByTestId(`deal-feedback-${deciderKey}`).fill('李总')
    await dialog.getByTestId('deal-move-submit').click()
    await expect(dialog).toBeHidden()
    await expect(column(quote).locator(`[data-testid=deal-card][data-id="${created.id}"]`)).toBeVisible()
    expect((await opportunity(page, created.id)).stageId).toBe(quote.id)
    expect((await latestChange(page, created.id)).feedback[budgetKey]).toBe(50000)
  })

  test('the funnel draws its chart and a number opens the list behind it', async ({ page }) => {
    await login(page, 'admin')
    await page.getByTestId('menu-dealFunnel').click()
    await expect(page.getByTestId('funnel-page')).toBeVisible()
    await expect(page.getByTestId('funnel-chart').locator('canvas')).toBeVisible()
    const reached = page.locator('[data-testid=funnel-reached][data-stage=初步接洽]')
    await expect(reached).toBeVisible()
    const shown = Number(await reached.textContent())
    expect(shown).toBeGreaterThan(0)
    await reached.click()
    await expect(page).toHaveURL(/\/opportunities\?.*reachedPosition=/)
    await expect(page.getByTestId('deals-page')).toBeVisible()
    // The list behind the number holds exactly that many opportunities.
    await expect(page.getByTestId('deals-total')).toHaveText(`共 ${shown} 条`)
  })
})
