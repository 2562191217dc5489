import { expect, test, type Page } from '@playwright/test'
import { apiGet, apiSend, login, uniqueSuffix } from './support'

// A lead's way from a public web form to a customer: the administrator has a lead pool whose push
// rule gives leads of one campaign to a rep; a visitor fills the form (no login); the rep, on a
// phone, sees the notification arrive live, opens the lead, writes a follow-up (the lead moves to
// 联系中) and converts it to a customer with an opportunity.

interface UserLite {
  id: string
  username: string
  name: string
}

async function apiPut<T>(page: Page, path: string, body: unknown): Promise<T> {
  const csrf = await page.evaluate(() => localStorage.getItem('quanke.csrf'))
  const response = await page.request.put(`/api/v1${path}`, { headers: { 'X-CSRF-Token': csrf ?? '' }, data: body })
  expect(response.ok(), `PUT ${path} → ${response.status()}`).toBeTruthy()
  return (await response.json()) as T
}

test.describe('mobile: leads', () => {
  test('a web-form lead is pushed to a rep, who follows it up and converts it on the phone', async ({ page, browser }) => {
    const suffix = uniqueSuffix()
    const campaign = `E2E 活动 ${suffix}`
    const company = `E2E 线索公司 ${suffix}`
    const person = `王${suffix}`
    const mobile = `139${String(Date.now()).slice(-8)}`

    // The administrator's side (its own browser context): a lead pool, a push rule, a web form.
    const adminContext = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    const admin = await adminContext.newPage()
    await login(admin, 'admin')
    const rep = (await apiGet<{ items: UserLite[] }>(admin, '/users?q=rep04&limit=5')).items.find((u) => u.username === 'rep04')
    expect(rep, 'the demo has rep04').toBeTruthy()
    const pool = await apiSend<{ id: string }>(admin, 'POST', '/pools', {
      name: `E2E 线索池 ${suffix}`,
      kind: 'lead',
      members: [{ type: 'user', id: rep!.id }],
      admins: [],
    })
    await apiPut(admin, `/pools/${pool.id}/push-rules`, {
      rules: [
        {
          name: `E2E 推送 ${suffix}`,
          enabled: true,
          match: { provinces: [], cities: [], industries: [], sourceIds: [], campaigns: [campaign] },
          strategy: 'user',
          userId: rep!.id,
          members: [],
        },
      ],
    })
    const form = await apiSend<{ token: string; url: string }>(admin, 'POST', '/lead-forms', {
      name: `E2E 表单 ${suffix}`,
      poolId: pool.id,
      campaign,
      fields: [
        { key: 'name', label: '您的姓名', required: true },
        { key: 'mobile', label: '手机号', required: true },
        { key: 'company', label: '公司', required: false },
      ],
      thanks: '感谢留言，我们会尽快联系您',
      enabled: true,
    })
    await adminContext.close()

    // The rep, on the phone, waits on the home page with the live notification stream open.
    await login(page, 'rep04')
    await expect(page.getByTestId('home-leads-entry')).toBeVisible()
    const unreadBefore = Number(await page.getByTestId('notification-unread').textContent())

    // A visitor fills the public form: no login, no app chrome; required fields are checked.
    const visitorContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true })
    const visitor = await visitorContext.newPage()
    await visitor.goto(form.url)
    await expect(visitor.getByTestId('public-form-title')).toHaveText(`E2E 表单 ${suffix}`)
    await expect(visitor.getByTestId('mobile-tabbar')).toHaveCount(0)
    await visitor.getByTestId('public-form-submit').click()
    await expect(visitor.getByTestId('public-field-name')).toContainText('请填写此项')
    await visitor.getByTestId('public-field-name').locator('input').fill(person)
    await visitor.getByTestId('public-field-mobile').locator('input').fill(mobile)
    await visitor.getByTestId('public-field-company').locator('input').fill(company)
    await visitor.getByTestId('public-form-submit').click()
    await expect(visitor.getByTestId('public-form-thanks')).toContainText('感谢留言，我们会尽快联系您')
    // An unknown token says so.
    await visitor.goto('/f/no-such-form-token')
    await expect(visitor.getByTestId('public-form-unavailable')).toContainText('不存在或已停用')
    await visitorContext.close()

    // The push reaches the rep's phone live: the bell counts it without a reload.
    await expect(page.getByTestId('notification-unread')).toHaveText(String(unreadBefore + 1), { timeout: 15_000 })
    await page.getByTestId('notification-bell-wrap').click()
    const notice = page.getByTestId('notification-item').filter({ hasText: person })
    await expect(notice).toContainText('已分配给你')
    await notice.click()

    // The lead: pushed by the rule, reachable by a tap on the number.
    await expect(page.getByTestId('mobile-lead-detail')).toBeVisible()
    await expect(page.getByTestId('lead-title')).toHaveText(person)
    await expect(page.getByTestId('mobile-lead-detail')).toContainText(`E2E 推送 ${suffix}`)
    await expect(page.getByTestId('lead-call').first()).toHaveAttribute('href', `tel:${mobile}`)
    await expect(page.getByTestId('lead-status')).toHaveText('新线索')

    // A follow-up moves the new lead to 联系中.
    await page.getByTestId('mobile-lead-followup').click()
    const sheet = page.getByTestId('mobile-lead-followup-sheet')
    await expect(sheet).toBeVisible()
    await expect(sheet.getByTestId('mobile-lead-followup-save')).toBeDisabled()
    await sheet.getByTestId('followup-type-call').click()
    const text = `E2E 电话沟通：需要报价 ${suffix}`
    await sheet.getByTestId('mobile-lead-followup-text').locator('textarea').fill(text)
    await sheet.getByTestId('mobile-lead-followup-save').click()
    await expect(sheet).toBeHidden()
    await expect(page.getByTestId('lead-followup-item').first()).toContainText(text)
    await expect(page.getByTestId('lead-status')).toHaveText('联系中')

    // Convert: the duplicate check finds nothing, a new customer is made and linked.
    await page.getByTestId('mobile-lead-convert').click()
    const convert = page.getByTestId('mobile-lead-convert-sheet')
    await expect(convert.getByTestId('lead-convert-clear')).toBeVisible()
    await expect(convert.getByTestId('mobile-lead-convert-name').locator('input')).toHaveValue(company)
    // With an opportunity (同时创建商机): a bad amount is refused before anything is sent.
    await convert.getByTestId('mobile-lead-convert-deal').click()
    await expect(convert.getByTestId('mobile-lead-convert-deal-name').locator('input')).toHaveValue(`${company} 商机`)
    await convert.getByTestId('mobile-lead-convert-deal-amount').locator('input').fill('12.345')
    await expect(convert.getByTestId('mobile-lead-convert-deal-amount')).toContainText('最多两位小数')
    await expect(convert.getByTestId('mobile-lead-convert-submit')).toBeDisabled()
    await convert.getByTestId('mobile-lead-convert-deal-amount').locator('input').fill('12345.6')
    await convert.getByTestId('mobile-lead-convert-deal-close').fill('2027-03-31')
    await convert.getByTestId('mobile-lead-convert-submit').click()
    await page.locator('.van-dialog').getByRole('button', { name: '转化' }).click()
    await expect(convert.getByTestId('mobile-lead-convert-done')).toContainText('已转化为新客户')
    await convert.getByTestId('mobile-lead-open-deal').click()
    await expect(page.getByTestId('mobile-deal-detail')).toBeVisible()
    await expect(page.getByTestId('deal-title')).toHaveText(`${company} 商机`)
    await expect(page.getByTestId('deal-amount')).toHaveText('¥12,345.60')

    // Back on the lead it is read-only, converted, linked to the customer.
    await page.goBack()
    await expect(page.getByTestId('lead-status')).toHaveText('已转化')
    await expect(page.getByTestId('lead-converted')).toContainText(company)
    await expect(page.getByTestId('mobile-lead-followup')).toHaveCount(0)
    await page.getByTestId('lead-converted-link').click()
    await expect(page.getByTestId('mobile-customer-detail')).toBeVisible()
    await expect(page.getByTestId('customer-title')).toHaveText(company)
  })
})
