import { describe, expect, it } from 'vitest'
import { discountBp, formatBpPercent, itemListTotalFen, itemProblem, itemRow, itemTotalFen, itemsListTotalFen, itemsToInput, itemsTotalFen, productRow } from './line-items'

describe('line items', () => {
  it('computes quantity × unit − discount in fen', () => {
    expect(itemTotalFen({ name: 'A', quantity: 3, unitPrice: '0.1', discount: '' })).toBe(30)
    expect(itemTotalFen({ name: 'A', quantity: 12, unitPrice: '1,234.56', discount: '100.5' })).toBe(12 * 123456 - 10050)
    expect(itemTotalFen({ name: 'A', quantity: 1, unitPrice: '5', discount: '6' })).toBeNull()
    expect(itemTotalFen({ name: 'A', quantity: 0, unitPrice: '5', discount: '' })).toBeNull()
  })

  it('names the first problem of a row', () => {
    expect(itemProblem({ name: ' ', quantity: 1, unitPrice: '1', discount: '' })).toBe('name')
    expect(itemProblem({ name: 'A', quantity: 1, unitPrice: '1.234', discount: '' })).toBe('unitPrice')
    expect(itemProblem({ name: 'A', quantity: 1, unitPrice: '1', discount: '2' })).toBe('discount')
    expect(itemProblem({ name: 'A', quantity: 2, unitPrice: '1', discount: '2' })).toBeNull()
  })

  it('sends and reads back rows in fen', () => {
    const rows = [
      { name: ' 软件 ', quantity: 2, unitPrice: '999.99', discount: '' },
      { name: '服务', quantity: 1, unitPrice: '500', discount: '50.5' },
    ]
    expect(itemsToInput(rows)).toEqual([
      { name: '软件', quantity: 2, unitPriceFen: 99999, discountFen: 0 },
      { name: '服务', quantity: 1, unitPriceFen: 50000, discountFen: 5050 },
    ])
    expect(itemsTotalFen(rows)).toBe(199998 + 44950)
    expect(itemRow({ productId: null, name: '服务', quantity: 1, unitPriceFen: 50000, discountFen: 5050, totalFen: 44950 })).toEqual({ name: '服务', quantity: 1, unitPrice: '500', discount: '50.50' })
  })
})

describe('product lines and the discount off list', () => {
  const product = { id: 'p1', name: 'CRM 标准版', spec: '50 用户', unit: '套', listPriceFen: 1999900 }

  it('starts a picked product at its list price and sends its id', () => {
    const row = productRow(product)
    expect(row).toMatchObject({ name: 'CRM 标准版', quantity: 1, unitPrice: '19999', productId: 'p1', spec: '50 用户', unit: '套', listPriceFen: 1999900 })
    expect(itemsToInput([{ ...row, quantity: 3, unitPrice: '18000.5' }])).toEqual([{ productId: 'p1', name: 'CRM 标准版', quantity: 3, unitPriceFen: 1800050, discountFen: 0 }])
    // A line typed by hand sends no product.
    expect(itemsToInput([itemRow()])[0]).not.toHaveProperty('productId')
  })

  it('totals the list price against the unit price and discount, in fen', () => {
    const row = { ...productRow(product), quantity: 3, unitPrice: '18000.5', discount: '0.5' }
    expect(itemListTotalFen(row)).toBe(3 * 1999900)
    expect(itemTotalFen(row)).toBe(3 * 1800050 - 50)
    // Without a list price the unit price is the list.
    expect(itemListTotalFen({ name: 'x', quantity: 2, unitPrice: '0.1', discount: '' })).toBe(20)
    expect(itemsListTotalFen([row, { name: 'x', quantity: 2, unitPrice: '0.1', discount: '' }])).toBe(3 * 1999900 + 20)
  })

  it('computes the discount in basis points as the server does (floored, never negative)', () => {
    expect(discountBp(10000, 8000)).toBe(2000)
    expect(discountBp(3, 2)).toBe(3333) // 1/3 floored
    expect(discountBp(10000, 10000)).toBe(0)
    expect(discountBp(10000, 12000)).toBe(0) // sold above list
    expect(discountBp(0, 0)).toBe(0)
    // Exact beyond what a double multiplies safely: (2^53 − 1 − 1) × 10000 overflows doubles.
    const list = Number.MAX_SAFE_INTEGER
    expect(discountBp(list, list - 1)).toBe(0)
    expect(discountBp(list, Math.floor(list / 2))).toBe(5000)
  })

  it('shows basis points as a percentage with two decimals', () => {
    expect(formatBpPercent(2000)).toBe('20.00%')
    expect(formatBpPercent(1234)).toBe('12.34%')
    expect(formatBpPercent(5)).toBe('0.05%')
    expect(formatBpPercent(-150)).toBe('-1.50%')
  })
})
