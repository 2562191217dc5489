import { expect, test } from '@playwright/test'
import { apiGet, apiSend, login, pickOwnCustomer, todayInShanghai, uniqueSuffix } from './support'

// rep03 (朱婷) is in 北京一组, led by bj1.lead (张伟). Each run re-submits the same daily log.
const REP = 'rep03'
const REP_NAME = '朱婷'
const LEAD = 'bj1.lead'
const LEAD_NAME = '张伟'

let summary = ''
let logId = ''

test.describe.serial('mobile: work logs', () => {
  test('a rep writes today’s daily log on the phone from the draft', async ({ page }) => {
    await login(page, REP)
    const customer = await pickOwnCustomer(page)
    await apiSend(page, 'POST', `/customers/${customer.id}/follow-ups`, { text: `E2E 电话回访 ${uniqueSuffix()}`, type: 'call' })
    const draft = await apiGet<{ stats: Record<string, number> }>(page, '/work-logs/draft?kind=daily')
    expect(draft.stats.followUps).toBeGreaterThan(0)

    await page.getByTestId('home-worklogs-entry').click()
    await page.getByTestId('worklog-write-daily').click()
    const editor = page.getByTestId('worklog-editor')
    await expect(editor).toHaveAttribute('data-period', todayInShanghai())
    const followUps = page.getByTestId('worklog-stat-followUps').getByTestId('worklog-stat-value')
    await expect(followUps).toHaveText(String(draft.stats.followUps))
    await expect(page.getByTestId('worklog-stat-paymentAmountFen').getByTestId('worklog-stat-value')).toHaveText(/^¥[\d,]+\.\d\d$/)

    // 周报 covers Monday to Sunday; back to 日报 for today.
    await page.getByTestId('worklog-kind-weekly').click()
    await expect(editor).toHaveAttribute('data-kind', 'weekly')
    const monday = await editor.getAttribute('data-period')
    expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1)
    await expect(page.getByTestId('worklog-period')).toContainText('至')
    // Text typed while the day's draft is still on its way is kept when the draft arrives: the
    // draft's answer is held back until both fields are filled.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/api/v1/work-logs/draft?*', async (route) => {
      await held
      await route.continue()
    })
    await page.getByTestId('worklog-kind-daily').click()
    await expect(editor).toHaveAttribute('data-period', todayInShanghai())
    await expect(editor).toHaveAttribute('data-loaded', 'false')

    summary = `E2E 手机日报：回访两位客户，一位要样品 ${uniqueSuffix()}`
    await page.getByTestId('worklog-summary').locator('textarea').fill(summary)
    await page.getByTestId('worklog-issues').locator('textarea').fill('样品库存不足')
    release()
    await expect(editor).toHaveAttribute('data-loaded', 'true')
    await page.unroute('**/api/v1/work-logs/draft?*')
    await expect(page.getByTestId('worklog-summary').locator('textarea')).toHaveValue(summary)
    await expect(page.getByTestId('worklog-issues').locator('textarea')).toHaveValue('样品库存不足')
    const chosen = page.getByTestId('worklog-customer-chosen').filter({ hasText: customer.name })
    if ((await chosen.count()) === 0) {
      await page.getByTestId('worklog-customer-search').locator('input').fill(customer.name)
      await page.getByTestId('worklog-customer-option').filter({ hasText: customer.name }).first().click()
    }
    await expect(chosen).toHaveCount(1)
    await page.getByTestId('worklog-submit').click()

    // The saved log opens.
    await expect(page).toHaveURL(/\/work-logs\/\d+$/)
    logId = page.url().split('/').pop() ?? ''
    await expect(page.getByTestId('worklog-summary-text')).toHaveText(summary)
    await expect(page.getByTestId('worklog-issues-text')).toHaveText('样品库存不足')
    await expect(page.getByTestId('worklog-customer')).toContainText([customer.name])
    await expect(page.getByTestId('worklog-author')).toHaveText(REP_NAME)
  })

  test('the manager sees who has not submitted, opens the log, likes and comments', async ({ page }) => {
    await login(page, LEAD)
    await page.getByTestId('tab-me').click()
    await page.getByTestId('me-worklogs').click()

    const missing = await apiGet<{ items: { name: string }[] }>(page, '/work-logs/missing')
    const panel = page.getByTestId('worklog-missing')
    await expect(panel).toHaveAttribute('data-loaded', 'true')
    await expect(panel.getByTestId('worklog-missing-person')).toHaveText(missing.items.map((p) => p.name))
    await expect(panel.getByTestId('worklog-missing-person').filter({ hasText: REP_NAME })).toHaveCount(0)

    // Managers start on 团队日志.
    const item = page.locator(`[data-testid="worklog-item"][data-id="${logId}"]`)
    await expect(item).toHaveAttribute('data-author', REP_NAME)
    await expect(item.getByTestId('worklog-item-summary')).toHaveText(summary)
    await item.click()
    await expect(page.getByTestId('worklog-summary-text')).toHaveText(summary)
    await expect(page.getByTestId('worklog-readers').getByTestId('worklog-reader').filter({ hasText: LEAD_NAME })).toHaveCount(1)

    const feed = page.getByTestId('worklog-feed')
    const like = feed.getByTestId('feed-like')
    const liked = (await like.getAttribute('aria-pressed')) === 'true'
    await like.click()
    await expect(like).toHaveAttribute('aria-pressed', liked ? 'false' : 'true')

    await feed.getByTestId('feed-comment').click()
    const comment = `E2E 样品我来协调 ${uniqueSuffix()}`
    await feed.getByTestId('mention-textarea').fill(comment)
    await feed.getByTestId('comment-send').click()
    await expect(feed.getByTestId('feed-comment-item').last()).toContainText(comment)
    // The comment is stored on the log's feed item.
    const detail = await apiGet<{ feedItemId: string }>(page, `/work-logs/${logId}`)
    const comments = await apiGet<{ items: { text: string }[] }>(page, `/feed/${detail.feedItemId}/comments?limit=100`)
    expect(comments.items.map((c) => c.text)).toContain(comment)
  })
})
