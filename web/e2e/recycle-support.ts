import type { Page } from '@playwright/test'
import { apiGet, apiSend, uniqueSuffix } from './support'

interface UserLite {
  id: string
  username: string
  departmentId: string
}

/**
 * A new customer (with one contact) of a new rep in rep05's department — a fresh owner, far
 * below any holding limit, so a restore gives it back to them — deleted by the admin via the API
 * unless `keep`.
 */
export async function customerOfNewRep(admin: Page, keep = false): Promise<{ id: string; name: string; ownerId: string }> {
  const users = await apiGet<{ items: UserLite[] }>(admin, '/users?limit=200')
  const rep05 = users.items.find((u) => u.username === 'rep05')
  const roles = await apiGet<{ items: { id: string; code: string }[] }>(admin, '/roles')
  const rep = roles.items.find((r) => r.code === 'rep')
  if (!rep05 || !rep) throw new Error('the demo has no rep05 or no rep role')
  const suffix = uniqueSuffix()
  const owner = await apiSend<{ id: string }>(admin, 'POST', '/users', {
    username: `rb${suffix}`,
    name: `回收${suffix.slice(-4)}`,
    password: 'test-pass-123',
    departmentId: rep05.departmentId,
    roleIds: [rep.id],
  })
  const name = `回收站旅程${suffix}有限公司`
  const c = await apiSend<{ id: string }>(admin, 'POST', '/customers', { name, ownerId: owner.id, contacts: [{ name: '回收联系人' }] })
  if (!keep) await apiSend(admin, 'DELETE', `/customers/${c.id}`)
  return { id: c.id, name, ownerId: owner.id }
}

/**
 * A visit follow-up of a new customer of the admin's, deleted by the admin via the API; with
 * `customerToo` its customer is deleted after it.
 */
export async function deletedFollowUp(
  admin: Page,
  text: string,
  customerToo = false,
): Promise<{ id: string; customerId: string; customerName: string }> {
  const customerName = `跟进回收旅程${uniqueSuffix()}有限公司`
  const c = await apiSend<{ id: string }>(admin, 'POST', '/customers', { name: customerName })
  const f = await apiSend<{ id: string }>(admin, 'POST', `/customers/${c.id}/follow-ups`, { type: 'visit', text })
  await apiSend(admin, 'DELETE', `/follow-ups/${f.id}`)
  if (customerToo) await apiSend(admin, 'DELETE', `/customers/${c.id}`)
  return { id: f.id, customerId: c.id, customerName }
}
