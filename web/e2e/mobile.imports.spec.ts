import { expect, test } from '@playwright/test'
import { apiSend, login, uniqueSuffix } from './support'

// 导入 on the phone: importing is a desktop task; 我的 → 导入客户 shows that, and lists past
// imports with their results (one started here through the API, as the desktop page would).
test.describe('mobile: imports', () => {
  test('the phone lists past imports and says importing is done on a computer', async ({ page }) => {
    const suffix = uniqueSuffix()
    await login(page)
    await apiSend(page, 'POST', '/imports', {
      object: 'customers',
      policy: 'skip',
      fileName: `phone-${suffix}.csv`,
      rows: [{ name: `手机导入${suffix}有限公司` }, { contactName: '没有客户名' }],
    })
    await page.getByTestId('tab-me').click()
    await page.getByTestId('me-imports').click()
    const view = page.getByTestId('mobile-imports')
    await expect(view).toContainText('请在电脑上操作')
    const item = view.getByTestId('mobile-import').filter({ hasText: `phone-${suffix}.csv` })
    await expect(async () => {
      await page.reload()
      await expect(item).toContainText('已完成', { timeout: 1000 })
    }).toPass({ timeout: 20000 })
    await expect(item).toContainText('新建 1')
    await expect(item).toContainText('失败 1')
    // Nothing wider than the phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
})
