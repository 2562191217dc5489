// Issue 19 part 5, on a 390x844 phone: a follow-up from the customer list in at most 3 taps plus
// the text (type remembered, next follow-up quick picks), 签到 starting on the nearest own
// customer, the "+" never over a row's 跟进, 公海 cooldown shown with its date and 领取 disabled,
// search as you type with a count and pinyin / initials, tap targets of at least 44 px.
import { readdirSync, readFileSync } from 'node:fs'
import { expect, test, type Locator } from '@playwright/test'
import { apiGet, apiSend, login, uniqueSuffix } from './support'
import { phoneAt, pickGeoCustomer } from './visits-support'

const MIN_TAP = 44

/** Every visible element of `targets` is at least 44 x 44 CSS pixels. */
async function expectTapTargets(targets: Locator, what: string, atLeast = 1) {
  const count = await targets.count()
  let checked = 0
  for (let i = 0; i < count; i++) {
    const target = targets.nth(i)
    if (!(await target.isVisible())) continue
    const box = await target.boundingBox()
    expect(box, `${what} #${i} has a box`).not.toBeNull()
    const label = ((await target.textContent()) ?? '').trim() || (await target.getAttribute('data-testid')) || String(i)
    expect(box!.height, `${what} "${label}" height`).toBeGreaterThanOrEqual(MIN_TAP)
    expect(box!.width, `${what} "${label}" width`).toBeGreaterThanOrEqual(MIN_TAP)
    checked++
  }
  expect(checked, `${what}: tap targets checked`).toBeGreaterThanOrEqual(atLeast)
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** Local "YYYY-MM-DD" in Shanghai, `days` from today. */
function shanghaiDay(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10)
}

interface FollowUpLite {
  text: string
  type: string
}

test.describe('mobile: fewer taps (issue 19)', () => {
  test('a follow-up from the customer list takes at most 3 taps plus the text; the type is remembered', async ({ page }) => {
    await login(page, 'rep05')
    const mine = await apiGet<{ items: { id: string; name: string }[] }>(page, '/customers?mine=true&limit=20&sort=-updatedAt')
    expect(mine.items.length).toBeGreaterThanOrEqual(2)
    await page.getByTestId('tab-customers').click()
    await expect(page.getByTestId('mobile-customers')).toBeVisible()

    let taps = 0
    const tap = async (target: Locator) => {
      taps++
      await target.tap()
    }

    // First note: 跟进 on the row → text (the box has the focus) → 微信 → 保存.
    const first = mine.items[0]
    const row1 = page.locator(`[data-testid="mobile-customer-item"][data-id="${first.id}"]`)
    await tap(row1.getByTestId('mobile-row-followup'))
    await expect(page.getByTestId('mobile-followup-customer')).toContainText(first.name)
    const textarea = page.getByTestId('mobile-followup-text').locator('textarea')
    await expect(textarea).toBeFocused() // no tap needed to start typing
    await expect(page.getByTestId('followup-quick-none')).toHaveClass(/active/) // 不设 until picked
    // Tap targets of the follow-up page: type chips, quick picks, attachment tools, save.
    await expectTapTargets(page.locator('[data-testid="mobile-followup"] button'), 'follow-up page', 10)
    const text1 = `E2E 三次点击 ${uniqueSuffix()}`
    await page.keyboard.type(text1)
    await tap(page.getByTestId('followup-type-wechat'))
    await tap(page.getByTestId('mobile-followup-save'))
    await expect(page.getByTestId('mobile-customers')).toBeVisible() // back on the list
    expect(taps, 'taps for a follow-up with a type change').toBeLessThanOrEqual(3)
    await expect
      .poll(async () => (await apiGet<{ items: FollowUpLite[] }>(page, `/customers/${first.id}/follow-ups?limit=1`)).items[0])
      .toMatchObject({ text: text1, type: 'wechat' })

    // Second note on another row: 微信 is already chosen; 跟进 → text → 明天 → 保存.
    taps = 0
    const second = mine.items[1]
    const row2 = page.locator(`[data-testid="mobile-customer-item"][data-id="${second.id}"]`)
    await tap(row2.getByTestId('mobile-row-followup'))
    await expect(page.getByTestId('mobile-followup-customer')).toContainText(second.name)
    await expect(page.getByTestId('followup-type-wechat')).toHaveAttribute('aria-checked', 'true')
    await expect(textarea).toBeFocused()
    await page.keyboard.type('E2E 明天再联系')
    await tap(page.getByTestId('followup-quick-tomorrow'))
    await tap(page.getByTestId('mobile-followup-save'))
    await expect(page.getByTestId('mobile-customers')).toBeVisible()
    expect(taps, 'taps for a follow-up with a next follow-up time').toBeLessThanOrEqual(3)
    const saved = (await apiGet<{ items: FollowUpLite[] }>(page, `/customers/${second.id}/follow-ups?limit=1`)).items[0]
    expect(saved).toMatchObject({ text: 'E2E 明天再联系', type: 'wechat' })
    const detail = await apiGet<{ nextFollowUpAt: string | null }>(page, `/customers/${second.id}`)
    // 明天 09:00 in Shanghai is 01:00 UTC of tomorrow's Shanghai date.
    expect(detail.nextFollowUpAt).toBe(`${shanghaiDay(1)}T01:00:00Z`)
  })

  test('the "+" never covers a row\'s 跟进, and the list and detail have 44 px tap targets', async ({ page }) => {
    await login(page, 'rep05')
    await page.getByTestId('tab-customers').click()
    const rows = page.getByTestId('mobile-customer-item')
    await expect(rows.first()).toBeVisible()
    const fab = page.getByTestId('mobile-customer-create')
    await expect(fab).toBeVisible()

    const noneCovered = async (where: string) => {
      const fabBox = (await fab.boundingBox())!
      const buttons = page.getByTestId('mobile-row-followup')
      let seen = 0
      for (let i = 0; i < (await buttons.count()); i++) {
        const box = await buttons.nth(i).boundingBox()
        if (!box || box.y > 844 || box.y + box.height < 0) continue // off screen
        seen++
        expect(overlaps(box, fabBox), `${where}: row ${i}'s 跟进 under the "+"`).toBe(false)
      }
      expect(seen, `${where}: row actions on screen`).toBeGreaterThan(3)
    }
    await noneCovered('top of the list')
    await expectTapTargets(page.getByTestId('mobile-row-followup'), 'row 跟进', 4)
    await expectTapTargets(fab, '"+"')
    // Scrolled to the end (all pages loaded): the last row's 跟进 is clear of the "+" too.
    for (let i = 0; i < 5; i++) {
      await page.mouse.wheel(0, 4000)
      await page.waitForTimeout(300)
    }
    await noneCovered('end of the list')
    const last = page.getByTestId('mobile-row-followup').last()
    expect(overlaps((await last.boundingBox())!, (await fab.boundingBox())!)).toBe(false)

    // The detail: action bar and small buttons.
    await rows.first().click()
    await expect(page.getByTestId('mobile-customer-detail')).toBeVisible()
    await expectTapTargets(page.locator('[data-testid="mobile-customer-detail"] .van-button'), 'detail buttons', 1)
    await expectTapTargets(page.locator('[data-testid="mobile-customer-detail"] .van-tab'), 'detail tabs', 4)
  })

  test.describe('without the service worker', () => {
    // Its precache would answer the chunk requests out of the page's sight.
    test.use({ serviceWorkers: 'block' })
    test('search as you type with a count, and pinyin / initials of customer names', async ({ page }) => {
      // pinyin-pro's chunk in the served build is known by its dictionary (tone-marked syllables),
      // whatever its file name; the page's requests tell whether it was loaded (also those the
      // service worker answers).
      const assets = new URL('../dist/assets/', import.meta.url).pathname
      const chunk = readdirSync(assets).find((f) => f.endsWith('.js') && readFileSync(assets + f, 'utf8').includes('zhōng'))
      expect(chunk, 'the build has a pinyin-pro chunk').toBeTruthy()
      let chunkRequests = 0
      page.on('request', (r) => {
        if (r.url().endsWith(`/assets/${chunk}`)) chunkRequests++
      })
      const loadedChunk = async () => chunkRequests
      await login(page, 'rep05')
      // A customer of rep05 whose name has a polyphone (重 of 重庆) and rare characters: 犇骉鑫淼.
      const name = `犇骉鑫淼重庆分公司${uniqueSuffix()}`
      await apiSend(page, 'POST', '/customers', { name })
      await page.getByTestId('tab-customers').click()
      await expect(page.getByTestId('mobile-customer-item').first()).toBeVisible()
      expect(await loadedChunk(), 'pinyin-pro is not part of the first load').toBe(0)

      const search = page.getByTestId('mobile-customers-search').locator('input')
      const shown = page.locator(`[data-testid="mobile-customer-item"]`, { hasText: name })
      const count = page.getByTestId('mobile-customers-count')
      // Chinese text goes to the server as you type (no search key).
      await search.pressSequentially('犇骉鑫淼', { delay: 50 })
      await expect(count).toHaveText('找到 1 个')
      await expect(shown).toHaveCount(1)
      await expect(page.getByTestId('mobile-customer-item')).toHaveCount(1)
      expect(await loadedChunk(), 'nor of a Chinese search').toBe(0)

      // Initials: 犇 ben 骉 biao 鑫 xin 淼 miao 重庆 chong qing.
      for (const query of ['bbxm', 'benbiaoxinmiao', 'bbxmcq', 'xinmiaochongqing', 'bbxmchongq']) {
        await search.fill('')
        await expect(count, 'the whole list again').toHaveText(/^共 \d+ 条/) // so the next count is fresh
        await search.pressSequentially(query, { delay: 30 })
        await expect(count, query).toHaveText('找到 1 个')
        await expect(shown, query).toHaveCount(1)
      }
      expect(await loadedChunk(), 'pinyin-pro loaded once a Latin query was typed').toBe(1)
      // 重 reads chong in 重庆: zhongqing does not find it.
      await search.fill('')
      await expect(count).toHaveText(/^共 \d+ 条/)
      await search.pressSequentially('bbxmzhongqing', { delay: 30 })
      await expect(count).toHaveText('找到 0 个')
      await expect(shown).toHaveCount(0)
      await expectTapTargets(page.getByTestId('mobile-row-followup'), 'row 跟进 (none shown)', 0)
    })
  })

  test('签到 starts on the nearest own customer within the check-in distance; the user may change it', async ({ browser, page }) => {
    await login(page, 'rep06')
    const customer = await pickGeoCustomer(page)
    await page.close()
    const context = await phoneAt(browser, customer)
    const phone = await context.newPage()
    try {
      await login(phone, 'rep06')
      await phone.getByTestId('tab-checkin').click()
      await expect(phone.getByTestId('checkin-accuracy')).toBeVisible()
      const item = phone.locator(`[data-testid="checkin-nearby-item"][data-id="${customer.id}"]`)
      await expect(item).toHaveClass(/picked/) // without a tap
      await expect(phone.getByTestId('checkin-auto-picked')).toContainText('已选最近的客户')
      await expectTapTargets(phone.locator('[data-testid="checkin-page"] .van-button, [data-testid="checkin-page"] .van-cell, [data-testid="checkin-page"] label.camera'), 'check-in page', 4)
      // Still free to choose: 不选择客户.
      await phone.getByTestId('checkin-no-customer').click()
      await expect(item).not.toHaveClass(/picked/)
      await expect(phone.getByTestId('checkin-auto-picked')).toHaveCount(0)
    } finally {
      await context.close()
    }
  })

  test('签到 far from every own customer starts on 不选择客户', async ({ browser, page }) => {
    await login(page, 'rep06')
    const customer = await pickGeoCustomer(page)
    const policy = await apiGet<{ maxDistanceM: number }>(page, '/settings/check-in')
    await page.close()
    // About 20 km north of the customer: far beyond the check-in distance.
    const context = await phoneAt(browser, customer, { at: { latitude: customer.lat + 0.18, longitude: customer.lng } })
    const phone = await context.newPage()
    try {
      await login(phone, 'rep06')
      await phone.getByTestId('tab-checkin').click()
      await expect(phone.getByTestId('checkin-accuracy')).toBeVisible()
      await expect(phone.getByTestId('checkin-nearby')).toBeVisible()
      expect(policy.maxDistanceM).toBeLessThan(20_000)
      await expect(phone.locator('[data-testid="checkin-nearby-item"].picked')).toHaveCount(0)
      await expect(phone.getByTestId('checkin-auto-picked')).toHaveCount(0)
    } finally {
      await context.close()
    }
  })

  test('公海 shows the cooldown with its end date and disables 领取; pool search is as you type', async ({ page }) => {
    await login(page, 'rep05')
    const me = await apiGet<{ user: { id: string } }>(page, '/me')
    const pools = await apiGet<{ items: { id: string; name: string; isMember: boolean; customerCount: number; rules: { cooldownDays: number } }[] }>(page, '/pools')
    const pool = pools.items.find((p) => p.isMember && p.customerCount > 0 && p.rules.cooldownDays > 0)
    expect(pool, 'a pool of rep05 with a cooldown').toBeTruthy()
    // Claim one of its customers and let it go again: rep05 is now in its cooldown.
    const list = await apiGet<{ items: { id: string; name: string; previousOwnerName: string | null }[] }>(page, `/customers?poolId=${pool!.id}&limit=50`)
    const target = list.items.find((c) => c.previousOwnerName === null) ?? list.items[0]
    await apiSend(page, 'POST', `/customers/${target.id}/claim`, {})
    await apiSend(page, 'POST', `/customers/${target.id}/release`, { reason: 'E2E 冷却期' })
    const until = shanghaiDay(pool!.rules.cooldownDays)
    expect(me.user.id).toBeTruthy()

    await page.getByTestId('tab-pool').click()
    await expect(page.getByTestId('mobile-pool')).toBeVisible()
    await page.locator('[data-testid="mobile-pool-tabs"] .van-tab', { hasText: pool!.name }).click()
    await page.getByTestId('mobile-pool-search').locator('input').pressSequentially(target.name, { delay: 20 })
    const item = page.locator(`[data-testid="mobile-pool-item"][data-id="${target.id}"]`)
    await expect(item).toBeVisible()
    await expect(page.getByTestId('mobile-pool-count')).toHaveText(/找到 \d+ 个/)
    await expect(item.getByTestId('mobile-claim')).toBeDisabled()
    await expect(item.getByTestId('mobile-claim-cooldown')).toHaveText(`冷却中，${until} 起可领取`)
    await expectTapTargets(page.locator('[data-testid="mobile-pool"] [data-testid="mobile-claim"]'), 'pool 领取', 1)

    // Another customer of the pool can be claimed: its 领取 is enabled and 44 px.
    await page.getByTestId('mobile-pool-search').locator('input').fill('')
    const others = page.locator('[data-testid="mobile-pool-item"]:not([data-id="' + target.id + '"]) [data-testid="mobile-claim"]')
    await expect(others.first()).toBeEnabled()
    await expectTapTargets(others, 'pool 领取', 3)

    // The detail says the same and offers no 领取.
    await page.getByTestId('mobile-pool-search').locator('input').pressSequentially(target.name, { delay: 20 })
    await item.click()
    await expect(page.getByTestId('mobile-customer-detail')).toBeVisible()
    await expect(page.getByTestId('mobile-detail-claim')).toHaveCount(0)
    await expect(page.getByTestId('mobile-detail-claim-cooldown')).toContainText(until)
  })
})
