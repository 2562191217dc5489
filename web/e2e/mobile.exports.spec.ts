import { expect, test } from '@playwright/test'
import { apiSend, login } from './support'

// 导出记录 on the phone: 我的 → 导出记录 lists the caller's exports (one started here through the
// API, as a desktop list would), with the file to download once it is done.
interface ExportJobLite {
  id: string
  status: string
}

test.describe('mobile: exports', () => {
  test('我的 → 导出记录 lists an export and offers its file', async ({ page }) => {
    await login(page)
    const job = await apiSend<ExportJobLite>(page, 'POST', '/exports', { object: 'leads', query: { status: 'new', sort: '-createdAt' } })
    await page.getByTestId('tab-me').click()
    await page.getByTestId('me-exports').click()
    const view = page.getByTestId('mobile-exports')
    const item = view.locator(`[data-testid="mobile-export"][data-id="${job.id}"]`)
    await expect(item).toBeVisible()
    await expect(item).toContainText('线索')
    // The list reads itself again while an export is open.
    const download = item.getByTestId('mobile-export-download')
    await expect(download).toBeVisible({ timeout: 60_000 })
    await expect(download).toHaveAttribute('href', `/api/v1/exports/${job.id}/file`)
    await expect(item).toContainText('已读取')
    // Nothing wider than the phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
})
