import { describe, expect, it } from 'vitest'
import { filtersFromRoute, filtersToQuery, unknownKeys } from './list-query'

describe('list query', () => {
  it('turns a funnel drill-down query into the list request unchanged', () => {
    const drill = { processId: '7', reachedPosition: '3', createdFrom: '2026-01-01', createdTo: '2026-12-31', ownerId: '42' }
    const filters = filtersFromRoute(drill)
    expect(filtersToQuery(filters, { mine: false, managers: true })).toEqual({
      processId: '7',
      reachedPosition: 3,
      createdFrom: '2026-01-01',
      createdTo: '2026-12-31',
      ownerId: '42',
      sort: '-createdAt',
      q: undefined,
      stageId: undefined,
      status: undefined,
      stale: undefined,
      closeMonth: undefined,
      departmentId: undefined,
    })
    expect(unknownKeys(drill)).toEqual([])
  })

  it('keeps lost reasons, closed months and statuses; ignores a bad sort', () => {
    const f = filtersFromRoute({ status: 'lost', lostReason: '价格太高', closedMonth: '2026-11', sort: 'name', stale: 'true' })
    const q = filtersToQuery(f, { mine: true, managers: true })
    expect([q.status, q.lostReason, q.closedMonth, q.sort, q.stale, q.mine, q.ownerId]).toEqual(['lost', '价格太高', '2026-11', '-createdAt', true, true, undefined])
  })

  it('names query keys it does not understand', () => {
    expect(unknownKeys({ q: 'x', wonders: '1' })).toEqual(['wonders'])
  })
})
