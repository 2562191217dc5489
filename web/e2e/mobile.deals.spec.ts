import { expect, test } from '@playwright/test'
import { login } from './support'
import { latestChange, opportunity, repWithFreshOpportunity, stageNamed } from './deals-support'

// Opportunities on a 390×844 phone: 我的商机 by stage (each tab lists only its stage, with the
// count), the kanban scrolling sideways one column at a time, and the advance on one screen.

test.describe('phone: opportunities', () => {
  test('my opportunities by stage: a tab lists its stage only', async ({ page }) => {
    const { process, created } = await repWithFreshOpportunity(page, '商务谈判')
    const talks = stageNamed(process, '商务谈判')

    await page.goto('/')
    await page.getByTestId('home-deals-entry').click()
    await expect(page.getByTestId('mobile-deals')).toBeVisible()
    const tab = page.locator('[data-testid=mobile-deals-stage-tab][data-name=商务谈判]')
    await tab.click()
    await expect(tab).not.toHaveAttribute('data-count', '')
    const count = Number(await tab.getAttribute('data-count'))
    expect(count).toBeGreaterThan(0)
    await page.getByTestId('mobile-deals-search').locator('input').fill(created.name)
    await page.getByTestId('mobile-deals-search').locator('input').press('Enter')
    const items = page.getByTestId('mobile-deal-item')
    await expect(items).toHaveCount(1)
    await expect(items.first()).toHaveAttribute('data-id', created.id)
    await expect(items.first()).toHaveAttribute('data-stage', talks.id)
  })

  test('the kanban scrolls sideways, a column at a time', async ({ page }) => {
    await login(page, 'rep01')
    await page.goto('/opportunities/mine')
    await page.getByTestId('mobile-deals-view').getByText('看板').click()
    const board = page.getByTestId('deal-kanban')
    const columns = board.getByTestId('kanban-column')
    await expect(columns.first()).toBeVisible()
    const viewport = page.viewportSize()!
    const inView = async (i: number) => {
      const box = (await columns.nth(i).boundingBox())!
      return box.x >= 0 && box.x + box.width <= viewport.width
    }
    const last = (await columns.count()) - 1
    expect(last).toBeGreaterThan(1)
    expect(await inView(0)).toBe(true)
    expect(await inView(last)).toBe(false)
    // Wider than the screen, and scrolled by the board itself (the page does not move sideways).
    expect(await board.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
    await columns.nth(last).scrollIntoViewIfNeeded()
    await expect.poll(() => inView(last)).toBe(true)
    expect(await inView(0)).toBe(false)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  })

  test('advance on one screen: refused without the feedback, then done', async ({ page }) => {
    const { needs, budgetKey, deciderKey, created } = await repWithFreshOpportunity(page)

    await page.goto(`/opportunities/${created.id}`)
    await expect(page.getByTestId('deal-title')).toHaveText(created.name)
    await page.getByTestId('mobile-deal-advance').click()
    const sheet = page.getByTestId('mobile-move-sheet')
    await sheet.getByTestId('mobile-move-submit').click()
    await expect(sheet.getByTestId(`mobile-feedback-${budgetKey}`)).toContainText('必填')
    await expect(sheet.getByTestId(`mobile-feedback-${deciderKey}`)).toContainText('必填')
    expect((await opportunity(page, created.id)).stageId).toBe(needs.id)

    await sheet.getByTestId(`mobile-feedback-${budgetKey}`).locator('input').fill('0.1')
    await sheet.getByTestId(`mobile-feedback-${deciderKey}`).locator('textarea').fill('王经理')
    await sheet.getByTestId('mobile-move-submit').click()
    await expect(sheet).toBeHidden()
    const change = await latestChange(page, created.id)
    expect(change.toName).toBe('方案报价')
    expect(change.feedback[budgetKey]).toBe(10)
    expect(change.feedback[deciderKey]).toBe('王经理')
  })
})
