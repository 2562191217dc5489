import { expect, test } from '@playwright/test'
import ExcelJS from 'exceljs'
import { login, uniqueSuffix } from './support'

// The desktop's lead work: a bulk import from an .xlsx (columns matched by their Chinese headers,
// a row without a way to reach the person refused with its reason), a lead marked invalid with a
// reason, another converted to a customer, and the conversion's link to that customer.

async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('线索')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await book.xlsx.writeBuffer())
}

test.describe('desktop: leads', () => {
  test('admin imports leads from an .xlsx, marks one invalid and converts another', async ({ page }) => {
    const suffix = uniqueSuffix()
    const first = `导入甲${suffix}`
    const second = `导入乙${suffix}`
    const company = `E2E 导入公司 ${suffix}`
    const file = await workbook([
      ['姓名', '公司名称', '手机号', '城市', '备注'],
      [first, '', `137${String(Date.now()).slice(-8)}`, '北京', '展会名片'],
      [second, company, `136${String(Date.now()).slice(-8)}`, '上海', ''],
      [`没有电话${suffix}`, '', '', '广州', ''],
    ])

    await login(page, 'admin')
    await page.getByTestId('menu-myLeads').click()
    await expect(page.getByTestId('leads-page')).toBeVisible()

    // Import: headers matched, first rows previewed, a refused row listed with its reason.
    await page.getByTestId('leads-import').click()
    const dialog = page.getByTestId('lead-import-dialog')
    await dialog.getByTestId('lead-import-file').setInputFiles({
      name: `leads-${suffix}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    })
    await expect(dialog.getByTestId('lead-import-summary')).toContainText('XLSX')
    await expect(dialog.getByTestId('lead-import-map-2')).toContainText('手机')
    await expect(dialog.getByTestId('lead-import-preview')).toContainText(first)
    await dialog.getByTestId('lead-import-send').click()
    await expect(dialog.getByTestId('lead-import-result')).toContainText('成功 2 条，失败 1 条')
    await expect(dialog.getByTestId('lead-import-errors')).toContainText('4')
    await dialog.locator('.el-dialog__headerbtn').click()

    // The first one is invalid: the status needs a reason.
    await page.getByTestId('leads-search').fill(first)
    await page.locator('[data-testid="lead-link"]', { hasText: first }).click()
    await expect(page.getByTestId('lead-title')).toHaveText(first)
    await page.getByTestId('lead-action-status').click()
    await page.getByTestId('lead-status-invalid').click()
    const prompt = page.locator('.el-message-box')
    await prompt.locator('.el-button--primary').click()
    await expect(prompt.locator('.el-message-box__errormsg')).toBeVisible()
    await prompt.locator('input').fill('空号')
    await prompt.locator('.el-button--primary').click()
    await expect(page.getByTestId('lead-status')).toHaveText('无效')
    await expect(page.getByTestId('lead-detail')).toContainText('无效原因：空号')

    // The second one becomes a customer with its company's name.
    await page.goto('/leads/mine')
    await page.getByTestId('leads-search').fill(second)
    await page.locator('[data-testid="lead-link"]', { hasText: second }).click()
    await expect(page.getByTestId('lead-title')).toHaveText(second)
    await page.getByTestId('lead-action-convert').click()
    const convert = page.getByTestId('lead-convert-dialog')
    await expect(convert.getByTestId('lead-convert-clear')).toBeVisible()
    await expect(convert.getByTestId('lead-convert-name')).toHaveValue(company)
    await expect(convert.getByTestId('lead-convert-contact')).toHaveValue(second)
    // An opportunity comes with it: an amount with three decimals is refused, two are sent as fen.
    await convert.getByTestId('lead-convert-deal').click()
    await convert.getByTestId('lead-convert-deal-name').fill(`${company} 一期`)
    await convert.getByTestId('lead-convert-deal-amount').fill('12,345.678')
    await expect(convert.getByTestId('lead-convert-submit')).toBeDisabled()
    await convert.getByTestId('lead-convert-deal-amount').fill('12,345.6')
    await convert.getByTestId('lead-convert-submit').click()
    await expect(convert.getByTestId('lead-convert-done')).toBeVisible()
    await convert.getByTestId('lead-convert-open-deal').click()
    await expect(page.getByTestId('deal-title')).toHaveText(`${company} 一期`)
    await expect(page.getByTestId('deal-amount')).toHaveText('¥12,345.60')
    await expect(page.getByTestId('deal-customer')).toHaveText(company)
    await page.getByTestId('deal-customer').click()
    await expect(page.getByTestId('customer-title')).toHaveText(company)
    await page.goBack()
    await page.goBack()
    await expect(page.getByTestId('lead-status')).toHaveText('已转化')
    await expect(page.getByTestId('lead-converted')).toContainText(company)
    await expect(page.getByTestId('lead-action-convert')).toHaveCount(0)
  })
})
