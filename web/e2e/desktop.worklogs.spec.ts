import { expect, test, type Page } from '@playwright/test'
import { apiGet, apiSend, login, pickOwnCustomer, todayInShanghai, uniqueSuffix } from './support'

// rep02 (胡军) is in 北京一组, led by bj1.lead (张伟). Each run re-submits the same daily log
// (one per person and day), so every step asserts what this run wrote.
interface WorkLogLite {
  id: string
  authorName: string
  summary: string
  periodStart: string
  stats: Record<string, number>
  customers: { id: string; name: string }[]
  readers: { id: string; name: string }[]
  readCount: number
  feedItemId: string
}

const REP = 'rep02'
const REP_NAME = '胡军'
const LEAD = 'bj1.lead'
const LEAD_NAME = '张伟'

let summary = ''
let logId = ''

async function statValue(page: Page, key: string): Promise<string> {
  return (await page.getByTestId(`worklog-stat-${key}`).getByTestId('worklog-stat-value').textContent())?.trim() ?? ''
}

test.describe.serial('desktop: work logs', () => {
  test('a rep writes today’s daily log from the draft, with a linked customer', async ({ page }) => {
    await login(page, REP)
    // Something to count: a visit follow-up today.
    const customer = await pickOwnCustomer(page)
    await apiSend(page, 'POST', `/customers/${customer.id}/follow-ups`, { text: `E2E 拜访 ${uniqueSuffix()}`, type: 'visit' })
    const draft = await apiGet<WorkLogLite>(page, '/work-logs/draft?kind=daily')
    expect(draft.stats.followUps).toBeGreaterThan(0)
    expect(draft.stats.visits).toBeGreaterThan(0)

    await page.getByTestId('menu-workLogs').click()
    const editor = page.getByTestId('worklog-editor')
    await expect(editor).toHaveAttribute('data-kind', 'daily')
    await expect(editor).toHaveAttribute('data-period', todayInShanghai())
    await expect(page.getByTestId('worklog-period')).toContainText(todayInShanghai())
    // The server's statistics are the draft; money reads in yuan.
    await expect.poll(() => statValue(page, 'followUps')).toBe(String(draft.stats.followUps))
    expect(await statValue(page, 'visits')).toBe(String(draft.stats.visits))
    expect(await statValue(page, 'contractAmountFen')).toMatch(/^¥[\d,]+\.\d\d$/)
    // Today's period cannot move forward into the future.
    await expect(page.getByTestId('worklog-next')).toBeDisabled()

    // Submitting without a summary is stopped on the form.
    await page.getByTestId('worklog-summary').fill('')
    await page.getByTestId('worklog-submit').click()
    await expect(page.getByText('请填写工作总结')).toBeVisible()

    summary = `E2E 今日拜访一家客户，推进报价 ${uniqueSuffix()}`
    await page.getByTestId('worklog-summary').fill(summary)
    await page.getByTestId('worklog-plan').fill('明天跟进报价反馈')
    await page.getByTestId('worklog-customers').click()
    await page.keyboard.type(customer.name)
    const option = page.getByRole('option', { name: customer.name, exact: true })
    await expect(option).toBeVisible()
    // An earlier run may have linked it already (the same log is updated); a click would unlink it.
    if (!(await option.getAttribute('class'))?.includes('is-selected')) await option.click()
    await page.keyboard.press('Escape')
    await page.getByTestId('worklog-submit').click()
    await expect(page.getByTestId('worklog-status')).toContainText('已于')
    await expect(page.getByTestId('worklog-submit')).toHaveText('更新')

    // Saved as written, with the customer and the day's statistics.
    const mine = await apiGet<{ items: WorkLogLite[] }>(page, '/work-logs?kind=daily&limit=5')
    const saved = mine.items.find((l) => l.periodStart === todayInShanghai())
    expect(saved?.summary).toBe(summary)
    expect(saved?.customers.map((c) => c.id)).toContain(customer.id)
    expect(saved?.stats.followUps).toBeGreaterThanOrEqual(draft.stats.followUps)
    logId = saved!.id

    // 我的日志 lists it first.
    await page.getByRole('tab', { name: '我的日志' }).click()
    const first = page.getByTestId('worklog-item').first()
    await expect(first).toHaveAttribute('data-id', logId)
    await expect(first.getByTestId('worklog-item-summary')).toHaveText(summary)
  })

  test('the manager finds it in the team list, opens it and comments; the rep sees the read receipt', async ({ browser }) => {
    const leadContext = await browser.newContext()
    const repContext = await browser.newContext()
    try {
      const lead = await leadContext.newPage()
      await login(lead, LEAD)
      await lead.goto('/work-logs')
      await lead.getByRole('tab', { name: '团队日志' }).click()
      await lead.getByTestId('worklog-filter-kind').click()
      await lead.getByRole('option', { name: '日报', exact: true }).click()
      const item = lead.locator(`[data-testid="worklog-item"][data-id="${logId}"]`)
      await expect(item).toHaveAttribute('data-author', REP_NAME)
      await expect(item.getByTestId('worklog-item-summary')).toHaveText(summary)
      await item.click()

      await expect(lead).toHaveURL(new RegExp(`/work-logs/${logId}$`))
      await expect(lead.getByTestId('worklog-summary-text')).toHaveText(summary)
      await expect(lead.getByTestId('worklog-author')).toHaveText(REP_NAME)
      await expect(lead.getByTestId('worklog-reader').filter({ hasText: LEAD_NAME })).toHaveCount(1)

      const feed = lead.getByTestId('worklog-feed')
      await feed.getByTestId('feed-comment').click()
      const comment = `E2E 写得清楚，报价发我看下 ${uniqueSuffix()}`
      await feed.getByTestId('mention-textarea').fill(comment)
      await feed.getByTestId('comment-send').click()
      await expect(feed.getByTestId('feed-comment-item').last()).toContainText(comment)

      // The author sees who has read it, and the comment.
      const rep = await repContext.newPage()
      await login(rep, REP)
      await rep.goto('/work-logs?tab=mine')
      const own = rep.locator(`[data-testid="worklog-item"][data-id="${logId}"]`)
      const detail = await apiGet<WorkLogLite>(rep, `/work-logs/${logId}`)
      await expect(own.getByTestId('worklog-item-reads')).toHaveText(`${detail.readCount} 人已读`)
      await own.click()
      const readers = rep.getByTestId('worklog-readers')
      await expect(readers).toContainText(`已读 ${detail.readCount} 人`)
      await expect(readers.getByTestId('worklog-reader').filter({ hasText: LEAD_NAME })).toHaveCount(1)
      await expect(rep.getByTestId('worklog-feed').getByText(comment)).toBeVisible()
    } finally {
      await leadContext.close()
      await repContext.close()
    }
  })

  test('the manager sees who has not submitted today’s daily log', async ({ page }) => {
    await login(page, LEAD)
    const missing = await apiGet<{ items: { id: string; name: string }[] }>(page, '/work-logs/missing')
    await page.getByTestId('menu-workLogs').click()
    const panel = page.getByTestId('worklog-missing')
    await expect(panel).toHaveAttribute('data-loaded', 'true')
    const names = panel.getByTestId('worklog-missing-person')
    await expect(names).toHaveText(missing.items.map((p) => p.name))
    await expect(page.getByTestId('worklog-missing-count')).toHaveText(
      missing.items.length ? `${missing.items.length} 人未提交` : '都已提交',
    )
    // rep02 submitted in the first journey, so is not listed; the manager is never listed.
    await expect(names.filter({ hasText: REP_NAME })).toHaveCount(0)
    await expect(names.filter({ hasText: LEAD_NAME })).toHaveCount(0)
  })

  test('the feed filter offers 工作日志 and lists work-log items', async ({ page }) => {
    await login(page, REP)
    await page.getByTestId('menu-feed').click()
    await page.getByTestId('feed-filter-type').click()
    await expect(page.getByRole('option', { name: '客户讨论' })).toHaveCount(0)
    const response = page.waitForResponse((r) => r.url().includes('/api/v1/feed?') && r.url().includes('type=worklog'))
    await page.getByRole('option', { name: '工作日志', exact: true }).click()
    expect((await response).status()).toBe(200)
    const item = page.getByTestId('feed-item').first()
    await expect(item).toHaveAttribute('data-type', 'worklog')
    await expect(item).toContainText('提交了工作日志')
    // The line is phrased by the web from the item's kind and period.
    await expect(item.getByTestId('feed-text')).toHaveText(/^(日报|周报|月报) \d{4}-\d{2}-\d{2}：\S/)
    await item.getByTestId('feed-worklog-link').click()
    await expect(page.getByTestId('worklog-item').first()).toHaveAttribute('data-author', REP_NAME)
  })
})
