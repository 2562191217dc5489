import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { login } from './support'
import { CHECKIN_PHOTO, jitter, pickGeoCustomer, uniquePhoto } from './visits-support'

test.describe('mobile: field visit check-in', () => {
  test('rep01 checks in next to a customer with a photo and finds the visit on the customer', async ({ browser, page }) => {
    // The customer's coordinates come from the API first.
    await login(page, 'rep01')
    const customer = await pickGeoCustomer(page)
    await page.close()

    const use = test.info().project.use
    const context = await browser.newContext({
      baseURL: use.baseURL,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      userAgent: use.userAgent,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      viewport: { width: 390, height: 844 },
      geolocation: { ...jitter(customer.lat, customer.lng), accuracy: 12 },
      permissions: ['geolocation'],
    })
    // No map tiles from the network in tests: the map shows its points on a plain background.
    await context.addInitScript(() => localStorage.setItem('quanke.mapTiles', 'none'))
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
})
