import { expect, test } from '@playwright/test'
import { login } from './support'
import { apiAs, type ApiSession, type ApprovalLite } from './approvals-support'

// A manager approves a contract from the phone (docs/api-approvals.md): the 我的 tab carries the
// 审批 badge, the "me" page leads to 待我审批, the contract opens with its steps, and 同意 in the
// bottom bar (comment in a popup) decides this manager's part.

const MANAGERS = ['bj1.lead', 'huabei', 'sh1.lead', 'huadong']

interface ListLite {
  items: { id: string; title: string }[]
}

/** A demo manager with a contract approval waiting on them, chosen from what the API returns. */
async function managerWithPendingContract(baseURL: string): Promise<{ manager: ApiSession; approval: ApprovalLite }> {
  for (const username of MANAGERS) {
    const manager = await apiAs(baseURL, username)
    const pending = await manager.get<ListLite>('/approvals?box=pending&subjectType=contract&limit=20')
    if (pending.items.length > 0) return { manager, approval: await manager.get<ApprovalLite>(`/approvals/${pending.items[0].id}`) }
    await manager.api.dispose()
  }
  throw new Error(`none of ${MANAGERS.join(', ')} has a pending contract approval`)
}

test.describe('phone: approvals', () => {
  test('a manager approves a pending contract from the phone inbox', async ({ page, baseURL }) => {
    const { manager, approval } = await managerWithPendingContract(baseURL!)
    const me = manager.user
    const step = approval.steps[approval.currentStep!]
    // What approving should do, derived from the steps before acting: the last step ends the
    // approval when one approval is enough (或签) or this manager is the last one pending (会签).
    const othersPending = step.approvers.filter((p) => p.userId !== me.id && (p.state === 'pending' || p.state === 'waiting')).length
    const ends = approval.currentStep === approval.steps.length - 1 && (step.mode === 'any' || othersPending === 0)
    const before = (await manager.get<{ pending: number }>('/approvals/counts')).pending
    expect(before).toBeGreaterThan(0)

    await login(page, me.username)
    await expect(page.getByTestId('tab-me')).toHaveAttribute('data-badge', String(before))
    await page.getByTestId('tab-me').click()
    await page.getByTestId('me-approvals').click()
    await expect(page.getByTestId('mobile-approvals')).toBeVisible()
    await page.getByTestId('mobile-approvals-search').locator('input').fill(approval.title)
    await page.getByTestId('mobile-approvals-search').locator('input').press('Enter')
    const item = page.locator(`[data-testid=mobile-approval-item][data-id="${approval.id}"]`)
    await expect(item).toHaveAttribute('data-type', 'contract')
    await item.click()

    await expect(page.getByTestId('mobile-approval-detail')).toBeVisible()
    await expect(page.getByTestId('approval-title')).toHaveText(approval.title)
    await expect(page.locator('[data-testid=approval-step][data-kind=step]')).toHaveCount(approval.steps.length)
    await expect(page.getByTestId('approval-subject-link')).toBeVisible()
    const bar = page.getByTestId('mobile-approval-bar')
    await expect(bar.getByTestId('mobile-approval-approve')).toBeVisible()
    await expect(bar.getByTestId('mobile-approval-reject')).toBeVisible()
    await expect(bar.getByTestId('mobile-approval-return')).toBeVisible()

    // 退回 without a reason is refused on the spot.
    await bar.getByTestId('mobile-approval-return').click()
    const popup = page.getByTestId('mobile-approval-popup')
    await popup.getByTestId('mobile-approval-confirm').click()
    await expect(popup).toContainText('退回时请填写理由')
    await popup.locator('.van-popup__close-icon').click()
    await expect(popup).toBeHidden()

    await bar.getByTestId('mobile-approval-approve').click()
    await popup.getByTestId('mobile-approval-comment').locator('textarea').fill('手机上同意')
    await popup.getByTestId('mobile-approval-confirm').click()
    await expect(popup).toBeHidden()
    await expect(bar).toBeHidden()
    await expect(page.locator(`[data-testid=approval-approver][data-name="${me.name}"]`).first()).toHaveAttribute('data-state', 'approved')
    await expect(page.getByTestId('approval-status')).toHaveAttribute('data-status', ends ? 'approved' : 'pending')

    const after = await manager.get<ApprovalLite>(`/approvals/${approval.id}`)
    const mine = after.steps[approval.currentStep!].approvers.find((p) => p.userId === me.id)
    expect([mine?.state, mine?.comment]).toEqual(['approved', '手机上同意'])
    expect(after.status).toBe(ends ? 'approved' : 'pending')
    if (ends) expect((await manager.get<{ status: string }>(`/contracts/${approval.subjectId}`)).status).toBe('active')
    // It left the manager's inbox and the badge.
    const pending = await manager.get<ListLite>('/approvals?box=pending&subjectType=contract&limit=200')
    expect(pending.items.map((i) => i.id)).not.toContain(approval.id)
    await page.goto('/approvals')
    await expect(page.getByTestId('tab-me')).toHaveAttribute('data-badge', String(before - 1))
    await manager.api.dispose()
  })
})
