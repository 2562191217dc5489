import { expect, test, type Page } from '@playwright/test'
import { addFormFields } from './custom-fields-support'
import { login, uniqueSuffix } from './support'

// 自定义字段 on the phone: a select field an administrator added (through the API, into the form
// layout) is in the new-customer and new-lead forms; the option picked there is on the created
// record's detail.

async function pickOption(page: Page, fieldKey: string, option: string): Promise<void> {
  await page.getByTestId(`cf-input-${fieldKey}`).click()
  await page.locator('.van-action-sheet__item', { hasText: option }).click()
  await expect(page.getByTestId(`cf-input-${fieldKey}`).locator('input')).toHaveValue(option)
}

test.describe('mobile: custom fields', () => {
  test('a customer and a lead are created with a select field and show it', async ({ page }) => {
    test.setTimeout(90_000)
    await login(page)
    const suffix = uniqueSuffix()
    const customerFields = await addFormFields(page, 'customer', [
      { key: `mstar_${suffix}`, label: `星级${suffix}`, type: 'select', options: ['三星', '四星', '五星'] },
    ])
    const leadFields = await addFormFields(page, 'lead', [{ key: `season_${suffix}`, label: `招生季${suffix}`, type: 'select', options: ['春季', '秋季'] }])
    const [star] = customerFields.fields
    const [season] = leadFields.fields
    try {
      // Customer.
      await page.goto('/customers/new')
      const form = page.getByTestId('mobile-customer-create-page')
      await expect(form.getByTestId(`cf-input-${star.key}`)).toContainText(star.label)
      const name = `E2E手机酒店${suffix}`
      await form.getByTestId('mobile-customer-name').locator('input').fill(name)
      await pickOption(page, star.key, '五星')
      await form.getByTestId('mobile-customer-save').click()
      const detail = page.getByTestId('mobile-customer-detail')
      await expect(detail.getByTestId('customer-title')).toHaveText(name)
      await detail.locator('.van-tab', { hasText: '基本信息' }).click()
      await expect(detail.getByTestId(`cf-value-${star.key}`)).toHaveText('五星')
      await expect(detail.getByTestId('cf-values')).toContainText(star.label)

      // Lead.
      await page.goto('/leads/new')
      const leadForm = page.getByTestId('mobile-lead-create-page')
      await expect(leadForm.getByTestId(`cf-input-${season.key}`)).toContainText(season.label)
      const company = `E2E手机学校${suffix}`
      await leadForm.getByTestId('mobile-lead-company').locator('input').fill(company)
      await leadForm.getByTestId('mobile-lead-mobile').locator('input').fill(`139${String(Date.now()).slice(-8)}`)
      await pickOption(page, season.key, '秋季')
      await leadForm.getByTestId('mobile-lead-save').click()
      const leadDetail = page.getByTestId('mobile-lead-detail')
      await expect(leadDetail.getByTestId('lead-title')).toHaveText(company)
      await leadDetail.locator('.van-tab', { hasText: '基本信息' }).click()
      await expect(leadDetail.getByTestId(`cf-value-${season.key}`)).toHaveText('秋季')

      // Nothing wider than the phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
    } finally {
      await customerFields.cleanUp()
      await leadFields.cleanUp()
    }
  })
})
