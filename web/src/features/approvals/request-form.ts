// The new expense claim (报销) / leave request (请假) form ↔ POST /approval-requests: the amount
// typed in yuan and sent as exact fen, leave as an integer count of half days (the whole days of
// the range unless changed), a leave title made from its type and length when none is typed, and
// the rules the server checks. Problems are keyed by the server's field names. Pure, tested.
import type { ApprovalRequest, ApprovalRequestInput, LeaveType, RequestType } from '@/api/approvals'
import { LEAVE_TYPES } from '@/api/approvals'
import type { Translate } from '@/shared/translate'
import { formatFen, parseYuan } from '@/shared/money'
import { halfDaysText, halfDaysToDays } from './approval-text'

export const EXPENSE_CATEGORIES = ['travel', 'transport', 'meals', 'entertainment', 'office', 'other'] as const

export interface RequestForm {
  type: RequestType
  title: string
  /** expense: yuan as typed. */
  amount: string
  category: string
  leaveType: LeaveType
  startDate: string
  endDate: string
  /** leave: an integer count of half days, ≥ 1. */
  halfDays: number
  reason: string
}

/** The fields the server names in validation errors (and the form shows them on). */
export const REQUEST_FIELDS = ['title', 'amountFen', 'category', 'leaveType', 'startDate', 'endDate', 'halfDays', 'reason', 'attachmentIds'] as const

export type RequestProblems = Partial<Record<(typeof REQUEST_FIELDS)[number], 'required' | 'money' | 'amountPositive' | 'dateOrder' | 'halfDays'>>

export function requestTypeOf(value: unknown): RequestType {
  return value === 'leave' ? 'leave' : 'expense'
}

export function emptyRequestForm(type: RequestType): RequestForm {
  return { type, title: '', amount: '', category: '', leaveType: 'annual', startDate: '', endDate: '', halfDays: 0, reason: '' }
}

export function validateRequestForm(form: RequestForm): RequestProblems {
  const problems: RequestProblems = {}
  if (!form.reason.trim()) problems.reason = 'required'
  if (form.type === 'expense') {
    if (!form.title.trim()) problems.title = 'required'
    if (!form.category) problems.category = 'required'
    const fen = parseYuan(form.amount)
    if (!form.amount.trim()) problems.amountFen = 'required'
    else if (fen === null) problems.amountFen = 'money'
    else if (fen <= 0) problems.amountFen = 'amountPositive'
  } else {
    if (!LEAVE_TYPES.includes(form.leaveType)) problems.leaveType = 'required'
    if (!form.startDate) problems.startDate = 'required'
    if (!form.endDate) problems.endDate = 'required'
    if (form.startDate && form.endDate && form.endDate < form.startDate) problems.endDate = 'dateOrder'
    if (!Number.isSafeInteger(form.halfDays) || form.halfDays < 1) problems.halfDays = 'halfDays'
  }
  return problems
}

/** A leave's title when none is typed: "年假 1.5 天". */
export function leaveTitle(form: Pick<RequestForm, 'leaveType' | 'halfDays'>, t: Translate): string {
  return t('approval.leave.autoTitle', { type: t(`approval.leaveType.${form.leaveType}`), n: halfDaysToDays(form.halfDays) })
}

/** The request body (check `validateRequestForm` first). */
export function formToRequest(form: RequestForm, attachmentIds: readonly string[], t: Translate): ApprovalRequestInput {
  const reason = form.reason.trim()
  if (form.type === 'expense') {
    const body: ApprovalRequestInput = { type: 'expense', title: form.title.trim(), amountFen: parseYuan(form.amount) ?? 0, category: form.category, reason }
    if (attachmentIds.length) body.attachmentIds = [...attachmentIds]
    return body
  }
  return {
    type: 'leave',
    title: form.title.trim() || leaveTitle(form, t),
    leaveType: form.leaveType,
    startDate: form.startDate,
    endDate: form.endDate,
    halfDays: form.halfDays,
    reason,
  }
}

/** A category as shown: a known one in the UI language, anything else as stored. */
export function categoryText(category: string, t: Translate): string {
  return (EXPENSE_CATEGORIES as readonly string[]).includes(category) ? t(`approval.expense.categoryValue.${category}`) : category || '—'
}

export interface RequestRow {
  label: string
  value: string
  testid: string
}

/** The fields of a submitted request as label / value rows (the detail pages show them). */
export function requestRows(r: ApprovalRequest, t: Translate): RequestRow[] {
  const rows: RequestRow[] = []
  if (r.type === 'expense') {
    rows.push({ label: t('approval.expense.category'), value: categoryText(r.category, t), testid: 'request-category' })
    rows.push({ label: t('approval.expense.amount'), value: formatFen(r.amountFen), testid: 'request-amount' })
  } else {
    rows.push({ label: t('approval.leave.type'), value: r.leaveType ? t(`approval.leaveType.${r.leaveType}`) : '—', testid: 'request-leave-type' })
    rows.push({ label: t('approval.leave.range'), value: `${r.startDate ?? '—'} ~ ${r.endDate ?? '—'}`, testid: 'request-range' })
    rows.push({ label: t('approval.leave.length'), value: halfDaysText(r.halfDays, t), testid: 'request-days' })
  }
  rows.push({ label: t('approval.reason'), value: r.reason || '—', testid: 'request-reason' })
  return rows
}
