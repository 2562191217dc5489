// The first-run journey, shared by the desktop and phone specs: an empty server sends the visitor
// to 创建公司; the form checks its fields; creating the company signs the administrator in.
import { expect, type Page } from '@playwright/test'
import { uniqueSuffix } from './support'

export async function createCompanyThroughSetup(page: Page): Promise<{ code: string; name: string }> {
  // The home page of an empty server leads to the setup, not the login.
  await page.goto('/')
  await expect(page).toHaveURL(/\/setup$/)
  await expect(page.getByTestId('setup-page')).toBeVisible()
  await expect(page.getByRole('heading', { name: '创建公司' })).toBeVisible()
  // /login too, while there is no company.
  await page.goto('/login')
  await expect(page).toHaveURL(/\/setup$/)

  // The time zone comes from the browser (the test browser runs in Asia/Shanghai).
  await expect(page.getByTestId('setup-time-zone')).toContainText('Asia/Shanghai')

  // Trying to send an empty form shows what is missing, without asking the server.
  await page.getByTestId('setup-submit').click()
  await expect(page.getByText('请填写公司名称')).toBeVisible()
  await expect(page.getByText('请填写企业代码')).toBeVisible()

  const suffix = uniqueSuffix()
  const code = `e2e-${suffix}`
  const name = `E2E 星辰科技 ${suffix}`
  await page.getByTestId('setup-name').fill(name)
  // Upper case and spaces become the code's form on leaving the field.
  await page.getByTestId('setup-code').fill(`E2E ${suffix}`.toUpperCase())
  await page.getByTestId('setup-code').blur()
  await expect(page.getByTestId('setup-code')).toHaveValue(code)
  await page.getByTestId('setup-admin-name').fill('王总')
  await page.getByTestId('setup-password').fill('short')
  await page.getByTestId('setup-password').blur()
  await expect(page.getByText('密码至少 8 位')).toBeVisible()
  await page.getByTestId('setup-password').fill('firstrun123')
  await page.getByTestId('setup-password-confirm').fill('firstrun124')
  await page.getByTestId('setup-submit').click()
  await expect(page.getByText('两次输入的密码不一致')).toBeVisible()
  await page.getByTestId('setup-password-confirm').fill('firstrun123')
  await page.getByTestId('setup-submit').click()

  // Signed in as the new administrator, on the home page.
  await expect(page).toHaveURL(/\/$/)
  await expect.poll(async () => (await page.request.get('/api/v1/me')).status()).toBe(200)
  const me = (await (await page.request.get('/api/v1/me')).json()) as { user: { username: string; name: string }; tenant: { code: string; name: string; timeZone: string } }
  expect(me.user.username).toBe('admin')
  expect(me.user.name).toBe('王总')
  expect(me.tenant).toMatchObject({ code, name, timeZone: 'Asia/Shanghai' })

  // Setup is done: /setup leads to the login once signed out.
  expect((await (await page.request.get('/api/v1/setup')).json()) as { needed: boolean }).toEqual({ needed: false })
  return { code, name }
}
