import { describe, expect, it } from 'vitest'
import { productRow } from '@/shared/line-items'
import {
  addMonths,
  contractToForm,
  emptyContractForm,
  evenPlan,
  formToCreateInput,
  formToUpdateInput,
  formTotalFen,
  hasProblems,
  planMismatchFen,
  planRow,
  planSumFen,
  validateContractForm,
  validatePlan,
} from './contract-form'
import { contractDetail } from './test-fixtures'

const product = { id: 'p1', name: 'CRM 标准版', spec: '50 用户', unit: '套', listPriceFen: 2000000 }

describe('contract form → request body', () => {
  it('sends the lines with their product and exact fen, the total left to the server', () => {
    const form = { ...emptyContractForm({ id: 'cu1', name: '华为' }), name: ' 华为一期 ', items: [{ ...productRow(product), quantity: 3, unitPrice: '19999.99', discount: '0.3' }] }
    const body = formToCreateInput(form, true)
    expect(body).toEqual({
      customerId: 'cu1',
      name: '华为一期',
      items: [{ productId: 'p1', name: 'CRM 标准版', quantity: 3, unitPriceFen: 1999999, discountFen: 30 }],
      submit: true,
    })
    expect(formTotalFen(form)).toBe(3 * 1999999 - 30)
  })

  it('sends a typed total and the plan in fen, and a line typed by hand with no product', () => {
    const form = {
      ...emptyContractForm({ id: 'cu1', name: '华为' }),
      name: '服务',
      total: '1,000.1',
      items: [{ name: '实施', quantity: 1, unitPrice: '1000.10', discount: '' }],
      signDate: '2026-12-06',
      endDate: '2027-12-05',
      instalments: [planRow('2026-12-31', 60010), { ...planRow('2027-03-31'), amount: '400', notes: ' 尾款 ' }],
    }
    const body = formToCreateInput(form)
    expect(body.totalFen).toBe(100010)
    expect(body.items).toEqual([{ productId: null, name: '实施', quantity: 1, unitPriceFen: 100010, discountFen: 0 }])
    expect(body.instalments).toEqual([
      { dueDate: '2026-12-31', amountFen: 60010 },
      { dueDate: '2027-03-31', amountFen: 40000, notes: '尾款' },
    ])
    expect(body.signDate).toBe('2026-12-06')
    expect(body).not.toHaveProperty('submit')
    expect(body).not.toHaveProperty('startDate')
  })

  it('refuses a total that is not money, one that disagrees with the lines, and no total at all', () => {
    const base = { ...emptyContractForm({ id: 'cu1', name: '华为' }), name: 'x' }
    expect(validateContractForm({ ...base, total: '1.234' }).fields.total).toBe(true)
    expect(validateContractForm(base).fields.total).toBe(true)
    const lines = { ...base, items: [{ name: 'a', quantity: 2, unitPrice: '5', discount: '' }] }
    expect(hasProblems(validateContractForm(lines))).toBe(false)
    expect(validateContractForm({ ...lines, total: '10' }).fields).toEqual({})
    expect(validateContractForm({ ...lines, total: '10.01' }).fields.totalVsItems).toBe(true)
    expect(validateContractForm({ ...lines, startDate: '2027-01-02', endDate: '2027-01-01' }).fields.endDate).toBe(true)
  })

  it('names only what changed in a PATCH, and never the money of an active contract', () => {
    const draft = contractDetail()
    const form = contractToForm(draft)
    expect(formToUpdateInput(form, draft)).toEqual({})
    form.name = '华为一期（修订）'
    form.total = '35,000.01'
    form.items = [{ ...form.items[0], unitPrice: '17500.01' }]
    const patch = formToUpdateInput(form, draft)
    expect(patch.name).toBe('华为一期（修订）')
    expect(patch.totalFen).toBe(3500001)
    expect(patch.items).toEqual([{ productId: 'p1', name: 'CRM 标准版', quantity: 2, unitPriceFen: 1750001, discountFen: 0 }])
    expect(patch).not.toHaveProperty('endDate')

    const active = contractDetail({ status: 'active' })
    const activeForm = contractToForm(active)
    activeForm.total = '1'
    activeForm.endDate = '2028-01-01'
    activeForm.notes = '续约意向强'
    expect(formToUpdateInput(activeForm, active)).toEqual({ notes: '续约意向强' })
  })
})

describe('payment plan', () => {
  it('sums the plan against the total: a mismatch is the difference, no plan is no mismatch', () => {
    const rows = [planRow('2026-12-31', 1800000), { ...planRow('2027-06-30'), amount: '17,999.99' }]
    expect(planSumFen(rows)).toBe(3599999)
    expect(planMismatchFen(3600000, rows)).toBe(1)
    expect(planMismatchFen(3599000, rows)).toBe(-999)
    expect(planMismatchFen(3600000, [])).toBe(0)
  })

  it('flags a row without a date, with no amount, or below what it received', () => {
    expect(validatePlan([planRow('', 100), planRow('2027-01-01'), { ...planRow('2027-01-01', 100), receivedFen: 200 }, planRow('2027-01-01', 1)])).toEqual({
      0: 'dueDate',
      1: 'amount',
      2: 'amount',
    })
  })

  it('splits a total evenly by month, the remainder on the last instalment', () => {
    const rows = evenPlan(100001, 3, '2026-01-31')
    expect(rows.map((r) => [r.dueDate, r.amount])).toEqual([
      ['2026-01-31', '333.33'],
      ['2026-02-28', '333.33'],
      ['2026-03-31', '333.35'],
    ])
    expect(planSumFen(rows)).toBe(100001)
    expect(evenPlan(0, 3, '2026-01-01')).toEqual([])
    expect(addMonths('2027-12-15', 2)).toBe('2028-02-15')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
  })
})
