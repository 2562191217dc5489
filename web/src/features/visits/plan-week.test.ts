import { describe, expect, it } from 'vitest'
import type { VisitPlan } from '@/api/visits'
import { groupByDay, shiftWeek, timeOfDay, weekRange, weekStartOf } from './plan-week'

function plan(id: string, plannedAt: string): VisitPlan {
  return { id, userId: 'u', userName: 'u', customerId: 'c', customerName: 'c', plannedAt, remindMinutesBefore: null, notes: '', status: 'planned', checkInId: null, createdAt: plannedAt }
}

describe('plan week', () => {
  it('starts weeks on Monday in the company time zone', () => {
    // 2026-11-26 is a Thursday; 2026-11-29 20:00Z is Monday 04:00 in Shanghai.
    expect(weekStartOf('2026-11-26T03:00:00Z')).toBe('2026-11-23')
    expect(weekStartOf('2026-11-29T20:00:00Z')).toBe('2026-11-30')
    expect(weekStartOf('2026-11-29T15:00:00Z')).toBe('2026-11-23')
    expect(shiftWeek('2026-11-23', 1)).toBe('2026-11-30')
    expect(shiftWeek('2026-11-23', -1)).toBe('2026-11-16')
  })
  it('gives the week as UTC instants', () => {
    expect(weekRange('2026-11-23')).toEqual({ from: '2026-11-22T16:00:00.000Z', to: '2026-11-29T16:00:00.000Z' })
  })
  it('groups plans by local day, by time', () => {
    const days = groupByDay('2026-11-23', [plan('b', '2026-11-26T06:00:00Z'), plan('a', '2026-11-26T01:30:00Z'), plan('c', '2026-11-22T17:00:00Z')])
    expect(days.map((d) => d.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'])
    expect(days[0].weekday).toBe(1)
    expect(days[6].weekday).toBe(0)
    expect(days[0].plans.map((p) => p.id)).toEqual(['c'])
    expect(days[3].plans.map((p) => p.id)).toEqual(['a', 'b'])
    expect(timeOfDay('2026-11-26T01:30:00Z')).toBe('09:30')
  })
})
