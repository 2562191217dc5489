import { describe, expect, it } from 'vitest'
import { customerListQuery, filtersFromQuery, regionText, SORT_OPTIONS, type ListFilters } from './options'
import { zhCN } from '@/locales/zh-CN'
import { exportQuery } from '@/features/exports/export-job'

describe('customer options', () => {
  it('shows a region without repeating a city that equals its province', () => {
    expect(regionText('北京市', '北京市')).toBe('北京市')
    expect(regionText('河北省', '石家庄市', '')).toBe('河北省 石家庄市')
    expect(regionText('', null, undefined)).toBe('')
  })

  it('every sort choice has a label', () => {
    const sort = zhCN.customer.sort as Record<string, string>
    for (const o of SORT_OPTIONS) expect(sort[o.key.split('.').pop()!], o.key).toBeTruthy()
  })

  it('reads the filters a link sets, leaving out an unknown status or level', () => {
    expect(filtersFromQuery({ industry: '制造业', level: 'B', status: 'deal', province: '河北省', city: '石家庄市', source: '展会' })).toEqual({
      status: 'deal',
      level: 'B',
      industry: '制造业',
      province: '河北省',
      city: '石家庄市',
      source: '展会',
      empty: '',
    })
    expect(filtersFromQuery({ level: 'Z', status: 'gone', industry: ['电子', '医药'] })).toEqual({
      status: '',
      level: '',
      industry: '电子',
      province: '',
      city: '',
      source: '',
      empty: '',
    })
    expect(filtersFromQuery({})).toEqual({ status: '', level: '', industry: '', province: '', city: '', source: '', empty: '' })
  })

  it('reads a comma list of levels and the columns asked to be empty, known ones only, in order', () => {
    const f = filtersFromQuery({ level: 'C,A,Q', empty: 'source,name,industry' })
    expect(f.level).toBe('A,C')
    expect(f.empty).toBe('industry,source')
  })
})

describe('customerListQuery', () => {
  const none: ListFilters = { q: '', status: '', level: '', industry: '', province: '', city: '', source: '', empty: '', tag: '', locked: '', ownerId: null, sort: '-updatedAt' }

  it('asks for the filters set, trimmed, with the sort', () => {
    const f: ListFilters = { ...none, status: 'deal', level: 'A,B', industry: ' 制造业 ', city: '', tag: ' VIP', locked: 'false', ownerId: '42' }
    expect(customerListQuery(f, { mine: false, canSeeOthers: true })).toEqual({
      q: undefined,
      mine: undefined,
      ownerId: '42',
      status: 'deal',
      level: 'A,B',
      empty: undefined,
      industry: '制造业',
      province: undefined,
      city: undefined,
      source: undefined,
      tag: 'VIP',
      locked: false,
      sort: '-updatedAt',
    })
  })

  it('我的客户 asks mine, leaves out the owner for who sees only their own, and no sort while searching', () => {
    const q = customerListQuery({ ...none, q: ' 华为 ', ownerId: '42' }, { mine: true, canSeeOthers: false })
    expect(q).toMatchObject({ q: '华为', mine: true, ownerId: undefined, sort: undefined })
  })

  it('adds the custom field filters, which the export sends too', () => {
    const q = customerListQuery({ ...none, status: 'deal' }, { mine: false, canSeeOthers: true }, { 'cf.star': '四星', 'cf.roomsFrom': '10' })
    expect(q).toMatchObject({ status: 'deal', 'cf.star': '四星', 'cf.roomsFrom': '10', sort: '-updatedAt' })
    expect(exportQuery(q)).toEqual({ status: 'deal', 'cf.star': '四星', 'cf.roomsFrom': '10', sort: '-updatedAt' })
  })
})
