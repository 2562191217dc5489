// The approval engine (审批): flows per subject type, approvals with their steps and history, the
// inbox, and the expense claims (报销) and leave requests (请假) it owns — checked against
// docs/api-approvals.md. Ids are strings, instants ISO-8601 UTC, dates "YYYY-MM-DD", money in
// integer fen (fields ending in `Fen`), leave in an integer count of half days.
import { asList, request } from './client'
import type { ListResponse } from './types'

export type SubjectType = 'contract' | 'discount' | 'contract_change' | 'receipt' | 'expense' | 'leave'
export const SUBJECT_TYPES: readonly SubjectType[] = ['contract', 'discount', 'contract_change', 'receipt', 'expense', 'leave']

// --- flows ---------------------------------------------------------------------------------

export type ApproverType = 'users' | 'role' | 'dept_head'
export const APPROVER_TYPES: readonly ApproverType[] = ['users', 'role', 'dept_head']

/** any = 或签 (the first approval completes the step), all = 会签 (every approver approves). */
export type StepMode = 'any' | 'all'
export const STEP_MODES: readonly StepMode[] = ['any', 'all']

export interface FlowStep {
  name: string
  approverType: ApproverType
  /** users: the named users. */
  userIds: string[]
  /** role: the role whose active holders approve. */
  roleId: string | null
  /** dept_head: 1 = the head of the applicant's department, 2 = its parent's head, … (1..5). */
  levels: number
  mode: StepMode
}

export interface ApprovalFlow {
  id: string
  subjectType: SubjectType
  name: string
  enabled: boolean
  /** The first enabled flow of the type (by position) whose condition holds is used. */
  position: number
  /** Applies when min ≤ amount < max; null = unbounded. */
  minAmountFen: number | null
  maxAmountFen: number | null
  /** 1..10. */
  steps: FlowStep[]
  version: number
  updatedAt: string
}

export type ApprovalFlowInput = Partial<Omit<ApprovalFlow, 'id' | 'version' | 'updatedAt'>>

export function listApprovalFlows(subjectType?: SubjectType): Promise<{ items: ApprovalFlow[] }> {
  return request<{ items: ApprovalFlow[] } | ApprovalFlow[]>('/approval-flows', { query: { subjectType } }).then(asList)
}

export function getApprovalFlow(id: string): Promise<ApprovalFlow> {
  return request(`/approval-flows/${enc(id)}`)
}

/** `silent`: the editor shows the field errors itself (no toast). */
export function createApprovalFlow(body: ApprovalFlowInput, silent = false): Promise<ApprovalFlow> {
  return request('/approval-flows', { method: 'POST', body, silent })
}

export function updateApprovalFlow(id: string, body: ApprovalFlowInput, silent = false): Promise<ApprovalFlow> {
  return request(`/approval-flows/${enc(id)}`, { method: 'PATCH', body, silent })
}

export function deleteApprovalFlow(id: string): Promise<void> {
  return request(`/approval-flows/${enc(id)}`, { method: 'DELETE' })
}

// --- approvals -----------------------------------------------------------------------------

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'returned' | 'withdrawn'
export const APPROVAL_STATUSES: readonly ApprovalStatus[] = ['pending', 'approved', 'rejected', 'returned', 'withdrawn']

export type StepState = 'waiting' | 'pending' | 'approved' | 'rejected' | 'returned' | 'skipped'
export type ApproverState = 'waiting' | 'pending' | 'approved' | 'rejected' | 'returned' | 'cancelled'
export type HistoryAction = 'submit' | 'approve' | 'reject' | 'return' | 'comment' | 'withdraw' | 'skip' | 'auto_approve'

export interface UserRefLite {
  userId: string
  name: string
}

export interface Approval {
  id: string
  subjectType: SubjectType
  subjectId: string
  title: string
  amountFen: number
  applicantId: string
  applicantName: string
  departmentId: string
  status: ApprovalStatus
  flowId: string | null
  flowName: string
  /** 0-based; null once decided. */
  currentStep: number | null
  createdAt: string
  decidedAt: string | null
  /** Who may act now. */
  waitingOn: UserRefLite[]
}

export interface StepApprover {
  userId: string
  name: string
  state: ApproverState
  comment: string
  actedAt: string | null
}

export interface ApprovalStep {
  name: string
  mode: StepMode
  state: StepState
  approvers: StepApprover[]
  /** Why a step or a level was skipped ("" when nothing to say). */
  note: string
}

export interface HistoryEntry {
  action: HistoryAction
  step: number | null
  userId: string | null
  userName: string
  comment: string
  at: string
}

export interface ApprovalSubject {
  /** The subject type (the server's schema names it a plain string). */
  type: string
  id: string
  title: string
  /** The web path of the object, e.g. /contracts/123. */
  link: string
}

export type RequestType = 'expense' | 'leave'
export type LeaveType = 'annual' | 'sick' | 'personal' | 'other'
export const LEAVE_TYPES: readonly LeaveType[] = ['annual', 'sick', 'personal', 'other']

/** An expense claim or a leave request: the approval engine's own subjects. */
export interface ApprovalRequest {
  id: string
  type: RequestType
  title: string
  /** expense. */
  amountFen: number
  category: string
  /** leave. */
  leaveType: LeaveType | null
  startDate: string | null
  endDate: string | null
  /** leave: an integer count of half days (1 = half a day). */
  halfDays: number
  reason: string
  attachmentIds: string[]
  status: ApprovalStatus
  approvalId: string | null
  applicantId: string
  createdAt: string
}

export interface ApprovalDetail extends Approval {
  steps: ApprovalStep[]
  history: HistoryEntry[]
  subject: ApprovalSubject
  request: ApprovalRequest | null
  canApprove: boolean
  canWithdraw: boolean
  canComment: boolean
  version: number
}

/** pending: waiting on me now; done: I acted on; mine: I applied. */
export type InboxBox = 'pending' | 'done' | 'mine'
export const INBOX_BOXES: readonly InboxBox[] = ['pending', 'done', 'mine']

export interface ApprovalListQuery {
  box?: InboxBox
  subjectType?: SubjectType
  status?: ApprovalStatus
  q?: string
  /** With subjectType: one object's approvals (any box). */
  subjectId?: string
  limit?: number
  cursor?: string | null
}

export function listApprovals(query: ApprovalListQuery = {}): Promise<ListResponse<Approval>> {
  return request<ListResponse<Approval>>('/approvals', { query: { ...query } }).then(asList)
}

/** The inbox badge, asked in the background: errors stay silent. */
export function getApprovalCounts(): Promise<{ pending: number }> {
  return request('/approvals/counts', { silent: true })
}

export function getApproval(id: string): Promise<ApprovalDetail> {
  return request(`/approvals/${enc(id)}`)
}

export type DecisionAction = 'approve' | 'reject' | 'return'

/**
 * approve (comment optional), reject and return (comment required) with the detail's version.
 * Silent: the caller words 409 approval.version_conflict / approval.closed and 403
 * approval.not_your_turn itself.
 */
export function decideApproval(id: string, action: DecisionAction, version: number, comment: string): Promise<ApprovalDetail> {
  const body = comment ? { version, comment } : { version }
  return request(`/approvals/${enc(id)}/${action}`, { method: 'POST', body, silent: true })
}

export function commentApproval(id: string, comment: string): Promise<ApprovalDetail> {
  return request(`/approvals/${enc(id)}/comment`, { method: 'POST', body: { comment }, silent: true })
}

export function withdrawApproval(id: string, version: number): Promise<ApprovalDetail> {
  return request(`/approvals/${enc(id)}/withdraw`, { method: 'POST', body: { version }, silent: true })
}

export interface ApprovalRequestInput {
  type: RequestType
  title: string
  amountFen?: number
  category?: string
  leaveType?: LeaveType
  startDate?: string
  endDate?: string
  halfDays?: number
  reason: string
  attachmentIds?: string[]
}

/** Submitted at once: the answer is the new approval. Field errors are shown on the form. */
export function createApprovalRequest(body: ApprovalRequestInput): Promise<ApprovalDetail> {
  return request('/approval-requests', { method: 'POST', body, silent: true })
}

function enc(id: string): string {
  return encodeURIComponent(id)
}
