import { expect, test } from '@playwright/test'
import ExcelJS from 'exceljs'
import { login, uniqueSuffix } from './support'

// 导入产品 on the desktop: an .xlsx generated here is opened from the products list's 导入, its
// Chinese headers are matched to product fields, the preview marks the row without a price, and
// the run (a background job followed live) ends with its counts and the refused row listed; the
// imported product is in the list with its category and price.

async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('产品')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await book.xlsx.writeBuffer())
}

test.describe('desktop: product import', () => {
  test('admin imports products with a category path from an .xlsx', async ({ page }) => {
    const suffix = uniqueSuffix()
    const code = `IMP-${suffix}`
    const category = `导入分类${suffix}`
    const file = await workbook([
      ['产品编码', '产品名称', '产品分类', '规格型号', '单位', '标价', '状态'],
      [code, `导入产品${suffix}`, `${category}/服务器`, '2U', '台', '¥12,345.60', '在售'],
      [`${code}-2`, `导入产品乙${suffix}`, category, '', '套', '', '停售'],
    ])

    await login(page, 'admin')
    await page.goto('/settings/products')
    await page.getByTestId('products-import').click()
    const view = page.getByTestId('product-import-page')
    await expect(view).toBeVisible()
    await view.getByTestId('product-import-upload').locator('input[type=file]').setInputFiles({
      name: `products-${suffix}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    })
    await expect(view.getByTestId('product-import-summary')).toContainText('2')
    await expect(view.getByTestId('product-import-map-0')).toContainText('产品编码')
    await expect(view.getByTestId('product-import-map-2')).toContainText('分类')
    await expect(view.getByTestId('product-import-map-5')).toContainText('标价')
    await expect(view.getByTestId('product-import-preview')).toContainText(code)
    await expect(view.getByTestId('product-import-problem')).toHaveCount(1)
    await expect(view.getByTestId('product-import-problem')).toContainText('标价缺失或不是金额')

    await view.getByTestId('product-import-start').click()
    await expect(view.getByTestId('product-import-run')).toContainText('已完成', { timeout: 30000 })
    await expect(view.getByTestId('product-import-progress')).toHaveAttribute('aria-valuenow', '100')
    await expect(view.getByTestId('product-import-counts')).toContainText('已处理 2/2：新建 1，更新 0，跳过 0，失败 1')
    await expect(view.getByTestId('product-import-errors')).toContainText('标价（元）: 必填')
    await expect(view.getByTestId('product-import-errors')).toContainText('3')
    await expect(view.getByTestId('product-import-errors-download')).toBeVisible()
    await expect(view.getByTestId('product-import-history')).toContainText(`products-${suffix}.xlsx`)

    // The product is in the list, under its new category, with its price.
    await page.goto('/settings/products')
    await page.getByTestId('products-search').fill(code)
    const list = page.getByTestId('products-page')
    await expect(list).toContainText(`导入产品${suffix}`)
    await expect(list).toContainText('12,345.60')
    await expect(list).toContainText(category)
  })
})
