import { expect, test } from '@playwright/test'
import { PHOTO_FIXTURE, apiSend, login, pickOwnCustomer, todayInShanghai, uniqueSuffix } from './support'

test.describe('desktop: follow-ups, feed, live notifications', () => {
  test('rep01 writes a follow-up with a photo and sees it in the timeline with a thumbnail', async ({ page }) => {
    await login(page, 'rep01')
    const customer = await pickOwnCustomer(page)
    await page.goto(`/customers/${customer.id}`)
    await expect(page.getByTestId('customer-title')).toHaveText(customer.name)
    // The 跟进记录 tab is the first one.
    await expect(page.getByTestId('followup-timeline')).toBeVisible()

    await page.getByTestId('action-followup').click()
    const dialog = page.getByTestId('followup-dialog')
    await expect(dialog).toBeVisible()
    await expect(dialog.getByTestId('followup-save')).toBeDisabled()
    await dialog.getByTestId('followup-type-visit').click()
    const text = `E2E 上门拜访，客户看了样品，约下周报价 ${uniqueSuffix()}`
    await dialog.getByTestId('followup-text').fill(text)
    await dialog.getByTestId('attach-input').setInputFiles(PHOTO_FIXTURE)
    const upload = dialog.getByTestId('upload-item')
    await expect(upload).toHaveAttribute('data-status', 'done')
    await expect(upload.getByTestId('upload-thumb')).toBeVisible()
    await dialog.getByTestId('followup-quick-tomorrow').click()
    await dialog.getByTestId('followup-save').click()
    await expect(dialog).toBeHidden()

    // The timeline shows it first, with the photo as a loaded thumbnail that opens large.
    const item = page.getByTestId('followup-timeline').getByTestId('feed-item').first()
    await expect(item.getByTestId('feed-text')).toHaveText(text)
    await expect(item).toContainText('拜访')
    await expect(item.getByTestId('feed-time')).toHaveText('刚刚')
    const thumb = item.getByTestId('attachment-thumb').locator('img')
    await expect(thumb).toBeVisible()
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(160)
    await item.getByTestId('attachment-thumb').click()
    await expect(page.getByTestId('image-lightbox')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('image-lightbox')).toBeHidden()

    // The customer's last follow-up moved to today (the countdown restarted).
    await expect(page.locator('.stats')).toContainText(todayInShanghai())

    // The next 写跟进 starts on the type picked last (remembered in this browser, as on the phone).
    await page.getByTestId('action-followup').click()
    await expect(dialog).toBeVisible()
    await expect(dialog.getByTestId('followup-type-visit')).toHaveAttribute('aria-checked', 'true')
    await expect(dialog.getByTestId('followup-type-call')).toHaveAttribute('aria-checked', 'false')
  })

  test('rep01 writes a follow-up from the customer list row', async ({ page }) => {
    await login(page, 'rep01')
    const customer = await pickOwnCustomer(page, 1)
    await page.getByTestId('menu-myCustomers').click()
    await page.getByTestId('customers-search').fill(customer.name)
    const button = page.locator(`[data-testid="row-followup"][data-id="${customer.id}"]`)
    await expect(button).toBeVisible()
    await button.click()
    const dialog = page.getByTestId('followup-dialog')
    await expect(dialog).toContainText(customer.name)
    await dialog.getByTestId('followup-text').fill(`E2E 电话回访 ${uniqueSuffix()}`)
    await dialog.getByTestId('followup-save').click()
    await expect(dialog).toBeHidden()
    const row = page.locator('[data-testid="customers-table"] .el-table__row', { has: button })
    await expect(row).toContainText(todayInShanghai())
  })

  test('the bell badge goes up live when the manager comments on rep01’s follow-up', async ({ browser }) => {
    const repContext = await browser.newContext()
    const leadContext = await browser.newContext()
    try {
      const rep = await repContext.newPage()
      await login(rep, 'rep01')
      const customer = await pickOwnCustomer(rep, 2)
      const followUp = await apiSend<{ feedItemId: string }>(rep, 'POST', `/customers/${customer.id}/follow-ups`, {
        text: `E2E 电话：客户在比价 ${uniqueSuffix()}`,
        type: 'call',
      })
      // rep01 sits on the home page; mark the document so a reload would show.
      await rep.goto('/')
      await expect(rep.getByTestId('home-todos')).toBeVisible()
      const unread = rep.getByTestId('notification-unread')
      // The live stream is connected (not the 60 s fallback poll).
      await expect(rep.getByTestId('notification-bell-wrap')).toHaveAttribute('data-mode', 'live')
      await expect(unread).toHaveText(/^\d+$/)
      await rep.waitForTimeout(300)
      const before = Number(await unread.textContent())
      await rep.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true))

      // bj1.lead (rep01's manager) replies from the feed with an @mention.
      const lead = await leadContext.newPage()
      await login(lead, 'bj1.lead')
      await lead.getByTestId('menu-feed').click()
      const card = lead.locator(`[data-testid="feed-item"][data-id="${followUp.feedItemId}"]`)
      await expect(card).toBeVisible()
      await card.getByTestId('feed-comment').click()
      const box = card.getByTestId('mention-textarea')
      await box.fill('收到，明天一起去拜访 ')
      await box.press('End')
      await box.pressSequentially('@马')
      await card.getByTestId('mention-option').filter({ hasText: '马超' }).first().click()
      await expect(box).toHaveValue(/@马超 $/)
      await card.getByTestId('comment-send').click()
      await expect(card.getByTestId('feed-comment-item').last()).toContainText('@马超')
      await expect(card.getByTestId('comment-mention').last()).toHaveText('@马超')

      // rep01's badge goes up without a reload.
      await expect(unread).toHaveText(String(before + 1), { timeout: 5_000 })
      expect(await rep.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true)
      await rep.getByTestId('notification-bell').click()
      const first = rep.getByTestId('notification-item').first()
      await expect(first).toContainText('张伟')
      await first.click()
      await expect(rep).toHaveURL(new RegExp(`/customers/${customer.id}`))
    } finally {
      await repContext.close()
      await leadContext.close()
    }
  })
})

test.describe('desktop: customer team', () => {
  test('the manager adds a collaborator with write access and removes them after confirming', async ({ browser }) => {
    const repContext = await browser.newContext()
    const rep = await repContext.newPage()
    await login(rep, 'rep01')
    const customer = await pickOwnCustomer(rep, 3)
    await repContext.close()

    const page = await browser.newPage()
    await login(page, 'bj1.lead')
    await page.goto(`/customers/${customer.id}?tab=team`)
    const panel = page.getByTestId('team-panel')
    await expect(panel.getByTestId('team-table')).toContainText('马超')
    await panel.getByTestId('team-add').click()
    await panel.getByTestId('team-user').click()
    await page.keyboard.type('胡军')
    await page.getByTestId('user-picker-option').filter({ hasText: '胡军' }).first().click()
    await panel.getByTestId('team-access').getByText('可编辑').click()
    await panel.getByTestId('team-add-confirm').click()
    const row = panel.locator('.el-table__row', { hasText: '胡军' })
    await expect(row).toContainText('可编辑')

    await row.getByTestId('team-remove').click()
    await page.locator('.el-message-box').getByRole('button', { name: '移除' }).click()
    await expect(row).toHaveCount(0)
    await page.close()
  })
})

test.describe('desktop: robot webhooks', () => {
  test('admin adds a webhook (private address needs consent), sends a test, sees the delivery', async ({ page }) => {
    await login(page)
    await page.getByTestId('menu-webhooks').click()
    await expect(page).toHaveURL(/\/settings\/webhooks/)
    await page.getByTestId('webhook-create').click()
    const dialog = page.getByTestId('webhook-dialog')
    const url = `http://127.0.0.1:9/e2e-${uniqueSuffix()}`
    await dialog.getByTestId('webhook-url').fill(url)
    await dialog.getByTestId('webhook-save').click()
    await expect(dialog.getByTestId('webhook-url-error')).toContainText('内网')
    await dialog.getByTestId('webhook-allow-private').click()
    await expect(dialog.getByTestId('webhook-private-warning')).toBeVisible()
    await dialog.getByTestId('webhook-save').click()
    await expect(dialog).toBeHidden()

    const row = page.locator('[data-testid="webhooks-table"] .el-table__row', { hasText: url })
    await expect(row).toBeVisible()
    await expect(row).toContainText('全部事件')
    await row.getByTestId('webhook-deliveries').click()
    const drawer = page.getByTestId('deliveries-drawer')
    await drawer.getByRole('button', { name: '发送测试' }).click()
    await expect(drawer.getByTestId('deliveries-list')).toContainText('测试消息')
  })
})
