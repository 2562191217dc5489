import { describe, expect, it } from 'vitest'
import { templateOf } from '@/features/imports/import-mapping'
import { applyProductTemplate, autoMatchProductColumns, productRowProblems } from './import-columns'

describe('product import: header auto-match', () => {
  it('matches Chinese headers, the category before the name', () => {
    expect(autoMatchProductColumns(['产品编码', '产品名称', '产品分类', '规格型号', '单位', '标价', '状态', '备注', '库存'])).toEqual([
      'code',
      'name',
      'category',
      'specification',
      'unit',
      'listPrice',
      'status',
      'description',
      null,
    ])
  })

  it('matches English headers ignoring case, spaces and marks, each field once', () => {
    expect(autoMatchProductColumns(['SKU', 'Product Name', 'Category', 'Spec', 'List Price', 'Status', 'Price'])).toEqual([
      'code',
      'name',
      'category',
      'specification',
      'listPrice',
      'status',
      null,
    ])
    expect(autoMatchProductColumns(['*产品编码（必填）', '售价(元)'])).toEqual(['code', 'listPrice'])
  })

  it('a template keeps product fields only', () => {
    const mapping = templateOf(['编码', '价格', '其他'], ['code', 'listPrice', null])
    expect(mapping).toEqual({ 编码: 'code', 价格: 'listPrice' })
    expect(applyProductTemplate(['价格', '编码', '公司'], { ...mapping, 公司: 'contactName' })).toEqual(['listPrice', 'code', null])
  })
})

describe('product import: preview problems', () => {
  it('marks missing keys, unreadable prices and statuses, empty category names', () => {
    expect(productRowProblems({ code: 'A', name: '甲', listPrice: '¥12,345.60', status: '在售', category: '硬件/服务器' })).toEqual([])
    expect(productRowProblems({ code: 'A', name: '甲', listPrice: '￥ 8,000', status: 'off' })).toEqual([])
    expect(productRowProblems({ name: '甲', listPrice: '一千' })).toEqual(['code', 'listPrice'])
    expect(productRowProblems({ code: 'A', listPrice: '-5', status: '清仓', category: '硬件//服务器' })).toEqual(['name', 'listPrice', 'status', 'category'])
  })

  it('rows that update the products of their codes need neither a name nor a price', () => {
    expect(productRowProblems({ code: 'A', unit: '台' }, true)).toEqual([])
    expect(productRowProblems({ code: 'A', listPrice: 'abc' }, true)).toEqual(['listPrice'])
    expect(productRowProblems({ code: 'A' }, false)).toEqual(['name', 'listPrice'])
  })
})
