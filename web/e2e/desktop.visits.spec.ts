import { expect, test } from '@playwright/test'
import { apiSend, login } from './support'
import { jitter, pickGeoCustomer } from './visits-support'

test.describe('desktop: visit statistics', () => {
  test('bj1.lead sees rep01’s visit counted in 拜访统计', async ({ page, browser }) => {
    // rep01 checks in at one of their customers (through the API, as the phone would).
    await login(page, 'rep01')
    const customer = await pickGeoCustomer(page)
    const at = jitter(customer.lat, customer.lng)
    const checkIn = await apiSend<{ id: string; userId: string }>(page, 'POST', '/check-ins', {
      lat: at.latitude,
      lng: at.longitude,
      accuracyM: 15,
      provider: 'browser',
      customerId: customer.id,
      purpose: 'E2E 统计',
    })
    await page.close()

    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'zh-CN', viewport: { width: 1366, height: 860 } })
    await context.addInitScript(() => localStorage.setItem('quanke.mapTiles', 'none'))
    const lead = await context.newPage()
    try {
      await login(lead, 'bj1.lead')
      await lead.getByText('外勤拜访').click()
      await lead.getByText('拜访统计').click()
      await expect(lead.getByTestId('visit-stats-page')).toBeVisible()
      const rep = lead.getByTestId('stats-by-user').locator(`[data-user-id="${checkIn.userId}"]`)
      await expect(rep).toHaveText('马超')
      const row = lead.getByTestId('stats-by-user').locator('tr', { has: lead.locator(`[data-user-id="${checkIn.userId}"]`) })
      await expect(row.getByTestId('stats-visits')).toHaveText(/^[1-9]\d*$/)
      await expect(lead.getByTestId('stats-checkins')).toContainText(customer.name)
      await expect(lead.locator('path.map-point').first()).toBeVisible()
      // The suspicious filter asks the server for suspicious check-ins only.
      await lead.getByTestId('stats-only-suspicious').click()
      await expect(lead.getByTestId('stats-checkins').getByTestId('checkin-score').first().or(lead.getByTestId('stats-checkins').getByText('暂无数据'))).toBeVisible()
      for (const tag of await lead.getByTestId('stats-checkins').getByTestId('checkin-score').all()) await expect(tag).toHaveText('可疑')
    } finally {
      await context.close()
    }
  })
})
