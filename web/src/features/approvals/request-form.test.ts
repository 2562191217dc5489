import { describe, expect, it } from 'vitest'
import type { ApprovalRequest } from '@/api/approvals'
import { translator } from '@/shared/test-i18n'
import { categoryText, emptyRequestForm, formToRequest, requestRows, requestTypeOf, validateRequestForm } from './request-form'

const zh = translator('zh-CN')

describe('expense claims', () => {
  const expense = () => ({ ...emptyRequestForm('expense'), title: ' 12 月差旅 ', category: 'travel', amount: '1,234.56', reason: ' 北京出差 ' })

  it('sends the amount as exact fen, trimmed text and the uploaded attachments', () => {
    expect(formToRequest(expense(), ['a1', 'a2'], zh)).toEqual({
      type: 'expense',
      title: '12 月差旅',
      amountFen: 123456,
      category: 'travel',
      reason: '北京出差',
      attachmentIds: ['a1', 'a2'],
    })
    expect(formToRequest({ ...expense(), amount: '0.1' }, [], zh)).toEqual({ type: 'expense', title: '12 月差旅', amountFen: 10, category: 'travel', reason: '北京出差' })
  })

  it('wants a title, a category, a positive amount of at most two decimals and a reason', () => {
    expect(validateRequestForm(expense())).toEqual({})
    expect(validateRequestForm(emptyRequestForm('expense'))).toEqual({ title: 'required', category: 'required', amountFen: 'required', reason: 'required' })
    expect(validateRequestForm({ ...expense(), amount: '1.234' }).amountFen).toBe('money')
    expect(validateRequestForm({ ...expense(), amount: '-5' }).amountFen).toBe('money')
    expect(validateRequestForm({ ...expense(), amount: '0.00' }).amountFen).toBe('amountPositive')
  })
})

describe('leave requests', () => {
  const leave = () => ({ ...emptyRequestForm('leave'), leaveType: 'sick' as const, startDate: '2026-12-07', endDate: '2026-12-08', halfDays: 3, reason: '感冒' })

  it('sends the dates and the length in half days, titled from type and length when untitled', () => {
    expect(formToRequest(leave(), ['ignored'], zh)).toEqual({
      type: 'leave',
      title: '病假 1.5 天',
      leaveType: 'sick',
      startDate: '2026-12-07',
      endDate: '2026-12-08',
      halfDays: 3,
      reason: '感冒',
    })
    expect(formToRequest({ ...leave(), title: '看病' }, [], zh).title).toBe('看病')
  })

  it('wants ordered dates and at least half a day', () => {
    expect(validateRequestForm(leave())).toEqual({})
    expect(validateRequestForm({ ...leave(), endDate: '2026-12-06' })).toEqual({ endDate: 'dateOrder' })
    expect(validateRequestForm({ ...leave(), halfDays: 0 })).toEqual({ halfDays: 'halfDays' })
    expect(validateRequestForm({ ...leave(), halfDays: 1.5 })).toEqual({ halfDays: 'halfDays' })
    expect(validateRequestForm({ ...emptyRequestForm('leave'), reason: 'x', halfDays: 1 })).toEqual({ startDate: 'required', endDate: 'required' })
  })
})

describe('shown', () => {
  const base: ApprovalRequest = {
    id: '1',
    type: 'leave',
    title: '年假',
    amountFen: 0,
    category: '',
    leaveType: 'annual',
    startDate: '2026-12-07',
    endDate: '2026-12-09',
    halfDays: 5,
    reason: '回家',
    attachmentIds: [],
    status: 'pending',
    approvalId: '9',
    applicantId: '3',
    createdAt: '2026-12-06T00:00:00Z',
  }

  it('lists a leave request with its length in days', () => {
    expect(requestRows(base, zh).map((r) => [r.label, r.value])).toEqual([
      ['请假类型', '年假'],
      ['请假时间', '2026-12-07 ~ 2026-12-09'],
      ['请假时长', '2.5 天'],
      ['事由', '回家'],
    ])
  })

  it('lists an expense claim with its amount and category', () => {
    const rows = requestRows({ ...base, type: 'expense', leaveType: null, amountFen: 123456, category: 'meals' }, zh)
    expect(rows.map((r) => r.value)).toEqual(['餐饮', '¥1,234.56', '回家'])
    expect(categoryText('自定义', zh)).toBe('自定义')
  })

  it('reads the type from the query, expense unless leave', () => {
    expect(requestTypeOf('leave')).toBe('leave')
    expect(requestTypeOf('expense')).toBe('expense')
    expect(requestTypeOf(undefined)).toBe('expense')
  })
})
