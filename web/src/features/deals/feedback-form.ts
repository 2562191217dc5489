// The move dialog's feedback form: one text value per field of the stage being left, checked and
// turned into the request's `feedback` (money typed in yuan → exact integer fen, numbers as
// numbers, attachments as their ids), and the server's 422 opportunity.feedback_required shown on
// the fields it names. Pure, tested.
import type { FeedbackField, FeedbackValue, MissingField, MoveInput, StageChange } from '@/api/deals'
import { formatFen, parseYuan } from '@/shared/money'
import type { Translate } from '@/shared/translate'

/** What the form holds per field key: the text typed, the option or date picked, an attachment id. */
export type FeedbackModel = Record<string, string>

export type FeedbackProblem = 'required' | 'invalid'

const NUMBER_TEXT = /^-?\d+(\.\d+)?$/
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/

export function emptyFeedback(fields: readonly FeedbackField[]): FeedbackModel {
  return Object.fromEntries(fields.map((f) => [f.key, '']))
}

/** One field's value as the API wants it; undefined when empty, null when it is not valid. */
export function feedbackValue(field: FeedbackField, text: string): FeedbackValue | undefined | null {
  const value = (text ?? '').trim()
  if (!value) return undefined
  switch (field.type) {
    case 'number':
      return NUMBER_TEXT.test(value) ? Number(value) : null
    case 'money':
      return parseYuan(value)
    case 'date':
      return DATE_TEXT.test(value) ? value : null
    case 'select':
      return field.options.includes(value) ? value : null
    default:
      return value
  }
}

export interface FeedbackResult {
  feedback: Record<string, FeedbackValue>
  problems: Record<string, FeedbackProblem>
}

/** The request's feedback and the problems to show (required and empty, or not valid). */
export function buildFeedback(fields: readonly FeedbackField[], model: FeedbackModel): FeedbackResult {
  const feedback: Record<string, FeedbackValue> = {}
  const problems: Record<string, FeedbackProblem> = {}
  for (const field of fields) {
    const value = feedbackValue(field, model[field.key] ?? '')
    if (value === null) problems[field.key] = 'invalid'
    else if (value === undefined) {
      if (field.required) problems[field.key] = 'required'
    } else feedback[field.key] = value
  }
  return { feedback, problems }
}

export interface MoveFormModel {
  stageId: string
  feedback: FeedbackModel
  checklistDone: string[]
  reason: string
  resetProbability: boolean
}

/** The POST /move body; feedback only for the fields to fill, reason only when one is needed. */
export function moveBody(model: MoveFormModel, version: number, fields: readonly FeedbackField[], withReason: boolean): { body: MoveInput; problems: Record<string, FeedbackProblem> } {
  const { feedback, problems } = buildFeedback(fields, model.feedback)
  const body: MoveInput = { stageId: model.stageId, version }
  if (Object.keys(feedback).length) body.feedback = feedback
  if (model.checklistDone.length) body.checklistDone = [...model.checklistDone]
  if (withReason) body.reason = model.reason.trim()
  if (model.resetProbability) body.resetProbability = true
  return { body, problems }
}

/** details.missing of a 422 opportunity.feedback_required as field problems. */
export function missingToProblems(missing: unknown): Record<string, FeedbackProblem> {
  const result: Record<string, FeedbackProblem> = {}
  if (!Array.isArray(missing)) return result
  for (const m of missing as Partial<MissingField>[]) if (typeof m?.key === 'string') result[m.key] = 'required'
  return result
}

/** "请填写：预算、决策人" — the labels the server says are missing, in its order. */
export function missingText(missing: unknown, t: Translate): string {
  const labels = Array.isArray(missing)
    ? (missing as Partial<MissingField>[]).map((m) => m?.label || m?.key).filter((l): l is string => !!l)
    : []
  return t('deal.move.missing', { fields: labels.join(t('deal.listSeparator')) })
}

/**
 * The feedback a history entry recorded, as label/value lines with the labels as they were then
 * (the process may have changed since). Money in fen reads as yuan; unknown keys keep their key.
 */
export function feedbackLines(change: Pick<StageChange, 'feedback' | 'feedbackFields'>): { key: string; label: string; value: string; type: string }[] {
  const byKey = new Map(change.feedbackFields.map((f) => [f.key, f]))
  return Object.entries(change.feedback ?? {}).map(([key, raw]) => {
    const field = byKey.get(key)
    const value = field?.type === 'money' && typeof raw === 'number' ? formatFen(raw) : typeof raw === 'object' ? JSON.stringify(raw) : String(raw)
    return { key, label: field?.label ?? key, value, type: field?.type ?? 'text' }
  })
}
