import { describe, expect, it } from 'vitest'
import type { OpportunityDetail } from '@/api/deals'
import { dealToForm, emptyDealForm, formToCreateInput, formToUpdateInput, hasProblems, validateDealForm } from './deal-form'
import { NEEDS, demoProcess, opportunity } from './test-fixtures'

function detail(): OpportunityDetail {
  const o = opportunity('9', NEEDS, 1234567)
  return {
    ...o,
    expectedCloseDate: '2026-12-31',
    competitors: ['友商'],
    items: [{ productId: null, name: '软件', quantity: 2, unitPriceFen: 617283, discountFen: 1, totalFen: 1234565 }],
    canEdit: true,
    canMove: true,
    canDelete: false,
    stage: NEEDS,
    process: demoProcess(),
  }
}

describe('deal form', () => {
  it('needs a customer and a name; checks the amount and each item', () => {
    const form = { ...emptyDealForm(), amount: '1.234', items: [{ name: '', quantity: 1, unitPrice: '1', discount: '' }] }
    const problems = validateDealForm(form)
    expect(problems.fields).toEqual({ customerId: true, name: true, amount: true })
    expect(problems.items).toEqual({ 0: 'name' })
    const ok = { ...emptyDealForm({ id: 'c1', name: '华为' }), name: '一期', amount: '12,345.67' }
    expect(hasProblems(validateDealForm(ok))).toBe(false)
  })

  it('creates with the amount in exact fen, or leaves it to the items', () => {
    const form = { ...emptyDealForm({ id: 'c1', name: '华为' }), name: ' 一期 ', amount: '0.1', expectedCloseDate: '2026-12-31', competitors: ['友商'] }
    expect(formToCreateInput(form)).toEqual({ customerId: 'c1', name: '一期', amountFen: 10, expectedCloseDate: '2026-12-31', competitors: ['友商'] })
    const byItems = { ...form, amount: '', items: [{ name: '软件', quantity: 3, unitPrice: '100', discount: '0.5' }] }
    const body = formToCreateInput(byItems)
    expect(body.amountFen).toBeUndefined()
    expect(body.items).toEqual([{ name: '软件', quantity: 3, unitPriceFen: 10000, discountFen: 50 }])
  })

  it('patches only what changed, null clearing the close date', () => {
    const original = detail()
    const form = dealToForm(original)
    expect(form.amount).toBe('12345.67')
    expect(formToUpdateInput(form, original)).toEqual({})
    form.amount = '12,345.68'
    form.expectedCloseDate = ''
    expect(formToUpdateInput(form, original)).toEqual({ amountFen: 1234568, expectedCloseDate: null })
  })
})
