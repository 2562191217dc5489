import { expect, test } from '@playwright/test'
import { login, uniqueSuffix } from './support'
import { adminSession, apiAs, approveTheRest, departmentHead, type ApprovalLite } from './approvals-support'

// The approval inbox on the desktop (docs/api-approvals.md): a rep claims expenses (报销); the head
// of the rep's department finds the claim in 待我审批, cannot reject it without a reason, approves
// it with a comment; once every step has approved, the rep sees it approved under 我发起的.

test.describe('desktop: approvals', () => {
  test('a rep claims expenses, the department head approves, the rep sees it approved', async ({ browser, page, baseURL }) => {
    const admin = await adminSession(baseURL!)
    const rep = await apiAs(baseURL!, 'rep01')
    const head = await departmentHead(admin, rep.user.departmentId)
    const title = `E2E 报销 ${uniqueSuffix()}`

    // The rep fills the claim: 1,234.56 yuan must reach the server as 123456 fen exactly.
    await login(page, 'rep01')
    await page.getByTestId('menu-approvals').click()
    await expect(page.getByTestId('approvals-page')).toBeVisible()
    await page.getByTestId('approvals-new-expense').click()
    await page.getByTestId('request-submit').click()
    await expect(page.locator('.el-form-item.is-error')).toHaveCount(4)
    await page.getByTestId('request-title').fill(title)
    await page.getByTestId('request-category').click()
    await page.getByTestId('request-category-option').filter({ hasText: '差旅' }).click()
    await page.getByTestId('request-amount').fill('1,234.56')
    await page.getByTestId('request-reason').fill('北京客户拜访的差旅费')
    await page.getByTestId('request-submit').click()
    await expect(page.getByTestId('approval-detail')).toBeVisible()
    await expect(page.getByTestId('approval-title')).toHaveText(title)
    const id = new URL(page.url()).pathname.split('/').pop()!
    const submitted = await rep.get<ApprovalLite>(`/approvals/${id}`)
    expect([submitted.subjectType, submitted.amountFen, submitted.status]).toEqual(['expense', 123456, 'pending'])
    // The first step is the head of the rep's own department.
    expect(submitted.waitingOn.map((u) => u.userId)).toContain(head.id)
    await expect(page.getByTestId('approval-status')).toHaveAttribute('data-status', 'pending')
    await expect(page.getByTestId('approval-amount')).toHaveText('¥1,234.56')
    // The applicant may withdraw or comment, not decide.
    await expect(page.getByTestId('approval-withdraw')).toBeVisible()
    await expect(page.getByTestId('approval-approve')).toHaveCount(0)

    // The head (in a browser of their own) sees it waiting in 待我审批, with the menu badge.
    const headContext = await browser.newContext()
    const headPage = await headContext.newPage()
    await login(headPage, head.username)
    await expect(headPage.getByTestId('menu-approvals-badge')).not.toHaveAttribute('data-count', '0')
    await headPage.getByTestId('menu-approvals').click()
    await headPage.getByTestId('approvals-search').fill(title)
    const row = headPage.locator(`[data-testid=approval-link][data-id="${id}"]`)
    await expect(row).toBeVisible()
    await expect(headPage.getByTestId('approval-link')).toHaveCount(1)
    await row.click()
    await expect(headPage.getByTestId('approval-title')).toHaveText(title)
    await expect(headPage.locator('[data-testid=approval-step][data-state=pending]')).toContainText(head.name)

    // 驳回 needs a reason: nothing is sent without one.
    await headPage.getByTestId('approval-reject').click()
    const dialog = headPage.getByTestId('approval-action-dialog')
    await dialog.getByTestId('approval-action-submit').click()
    await expect(dialog.locator('.el-form-item__error')).toHaveText('驳回时请填写理由')
    expect((await rep.get<ApprovalLite>(`/approvals/${id}`)).status).toBe('pending')
    await dialog.getByRole('button', { name: '取消' }).click()
    await expect(dialog).toBeHidden()

    // 同意 with a comment.
    await headPage.getByTestId('approval-approve').click()
    await dialog.getByTestId('approval-action-comment').fill('同意报销')
    await dialog.getByTestId('approval-action-submit').click()
    await expect(dialog).toBeHidden()
    await expect(headPage.locator(`[data-testid=approval-approver][data-name="${head.name}"]`).first()).toHaveAttribute('data-state', 'approved')
    await expect(headPage.getByTestId('approval-approve')).toHaveCount(0)
    await headContext.close()
    const afterHead = await rep.get<ApprovalLite>(`/approvals/${id}`)
    const mine = afterHead.steps.flatMap((s) => s.approvers).find((p) => p.userId === head.id)
    expect([mine?.state, mine?.comment]).toEqual(['approved', '同意报销'])

    // Later steps of the company's flow (if any) approve too; then the rep sees it approved.
    expect((await approveTheRest(baseURL!, admin, rep, id)).status).toBe('approved')
    await page.goto('/approvals?box=mine')
    await page.getByTestId('approvals-search').fill(title)
    await expect(page.locator(`[data-testid=approval-link][data-id="${id}"]`)).toHaveAttribute('data-status', 'approved')
    await page.locator(`[data-testid=approval-link][data-id="${id}"]`).click()
    await expect(page.getByTestId('approval-status')).toHaveAttribute('data-status', 'approved')
    await expect(page.locator('[data-testid=approval-history-entry][data-action=approve]').first()).toContainText('同意报销')
    await expect(page.locator('[data-testid=approval-step][data-kind=end]')).toHaveAttribute('data-state', 'approved')

    await Promise.all([admin.api.dispose(), rep.api.dispose()])
  })

  test('a leave request counts half days as days', async ({ page, baseURL }) => {
    const rep = await apiAs(baseURL!, 'rep01')
    await login(page, 'rep01')
    await page.goto('/approvals/new?type=leave')
    await page.getByTestId('request-start').locator('input').fill('2027-01-04')
    await page.getByTestId('request-start').locator('input').press('Enter')
    await page.getByTestId('request-end').locator('input').fill('2027-01-05')
    await page.getByTestId('request-end').locator('input').press('Enter')
    await expect(page.getByTestId('request-length')).toHaveText('2 天')
    await page.getByTestId('request-length-minus').click()
    await expect(page.getByTestId('request-length')).toHaveText('1.5 天')
    const reason = `E2E 请假 ${uniqueSuffix()}`
    await page.getByTestId('request-reason').fill(reason)
    await page.getByTestId('request-submit').click()
    await expect(page.getByTestId('approval-detail')).toBeVisible()
    await expect(page.getByTestId('request-days')).toHaveText('1.5 天')
    const id = new URL(page.url()).pathname.split('/').pop()!
    const detail = await rep.get<ApprovalLite & { request: { halfDays: number; startDate: string; endDate: string; reason: string } }>(`/approvals/${id}`)
    expect([detail.request.halfDays, detail.request.startDate, detail.request.endDate, detail.request.reason]).toEqual([3, '2027-01-04', '2027-01-05', reason])
    await rep.api.dispose()
  })
})
