import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { login } from './support'

// 导出 on the desktop: the customer list, filtered, is exported from its toolbar; the dialog
// follows the job to its end and the file downloads by itself. The file's rows are checked against
// what the list API itself returns for the same filter (not against the job's own counts), then
// the export is in 导出记录 with its download link. Who lacks the permission sees no 导出.

interface ExportRequestBody {
  object: string
  query: Record<string, string>
}

/** Every customer name the list API returns for `query`, page after page. */
async function listedNames(page: Page, query: Record<string, string>): Promise<string[]> {
  const names: string[] = []
  let cursor = ''
  do {
    const params = new URLSearchParams({ ...query, limit: '200', cursor })
    const response = await page.request.get(`/api/v1/customers?${params}`)
    expect(response.ok(), `GET /customers?${params} → ${response.status()}`).toBeTruthy()
    const body = (await response.json()) as { items: { name: string }[]; nextCursor: string | null }
    names.push(...body.items.map((c) => c.name))
    cursor = body.nextCursor ?? ''
  } while (cursor)
  return names
}

/** The header row and the values of the column headed `column` in the first worksheet. */
async function readSheet(path: string, column: string): Promise<{ header: string[]; values: string[] }> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(path)
  const sheet = book.worksheets[0]
  const header: string[] = []
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, n) => (header[n - 1] = String(cell.text ?? '')))
  const at = header.indexOf(column) + 1
  const values: string[] = []
  if (at > 0) for (let r = 2; r <= sheet.rowCount; r++) values.push(sheet.getRow(r).getCell(at).text)
  return { header, values }
}

test.describe('desktop: exports', () => {
  test('admin exports the filtered customer list; the file holds exactly the listed customers', async ({ page }) => {
    test.setTimeout(180_000)
    await login(page, 'admin')
    await page.goto('/customers')
    const list = page.getByTestId('customers-page')
    await expect(list.getByTestId('customers-table')).toBeVisible()

    // A filter: status 成交.
    await list.getByTestId('filter-status').click()
    await page.getByRole('option', { name: '成交', exact: true }).click()
    await expect(list.getByTestId('filter-status')).toContainText('成交')

    const posted = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/exports')
    const download = page.waitForEvent('download', { timeout: 150_000 })
    await list.getByTestId('customers-export').click()
    const body = (await posted).postDataJSON() as ExportRequestBody
    // The list's own request, without paging.
    expect(body).toEqual({ object: 'customers', query: { status: 'deal', sort: '-updatedAt' } })

    const dialog = page.getByTestId('export-dialog')
    await expect(dialog).toBeVisible()
    await expect(dialog.locator('[data-status="done"]')).toBeVisible({ timeout: 150_000 })
    await expect(dialog.getByTestId('export-status')).toHaveText('已完成')
    const link = dialog.getByTestId('export-download')
    await expect(link).toBeVisible()
    await expect(link).toHaveAttribute('download', '')
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/api\/v1\/exports\/\d+\/file$/)
    const jobId = href!.split('/')[4]

    const file = await download
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/)
    const path = await file.path()
    const sheet = await readSheet(path, '客户名称')
    expect(sheet.header).toContain('客户名称')
    expect(sheet.header.join('')).toMatch(/[\u4e00-\u9fff]/)

    const expected = await listedNames(page, body.query)
    expect(expected.length, 'the filter lists customers').toBeGreaterThan(0)
    expect(sheet.values.length).toBe(expected.length)
    expect([...new Set(sheet.values)].sort()).toEqual([...new Set(expected)].sort())

    // 导出记录, from the dialog: the export with its download link.
    await dialog.getByTestId('export-history-link').click()
    await expect(page).toHaveURL(/\/exports$/)
    const history = page.getByTestId('exports-page')
    const fileLink = page.locator(`[data-testid="export-row-download"][data-id="${jobId}"]`)
    const row = history.locator('.el-table__row', { has: fileLink })
    await expect(row.getByTestId('export-row-download')).toHaveText('下载')
    await expect(row.getByTestId('export-row-download')).toHaveAttribute('href', `/api/v1/exports/${jobId}/file`)
    await expect(row).toContainText('客户')
    await expect(row.getByTestId('export-row-status')).toHaveText('已完成')

    // Also reachable from the user menu.
    await page.goto('/customers')
    await page.getByTestId('user-menu').click()
    await page.getByTestId('menu-exports').click()
    await expect(page.getByTestId('exports-page')).toBeVisible()
  })

  test('a refused export is told and opens nothing', async ({ page }) => {
    await login(page, 'admin')
    await page.goto('/customers')
    const button = page.getByTestId('customers-export')
    await expect(button).toBeVisible()

    // A filter the list refuses, sent to the real server: its 400 names the filter.
    await page.route('**/api/v1/exports', (route) =>
      route.continue({ postData: JSON.stringify({ object: 'customers', query: { status: 'bogus' } }) }),
    )
    await button.click()
    await expect(page.locator('.el-message--error', { hasText: '列表的筛选条件无效，未能导出（status）' })).toBeVisible()
    await expect(page.getByTestId('export-dialog')).toBeHidden()
    await page.unroute('**/api/v1/exports')

    // Three exports open already: the server's 409, in its words.
    await page.route('**/api/v1/exports', (route) =>
      route.fulfill({
        status: 409,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'export.too_many_open', message: '您已有 3 个导出正在进行，请等待完成后再导出' }, requestId: 'e2e' }),
      }),
    )
    await button.click()
    await expect(page.locator('.el-message--error', { hasText: '您已有 3 个导出正在进行，请等待完成后再导出' })).toBeVisible()
    await expect(page.getByTestId('export-dialog')).toBeHidden()
  })

  test('the admin sees 导出 on every desktop list', async ({ page }) => {
    await login(page, 'admin')
    for (const [path, testid] of [
      ['/customers', 'customers-export'],
      ['/leads', 'leads-export'],
      ['/opportunities', 'opportunities-export'],
      ['/contracts', 'contracts-export'],
    ]) {
      await page.goto(path)
      await expect(page.getByTestId(testid), path).toBeVisible()
    }
  })

  test('a rep without the export permissions sees no 导出 and no 导出记录', async ({ page }) => {
    // 销售代表 has none of customer.export, lead.export and report.export (setup BuiltinRoles).
    await login(page, 'rep01')
    await page.goto('/customers/mine')
    await expect(page.getByTestId('customers-table')).toBeVisible()
    await expect(page.getByTestId('customers-import')).toHaveCount(0)
    await expect(page.getByTestId('customers-export')).toHaveCount(0)
    await page.goto('/leads/mine')
    await expect(page.getByTestId('leads-page')).toBeVisible()
    await expect(page.getByTestId('leads-export')).toHaveCount(0)
    await page.goto('/opportunities/mine')
    await expect(page.getByTestId('deals-page')).toBeVisible()
    await expect(page.getByTestId('opportunities-export')).toHaveCount(0)
    await page.goto('/contracts/mine')
    await expect(page.getByTestId('contracts-page')).toBeVisible()
    await expect(page.getByTestId('contracts-export')).toHaveCount(0)
    await page.getByTestId('user-menu').click()
    await expect(page.getByTestId('menu-change-password')).toBeVisible()
    await expect(page.getByTestId('menu-exports')).toHaveCount(0)
  })
})
