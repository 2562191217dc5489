import { expect, test } from '@playwright/test'
import { PHOTO_FIXTURE, login, pickOwnCustomer, uniqueSuffix } from './support'

test.describe('mobile: write a follow-up', () => {
  test('rep writes a follow-up with a camera photo from the customer detail', async ({ page }) => {
    await login(page, 'rep02')
    const customer = await pickOwnCustomer(page)
    await page.getByTestId('tab-customers').click()
    const card = page.locator(`[data-testid="mobile-customer-item"][data-id="${customer.id}"]`)
    await expect(card).toBeVisible()
    await card.click()
    await expect(page.getByTestId('mobile-customer-detail')).toBeVisible()
    await expect(page.getByTestId('customer-title')).toHaveText(customer.name)

    await page.getByTestId('mobile-write-followup').click()
    await expect(page.getByTestId('mobile-followup')).toBeVisible()
    await expect(page.getByTestId('mobile-followup-customer')).toContainText(customer.name)
    await expect(page.getByTestId('mobile-followup-save')).toBeDisabled()
    await page.getByTestId('followup-type-wechat').click()
    const text = `E2E 手机：微信沟通了报价 ${uniqueSuffix()}`
    await page.getByTestId('mobile-followup-text').locator('textarea').fill(text)
    // The camera button's input asks for a photo with capture.
    const camera = page.getByTestId('attach-camera-input')
    await expect(camera).toHaveAttribute('capture', 'environment')
    await camera.setInputFiles(PHOTO_FIXTURE)
    await expect(page.getByTestId('upload-item')).toHaveAttribute('data-status', 'done')
    await page.getByTestId('followup-quick-tomorrow').click()
    await expect(page.getByTestId('mobile-followup-next')).toContainText(':00')
    await page.getByTestId('mobile-followup-save').click()

    // Back on the customer, the 跟进 tab shows it with its thumbnail.
    await expect(page.getByTestId('mobile-customer-detail')).toBeVisible()
    const item = page.getByTestId('followup-timeline').getByTestId('feed-item').first()
    await expect(item.getByTestId('feed-text')).toHaveText(text)
    await expect(item).toContainText('微信')
    await expect(item.getByTestId('attachment-thumb').locator('img')).toBeVisible()
    await expect(page.getByTestId('customer-countdown')).toBeVisible()
  })
})
