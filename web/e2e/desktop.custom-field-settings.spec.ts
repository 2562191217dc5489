import { expect, test, type Page } from '@playwright/test'
import { apiPatch } from './audit-support'
import { apiGet, apiSend, login, uniqueSuffix } from './support'

/** The fields table's row of a field, by its label. */
function rowOf(page: Page, label: string) {
  return page
    .getByTestId('cf-table')
    .locator('.el-table__row')
    .filter({ has: page.getByTestId('cf-row-label').filter({ hasText: new RegExp(`^${label}$`) }) })
}

test.describe('desktop: 系统设置 › 自定义字段', () => {
  test('the admin adds a select field, renames it, gives 北京一组 its own layout that leaves a field out, restores inheritance, and deletes the field', async ({ page }) => {
    await login(page)
    const label = `招生季${uniqueSuffix()}`
    const renamed = `${label}改`

    await page.getByTestId('menu-customFields').click()
    await expect(page).toHaveURL(/\/settings\/custom-fields/)
    await expect(page.getByTestId('custom-fields-page')).toBeVisible()
    await expect(page.getByTestId('cf-objects')).toContainText('客户')
    await expect(page.getByTestId('cf-objects')).toContainText('线索')

    // 新增字段: a select with two options, one of them the default.
    await page.getByTestId('cf-create').click()
    const dialog = page.getByTestId('cf-dialog')
    await expect(dialog).toContainText('新增字段')
    await dialog.getByTestId('cf-save').click()
    await expect(dialog).toContainText('请填写字段名称')
    await dialog.getByTestId('cf-label').fill(label)
    await dialog.getByTestId('cf-type').click()
    await page.getByTestId('cf-type-select').click()
    await dialog.getByTestId('cf-save').click()
    await expect(dialog).toContainText('请至少添加一个选项')
    await dialog.getByTestId('cf-option-input').nth(0).fill('春季')
    await dialog.getByTestId('cf-option-input').nth(1).fill('秋季')
    await dialog.getByTestId('cf-option-add').click()
    await dialog.getByTestId('cf-option-input').nth(2).fill('春季')
    await dialog.getByTestId('cf-save').click()
    await expect(dialog).toContainText('选项不能重复')
    await dialog.getByTestId('cf-option-remove').nth(2).click()
    await dialog.getByTestId('cf-default').click()
    await page.getByRole('option', { name: '秋季', exact: true }).click()
    await dialog.getByTestId('cf-save').click()
    await expect(dialog).toBeHidden()

    const row = rowOf(page, label)
    await expect(row).toBeVisible()
    await expect(row.getByTestId('cf-row-type')).toHaveText('单选')
    await expect(row).toContainText('春季、秋季')
    await expect(row.getByTestId('cf-row-visible')).toHaveText('所有人')
    const key = (await row.getByTestId('cf-row-key').textContent())!.trim()
    expect(key).toMatch(/^[a-z][a-z0-9_]*$/)

    // A second field of the same label is refused next to the label.
    await page.getByTestId('cf-create').click()
    await dialog.getByTestId('cf-label').fill(label)
    await dialog.getByTestId('cf-save').click()
    await expect(dialog).toContainText('已有同名的字段')
    await dialog.getByRole('button', { name: '取消' }).click()

    // 编辑: the label changes; the type and key are fixed.
    await row.getByTestId('cf-row-edit').click()
    await expect(dialog).toContainText('编辑字段')
    await expect(dialog.getByTestId('cf-key-fixed')).toHaveText(key)
    await expect(dialog.getByTestId('cf-type').locator('input')).toBeDisabled()
    await dialog.getByTestId('cf-label').fill(renamed)
    await dialog.getByTestId('cf-save').click()
    await expect(dialog).toBeHidden()
    await expect(rowOf(page, renamed)).toBeVisible()
    await expect(rowOf(page, label)).toHaveCount(0)

    // A company default layout of its own does not hold a new field: the page says so.
    const company = await apiGet<{ own: boolean }>(page, '/form-layouts?object=customer')
    if (company.own) await expect(page.getByTestId('cf-missing-from-layout')).toContainText(renamed)

    // 表单布局: 北京一组 inherits. Putting the new field in and leaving another out gives it its own.
    await page.getByTestId('cf-tabs').getByText('表单布局').click()
    await expect(page).toHaveURL(/tab=layout/)
    const tree = page.getByTestId('cf-layout-departments')
    await tree.getByText('北京一组', { exact: true }).click()
    await expect(page.getByTestId('cf-layout-title')).toHaveText('北京一组的表单布局')
    const source = page.getByTestId('cf-layout-source')
    await expect(source).toHaveText('继承自 公司默认')
    await expect(page.getByTestId('cf-layout-restore')).toHaveCount(0)
    const groups = page.getByTestId('cf-layout-group')
    const placed = (label: string) => groups.getByTestId('cf-layout-field').filter({ hasText: new RegExp(`^${label}`) })
    const loose = (label: string) => page.getByTestId('cf-layout-unplaced').getByTestId('cf-layout-unplaced-field').filter({ hasText: new RegExp(`^${label}`) })
    if ((await placed(renamed).count()) === 0) {
      await expect(loose(renamed)).toBeVisible()
      await groups.first().getByTestId('cf-layout-add-field').click()
      await page.getByRole('option', { name: renamed, exact: true }).click()
    }
    await expect(placed(renamed)).toBeVisible()
    await expect(loose(renamed)).toHaveCount(0)
    const first = groups.first().getByTestId('cf-layout-field').first()
    const leftOut = (await first.locator('.field-label').textContent())!.trim()
    expect(leftOut).not.toBe(renamed)
    await first.getByTestId('cf-layout-field-remove').click()
    await expect(page.getByTestId('cf-layout-dirty')).toBeVisible()
    await expect(loose(leftOut)).toBeVisible()
    await expect(page.getByTestId('cf-layout-unplaced')).toContainText('不会出现在北京一组的新建和编辑表单中')
    await page.getByTestId('cf-layout-save').click()
    await expect(page.getByText('布局已保存')).toBeVisible()
    await expect(source).toHaveText('独立布局')
    await expect(page.getByTestId('cf-layout-dirty')).toHaveCount(0)
    await expect(page.getByTestId(`cf-layout-node-${await departmentId(page, '北京一组')}`).getByTestId('cf-layout-own-mark')).toBeVisible()

    // Another department still inherits the company default, with the field left out there placed.
    await tree.getByText('北京二组', { exact: true }).click()
    await expect(page.getByTestId('cf-layout-title')).toHaveText('北京二组的表单布局')
    await expect(source).toHaveText('继承自 公司默认')
    await expect(placed(leftOut)).toBeVisible()

    // The layout survives a reload; 恢复继承 asks first, then 北京一组 inherits again.
    await page.reload()
    await tree.getByText('北京一组', { exact: true }).click()
    await expect(source).toHaveText('独立布局')
    await expect(placed(renamed)).toBeVisible()
    await expect(loose(leftOut)).toBeVisible()
    await page.getByTestId('cf-layout-restore').click()
    const box = page.locator('.el-message-box')
    await expect(box).toContainText('北京一组将不再使用自己的布局')
    await box.getByRole('button', { name: '恢复继承' }).click()
    await expect(page.getByText('已恢复继承')).toBeVisible()
    await expect(source).toHaveText('继承自 公司默认')
    await expect(placed(leftOut)).toBeVisible()
    await expect(page.getByTestId('cf-layout-restore')).toHaveCount(0)
    await expect(page.getByTestId(`cf-layout-node-${await departmentId(page, '北京一组')}`).getByTestId('cf-layout-own-mark')).toHaveCount(0)

    // 删除: the confirmation says what stays; the field then shows under 显示已删除字段.
    await page.getByTestId('cf-tabs').getByText('字段', { exact: true }).click()
    await rowOf(page, renamed).getByTestId('cf-row-delete').click()
    await expect(box).toContainText('已有记录里的值仍然保留')
    await expect(box).toContainText(`字段标识 ${key} 会一直被占用`)
    await box.getByRole('button', { name: '删除' }).click()
    await expect(page.getByText('字段已删除')).toBeVisible()
    await expect(rowOf(page, renamed)).toHaveCount(0)
    await page.getByTestId('cf-show-deleted').click()
    const gone = rowOf(page, renamed)
    await expect(gone).toBeVisible()
    await expect(gone).toHaveClass(/deleted-row/)
    await expect(gone.getByTestId('cf-row-deleted')).toHaveText('已删除')
    await expect(gone).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} 删除/)
    await expect(gone.getByTestId('cf-row-edit')).toHaveCount(0)
  })

  test('fields move up and down, and 线索 has fields of its own', async ({ page }) => {
    await login(page)
    const a = `甲${uniqueSuffix()}`
    const b = `乙${uniqueSuffix()}`
    const before = await apiGet<{ items: unknown[] }>(page, '/custom-fields?object=lead&includeDeleted=true')
    await page.goto('/settings/custom-fields?object=lead')
    await expect(page.getByTestId('custom-fields-page')).toBeVisible()
    await expect(page.getByTestId('cf-objects').locator('.el-tabs__item.is-active')).toHaveText('线索')
    if (before.items.length === 0) {
      // The demo company starts without custom fields: the empty state offers the first one.
      await expect(page.getByTestId('cf-empty')).toContainText('还没有自定义字段')
      await expect(page.getByTestId('cf-count')).toHaveText('0 / 100 个字段')
    }
    for (const label of [a, b]) {
      await page.getByTestId(label === a && before.items.length === 0 ? 'cf-empty-create' : 'cf-create').click()
      await page.getByTestId('cf-dialog').getByTestId('cf-label').fill(label)
      await page.getByTestId('cf-dialog').getByTestId('cf-save').click()
      await expect(rowOf(page, label)).toBeVisible()
    }
    const labels = () => page.getByTestId('cf-table').getByTestId('cf-row-label').allTextContents()
    expect((await labels()).slice(-2)).toEqual([a, b])
    await rowOf(page, b).getByTestId('cf-row-up').click()
    await expect(page.getByText('顺序已调整')).toBeVisible()
    await expect.poll(async () => (await labels()).slice(-2)).toEqual([b, a])
    await page.reload()
    await expect.poll(async () => (await labels()).slice(-2)).toEqual([b, a])

    await page.getByTestId('cf-object-customer').click()
    await expect(page).not.toHaveURL(/object=lead/)
    await expect(rowOf(page, a)).toHaveCount(0)
  })

  test('the server’s refusal to make a field unique while two customers share a value shows next to the switch', async ({ page }) => {
    await login(page)
    const label = `统一编号${uniqueSuffix()}`
    const field = await apiSend<{ key: string }>(page, 'POST', '/custom-fields', { object: 'customer', label, type: 'text' })
    const customers = await apiGet<{ items: { id: string }[] }>(page, '/customers?limit=2&sort=-updatedAt')
    expect(customers.items).toHaveLength(2)
    for (const c of customers.items) await apiPatch(page, `/customers/${c.id}`, { customFields: { [field.key]: `同值${label}` } })

    await page.goto('/settings/custom-fields')
    await rowOf(page, label).getByTestId('cf-row-edit').click()
    const dialog = page.getByTestId('cf-dialog')
    await dialog.getByTestId('cf-unique').click()
    await dialog.getByTestId('cf-save').click()
    await expect(dialog.locator('.el-form-item').filter({ has: page.getByTestId('cf-unique') })).toContainText('已有记录的值重复')
    await expect(dialog).toBeVisible()
  })

  test('a user without settings.configure has no 自定义字段 in the menu and cannot open it', async ({ page }) => {
    await login(page, 'rep01')
    await expect(page.getByTestId('side-menu')).toBeVisible()
    await expect(page.getByTestId('menu-customFields')).toHaveCount(0)
    await page.goto('/settings/custom-fields')
    await expect(page).toHaveURL(/\/forbidden/)
  })
})

async function departmentId(page: Page, name: string): Promise<string> {
  const response = await page.request.get('/api/v1/departments')
  const body = (await response.json()) as { items: { id: string; name: string }[] }
  return body.items.find((d) => d.name === name)!.id
}
