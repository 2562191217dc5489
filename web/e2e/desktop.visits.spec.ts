import { expect, test } from '@playwright/test'
import { apiSend, login, pickOwnCustomer } from './support'
import { jitter, openPlanWeek, paintedPixels, pickGeoCustomer, shanghaiDate, storedPlan, twoCheckInsNearby, type Plan } from './visits-support'

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
      // 拜访统计 is a report: it sits in the 报表 group.
      await lead.getByText('报表', { exact: true }).click()
      await lead.getByText('拜访统计').click()
      await expect(lead.getByTestId('visit-stats-page')).toBeVisible()
      const rep = lead.getByTestId('stats-by-user').locator(`[data-user-id="${checkIn.userId}"]`)
      await expect(rep).toHaveText('马超')
      const row = lead.getByTestId('stats-by-user').locator('tr', { has: lead.locator(`[data-user-id="${checkIn.userId}"]`) })
      await expect(row.getByTestId('stats-visits')).toHaveText(/^[1-9]\d*$/)
      await expect(lead.getByTestId('stats-checkins')).toContainText(customer.name)
      await expect(lead.locator('path.map-point').first()).toBeVisible()
      // The suspicious filter asks the server for suspicious check-ins only. Wait for that answer:
      // until it arrives the table still shows the unfiltered list.
      const filtered = lead.waitForResponse((r) => r.url().includes('/api/v1/check-ins') && r.url().includes('score=suspicious'))
      await lead.getByTestId('stats-only-suspicious').click()
      expect((await filtered).ok()).toBe(true)
      await expect(lead.getByTestId('stats-checkins').getByTestId('checkin-score').first().or(lead.getByTestId('stats-checkins').getByText('暂无数据'))).toBeVisible()
      await expect(lead.getByTestId('stats-checkins').getByTestId('checkin-score').filter({ hasNotText: '可疑' })).toHaveCount(0)
    } finally {
      await context.close()
    }
  })

  test('the check-in and customer maps switch between points, clusters and heat', async ({ page, browser }) => {
    // Two check-ins a few metres apart at one of rep01's customers: one cluster on the check-in map.
    await login(page, 'rep01')
    await twoCheckInsNearby(page, 'E2E 地图')
    await page.close()

    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'zh-CN', viewport: { width: 1366, height: 860 } })
    await context.addInitScript(() => localStorage.setItem('quanke.mapTiles', 'none'))
    const admin = await context.newPage()
    try {
      await login(admin, 'admin')
      await admin.goto('/visits/stats')
      await expect(admin.getByTestId('visit-stats-page')).toBeVisible()

      // 客户分布: every located customer in scope; the map starts in the mode its size calls for.
      const customers = admin.getByTestId('stats-customer-map')
      await expect(customers.getByTestId('visit-map')).not.toHaveAttribute('data-points', '0')
      const count = Number(await customers.getByTestId('visit-map').getAttribute('data-points'))
      await expect(admin.getByTestId('stats-customer-count')).toHaveText(`${count} 个客户`)
      await expect(customers).toHaveAttribute('data-mode', count > 200 ? 'clusters' : 'points')
      await expect(customers.getByTestId('map-layers')).toHaveText(/^\s*点\s*聚合\s*热力\s*$/)

      await customers.getByTestId('map-layer-points').click()
      await expect(customers).toHaveAttribute('data-mode', 'points')
      await expect(customers.locator('path.map-point')).toHaveCount(count)
      await expect(customers.locator('.marker-cluster')).toHaveCount(0)

      // Clusters: the customers of one city fall into one cluster at the country-wide zoom.
      await customers.getByTestId('map-layer-clusters').click()
      await expect(customers.getByTestId('map-layer-clusters')).toHaveAttribute('aria-pressed', 'true')
      await expect(customers.locator('.marker-cluster').first()).toBeVisible()
      const clusters = await customers.locator('.marker-cluster').count()
      expect(clusters).toBeGreaterThan(1)
      const inClusters = await customers.locator('.marker-cluster span').allInnerTexts()
      const single = await customers.locator('path.map-point').count()
      expect(inClusters.reduce((sum, n) => sum + Number(n), 0) + single).toBe(count)
      expect(single).toBeLessThan(count)
      await customers.screenshot({ path: test.info().outputPath('customer-map-clusters.png') })
      // A click on a cluster zooms into it.
      const zoomBefore = Number(await customers.getAttribute('data-zoom'))
      await customers.locator('.marker-cluster').first().click()
      await expect.poll(async () => Number(await customers.getAttribute('data-zoom'))).toBeGreaterThan(zoomBefore)

      // Heat: a canvas with paint on it, no single points, a legend.
      await customers.getByTestId('map-layer-heat').click()
      await expect(customers).toHaveAttribute('data-mode', 'heat')
      const heat = customers.locator('canvas.leaflet-heatmap-layer')
      await expect(heat).toHaveCount(1)
      await expect.poll(() => paintedPixels(heat)).toBeGreaterThan(100)
      await expect(customers.locator('path.map-point')).toHaveCount(0)
      await expect(customers.locator('.marker-cluster')).toHaveCount(0)
      await expect(customers.getByTestId('map-heat-legend')).toHaveText('少多')
      await customers.screenshot({ path: test.info().outputPath('customer-map-heat.png') })

      // 签到地图: the two check-ins cluster; the cluster shows the colours of their scores.
      const checkIns = admin.getByTestId('stats-checkin-map')
      await expect(checkIns.locator('path.map-point').first()).toBeVisible()
      await checkIns.getByTestId('map-layer-clusters').click()
      const cluster = checkIns.locator('.marker-cluster').first()
      await expect(cluster).toBeVisible()
      await expect(cluster.locator('.map-cluster-pie')).toHaveAttribute('style', /#07c160|#ee0a24|#ff976a/)
      await checkIns.screenshot({ path: test.info().outputPath('checkin-map-clusters.png') })
      await checkIns.getByTestId('map-layer-heat').click()
      await expect.poll(() => paintedPixels(checkIns.locator('canvas.leaflet-heatmap-layer'))).toBeGreaterThan(100)
      await expect(checkIns.locator('path.map-point')).toHaveCount(0)
      await checkIns.screenshot({ path: test.info().outputPath('checkin-map-heat.png') })

      // Back to points: each check-in in its score colour again; the other map keeps its heat.
      await checkIns.getByTestId('map-layer-points').click()
      await expect(checkIns.locator('canvas.leaflet-heatmap-layer')).toHaveCount(0)
      await expect(checkIns.locator('path.map-point').first()).toHaveAttribute('fill', /#07c160|#ee0a24|#ff976a/)
      await expect(customers).toHaveAttribute('data-mode', 'heat')
    } finally {
      await context.close()
    }
  })
})

test.describe('desktop: visit plans', () => {
  test('rep01 changes a visit plan’s time, reminder and notes in the week view', async ({ page }) => {
    await login(page, 'rep01')
    const customer = await pickOwnCustomer(page, 2)
    const day = shanghaiDate(3)
    const created = await apiSend<Plan>(page, 'POST', '/visit-plans', { customerId: customer.id, plannedAt: `${day}T01:00:00Z`, remindMinutesBefore: null })
    const item = await openPlanWeek(page, created.id, day)
    await expect(item).toContainText('09:00')

    await item.getByTestId('plan-edit').click()
    const dialog = page.getByRole('dialog', { name: '修改拜访计划' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByTestId('plan-customer')).toHaveText(customer.name)
    const time = dialog.getByRole('combobox', { name: '计划时间' })
    await expect(time).toHaveValue(`${day} 09:00`)
    // The time is required.
    await time.fill('')
    await time.press('Enter')
    await dialog.getByTestId('plan-save').click()
    await expect(dialog).toContainText('请选择时间')

    await time.fill(`${day} 16:45`)
    await time.press('Enter')
    const remind = dialog.getByTestId('plan-remind')
    await expect(remind).toContainText('不提醒')
    await remind.click()
    await page.getByRole('option', { name: '提前 2 小时' }).click()
    await dialog.getByTestId('plan-notes').fill('E2E 桌面改期')
    await dialog.getByTestId('plan-save').click()
    await expect(dialog).toBeHidden()

    await page.reload()
    const again = await openPlanWeek(page, created.id, day)
    await expect(again).toContainText('16:45')
    await expect(again).toContainText('提前 2 小时')
    await expect(again).toContainText('E2E 桌面改期')
    const stored = await storedPlan(page, created.id, day)
    expect(Date.parse(stored.plannedAt)).toBe(Date.parse(`${day}T08:45:00Z`))
    expect(stored.remindMinutesBefore).toBe(120)
  })
})
