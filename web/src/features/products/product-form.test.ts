import { describe, expect, it } from 'vitest'
import type { Product } from '@/api/products'
import { emptyProductForm, formToProductInput, formToProductPatch, productToForm, validateProductForm } from './product-form'

const product: Product = {
  id: 'p1',
  code: 'CRM-STD',
  name: 'CRM 标准版',
  spec: '50 用户',
  unit: '套',
  listPriceFen: 1999900,
  status: 'on',
  categoryId: 'soft',
  categoryName: '软件',
  imageId: null,
  description: '',
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
}

describe('product form', () => {
  it('sends the list price as exact fen', () => {
    const form = { ...emptyProductForm('soft'), code: ' A-1 ', name: '服务', listPrice: '0.1' }
    expect(validateProductForm(form)).toEqual({})
    expect(formToProductInput(form)).toMatchObject({ code: 'A-1', name: '服务', listPriceFen: 10, categoryId: 'soft', status: 'on' })
    expect(validateProductForm(emptyProductForm())).toEqual({ code: true, name: true, listPrice: true })
    expect(validateProductForm({ ...form, listPrice: '1.001' })).toEqual({ listPrice: true })
  })

  it('patches only what changed', () => {
    const form = productToForm(product)
    expect(formToProductPatch(form, product)).toEqual({})
    form.listPrice = '19,999.01'
    form.status = 'off'
    expect(formToProductPatch(form, product)).toEqual({ listPriceFen: 1999901, status: 'off' })
  })
})
