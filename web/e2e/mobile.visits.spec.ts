import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { apiSend, login, pickOwnCustomer } from './support'
import { CHECKIN_PHOTO, jitter, openPlanWeek, phoneAt, paintedPixels, pickGeoCustomer, shanghaiDate, storedPlan, twoCheckInsNearby, uniquePhoto, type Plan } from './visits-support'

test.describe('mobile: field visit check-in', () => {
  test('rep01 checks in next to a customer with a photo and finds the visit on the customer', async ({ browser, page }) => {
    // The customer's coordinates come from the API first.
    await login(page, 'rep01')
    const customer = await pickGeoCustomer(page)
    await page.close()

    // A phone a few metres off the customer; no map tiles from the network in tests (phoneAt).
    const context = await phoneAt(browser, customer)
    const phone = await context.newPage()
    try {
      await login(phone, 'rep01')
      await phone.getByTestId('tab-checkin').click()
      await expect(phone.getByTestId('checkin-page')).toBeVisible()
      await expect(phone.getByTestId('checkin-accuracy')).toContainText('精度 ±12 米')

      // The customer is first in the nearby list, with its distance in metres.
      const first = phone.getByTestId('checkin-nearby-item').first()
      await expect(first).toHaveAttribute('data-id', customer.id)
      await expect(first).toContainText(customer.name)
      await expect(first.getByTestId('checkin-nearby-distance')).toHaveText(/^\d+ 米$/)
      await first.click()
      await expect(first).toHaveClass(/picked/)

      await phone.getByTestId('checkin-purpose').locator('input').fill('E2E 产品演示')
      const camera = phone.getByTestId('checkin-photo-input')
      await expect(camera).toHaveAttribute('capture', 'environment')
      await expect(camera).toHaveAttribute('accept', 'image/*')
      await camera.setInputFiles(uniquePhoto(readFileSync(CHECKIN_PHOTO)))
      await expect(phone.getByTestId('checkin-photo')).toHaveAttribute('data-status', 'done')

      await phone.getByTestId('checkin-submit').click()
      const result = phone.getByTestId('checkin-result')
      await expect(result).toBeVisible()
      await expect(phone.getByTestId('checkin-score')).toHaveText('已验证')
      await expect(result).toContainText(customer.name)
      await expect(phone.getByTestId('checkin-result-distance')).toHaveText(/距离客户 \d+ 米/)

      // The customer's 跟进记录 shows the visit as a 拜访 follow-up, and the 拜访 tab the check-in.
      await phone.getByTestId('checkin-open-customer').click()
      await expect(phone.getByTestId('mobile-customer-detail')).toBeVisible()
      await expect(phone.getByTestId('customer-title')).toHaveText(customer.name)
      const item = phone.getByTestId('followup-timeline').getByTestId('feed-item').first()
      await expect(item).toContainText('拜访')
      await expect(item).toContainText('E2E 产品演示')
      await phone.getByRole('tab', { name: '拜访' }).click()
      const visit = phone.getByTestId('customer-visit').first()
      await expect(visit).toHaveAttribute('data-score', 'verified')
      await expect(visit).toContainText('E2E 产品演示')
      // The photo is on the check-in (the server does not copy it onto the follow-up).
      await expect(visit.locator('img')).toBeVisible()
    } finally {
      await context.close()
    }
  })

  test('a denied position shows a clear message', async ({ browser }) => {
    const use = test.info().project.use
    const context = await browser.newContext({ baseURL: use.baseURL, locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const phone = await context.newPage()
    try {
      // No geolocation permission granted: headless Chromium denies the request.
      await login(phone, 'rep01')
      await phone.goto('/visits/check-in')
      await expect(phone.getByTestId('checkin-locate-error')).toContainText('定位权限被拒绝')
      await expect(phone.getByTestId('checkin-submit')).toBeDisabled()
    } finally {
      await context.close()
    }
  })

  test('nearby customers: list with distance, radius and map', async ({ browser, page }) => {
    await login(page, 'rep01')
    const customer = await pickGeoCustomer(page)
    await page.close()
    const use = test.info().project.use
    const context = await browser.newContext({
      baseURL: use.baseURL,
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      geolocation: jitter(customer.lat, customer.lng),
      permissions: ['geolocation'],
    })
    await context.addInitScript(() => localStorage.setItem('quanke.mapTiles', 'none'))
    const phone = await context.newPage()
    try {
      await login(phone, 'rep01')
      await phone.getByTestId('home-nearby-entry').click()
      await expect(phone.getByTestId('nearby-item').first()).toHaveAttribute('data-id', customer.id)
      await phone.getByTestId('nearby-radius-500').click()
      await expect(phone.getByTestId('nearby-item').first()).toContainText('米')
      await phone.getByTestId('nearby-scope-mine').click()
      await expect(phone.getByTestId('nearby-item').first()).toContainText('我的')
      await phone.getByRole('tab', { name: '地图' }).click()
      await expect(phone.getByTestId('visit-map')).toBeVisible()
      await expect(phone.locator('path.map-point').first()).toBeVisible()
    } finally {
      await context.close()
    }
  })

  test('rep01 moves a visit plan to another time and sees it after a reload', async ({ page }) => {
    await login(page, 'rep01')
    const customer = await pickOwnCustomer(page, 1)
    const day = shanghaiDate(2)
    const notes = `E2E 改期 ${Date.now()}`
    const created = await apiSend<Plan>(page, 'POST', '/visit-plans', { customerId: customer.id, plannedAt: `${day}T02:00:00Z`, remindMinutesBefore: 30, notes })
    const item = await openPlanWeek(page, created.id, day)
    await expect(item).toContainText('10:00')
    await expect(item).toContainText('提前 30 分钟')

    await item.getByTestId('plan-edit').click()
    const form = page.locator('.van-popup').filter({ has: page.getByTestId('plan-save') })
    await expect(form).toBeVisible()
    await expect(form).toContainText('修改拜访计划')
    await expect(form.getByTestId('plan-customer')).toContainText(customer.name)
    await expect(form.getByTestId('plan-time')).toHaveValue(`${day}T10:00`)

    // A time in the past is refused with a message under the field; nothing is sent.
    await form.getByTestId('plan-time').fill(`${shanghaiDate(-1)}T09:00`)
    await form.getByTestId('plan-save').click()
    await expect(form.getByTestId('plan-time-field')).toContainText('计划时间已过，请选择以后的时间')
    // An emptied time asks for one.
    await form.getByTestId('plan-time').fill('')
    await form.getByTestId('plan-save').click()
    await expect(form.getByTestId('plan-time-field')).toContainText('请选择时间')

    await form.getByTestId('plan-time').fill(`${day}T15:30`)
    await form.getByTestId('plan-remind-60').click()
    await form.getByTestId('plan-save').click()
    await expect(form).toBeHidden()
    await expect(item).toContainText('15:30')

    // After a reload the page shows what the server has.
    await page.reload()
    await openPlanWeek(page, created.id, day)
    await expect(item).toContainText('15:30')
    await expect(item).toContainText('提前 1 小时')
    await expect(item).toContainText(notes)
    const stored = await storedPlan(page, created.id, day)
    expect(Date.parse(stored.plannedAt)).toBe(Date.parse(`${day}T07:30:00Z`))
    expect(stored.remindMinutesBefore).toBe(60)
    expect(stored.notes).toBe(notes)
  })

  test('a manager switches the check-in map to clusters and heat on a phone', async ({ browser, page }) => {
    // Two check-ins a few metres apart: one cluster.
    await login(page, 'rep01')
    await twoCheckInsNearby(page, 'E2E 手机地图')
    await page.close()
    const use = test.info().project.use
    const context = await browser.newContext({ baseURL: use.baseURL, locale: 'zh-CN', userAgent: use.userAgent, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
    await context.addInitScript(() => localStorage.setItem('quanke.mapTiles', 'none'))
    const phone = await context.newPage()
    try {
      await login(phone, 'bj1.lead')
      await phone.goto('/visits/stats')
      const map = phone.getByTestId('stats-checkin-map')
      await map.scrollIntoViewIfNeeded()
      await expect(map.locator('path.map-point').first()).toBeVisible()
      // The switch fits inside the map on a 390 px screen.
      const box = await map.getByTestId('map-layers').boundingBox()
      const mapBox = await map.boundingBox()
      expect(box).not.toBeNull()
      expect(mapBox).not.toBeNull()
      expect(box!.x).toBeGreaterThanOrEqual(mapBox!.x)
      expect(box!.x + box!.width).toBeLessThanOrEqual(mapBox!.x + mapBox!.width)
      await map.getByTestId('map-layer-clusters').tap()
      await expect(map.locator('.marker-cluster').first()).toBeVisible()
      await map.getByTestId('map-layer-heat').tap()
      await expect.poll(() => paintedPixels(map.locator('canvas.leaflet-heatmap-layer'))).toBeGreaterThan(100)
      await expect(map.locator('path.map-point')).toHaveCount(0)
      await map.screenshot({ path: test.info().outputPath('phone-checkin-map-heat.png') })
    } finally {
      await context.close()
    }
  })
})
