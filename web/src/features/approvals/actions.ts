// Which actions an approval offers the caller (by the detail's canX flags), which need a comment,
// and how a refused action is worded: someone else acted first (409 approval.version_conflict,
// approval.closed — the page reloads), not your turn (403 approval.not_your_turn). Pure, tested.
import { ApiError } from '@/api/client'
import type { ApprovalDetail } from '@/api/approvals'

export type ApprovalAction = 'approve' | 'reject' | 'return' | 'comment' | 'withdraw'

export interface ActionSpec {
  action: ApprovalAction
  /** The comment must not be empty. */
  commentRequired: boolean
  /** Asks for a comment at all (withdraw only confirms). */
  withComment: boolean
  /** Shown as the main (primary) or a dangerous button. */
  style: 'primary' | 'danger' | 'warning' | 'default'
}

export const ACTION_SPECS: Record<ApprovalAction, ActionSpec> = {
  approve: { action: 'approve', commentRequired: false, withComment: true, style: 'primary' },
  reject: { action: 'reject', commentRequired: true, withComment: true, style: 'danger' },
  return: { action: 'return', commentRequired: true, withComment: true, style: 'warning' },
  comment: { action: 'comment', commentRequired: true, withComment: true, style: 'default' },
  withdraw: { action: 'withdraw', commentRequired: false, withComment: false, style: 'default' },
}

/** The actions to show, in button order: decisions first, then comment, then withdraw. */
export function visibleActions(flags: Pick<ApprovalDetail, 'canApprove' | 'canComment' | 'canWithdraw' | 'status'>): ApprovalAction[] {
  const actions: ApprovalAction[] = []
  if (flags.canApprove && flags.status === 'pending') actions.push('approve', 'reject', 'return')
  if (flags.canComment) actions.push('comment')
  if (flags.canWithdraw && flags.status === 'pending') actions.push('withdraw')
  return actions
}

/** The decisions only (the phone's bottom bar). */
export function decisionActions(flags: Pick<ApprovalDetail, 'canApprove' | 'canComment' | 'canWithdraw' | 'status'>): ApprovalAction[] {
  return visibleActions(flags).filter((a) => a === 'approve' || a === 'reject' || a === 'return')
}

/** A comment problem before sending: 'required' when the action needs one and it is blank. */
export function commentProblem(action: ApprovalAction, comment: string): 'required' | null {
  return ACTION_SPECS[action].commentRequired && !comment.trim() ? 'required' : null
}

export type Refusal = 'actedFirst' | 'notYourTurn' | 'other'

/** How a failed action is explained; actedFirst and notYourTurn reload the approval. */
export function refusalOf(error: unknown): Refusal {
  if (!(error instanceof ApiError)) return 'other'
  if (error.status === 409 && (error.code === 'approval.version_conflict' || error.code === 'approval.closed')) return 'actedFirst'
  if (error.status === 403 && error.code === 'approval.not_your_turn') return 'notYourTurn'
  return 'other'
}
