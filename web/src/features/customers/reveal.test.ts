import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import type { CustomerDetail } from '@/api/customers'
import { revealErrorText, withRevealed } from './reveal'

const contact = (id: string, mobile: string | null) =>
  ({ id, name: id, mobile, phone: null, email: 'a****@x.cn', wechat: null }) as unknown as CustomerDetail['contacts'][number]

describe('withRevealed', () => {
  it('puts the clear values in place of the masked ones and keeps the rest', () => {
    const detail = { id: 'c1', name: 'ACME', phone: '138****5678', phoneMasked: true, contacts: [contact('k1', '139****0000'), contact('k2', null)] } as unknown as CustomerDetail
    const out = withRevealed(detail, {
      phone: '13812345678',
      contacts: [{ id: 'k1', mobile: '13900000000', phone: null, email: 'a@x.cn', wechat: 'wx1' }],
      revealsLeftToday: 3,
    })
    expect(out.phone).toBe('13812345678')
    expect(out.phoneMasked).toBe(false)
    expect(out.name).toBe('ACME')
    expect(out.contacts[0]).toMatchObject({ id: 'k1', name: 'k1', mobile: '13900000000', email: 'a@x.cn', wechat: 'wx1' })
    expect(out.contacts[1]).toBe(detail.contacts[1])
    expect(detail.phone).toBe('138****5678')
  })
})

describe('revealErrorText', () => {
  const t = (key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`
  it('names the two refusals, with the quota', () => {
    expect(revealErrorText(new ApiError(409, 'customer.claim_first', 'x'), t)).toBe('reveal.claimFirst')
    expect(revealErrorText(new ApiError(429, 'reveal.quota_exceeded', 'x', { dailyQuota: 5 }), t)).toBe('reveal.quotaExceeded{"quota":5}')
  })
  it('leaves other errors to the client', () => {
    expect(revealErrorText(new ApiError(404, 'not_found', 'x'), t)).toBeNull()
    expect(revealErrorText(new Error('x'), t)).toBeNull()
  })
})
