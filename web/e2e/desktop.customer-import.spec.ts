import { expect, test } from '@playwright/test'
import ExcelJS from 'exceljs'
import { login, uniqueSuffix } from './support'

// 导入客户 on the desktop: an .xlsx generated here is dropped on the import page, its Chinese
// headers are matched to fields, the preview marks the row without a name, the mapping is saved
// as a template, and the run (a background job followed live) ends with its counts, the refused
// row listed and the errors offered as a download; the imported customers are in the list.

async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('客户')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await book.xlsx.writeBuffer())
}

test.describe('desktop: customer import', () => {
  test('admin imports customers with contacts from an .xlsx', async ({ page }) => {
    const suffix = uniqueSuffix()
    const first = `导入客户甲${suffix}有限公司`
    const second = `导入客户乙${suffix}有限公司`
    const tail = String(Date.now()).slice(-8)
    const file = await workbook([
      ['客户名称', '联系人', '联系人手机', '客户级别', '备注'],
      [first, '张三', `135${tail}`, 'A', '展会'],
      [second, '李四', `134${tail}`, 'B级', ''],
      ['', '王五', `133${tail}`, 'C', '没有名称'],
    ])

    await login(page, 'admin')
    await page.goto('/customers')
    await page.getByTestId('customers-import').click()
    const view = page.getByTestId('customer-import-page')
    await expect(view).toBeVisible()
    await view.getByTestId('customer-import-upload').locator('input[type=file]').setInputFiles({
      name: `customers-${suffix}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    })
    await expect(view.getByTestId('customer-import-summary')).toContainText('3')
    await expect(view.getByTestId('customer-import-summary')).toContainText('XLSX')
    await expect(view.getByTestId('customer-import-map-0')).toContainText('客户名称')
    await expect(view.getByTestId('customer-import-map-2')).toContainText('联系人手机')
    await expect(view.getByTestId('customer-import-preview')).toContainText(first)
    await expect(view.getByTestId('customer-import-problem')).toHaveCount(1)
    await expect(view.getByTestId('customer-import-problem')).toContainText('缺少客户名称')

    // The mapping saved as a template.
    await view.getByTestId('customer-import-template-name').fill(`模板${suffix}`)
    await view.getByTestId('customer-import-template-save').click()
    await expect(page.locator('.el-message')).toContainText(`模板${suffix}`)

    await view.getByTestId('customer-import-start').click()
    const run = view.getByTestId('customer-import-run')
    await expect(run).toContainText('已完成', { timeout: 30000 })
    await expect(view.getByTestId('customer-import-counts')).toContainText('已处理 3/3：新建 2，添加联系人 0，更新 0，跳过 0，失败 1')
    await expect(view.getByTestId('customer-import-errors')).toContainText('客户名称: 必填')
    await expect(view.getByTestId('customer-import-errors')).toContainText('4')
    await expect(view.getByTestId('customer-import-errors-download')).toBeVisible()
    await expect(view.getByTestId('customer-import-history')).toContainText(`customers-${suffix}.xlsx`)

    // The customers are there, with their contact.
    await page.goto('/customers')
    await page.getByTestId('customers-search').fill(first)
    await expect(page.getByTestId('customers-page')).toContainText(first)
  })
})
