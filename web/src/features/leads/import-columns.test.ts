import { describe, expect, it } from 'vitest'
import { autoMatchColumns, chunk, duplicateFields, mapRows, rowProblems } from './import-columns'

describe('column auto-match', () => {
  it('matches Chinese and English headers, ignoring case, spaces and marks', () => {
    expect(autoMatchColumns(['姓名', '公司名称', '手机号', 'E-mail', '微信', '来源', '省份', '城市', '行业', '备注'])).toEqual([
      'name',
      'company',
      'mobile',
      'email',
      'wechat',
      'source',
      'province',
      'city',
      'industry',
      'notes',
    ])
    expect(autoMatchColumns(['Name', 'Company Name', 'Mobile', 'Telephone', 'Job Title', 'Campaign', 'Tags'])).toEqual([
      'name',
      'company',
      'mobile',
      'phone',
      'title',
      'campaign',
      'tags',
    ])
    expect(autoMatchColumns(['*姓名', '手机号码（必填）'])).toEqual(['name', 'mobile'])
  })

  it('prefers exact names, gives each field to one column, and leaves unknown headers alone', () => {
    // "联系电话" is exactly phone; "客户手机号" contains 手机号 (mobile); a second 姓名 column stays unmapped.
    expect(autoMatchColumns(['客户手机号', '联系电话', '姓名', '姓名', '预算', ''])).toEqual(['mobile', 'phone', 'name', null, null, null])
  })

  it('reports a field chosen twice', () => {
    expect(duplicateFields(['name', 'mobile', 'name', null])).toEqual(['name'])
    expect(duplicateFields(['name', null, 'mobile'])).toEqual([])
  })
})

describe('mapping rows', () => {
  const sources = (name: string) => (name === '展会' ? '77' : null)

  it('turns rows into lead inputs: trims, splits tags, names sources, skips empty rows', () => {
    const rows = [
      ['张三', ' 13800001111 ', '展会', 'A类, 重点；复购', ''],
      ['', '', '', '', ''],
      ['李四', '', '不存在的来源', '', '北京'],
    ]
    const mapped = mapRows(rows, ['name', 'mobile', 'source', 'tags', 'city'], sources)
    expect(mapped).toEqual([
      { line: 2, input: { name: '张三', mobile: '13800001111', sourceId: '77', tags: ['A类', '重点', '复购'] } },
      { line: 4, input: { name: '李四', city: '北京' } },
    ])
  })

  it('ignores unmapped columns', () => {
    expect(mapRows([['a', 'b']], [null, 'company'], sources)).toEqual([{ line: 2, input: { company: 'b' } }])
  })

  it('finds what a row misses before sending', () => {
    expect(rowProblems({ name: '张三', mobile: '138' })).toEqual([])
    expect(rowProblems({ company: '星辰科技', wechat: 'xc' })).toEqual([])
    expect(rowProblems({ city: '北京' })).toEqual(['nameOrCompany', 'contactWay'])
    expect(rowProblems({ name: '张三' })).toEqual(['contactWay'])
  })

  it('chunks by at most 1000', () => {
    const items = Array.from({ length: 2345 }, (_, i) => i)
    const chunks = chunk(items)
    expect(chunks.map((c) => c.length)).toEqual([1000, 1000, 345])
    expect(chunks[2][0]).toBe(2000)
    expect(chunk([], 1000)).toEqual([])
  })
})
