import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { commentProblem, decisionActions, refusalOf, visibleActions } from './actions'

const flags = (canApprove: boolean, canComment: boolean, canWithdraw: boolean, status: 'pending' | 'approved' = 'pending') => ({ canApprove, canComment, canWithdraw, status })

describe('visibleActions', () => {
  it('gives an approver of the current step the three decisions and comment', () => {
    expect(visibleActions(flags(true, true, false))).toEqual(['approve', 'reject', 'return', 'comment'])
    expect(decisionActions(flags(true, true, false))).toEqual(['approve', 'reject', 'return'])
  })

  it('gives the applicant of a pending approval comment and withdraw, no decisions', () => {
    expect(visibleActions(flags(false, true, true))).toEqual(['comment', 'withdraw'])
    expect(decisionActions(flags(false, true, true))).toEqual([])
  })

  it('gives a reader nothing but what the flags allow', () => {
    expect(visibleActions(flags(false, false, false))).toEqual([])
    expect(visibleActions(flags(false, true, false))).toEqual(['comment'])
  })

  it('offers no decision or withdraw on a decided approval even if a flag says so', () => {
    expect(visibleActions(flags(true, true, true, 'approved'))).toEqual(['comment'])
  })
})

describe('commentProblem', () => {
  it('requires a comment to reject, return or comment, not to approve', () => {
    expect(commentProblem('reject', '  ')).toBe('required')
    expect(commentProblem('return', '')).toBe('required')
    expect(commentProblem('comment', '\n')).toBe('required')
    expect(commentProblem('approve', '')).toBeNull()
    expect(commentProblem('reject', '价格太低')).toBeNull()
  })
})

describe('refusalOf', () => {
  it('reads 409 version conflicts and closed approvals as "someone acted first"', () => {
    expect(refusalOf(new ApiError(409, 'approval.version_conflict', 'x'))).toBe('actedFirst')
    expect(refusalOf(new ApiError(409, 'approval.closed', 'x'))).toBe('actedFirst')
  })

  it('reads 403 approval.not_your_turn as such, and anything else as other', () => {
    expect(refusalOf(new ApiError(403, 'approval.not_your_turn', 'x'))).toBe('notYourTurn')
    expect(refusalOf(new ApiError(403, 'permission.denied', 'x'))).toBe('other')
    expect(refusalOf(new ApiError(400, 'validation.failed', 'x'))).toBe('other')
    expect(refusalOf(new Error('boom'))).toBe('other')
  })
})
