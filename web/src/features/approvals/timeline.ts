// An approval's steps as a vertical timeline: who submitted it, each step (its name, 或签 / 会签,
// the approvers with their state, comment and time, why it or a level was skipped), and how it
// ended. The desktop (el-timeline) and the phone (van-steps) draw the same model. Pure, tested.
import type { ApprovalDetail, ApproverState, StepMode, StepState } from '@/api/approvals'
import type { TagType } from './approval-text'

export interface TimelineApprover {
  userId: string
  name: string
  state: ApproverState
  tone: TagType
  comment: string
  actedAt: string | null
}

export interface TimelineNode {
  /** submit: the applicant; step: one step of the flow; end: the decision (only once decided). */
  kind: 'submit' | 'step' | 'end'
  /** The step's index (0-based) for kind step, else null. */
  step: number | null
  /** The step's name; the applicant for submit; "" for end (the state says it). */
  name: string
  mode: StepMode | null
  /** A step's state; submit is 'submitted'; end is the approval's status. */
  state: StepState | 'submitted' | ApprovalDetail['status']
  tone: TagType
  /** Not reached yet (drawn hollow). */
  waiting: boolean
  /** The step the approval waits on now. */
  current: boolean
  approvers: TimelineApprover[]
  note: string
  /** When it happened: submitted, the last approver's action, decided; null when not yet. */
  at: string | null
}

const STEP_TONE: Record<StepState, TagType> = {
  waiting: 'info',
  pending: 'primary',
  approved: 'success',
  rejected: 'danger',
  returned: 'warning',
  skipped: 'info',
}

const APPROVER_TONE: Record<ApproverState, TagType> = {
  waiting: 'info',
  pending: 'primary',
  approved: 'success',
  rejected: 'danger',
  returned: 'warning',
  cancelled: 'info',
}

const END_TONE: Record<ApprovalDetail['status'], TagType> = {
  pending: 'primary',
  approved: 'success',
  rejected: 'danger',
  returned: 'warning',
  withdrawn: 'info',
}

/** The latest of the instants (ISO-8601 UTC strings compare as text), null when none. */
function latest(instants: (string | null)[]): string | null {
  let best: string | null = null
  for (const at of instants) if (at && (best === null || at > best)) best = at
  return best
}

export function timelineModel(
  a: Pick<ApprovalDetail, 'applicantName' | 'createdAt' | 'status' | 'decidedAt' | 'currentStep' | 'steps'>,
): TimelineNode[] {
  const nodes: TimelineNode[] = [
    { kind: 'submit', step: null, name: a.applicantName, mode: null, state: 'submitted', tone: 'success', waiting: false, current: false, approvers: [], note: '', at: a.createdAt },
  ]
  a.steps.forEach((s, i) => {
    const current = a.status === 'pending' && a.currentStep === i
    nodes.push({
      kind: 'step',
      step: i,
      name: s.name,
      mode: s.mode,
      state: s.state,
      tone: STEP_TONE[s.state] ?? 'info',
      waiting: s.state === 'waiting',
      current,
      approvers: s.approvers.map((p) => ({ userId: p.userId, name: p.name, state: p.state, tone: APPROVER_TONE[p.state] ?? 'info', comment: p.comment, actedAt: p.actedAt })),
      note: s.note,
      at: latest(s.approvers.map((p) => p.actedAt)),
    })
  })
  if (a.status !== 'pending') {
    nodes.push({ kind: 'end', step: null, name: '', mode: null, state: a.status, tone: END_TONE[a.status], waiting: false, current: false, approvers: [], note: '', at: a.decidedAt })
  }
  return nodes
}
