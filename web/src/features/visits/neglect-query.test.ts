import { describe, expect, it } from 'vitest'
import { forgottenDaysFromQuery, neglectFromQuery, neglectToQuery, withCustomerLevels, withForgottenDays } from './neglect-query'

describe('neglect-query', () => {
  it('reads forgottenDays 1..3650 and falls back to 150 for anything else', () => {
    expect(forgottenDaysFromQuery({})).toBe(150)
    expect(forgottenDaysFromQuery({ forgottenDays: '90' })).toBe(90)
    expect(forgottenDaysFromQuery({ forgottenDays: '1' })).toBe(1)
    expect(forgottenDaysFromQuery({ forgottenDays: '3650' })).toBe(3650)
    for (const bad of ['0', '3651', '-5', '1.5', 'abc', '']) expect(forgottenDaysFromQuery({ forgottenDays: bad })).toBe(150)
    expect(forgottenDaysFromQuery({ forgottenDays: ['30', '60'] })).toBe(30)
  })

  it('writes forgottenDays into the query, leaving out the default and keeping the rest', () => {
    expect(withForgottenDays({ x: '1' }, 90)).toEqual({ x: '1', forgottenDays: '90' })
    expect(withForgottenDays({ x: '1', forgottenDays: '90' }, 150)).toEqual({ x: '1' })
  })

  it('round-trips the drill-down filters', () => {
    const f = { kind: 'forgotten' as const, forgottenDays: 200, ownerId: '42', departmentId: null, customerLevels: [] }
    expect(neglectToQuery(f)).toEqual({ kind: 'forgotten', forgottenDays: '200', ownerId: '42' })
    expect(neglectFromQuery(neglectToQuery(f))).toEqual(f)
    expect(neglectFromQuery({ kind: 'whatever' })).toEqual({ kind: 'never', forgottenDays: 150, ownerId: null, departmentId: null, customerLevels: [] })
    const typed = { ...f, customerLevels: ['B' as const] }
    expect(neglectToQuery(typed)).toEqual({ kind: 'forgotten', forgottenDays: '200', ownerId: '42', customerLevels: 'B' })
    expect(neglectFromQuery(neglectToQuery(typed))).toEqual(typed)
  })

  it('sets the customer levels in a query, or leaves them out', () => {
    expect(withCustomerLevels({ x: '1', customerLevels: 'A' }, ['C', 'B'])).toEqual({ x: '1', customerLevels: 'B,C' })
    expect(withCustomerLevels({ x: '1', customerLevels: 'A' }, [])).toEqual({ x: '1' })
  })
})
