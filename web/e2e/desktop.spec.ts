import { expect, test } from '@playwright/test'
import { DEMO_TENANT, login, uniqueSuffix } from './support'

test.describe('desktop: administrator', () => {
  test('wrong password shows the server message', async ({ page }) => {
    await page.goto('/login')
    await page.getByTestId('login-tenant').fill(DEMO_TENANT)
    await page.getByTestId('login-username').fill('admin')
    await page.getByTestId('login-password').fill('definitely-wrong')
    await page.getByTestId('login-submit').click()
    await expect(page.getByTestId('login-error')).toBeVisible()
    await expect(page).toHaveURL(/\/login/)
  })

  test('creates a department and a user, finds the user, logs out', async ({ page }) => {
    const suffix = uniqueSuffix()
    const deptName = `E2E部门${suffix}`
    const username = `e2e_${suffix}`
    const personName = `测试${suffix}`

    await login(page)
    await expect(page.getByTestId('welcome-card')).toBeVisible()
    await expect(page.getByTestId('side-menu')).toBeVisible()

    // Department under the root (the first top-level department, e.g. 总部).
    await page.getByTestId('menu-departments').click()
    await expect(page).toHaveURL(/\/org\/departments/)
    const root = page.getByTestId('dept-node').first()
    await expect(root).toBeVisible()
    await root.getByTestId('dept-add-child').click()
    const deptDialog = page.getByTestId('dept-dialog')
    await expect(deptDialog).toBeVisible()
    await deptDialog.getByTestId('dept-name').fill(deptName)
    await deptDialog.getByTestId('dept-save').click()
    await expect(deptDialog).toBeHidden()
    await expect(page.locator(`[data-testid="dept-node"][data-name="${deptName}"]`)).toBeVisible()

    // A user in that department with an existing role.
    await page.getByTestId('menu-users').click()
    await expect(page).toHaveURL(/\/org\/users/)
    await page.getByTestId('users-create').click()
    const userDialog = page.getByTestId('user-dialog')
    await expect(userDialog).toBeVisible()
    await userDialog.getByTestId('user-username').fill(username)
    await userDialog.getByTestId('user-name').fill(personName)
    await userDialog.getByTestId('user-password').fill('Passw0rd!e2e')

    await userDialog.locator('.el-select[data-testid="user-department"]').click()
    const deptOption = page.locator('.el-tree-select__popper:visible .el-tree-node__content', { hasText: deptName })
    await deptOption.first().click()
    await expect(page.locator('.el-tree-select__popper:visible')).toHaveCount(0)

    await userDialog.getByTestId('user-roles').click()
    // Tree nodes are treeitems, so this sees only the roles dropdown's options.
    const roleOptions = page.getByRole('option')
    await expect(roleOptions.first()).toBeVisible()
    const repRole = page.getByRole('option', { name: '销售代表', exact: true })
    // 销售代表 (rep) is in the demo data; any existing role will do if it was renamed.
    if ((await repRole.count()) > 0) await repRole.click()
    else await roleOptions.first().click()
    await expect(userDialog.locator('.el-select[data-testid="user-roles"] .el-tag')).toHaveCount(1)
    // Close the multi-select dropdown before saving.
    await userDialog.getByTestId('user-name').click()

    await userDialog.getByTestId('user-save').click()
    await expect(userDialog).toBeHidden()

    // Find the user via the search box.
    await page.getByTestId('users-search').fill(username)
    await page.getByTestId('users-search').press('Enter')
    const table = page.getByTestId('users-table')
    await expect(table.getByText(username, { exact: true })).toBeVisible()
    await expect(table.getByText(deptName)).toBeVisible()
    await expect(page.getByTestId('users-total')).toContainText('1')

    // Log out through the user menu.
    await page.getByTestId('user-menu').click()
    await page.getByTestId('menu-logout').click()
    await expect(page).toHaveURL(/\/login/)
    await expect(page.getByTestId('login-submit')).toBeVisible()

    // The session is really gone: a protected page sends us back to login.
    await page.goto('/org/users')
    await expect(page).toHaveURL(/\/login/)
  })

  test('language switch changes the UI and is remembered', async ({ page }) => {
    await page.goto('/login')
    await expect(page.getByTestId('login-submit')).toContainText('登录')
    await page.getByTestId('language-switch').click()
    await expect(page.getByTestId('login-submit')).toContainText('Sign in')
    await page.reload()
    await expect(page.getByTestId('login-submit')).toContainText('Sign in')
    await page.getByTestId('language-switch').click()
    await expect(page.getByTestId('login-submit')).toContainText('登录')
  })

  test('roles page lists roles with data scopes and the permission matrix', async ({ page }) => {
    await login(page)
    await page.getByTestId('menu-roles').click()
    const table = page.getByTestId('roles-table')
    await expect(table.getByText('管理员').first()).toBeVisible()
    await table.getByTestId('role-edit').first().click()
    const dialog = page.getByTestId('role-dialog')
    await expect(dialog.getByTestId('permission-matrix')).toBeVisible()
    await expect(dialog.getByTestId('role-scope-department_tree')).toContainText('本部门及下级')
    await expect(dialog.getByTestId('perm-org-view')).toBeVisible()
    await dialog.getByRole('button', { name: '取消' }).click()
    await expect(dialog).toBeHidden()
  })
})
