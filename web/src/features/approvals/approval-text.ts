// How approvals read: tag colours per status and subject type, the current step and who it waits
// on, and leave lengths — an integer count of half days shown as days ("1.5 天") without any
// floating point. Pure, tested.
import { INBOX_BOXES, type Approval, type ApprovalDetail, type ApprovalStatus, type InboxBox, type SubjectType } from '@/api/approvals'
import type { Translate } from '@/shared/translate'

export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

export const STATUS_TAG: Record<ApprovalStatus, TagType> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
  returned: 'info',
  withdrawn: 'info',
}

export const SUBJECT_TAG: Record<SubjectType, TagType> = {
  contract: 'primary',
  discount: 'warning',
  contract_change: 'primary',
  receipt: 'success',
  expense: 'danger',
  leave: 'info',
}

/** 3 half days → "1.5", 4 → "2", 1 → "0.5"; anything not a non-negative integer → "". */
export function halfDaysToDays(halfDays: number): string {
  if (!Number.isSafeInteger(halfDays) || halfDays < 0) return ''
  const whole = Math.floor(halfDays / 2)
  return halfDays % 2 === 0 ? String(whole) : `${whole}.5`
}

/** "1.5 天" / "1.5 days"; "—" until there is at least half a day. */
export function halfDaysText(halfDays: number, t: Translate): string {
  return halfDays >= 1 && halfDaysToDays(halfDays) ? t('approval.leave.days', { n: halfDaysToDays(halfDays) }) : '—'
}

/** Days from `start` to `end` inclusive ("YYYY-MM-DD"), as half days; 0 when not a range. */
export function halfDaysBetween(start: string, end: string): number {
  const a = dayNumber(start)
  const b = dayNumber(end)
  if (a === null || b === null || b < a) return 0
  return (b - a + 1) * 2
}

function dayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) return null
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return Number.isFinite(ms) ? Math.round(ms / 86_400_000) : null
}

/** "第 2 步" for a pending approval, "—" once decided. */
export function currentStepText(a: Pick<Approval, 'currentStep' | 'status'>, t: Translate): string {
  if (a.status !== 'pending' || a.currentStep === null) return '—'
  return t('approval.stepNo', { n: a.currentStep + 1 })
}

/** Whom a pending approval waits on, "张三、李四"; "—" when nobody. */
export function waitingText(a: Pick<Approval, 'waitingOn' | 'status'>, t: Translate): string {
  if (a.status !== 'pending' || a.waitingOn.length === 0) return '—'
  return a.waitingOn.map((u) => u.name).join(t('approval.listSeparator'))
}

/** The inbox box a route query names; 待我审批 (pending) unless it names another. */
export function boxFromQuery(value: unknown): InboxBox {
  return (INBOX_BOXES as readonly unknown[]).includes(value) ? (value as InboxBox) : 'pending'
}

/**
 * Where the approved object is, for contracts, change orders and receipts (their own pages);
 * "" for expense claims and leave requests, whose fields the approval shows itself.
 */
export function subjectLinkOf(a: Pick<ApprovalDetail, 'request' | 'subject'>): string {
  return a.request === null && a.subject.link ? a.subject.link : ''
}
