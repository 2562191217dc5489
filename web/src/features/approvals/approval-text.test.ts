import { describe, expect, it } from 'vitest'
import { translator } from '@/shared/test-i18n'
import { boxFromQuery, currentStepText, halfDaysBetween, halfDaysText, halfDaysToDays, subjectLinkOf, waitingText } from './approval-text'

const zh = translator('zh-CN')
const en = translator('en')

describe('half days as days', () => {
  it('reads an integer count of half days as days, exactly', () => {
    expect(halfDaysToDays(1)).toBe('0.5')
    expect(halfDaysToDays(2)).toBe('1')
    expect(halfDaysToDays(3)).toBe('1.5')
    expect(halfDaysToDays(20)).toBe('10')
    expect(halfDaysToDays(2_000_001)).toBe('1000000.5')
    expect(halfDaysToDays(0)).toBe('0')
  })

  it('shows nothing for what is not a count', () => {
    expect(halfDaysToDays(1.5)).toBe('')
    expect(halfDaysToDays(-2)).toBe('')
    expect(halfDaysToDays(Number.NaN)).toBe('')
  })

  it('words it in both languages', () => {
    expect(halfDaysText(3, zh)).toBe('1.5 天')
    expect(halfDaysText(3, en)).toBe('1.5 days')
    expect(halfDaysText(1, zh)).toBe('0.5 天')
    expect(halfDaysText(0, zh)).toBe('—')
    expect(halfDaysText(-1, zh)).toBe('—')
  })

  it('counts a date range inclusively, across months and leap days', () => {
    expect(halfDaysBetween('2026-12-07', '2026-12-07')).toBe(2)
    expect(halfDaysBetween('2026-12-30', '2027-01-02')).toBe(8)
    expect(halfDaysBetween('2028-02-28', '2028-03-01')).toBe(6)
    // Across the change to summer time somewhere else: still whole days (UTC arithmetic).
    expect(halfDaysBetween('2026-03-28', '2026-03-30')).toBe(6)
  })

  it('gives 0 for a backwards or unfinished range', () => {
    expect(halfDaysBetween('2026-12-08', '2026-12-07')).toBe(0)
    expect(halfDaysBetween('', '2026-12-07')).toBe(0)
    expect(halfDaysBetween('2026-12-07', '12/08/2026')).toBe(0)
  })
})

describe('inbox columns', () => {
  it('numbers the current step from 1 while pending, else a dash', () => {
    expect(currentStepText({ status: 'pending', currentStep: 0 }, zh)).toBe('第 1 步')
    expect(currentStepText({ status: 'pending', currentStep: 2 }, en)).toBe('Step 3')
    expect(currentStepText({ status: 'approved', currentStep: null }, zh)).toBe('—')
  })

  it('names whom a pending approval waits on', () => {
    const waitingOn = [
      { userId: '1', name: '张三' },
      { userId: '2', name: '李四' },
    ]
    expect(waitingText({ status: 'pending', waitingOn }, zh)).toBe('张三、李四')
    expect(waitingText({ status: 'pending', waitingOn }, en)).toBe('张三, 李四')
    expect(waitingText({ status: 'rejected', waitingOn }, zh)).toBe('—')
    expect(waitingText({ status: 'pending', waitingOn: [] }, zh)).toBe('—')
  })
})

describe('routes and links', () => {
  it('reads the inbox box from the query, 待我审批 unless another is named', () => {
    expect(boxFromQuery('done')).toBe('done')
    expect(boxFromQuery('mine')).toBe('mine')
    expect(boxFromQuery('pending')).toBe('pending')
    expect(boxFromQuery('all')).toBe('pending')
    expect(boxFromQuery(undefined)).toBe('pending')
    expect(boxFromQuery(['done'])).toBe('pending')
  })

  it('links to the object of contracts and the like, not to expense claims or leave', () => {
    const subject = { type: 'contract' as const, id: '7', title: '合同', link: '/contracts/7' }
    expect(subjectLinkOf({ request: null, subject })).toBe('/contracts/7')
    expect(subjectLinkOf({ request: null, subject: { ...subject, link: '' } })).toBe('')
    expect(subjectLinkOf({ request: detailRequest, subject: { ...subject, type: 'expense', link: '/approvals/40' } })).toBe('')
  })
})

const detailRequest = {
  id: '1',
  type: 'expense' as const,
  title: '报销',
  amountFen: 100,
  category: 'meals',
  leaveType: null,
  startDate: null,
  endDate: null,
  halfDays: 0,
  reason: '',
  attachmentIds: [],
  status: 'pending' as const,
  approvalId: '40',
  applicantId: '3',
  createdAt: '2026-12-06T00:00:00Z',
}
