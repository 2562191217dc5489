import { describe, expect, it } from 'vitest'
import { emptyInvoiceForm, emptyReceiptForm, invoiceFormToInput, receiptFormToInput, validateInvoiceForm, validateReceiptForm } from './money-forms'
import { contractDetail } from './test-fixtures'

const today = '2026-12-06'

describe('receipt form', () => {
  it('sends the amount as exact fen, without allocations unless asked', () => {
    const form = { ...emptyReceiptForm(today), amount: '0.1', account: ' 招行 ', method: 'wechat' as const }
    expect(validateReceiptForm(form, today)).toEqual({})
    expect(receiptFormToInput(form)).toEqual({ amountFen: 10, receivedOn: today, method: 'wechat', account: '招行' })
  })

  it('refuses nothing, too many decimals and a date after today', () => {
    expect(validateReceiptForm({ ...emptyReceiptForm(today), amount: '' }, today).amount).toBe(true)
    expect(validateReceiptForm({ ...emptyReceiptForm(today), amount: '0' }, today).amount).toBe(true)
    expect(validateReceiptForm({ ...emptyReceiptForm(today), amount: '1.001' }, today).amount).toBe(true)
    expect(validateReceiptForm({ ...emptyReceiptForm('2026-12-07'), amount: '1' }, today).receivedOn).toBe(true)
  })

  it('allocates by hand: the parts must add up to the amount and fit what each instalment owes', () => {
    const { instalments } = contractDetail()
    const form = { ...emptyReceiptForm(today), amount: '18,000.5', allocate: true, allocations: { i1: '18000', i2: '0.5' } }
    expect(validateReceiptForm(form, today, instalments)).toEqual({})
    expect(receiptFormToInput(form).allocations).toEqual([
      { instalmentId: 'i1', amountFen: 1800000 },
      { instalmentId: 'i2', amountFen: 50 },
    ])
    expect(validateReceiptForm({ ...form, allocations: { i1: '18000' } }, today, instalments).allocations).toBe(true)
    expect(validateReceiptForm({ ...form, amount: '18000.01', allocations: { i1: '18000.01' } }, today, instalments).allocations).toBe(true)
  })
})

describe('invoice form', () => {
  it('sends the amount as exact fen and leaves empty fields out', () => {
    const form = { ...emptyInvoiceForm(today, '华为'), number: ' No.001 ', amount: '12,345.67' }
    expect(validateInvoiceForm(form)).toEqual({})
    expect(invoiceFormToInput(form)).toEqual({ type: 'vat_normal', number: 'No.001', title: '华为', amountFen: 1234567, issuedOn: today })
    expect(validateInvoiceForm({ ...form, number: '', amount: '-1' })).toEqual({ number: true, amount: true })
  })
})
