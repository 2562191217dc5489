import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import type { CustomerDetail } from '@/api/customers'
import type { LeadDetail } from '@/api/leads'
import { contactMasked, revealErrorText, withRevealed, withRevealedContact, withRevealedLead } from './reveal'

const contact = (id: string, mobile: string | null) =>
  ({ id, name: id, mobile, phone: null, email: 'a****@x.cn', wechat: null }) as unknown as CustomerDetail['contacts'][number]

describe('withRevealed', () => {
  it('puts the clear values in place of the masked ones and keeps the rest', () => {
    const detail = { id: 'c1', name: 'ACME', phone: '138****5678', address: '文三****号', customFields: { cf_id: '330**********1234', cf_memo: '备忘' }, phoneMasked: true, contacts: [contact('k1', '139****0000'), contact('k2', null)] } as unknown as CustomerDetail
    const out = withRevealed(detail, {
      phone: '13812345678',
      address: '文三路90号',
      customFields: { cf_id: '330100199001011234' },
      contacts: [{ id: 'k1', mobile: '13900000000', phone: null, email: 'a@x.cn', wechat: 'wx1' }],
      revealsLeftToday: 3,
    })
    expect(out.phone).toBe('13812345678')
    expect(out.phoneMasked).toBe(false)
    expect(out.name).toBe('ACME')
    expect(out.address).toBe('文三路90号')
    expect(out.customFields).toEqual({ cf_id: '330100199001011234', cf_memo: '备忘' })
    expect(out.contacts[0]).toMatchObject({ id: 'k1', name: 'k1', mobile: '13900000000', email: 'a@x.cn', wechat: 'wx1' })
    expect(out.contacts[1]).toBe(detail.contacts[1])
    expect(detail.phone).toBe('138****5678')
  })
})

describe('withRevealedContact and withRevealedLead', () => {
  it('puts one contact in clear and leaves the others masked', () => {
    const detail = { id: 'c1', phoneMasked: true, contacts: [contact('k1', '139****0000'), contact('k2', '137****1111')] } as unknown as CustomerDetail
    const out = withRevealedContact(detail, { id: 'k2', mobile: '13711111111', phone: null, email: 'b@x.cn', wechat: null })
    expect(out.contacts[0]).toBe(detail.contacts[0])
    expect(out.contacts[1]).toMatchObject({ id: 'k2', mobile: '13711111111', email: 'b@x.cn' })
    expect(contactMasked(out.contacts[0])).toBe(true)
    expect(contactMasked(out.contacts[1])).toBe(false)
    expect(out.phoneMasked).toBe(true)
  })
  it('puts a lead\'s revealed fields in place, custom ones merged', () => {
    const lead = { id: 'l1', mobile: '138****0000', phone: null, email: 'l****@x.cn', wechat: null, contactMasked: true, customFields: { id: '44*******12', note: 'x' } } as unknown as LeadDetail
    const out = withRevealedLead(lead, { mobile: '13800000000', phone: null, email: 'lead@x.cn', wechat: null, customFields: { id: '4401012' }, revealsLeftToday: 1 })
    expect(out).toMatchObject({ mobile: '13800000000', email: 'lead@x.cn', contactMasked: false, customFields: { id: '4401012', note: 'x' } })
    expect(lead.mobile).toBe('138****0000')
  })
})

describe('revealErrorText', () => {
  const t = (key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`
  it('names the refusals, with the quota', () => {
    expect(revealErrorText(new ApiError(409, 'customer.claim_first', 'x'), t)).toBe('reveal.claimFirst')
    expect(revealErrorText(new ApiError(409, 'lead.claim_first', 'x'), t)).toBe('reveal.claimLeadFirst')
    expect(revealErrorText(new ApiError(429, 'reveal.quota_exceeded', 'x', { dailyQuota: 5 }), t)).toBe('reveal.quotaExceeded{"quota":5}')
  })
  it('leaves other errors to the client', () => {
    expect(revealErrorText(new ApiError(404, 'not_found', 'x'), t)).toBeNull()
    expect(revealErrorText(new Error('x'), t)).toBeNull()
  })
})
