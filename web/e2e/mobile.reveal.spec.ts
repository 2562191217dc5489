import { expect, test } from '@playwright/test'
import { maskedLeadFor, teamCustomerFor } from './reveal-support'

test.describe('mobile: revealing a masked number', () => {
  test('a team member taps 显示号码 and sees the number and the contact\'s mobile in clear', async ({ browser, page }) => {
    const { customerId, phone, mobile } = await teamCustomerFor(browser, 'rep03', page)
    await page.goto(`/customers/${customerId}?tab=info`)
    await expect(page.getByTestId('mobile-customer-detail')).toBeVisible()
    const shown = page.getByTestId('detail-phone')
    await expect(shown).toContainText('*')
    await page.getByTestId('reveal-phone').click()
    await expect(shown).toHaveText(phone)
    await expect(shown).toHaveAttribute('href', `tel:${phone}`)
    await expect(page.getByTestId('reveals-left')).toContainText('今日还可查看')
    await page.getByRole('tab', { name: /联系人/ }).click()
    await expect(page.getByText(mobile)).toBeVisible()
  })

  test('a manager without the permission taps 显示号码 on a lead and can call its mobile', async ({ browser, page }) => {
    const { leadId, mobile } = await maskedLeadFor(browser, page)
    await page.goto(`/leads/${leadId}`)
    await expect(page.getByTestId('mobile-lead-detail')).toBeVisible()
    const contact = page.getByTestId('lead-contact').first()
    await expect(contact).toContainText('*')
    await expect(page.getByTestId('lead-call')).toHaveCount(0)
    await page.getByTestId('lead-reveal').click()
    await expect(contact).toContainText(mobile)
    await expect(page.getByTestId('lead-call')).toHaveAttribute('href', `tel:${mobile}`)
    await expect(page.getByTestId('reveals-left')).toContainText('今日还可查看')
    await page.screenshot({ path: 'test-results/mobile-lead-revealed.png' })
  })
})
