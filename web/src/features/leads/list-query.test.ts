import { describe, expect, it } from 'vitest'
import { leadListQuery, type LeadListFilters } from './list-query'

const none: LeadListFilters = { q: '', status: '', sourceId: '', campaign: '', ownerId: null, poolId: '', created: null, sort: '-createdAt' }

describe('leadListQuery', () => {
  it('asks for the filters set, with the sort', () => {
    const f: LeadListFilters = { ...none, status: 'new', sourceId: '7', campaign: ' 双十一 ', ownerId: '42', created: ['2026-11-01', '2026-11-30'] }
    expect(leadListQuery(f, { mine: false, canSeeOthers: true })).toEqual({
      q: undefined,
      mine: undefined,
      ownerId: '42',
      poolId: undefined,
      status: 'new',
      sourceId: '7',
      campaign: '双十一',
      createdFrom: '2026-11-01',
      createdTo: '2026-11-30',
      sort: '-createdAt',
    })
  })

  it('adds the custom field filters', () => {
    expect(leadListQuery(none, { mine: true, canSeeOthers: false }, { 'cf.rooms': '5', 'cf.seasonFrom': '2026-01-01' })).toMatchObject({
      mine: true,
      'cf.rooms': '5',
      'cf.seasonFrom': '2026-01-01',
    })
  })

  it('a lead pool drops mine and the owner; a search drops the sort', () => {
    expect(leadListQuery({ ...none, poolId: '9', ownerId: '42' }, { mine: true, canSeeOthers: true })).toMatchObject({ poolId: '9', mine: undefined, ownerId: undefined })
    expect(leadListQuery({ ...none, q: ' 张 ' }, { mine: true, canSeeOthers: false })).toMatchObject({ q: '张', mine: true, sort: undefined })
  })
})
