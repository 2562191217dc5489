// Where an opportunity may go from its stage, as docs/api-opportunities.md "Moving" says: forward
// to the next open stage (or won from the last one; any later stage with allowSkip), back to any
// earlier open stage, closed as lost or invalid from any open stage (with a reason), reopened from
// a closed stage to any open stage. The server has the last word; this decides what the dialog
// offers and asks for. Pure, tested.
import type { FeedbackField, ProcessSummary, Stage } from '@/api/deals'

export type MoveKind = 'forward' | 'back' | 'close' | 'reopen'

export interface MoveTarget {
  stage: Stage
  kind: MoveKind
  /** Refused without allowSkip (a later stage than the next one). */
  skipped: boolean
}

type ProcessStages = Pick<ProcessSummary, 'allowSkip' | 'stages'>

export function openStages(stages: readonly Stage[]): Stage[] {
  return stages.filter((s) => s.kind === 'open').sort((a, b) => a.position - b.position)
}

/** Open stages by position, then won, lost and invalid (the order the API lists them in). */
export function orderedStages(stages: readonly Stage[]): Stage[] {
  const closing = (['won', 'lost', 'invalid'] as const).map((k) => terminalStage(stages, k)).filter((s): s is Stage => !!s)
  return [...openStages(stages), ...closing]
}

export function terminalStage(stages: readonly Stage[], kind: 'won' | 'lost' | 'invalid'): Stage | undefined {
  return stages.find((s) => s.kind === kind)
}

/** The stage a forward move goes to without skipping: the next open stage, or won after the last. */
export function nextStage(stages: readonly Stage[], current: Stage): Stage | undefined {
  if (current.kind !== 'open') return undefined
  return openStages(stages).find((s) => s.position > current.position) ?? terminalStage(stages, 'won')
}

/** What moving from `current` to `target` is; null when it is no move (the same stage). */
export function moveKind(current: Stage, target: Stage): MoveKind | null {
  if (current.id === target.id) return null
  if (current.kind !== 'open') return target.kind === 'open' ? 'reopen' : null
  if (target.kind === 'lost' || target.kind === 'invalid') return 'close'
  if (target.kind === 'won') return 'forward'
  return target.position > current.position ? 'forward' : 'back'
}

/** Every stage the opportunity may be moved to from `current`, in the process' order. */
export function moveTargets(process: ProcessStages, current: Stage): MoveTarget[] {
  const next = nextStage(process.stages, current)
  const result: MoveTarget[] = []
  for (const stage of orderedStages(process.stages)) {
    const kind = moveKind(current, stage)
    if (!kind) continue
    const skipped = kind === 'forward' && !process.allowSkip && stage.id !== next?.id
    result.push({ stage, kind, skipped })
  }
  return result
}

/** The feedback fields a move must fill: those of the stage being left, on a forward move. */
export function fieldsToFill(current: Stage, kind: MoveKind | null): FeedbackField[] {
  return kind === 'forward' ? current.feedbackFields : []
}

export function needsReason(target: Stage): boolean {
  return target.kind === 'lost' || target.kind === 'invalid'
}

/** The reasons to choose from for a close as lost or invalid ([] = any text). */
export function reasonsFor(process: Pick<ProcessSummary, 'lostReasons' | 'invalidReasons'>, target: Stage): string[] {
  if (target.kind === 'lost') return process.lostReasons
  if (target.kind === 'invalid') return process.invalidReasons
  return []
}

/**
 * A card dropped on another column: 'move' at once when nothing is to be asked, 'dialog' when
 * the move needs required feedback or a reason, 'refused' when the process does not allow it.
 */
export function dropIntent(process: ProcessStages, current: Stage, target: Stage): 'move' | 'dialog' | 'refused' | 'none' {
  const kind = moveKind(current, target)
  if (!kind) return current.id === target.id ? 'none' : 'refused'
  const found = moveTargets(process, current).find((m) => m.stage.id === target.id)
  if (!found || found.skipped) return 'refused'
  if (needsReason(target)) return 'dialog'
  if (fieldsToFill(current, kind).some((f) => f.required)) return 'dialog'
  return 'move'
}
