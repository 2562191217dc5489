import { describe, expect, it } from 'vitest'
import type { Lead } from '@/api/leads'
import { emptyLeadForm, formToCreateInput, formToUpdateInput, leadDisplayName, leadToForm, primaryContact, validateLeadForm } from './lead-form'

function lead(over: Partial<Lead> = {}): Lead {
  return {
    id: '1',
    name: '张三',
    company: '星辰科技',
    creditCode: null,
    mobile: '13800001111',
    phone: null,
    email: null,
    wechat: null,
    title: '',
    sourceId: '7',
    sourceName: '展会',
    campaign: '',
    province: '',
    city: '',
    industry: '',
    status: 'new',
    invalidReason: '',
    tags: ['A'],
    customFields: {},
    notes: '',
    ownerId: '5',
    ownerName: 'rep',
    poolId: null,
    poolName: null,
    homePoolId: null,
    homePoolName: null,
    assignedRuleId: null,
    assignedRuleName: null,
    assignedAt: null,
    customerId: null,
    customerName: null,
    convertedAt: null,
    convertedContactId: null,
    firstContactAt: null,
    lastFollowUpAt: null,
    formId: null,
    createdAt: '2026-12-01T00:00:00Z',
    updatedAt: '2026-12-01T00:00:00Z',
    contactMasked: false,
    reclaim: null,
    ...over,
  }
}

describe('lead form validation', () => {
  it('needs a name or a company and one contact way — nothing else', () => {
    const form = emptyLeadForm()
    expect(validateLeadForm(form)).toEqual({ name: 'nameOrCompany', mobile: 'contactWay' })
    form.company = '星辰科技'
    form.wechat = 'xc2026'
    expect(validateLeadForm(form)).toEqual({})
  })

  it('checks the shape of a mobile and an email only when given', () => {
    const form = { ...emptyLeadForm(), name: '张三', mobile: 'abc', email: 'nope' }
    expect(validateLeadForm(form)).toEqual({ mobile: 'mobile', email: 'email' })
    expect(validateLeadForm({ ...form, mobile: '+86 138-0000-1111'.replace(/ /g, ''), email: 'a@b.cn' })).toEqual({})
  })

  it('accepts a lead whose contact ways are masked without retyping one', () => {
    expect(validateLeadForm({ ...emptyLeadForm(), name: '张三' }, true)).toEqual({})
  })
})

describe('lead form bodies', () => {
  it('sends only filled fields on create', () => {
    const form = { ...emptyLeadForm(), name: ' 张三 ', mobile: '13800001111', tags: ['展会'] }
    expect(formToCreateInput(form)).toEqual({ name: '张三', mobile: '13800001111', tags: ['展会'] })
  })

  it('sends only changes on edit, null for a cleared contact way or source', () => {
    const l = lead()
    const form = leadToForm(l)
    expect(formToUpdateInput(form, l)).toEqual({})
    form.mobile = ''
    form.wechat = 'zs'
    form.sourceId = ''
    form.tags = ['A', 'B']
    form.city = '北京'
    expect(formToUpdateInput(form, l)).toEqual({ mobile: null, wechat: 'zs', sourceId: null, tags: ['A', 'B'], city: '北京' })
  })

  it('never clears a masked contact way it could not show', () => {
    const l = lead({ contactMasked: true, mobile: '138****1111' })
    const form = leadToForm(l)
    expect(form.mobile).toBe('')
    expect(formToUpdateInput(form, l)).toEqual({})
  })
})

describe('display', () => {
  it('shows the person, else the company', () => {
    expect(leadDisplayName({ name: '', company: '星辰科技' })).toBe('星辰科技')
    expect(leadDisplayName({ name: '张三', company: '星辰科技' })).toBe('张三')
    expect(leadDisplayName({ name: ' ', company: '' })).toBe('—')
  })

  it('picks the first contact way and whether it can be called', () => {
    expect(primaryContact(lead())).toEqual({ kind: 'mobile', value: '13800001111', callable: true })
    expect(primaryContact(lead({ mobile: null, wechat: 'zs' }))).toEqual({ kind: 'wechat', value: 'zs', callable: false })
    expect(primaryContact(lead({ contactMasked: true, mobile: '138****1111' }))?.callable).toBe(false)
    expect(primaryContact(lead({ mobile: null }))).toBeNull()
  })
})
