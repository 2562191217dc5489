// Shared by the desktop and mobile reveal journeys: a customer of rep02 with a phone and a
// contact's mobile, with the member on its team (read), who sees both masked.
import type { Browser, Page } from '@playwright/test'
import { apiGet, apiSend, login, uniqueSuffix } from './support'

export interface MaskedForMember {
  customerId: string
  phone: string
  mobile: string
}

/** Signs `page` (the test's own, with the project's viewport) in as `member`; the owner works in a context of its own. */
export async function teamCustomerFor(browser: Browser, member: string, page: Page): Promise<MaskedForMember> {
  await login(page, member)
  const me = await apiGet<{ user: { id: string } }>(page, '/me')
  const owner = await (await browser.newContext()).newPage()
  await login(owner, 'rep02')
  const digits = String(Date.now()).slice(-8)
  const phone = `139${digits}`
  const mobile = `137${digits}`
  const customer = await apiSend<{ id: string }>(owner, 'POST', '/customers', {
    name: `E2E号码客户${uniqueSuffix()}有限公司`,
    phone,
    contacts: [{ name: '王经理', mobile }],
  })
  await apiSend(owner, 'POST', `/customers/${customer.id}/team`, { userId: me.user.id, access: 'read' })
  await owner.context().close()
  return { customerId: customer.id, phone, mobile }
}

export interface MaskedLead {
  leadId: string
  mobile: string
}

/**
 * A lead of the admin's, and `page` signed in as a new user of a role that sees every lead but
 * not protected fields (no field.view_protected): the lead's numbers are masked for them.
 */
export async function maskedLeadFor(browser: Browser, page: Page): Promise<MaskedLead> {
  const admin = await (await browser.newContext()).newPage()
  await login(admin)
  const role = await apiSend<{ id: string }>(admin, 'POST', '/roles', {
    name: `无号码经理${uniqueSuffix()}`,
    dataScope: 'all',
    permissions: ['lead.view', 'customer.view'],
  })
  const me = await apiGet<{ user: { departmentId: string } }>(admin, '/me')
  const username = `fp${uniqueSuffix().slice(-8)}`.toLowerCase()
  const password = 'test-pass-123'
  await apiSend(admin, 'POST', '/users', { username, name: '无号码经理', password, departmentId: me.user.departmentId, roleIds: [role.id] })
  const mobile = `135${String(Date.now()).slice(-8)}`
  const lead = await apiSend<{ id: string }>(admin, 'POST', '/leads', { name: `护线索${uniqueSuffix()}`, company: `护公司${uniqueSuffix()}`, mobile })
  await admin.context().close()
  await login(page, username, password)
  return { leadId: lead.id, mobile }
}
