import { describe, expect, it } from 'vitest'
import { itemProblem, itemRow, itemTotalFen, itemsToInput, itemsTotalFen } from './items'

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
