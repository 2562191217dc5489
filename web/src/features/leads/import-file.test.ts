// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { cellText, decodeText, parseCsv, readXlsx, toTable } from './import-file'

// "姓名,手机\r\n张三,13800001111\r\n" in GBK (what Excel on a Chinese Windows saves as CSV).
const GBK_BYTES = new Uint8Array([
  0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xca, 0xd6, 0xbb, 0xfa, 0x0d, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x31, 0x33, 0x38, 0x30, 0x30, 0x30,
  0x30, 0x31, 0x31, 0x31, 0x31, 0x0d, 0x0a,
])

describe('decoding', () => {
  it('reads UTF-8 and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('姓名,手机\n')])
    expect(decodeText(bytes)).toEqual({ text: '姓名,手机\n', encoding: 'utf-8' })
  })

  it('falls back to GBK when the bytes are not UTF-8', () => {
    const { text, encoding } = decodeText(GBK_BYTES)
    expect(encoding).toBe('gbk')
    expect(parseCsv(text)).toEqual([
      ['姓名', '手机'],
      ['张三', '13800001111'],
    ])
  })
})

describe('CSV', () => {
  it('handles quotes, doubled quotes, separators and line breaks inside quotes', () => {
    const text = 'name,notes,company\n"王五","说 ""你好""，\n第二行","A, B 公司"\r\nx,,y'
    expect(parseCsv(text)).toEqual([
      ['name', 'notes', 'company'],
      ['王五', '说 "你好"，\n第二行', 'A, B 公司'],
      ['x', '', 'y'],
    ])
  })

  it('reads tab-separated text and drops trailing empty lines', () => {
    expect(parseCsv('姓名\t手机\n张三\t138\n\n\n')).toEqual([
      ['姓名', '手机'],
      ['张三', '138'],
    ])
  })

  it('makes a table: header trimmed, rows padded or cut to its width, trailing blank rows dropped', () => {
    expect(toTable([[' 姓名 ', '手机'], ['张三'], ['', ''], ['李四', '139', 'extra'], ['', '']], 'utf-8')).toEqual({
      headers: ['姓名', '手机'],
      rows: [
        ['张三', ''],
        ['', ''],
        ['李四', '139'],
      ],
      encoding: 'utf-8',
    })
    expect(toTable([], 'gbk')).toEqual({ headers: [], rows: [], encoding: 'gbk' })
  })
})

describe('xlsx', () => {
  it('turns cells into text', () => {
    expect(cellText(null)).toBe('')
    expect(cellText(13800001111)).toBe('13800001111')
    expect(cellText(new Date(Date.UTC(2026, 10, 3)))).toBe('2026-11-03')
    expect(cellText({ richText: [{ text: '星辰' }, { text: '科技' }] })).toBe('星辰科技')
    expect(cellText({ formula: 'A1', result: 42 })).toBe('42')
    expect(cellText({ text: 'a@b.cn', hyperlink: 'mailto:a@b.cn' })).toBe('a@b.cn')
  })

  it('reads the first worksheet of a workbook', async () => {
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('线索')
    sheet.addRow(['姓名', '公司', '手机'])
    sheet.addRow(['张三', '星辰科技', 13800001111])
    sheet.addRow([])
    sheet.addRow(['李四', null, '13900002222'])
    const buffer = await workbook.xlsx.writeBuffer()
    const rows = await readXlsx(buffer as ArrayBuffer)
    expect(toTable(rows, 'xlsx')).toEqual({
      headers: ['姓名', '公司', '手机'],
      rows: [
        ['张三', '星辰科技', '13800001111'],
        ['', '', ''],
        ['李四', '', '13900002222'],
      ],
      encoding: 'xlsx',
    })
  })
})
