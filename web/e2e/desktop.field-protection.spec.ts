import { expect, test } from '@playwright/test'
import { maskedLeadFor, teamCustomerFor } from './reveal-support'
import { apiGet, apiSend, login, uniqueSuffix } from './support'

interface Protection {
  fields: string[]
  customFields: { customer: string[]; lead: string[] }
}

test.describe('desktop: protected fields (号码保护)', () => {
  test('the admin protects the customer address; a team member sees it masked, reveals one contact, then the customer', async ({ browser, page }) => {
    const admin = await (await browser.newContext()).newPage()
    await login(admin)
    const before = await apiGet<Protection>(admin, '/settings/field-protection')
    try {
      await admin.goto('/settings/general')
      const card = admin.getByTestId('field-protection-settings')
      await expect(card).toBeVisible()
      const address = card.getByTestId('protection-field-address')
      if (before.fields.includes('address')) {
        await address.click() // start from "not protected"
        await card.getByTestId('protection-save').click()
        await expect.poll(async () => (await apiGet<Protection>(admin, '/settings/field-protection')).fields).not.toContain('address')
      }
      await address.click()
      await card.getByTestId('protection-save').click()
      await expect.poll(async () => (await apiGet<Protection>(admin, '/settings/field-protection')).fields).toContain('address')
      await expect(card.getByTestId('protection-save')).toBeDisabled()

      const { customerId, mobile } = await teamCustomerFor(browser, 'rep01', page)
      const street = `文三路${uniqueSuffix()}号`
      const owner = await (await browser.newContext()).newPage()
      await login(owner, 'rep02')
      await apiSend(owner, 'PATCH', `/customers/${customerId}`, { address: street })
      await apiSend(owner, 'POST', `/customers/${customerId}/contacts`, { name: '赵工', mobile: `136${String(Date.now()).slice(-8)}` })
      await owner.context().close()

      await page.goto(`/customers/${customerId}?tab=contacts`)
      const table = page.getByTestId('contacts-table')
      await expect(table).toBeVisible()
      await expect(table).not.toContainText(mobile)
      // One contact revealed: its mobile in clear, the other contact still masked.
      const row = table.locator('tr', { hasText: '王经理' })
      await row.getByTestId('contact-reveal').click()
      await expect(row).toContainText(mobile)
      await expect(table.locator('tr', { hasText: '赵工' })).toContainText('*')

      await page.goto(`/customers/${customerId}?tab=info`)
      const info = page.getByTestId('customer-info')
      await expect(info).toBeVisible()
      await expect(info).not.toContainText(street)
      await page.getByTestId('reveal-phone').click()
      await expect(info).toContainText(street)
      await page.screenshot({ path: 'test-results/field-protection-revealed.png' })
    } finally {
      await apiSend(admin, 'PUT', '/settings/field-protection', before)
      await admin.context().close()
    }
  })

  test('a lead seen masked by a manager without the permission is revealed from its detail', async ({ browser, page }) => {
    const lead = await maskedLeadFor(browser, page)
    const mobile = lead.mobile
    await page.goto(`/leads/${lead.leadId}`)
    await page.getByRole('tab', { name: '基本信息' }).click()
    const shown = page.getByTestId('lead-detail-mobile')
    await expect(shown).toContainText('*')
    await page.getByTestId('lead-reveal').click()
    await expect(shown).toHaveText(mobile)
    await expect(page.getByTestId('reveals-left')).toContainText('今日还可查看')
    await expect(page.getByTestId('lead-reveal')).toHaveCount(0)
  })
})
