import { describe, expect, it } from 'vitest'
import type { VisitPlan } from '@/api/visits'
import { planCreateBody, planFormFrom, planFormProblem, planPatch, remindChoices } from './plan-form'

function plan(over: Partial<VisitPlan> = {}): VisitPlan {
  return {
    id: 'p1',
    userId: 'u1',
    userName: '马超',
    customerId: 'c1',
    customerName: '北京华信科技有限公司',
    plannedAt: '2026-11-26T02:00:00Z', // 10:00 in Shanghai
    remindMinutesBefore: 30,
    notes: '带样品',
    status: 'planned',
    checkInId: null,
    createdAt: '2026-11-20T02:00:00Z',
    ...over,
  }
}

const NOW = new Date('2026-11-25T12:00:00Z')

describe('plan form', () => {
  it('starts an edit from the plan, in local time', () => {
    expect(planFormFrom(plan())).toEqual({ customerId: 'c1', local: '2026-11-26 10:00', remind: 30, notes: '带样品' })
  })

  it('asks for a customer and a time, and a time that has not passed', () => {
    const form = { customerId: '', local: '2026-11-26 10:00', remind: 30, notes: '' }
    expect(planFormProblem(form, null, NOW)).toEqual({ field: 'customerId', message: 'pickCustomer' })
    expect(planFormProblem({ ...form, customerId: 'c1', local: '' }, null, NOW)).toEqual({ field: 'plannedAt', message: 'pickTime' })
    expect(planFormProblem({ ...form, customerId: 'c1', local: '2026-11-25' }, null, NOW)).toEqual({ field: 'plannedAt', message: 'pickTime' })
    // 19:59 Shanghai is 11:59Z, a minute before NOW.
    expect(planFormProblem({ ...form, customerId: 'c1', local: '2026-11-25 19:59' }, null, NOW)).toEqual({ field: 'plannedAt', message: 'timeInPast' })
    expect(planFormProblem({ ...form, customerId: 'c1', local: '2026-11-25 20:00' }, null, NOW)).toBeNull()
  })

  it('lets an edit keep a past time, but not move a plan into the past', () => {
    const missed = plan({ plannedAt: '2026-11-24T02:00:00Z', status: 'missed' })
    const form = planFormFrom(missed)
    expect(planFormProblem({ ...form, notes: '改期' }, missed, NOW)).toBeNull()
    expect(planFormProblem({ ...form, local: '2026-11-24 11:00' }, missed, NOW)).toEqual({ field: 'plannedAt', message: 'timeInPast' })
    expect(planFormProblem({ ...form, local: '2026-11-27 09:30' }, missed, NOW)).toBeNull()
    // The customer of an edited plan is fixed: no customer check.
    expect(planFormProblem({ ...form, customerId: '' }, missed, NOW)).toBeNull()
  })

  it('sends only what changed', () => {
    const p = plan()
    const form = planFormFrom(p)
    expect(planPatch(p, form)).toEqual({})
    expect(planPatch(p, { ...form, local: '2026-11-27 15:30' })).toEqual({ plannedAt: '2026-11-27T07:30:00.000Z' })
    expect(planPatch(p, { ...form, remind: null })).toEqual({ remindMinutesBefore: null })
    expect(planPatch(p, { ...form, notes: '  带样品  ' })).toEqual({})
    expect(planPatch(p, { ...form, notes: '' })).toEqual({ notes: '' })
    // A plan time with seconds is unchanged when the form keeps its minute.
    expect(planPatch(plan({ plannedAt: '2026-11-26T02:00:30Z' }), form)).toEqual({})
  })

  it('builds the body of a new plan', () => {
    expect(planCreateBody({ customerId: 'c1', local: '2026-11-26 10:00', remind: null, notes: ' ' })).toEqual({
      customerId: 'c1',
      plannedAt: '2026-11-26T02:00:00.000Z',
      remindMinutesBefore: null,
      notes: undefined,
    })
  })

  it('offers the plan’s own reminder when it is not a standard one', () => {
    expect(remindChoices(30)).toEqual([null, 15, 30, 60, 120, 1440])
    expect(remindChoices(null)).toEqual([null, 15, 30, 60, 120, 1440])
    expect(remindChoices(45)).toEqual([null, 15, 30, 45, 60, 120, 1440])
  })
})
