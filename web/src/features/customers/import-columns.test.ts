import { describe, expect, it } from 'vitest'
import { decodeText, parseCsv, toTable } from '@/features/leads/import-file'
import { applyTemplate, autoMatchCustomerColumns, customerRowProblems, duplicateFields, mapCustomerRows, templateOf } from './import-columns'

// "客户名称,联系人,联系人手机,客户级别\r\n北京甲科技有限公司,张三,13800001111,A级\r\n" in GBK, as
// Excel on a Chinese Windows saves a CSV.
const GBK_CSV = new Uint8Array([
  0xbf, 0xcd, 0xbb, 0xa7, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xc1, 0xaa, 0xcf, 0xb5, 0xc8, 0xcb, 0x2c, 0xc1, 0xaa, 0xcf,
  0xb5, 0xc8, 0xcb, 0xca, 0xd6, 0xbb, 0xfa, 0x2c, 0xbf, 0xcd, 0xbb, 0xa7, 0xbc, 0xb6, 0xb1, 0xf0, 0xd, 0xa, 0xb1,
  0xb1, 0xbe, 0xa9, 0xbc, 0xd7, 0xbf, 0xc6, 0xbc, 0xbc, 0xd3, 0xd0, 0xcf, 0xde, 0xb9, 0xab, 0xcb, 0xbe, 0x2c, 0xd5,
  0xc5, 0xc8, 0xfd, 0x2c, 0x31, 0x33, 0x38, 0x30, 0x30, 0x30, 0x30, 0x31, 0x31, 0x31, 0x31, 0x2c, 0x41, 0xbc, 0xb6,
  0xd, 0xa,
])

describe('customer import: header auto-match', () => {
  it('matches Chinese headers, the contact columns before the customer ones', () => {
    expect(
      autoMatchCustomerColumns(['客户名称', '联系人', '联系人电话', '电话', '手机', '负责人', '级别', '状态', '创建时间', '创建人', '备注']),
    ).toEqual(['name', 'contactName', 'contactPhone', 'phone', 'contactMobile', 'owner', 'level', 'status', 'createdAt', 'createdBy', null])
  })

  it('matches English headers ignoring case, spaces and marks, each field once', () => {
    expect(autoMatchCustomerColumns(['Company Name', 'Contact', 'Mobile', 'E-mail', 'Owner', 'Company'])).toEqual([
      'name',
      'contactName',
      'contactMobile',
      'contactEmail',
      'owner',
      null,
    ])
    expect(autoMatchCustomerColumns(['*客户名称（必填）', '联系人手机号码'])).toEqual(['name', 'contactMobile'])
  })

  it('a template maps the headers it knows and leaves the others', () => {
    const headers = ['公司', '电话号码', '其他']
    const mapping = templateOf(headers, ['name', 'phone', null])
    expect(mapping).toEqual({ 公司: 'name', 电话号码: 'phone' })
    expect(applyTemplate(['电话号码', '新列', '公司'], mapping)).toEqual(['phone', null, 'name'])
    expect(applyTemplate(['a'], { a: 'nonsense' })).toEqual([null])
  })

  it('reports a field mapped twice', () => {
    expect(duplicateFields(['name', 'phone', 'name', null])).toEqual(['name'])
  })

  it('matches a custom field by its label, before a built-in field with the same words', () => {
    const custom = [
      { key: 'grade', label: '客户等级' },
      { key: 'stores', label: '门店数' },
    ]
    expect(autoMatchCustomerColumns(['客户名称', '客户等级', '门店数量', '级别'], custom)).toEqual([
      'name',
      'customFields.grade',
      'customFields.stores',
      'level',
    ])
    // Without the company's fields the same sheet fills the built-in level.
    expect(autoMatchCustomerColumns(['客户名称', '客户等级'])).toEqual(['name', 'level'])
  })

  it('a template keeps custom fields the company still has and drops the others', () => {
    const mapping = templateOf(['公司', '等级', '旧字段'], ['name', 'customFields.grade', 'customFields.gone'])
    expect(mapping).toEqual({ 公司: 'name', 等级: 'customFields.grade', 旧字段: 'customFields.gone' })
    expect(applyTemplate(['公司', '等级', '旧字段'], mapping, [{ key: 'grade', label: '等级' }])).toEqual(['name', 'customFields.grade', null])
    const rows = mapCustomerRows([['甲公司', '乙', 'x']], ['name', 'customFields.grade', null])
    expect(rows).toEqual([{ line: 2, fields: { name: '甲公司', 'customFields.grade': '乙' } }])
  })
})

describe('customer import: a GBK file end to end', () => {
  it('decodes GBK, matches the headers and maps the row', () => {
    const { text, encoding } = decodeText(GBK_CSV)
    expect(encoding).toBe('gbk')
    const table = toTable(parseCsv(text), encoding)
    expect(table.headers).toEqual(['客户名称', '联系人', '联系人手机', '客户级别'])
    const mapping = autoMatchCustomerColumns(table.headers)
    expect(mapping).toEqual(['name', 'contactName', 'contactMobile', 'level'])
    const rows = mapCustomerRows(table.rows, mapping)
    expect(rows).toEqual([{ line: 2, fields: { name: '北京甲科技有限公司', contactName: '张三', contactMobile: '13800001111', level: 'A级' } }])
    expect(customerRowProblems(rows[0].fields)).toEqual([])
  })

  it('a UTF-8 file with a BOM decodes as UTF-8', () => {
    const bytes = new TextEncoder().encode('\uFEFF客户名称\r\n甲\r\n')
    const { text, encoding } = decodeText(bytes)
    expect(encoding).toBe('utf-8')
    expect(toTable(parseCsv(text), encoding).headers).toEqual(['客户名称'])
  })
})

describe('customer import: the preview marks plain problems', () => {
  it('marks a missing name, a bad level, status, mobile, email, time and a contact without a name', () => {
    expect(customerRowProblems({ level: 'E', status: '无', contactMobile: '12', contactEmail: 'x', createdAt: '昨天' })).toEqual([
      'name',
      'level',
      'status',
      'contactMobile',
      'contactEmail',
      'createdAt',
      'contactName',
    ])
    expect(customerRowProblems({ name: '甲', level: 'b', status: '意向客户', createdAt: '2024/3/1 09:30' })).toEqual([])
  })

  it('leaves wholly empty rows out and numbers rows as the file does', () => {
    const rows = mapCustomerRows([['甲', ''], ['', ''], ['乙', 'x']], ['name', null])
    expect(rows.map((r) => [r.line, r.fields.name])).toEqual([
      [2, '甲'],
      [4, '乙'],
    ])
  })
})
