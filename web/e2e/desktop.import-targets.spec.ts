import { expect, test } from '@playwright/test'
import { apiGet, login, uniqueSuffix } from './support'

// 导入目标 on the desktop: a CSV made here is opened from the targets page's 导入, its Chinese
// headers are matched to target fields, the preview marks the row whose sprint is below its
// value, and the run ends with its counts and the refused row listed.

test.describe('desktop: target import', () => {
  test('admin imports company targets from a .csv', async ({ page }) => {
    const suffix = uniqueSuffix()
    await login(page, 'admin')
    // A year far ahead of the demo's targets without a company target yet (earlier runs set some).
    let year = 2040
    for (; ; year++) {
      const sheet = await apiGet<{ cells: unknown[] }>(page, `/targets/sheet?metric=contractAmountFen&year=${year}`)
      if (sheet.cells.length === 0) break
    }
    const csv = ['指标,期间,对象,目标值,冲刺目标', `合同金额,${year},公司,"¥1,200,000",1500000`, `新增客户,${year}-03,公司,30,20`].join('\r\n')

    await page.goto('/targets')
    await page.getByTestId('targets-import').click()
    const view = page.getByTestId('target-import-page')
    await expect(view).toBeVisible()
    await view.getByTestId('target-import-upload').locator('input[type=file]').setInputFiles({
      name: `targets-${suffix}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf-8'),
    })
    await expect(view.getByTestId('target-import-map-0')).toContainText('指标')
    await expect(view.getByTestId('target-import-map-3')).toContainText('目标值')
    await expect(view.getByTestId('target-import-map-4')).toContainText('冲刺值')
    await expect(view.getByTestId('target-import-problem')).toHaveCount(1)
    await expect(view.getByTestId('target-import-problem')).toContainText('冲刺值无效或低于目标值')

    await view.getByTestId('target-import-start').click()
    await expect(view.getByTestId('target-import-run')).toContainText('已完成', { timeout: 30000 })
    await expect(view.getByTestId('target-import-counts')).toContainText('已处理 2/2：新建 1，更新 0，跳过 0，失败 1')
    await expect(view.getByTestId('target-import-errors')).toContainText('冲刺值: ')
    await expect(view.getByTestId('target-import-errors')).toContainText(`公司 ${year}-03`)
  })
})
