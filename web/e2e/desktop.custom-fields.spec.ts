import { expect, test } from '@playwright/test'
import { addFormFields } from './custom-fields-support'
import { apiGet, apiSend, login, uniqueSuffix } from './support'

// 自定义字段 on the desktop: an administrator's select field (星级) and number field (房间数) of
// customers, made through the API and put into the form layout, are in the new-customer dialog; the values saved there are on
// the customer's detail; the customer list filters by the option (its 导出 sends the same filter)
// and shows exactly the matching customer; an edit clears a value.

interface CustomerLite {
  id: string
  name: string
  customFields: Record<string, unknown>
}

test.describe('desktop: custom fields', () => {
  test('admin fills custom fields in the dialog, sees them on the detail, filters the list by one and clears one', async ({ page }) => {
    test.setTimeout(120_000)
    await login(page)
    const suffix = uniqueSuffix()
    const added = await addFormFields(page, 'customer', [
      { key: `star_${suffix}`, label: `星级${suffix}`, type: 'select', options: ['三星', '四星', '五星'] },
      { key: `rooms_${suffix}`, label: `房间数${suffix}`, type: 'number' },
    ])
    const [star, rooms] = added.fields
    // Another customer with another option: the filter must leave it out.
    const other = await apiSend<CustomerLite>(page, 'POST', '/customers', { name: `E2E三星酒店${suffix}`, customFields: { [star.key]: '三星' } })

    try {
      // New customer with both fields.
      await page.goto('/customers')
      await page.getByTestId('customers-create').click()
      const dialog = page.getByTestId('customer-dialog')
      await expect(dialog).toBeVisible()
      const name = `E2E四星酒店${suffix}`
      await dialog.getByTestId('customer-name').fill(name)
      await expect(dialog.getByTestId(`cf-item-${star.key}`)).toContainText(star.label)
      await dialog.getByTestId(`cf-input-${star.key}`).click()
      await page.getByRole('option', { name: '四星', exact: true }).click()
      await dialog.getByTestId(`cf-input-${rooms.key}`).locator('input').fill('120')
      await dialog.getByTestId(`cf-input-${rooms.key}`).locator('input').press('Tab')
      await dialog.getByTestId('customer-save').click()
      await expect(dialog).toBeHidden()

      // The detail shows them (基本信息).
      await expect(page.getByTestId('customer-title')).toHaveText(name)
      const id = page.url().split('/').pop()!
      await page.getByRole('tab', { name: '基本信息' }).click()
      const values = page.getByTestId('cf-values')
      await expect(values.getByTestId(`cf-value-${star.key}`)).toHaveText('四星')
      await expect(values.getByTestId(`cf-value-${rooms.key}`)).toHaveText('120')
      const saved = await apiGet<CustomerLite>(page, `/customers/${id}`)
      expect(saved.customFields).toMatchObject({ [star.key]: '四星', [rooms.key]: 120 })

      // The list, filtered by the option: exactly the customer with it.
      await page.goto('/customers')
      const list = page.getByTestId('customers-page')
      await expect(list.getByTestId('customers-table')).toBeVisible()
      await list.getByTestId(`cf-filter-${star.key}`).click()
      await page.getByRole('option', { name: '四星', exact: true }).click()
      const links = list.getByTestId('customer-link')
      await expect(links).toHaveCount(1)
      await expect(links.first()).toHaveText(name)
      await expect(links.first()).toHaveAttribute('data-id', id)
      await expect(list.locator(`[data-testid="customer-link"][data-id="${other.id}"]`)).toHaveCount(0)
      // The 导出 sends the list's filter.
      const posted = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/exports')
      await list.getByTestId('customers-export').click()
      const body = (await posted).postDataJSON() as { query: Record<string, string> }
      expect(body.query[`cf.${star.key}`]).toBe('四星')

      // Edit: clear 房间数.
      await page.goto(`/customers/${id}`)
      await page.getByTestId('action-edit').click()
      const edit = page.getByTestId('customer-dialog')
      const roomsInput = edit.getByTestId(`cf-input-${rooms.key}`).locator('input')
      await expect(roomsInput).toHaveValue('120')
      await roomsInput.fill('')
      await roomsInput.press('Tab')
      await edit.getByTestId('customer-save').click()
      await expect(edit).toBeHidden()
      await page.getByRole('tab', { name: '基本信息' }).click()
      await expect(page.getByTestId(`cf-value-${rooms.key}`)).toHaveText('—')
      await expect(page.getByTestId(`cf-value-${star.key}`)).toHaveText('四星')
      const edited = await apiGet<CustomerLite>(page, `/customers/${id}`)
      expect(edited.customFields[rooms.key] ?? null).toBeNull()
      expect(edited.customFields[star.key]).toBe('四星')
    } finally {
      // The demo company keeps no test fields (their values stay readable, as after any delete).
      await added.cleanUp()
    }
  })

  test('a server refusal of a custom value shows next to its field', async ({ page }) => {
    await login(page)
    const suffix = uniqueSuffix()
    const added = await addFormFields(page, 'customer', [{ key: `code_${suffix}`, label: `酒店编号${suffix}`, type: 'text', unique: true }])
    const [code] = added.fields
    try {
      await apiSend(page, 'POST', '/customers', { name: `E2E编号占用${suffix}`, customFields: { [code.key]: `H-${suffix}` } })
      await page.goto('/customers')
      await page.getByTestId('customers-create').click()
      const dialog = page.getByTestId('customer-dialog')
      await dialog.getByTestId('customer-name').fill(`E2E编号重复${suffix}`)
      await dialog.getByTestId(`cf-input-${code.key}`).fill(`H-${suffix}`)
      await dialog.getByTestId('customer-save').click()
      await expect(dialog.getByTestId(`cf-item-${code.key}`).locator('.el-form-item__error')).toHaveText('已被其他记录使用，此字段的值不能重复')
      await expect(dialog).toBeVisible()
    } finally {
      await added.cleanUp()
    }
  })
})
