// The sales process editor's model ↔ the API: stages in order with their guidance, checklist and
// feedback fields (a key made from the label unless typed, checked as the server checks it:
// [a-z][a-z0-9_]{0,31}, unique within the stage), the rules the server validates, and the
// 409 process.stage_in_use turned into words. Pure, tested.
import type { FeedbackField, FeedbackFieldType, ProcessKind, SalesProcess, SalesProcessInput, StageInput } from '@/api/deals'
import type { Translate } from '@/shared/translate'
import { moveItem } from '@/shared/list-order'
import { openStages } from './stage-moves'

export const MAX_STAGES = 20
export const MAX_STALE_DAYS = 365
const KEY = /^[a-z][a-z0-9_]{0,31}$/

export interface FieldForm {
  key: string
  /** The key was typed by hand: a label change does not replace it. */
  keyEdited: boolean
  label: string
  type: FeedbackFieldType
  required: boolean
  options: string[]
}

export interface StageForm {
  id?: string
  name: string
  probability: number
  guidanceDo: string
  guidanceWatch: string
  checklist: string[]
  feedbackFields: FieldForm[]
}

export interface ProcessForm {
  name: string
  kind: ProcessKind
  description: string
  departmentIds: string[]
  allowSkip: boolean
  staleDays: number
  staleWhenOverdue: boolean
  lostReasons: string[]
  invalidReasons: string[]
  isDefault: boolean
  enabled: boolean
  stages: StageForm[]
}

/** A key from a label: its ASCII letters and digits, lowercased, joined by "_"; else field_<n>. */
export function keyFromLabel(label: string, index: number): string {
  const ascii = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[_0-9]+|_+$/g, '')
    .slice(0, 32)
    .replace(/_+$/, '')
  return KEY.test(ascii) ? ascii : `field_${index + 1}`
}

export function emptyField(index: number): FieldForm {
  return { key: `field_${index + 1}`, keyEdited: false, label: '', type: 'text', required: true, options: [] }
}

export function emptyStage(): StageForm {
  return { name: '', probability: 10, guidanceDo: '', guidanceWatch: '', checklist: [], feedbackFields: [] }
}

export function emptyProcessForm(): ProcessForm {
  return {
    name: '',
    kind: 'pre_sale',
    description: '',
    departmentIds: [],
    allowSkip: false,
    staleDays: 30,
    staleWhenOverdue: true,
    lostReasons: [],
    invalidReasons: [],
    isDefault: false,
    enabled: true,
    stages: [emptyStage()],
  }
}

function fieldToForm(f: FeedbackField): FieldForm {
  return { key: f.key, keyEdited: true, label: f.label, type: f.type, required: f.required, options: [...f.options] }
}

export function processToForm(p: SalesProcess): ProcessForm {
  return {
    name: p.name,
    kind: p.kind,
    description: p.description,
    departmentIds: [...p.departmentIds],
    allowSkip: p.allowSkip,
    staleDays: p.staleDays,
    staleWhenOverdue: p.staleWhenOverdue,
    lostReasons: [...p.lostReasons],
    invalidReasons: [...p.invalidReasons],
    isDefault: p.isDefault,
    enabled: p.enabled,
    stages: openStages(p.stages).map((s) => ({
      id: s.id,
      name: s.name,
      probability: s.probability,
      guidanceDo: s.guidanceDo,
      guidanceWatch: s.guidanceWatch,
      checklist: [...s.checklist],
      feedbackFields: s.feedbackFields.map(fieldToForm),
    })),
  }
}

/** Keeps an untouched key in step with its label. */
export function syncKey(field: FieldForm, index: number): void {
  if (!field.keyEdited) field.key = keyFromLabel(field.label, index)
}

/** Problems by path, named as the server names them ("stages[1].feedbackFields[0].key"). */
export function validateProcessForm(form: ProcessForm): Record<string, string> {
  const problems: Record<string, string> = {}
  if (!form.name.trim()) problems.name = 'name'
  if (form.stages.length < 1 || form.stages.length > MAX_STAGES) problems.stages = 'stages'
  if (!Number.isInteger(form.staleDays) || form.staleDays < 0 || form.staleDays > MAX_STALE_DAYS) problems.staleDays = 'staleDays'
  form.stages.forEach((s, i) => {
    if (!s.name.trim()) problems[`stages[${i}].name`] = 'stageName'
    if (!Number.isInteger(s.probability) || s.probability < 0 || s.probability > 100) problems[`stages[${i}].probability`] = 'probability'
    const seen = new Set<string>()
    s.feedbackFields.forEach((f, j) => {
      const path = `stages[${i}].feedbackFields[${j}]`
      if (!f.label.trim()) problems[`${path}.label`] = 'fieldLabel'
      if (!KEY.test(f.key) || seen.has(f.key)) problems[`${path}.key`] = 'key'
      seen.add(f.key)
      if (f.type === 'select' && f.options.length === 0) problems[`${path}.options`] = 'options'
    })
  })
  return problems
}

export function formToInput(form: ProcessForm): SalesProcessInput & { name: string; stages: StageInput[] } {
  return {
    name: form.name.trim(),
    kind: form.kind,
    description: form.description.trim(),
    departmentIds: [...form.departmentIds],
    allowSkip: form.allowSkip,
    staleDays: form.staleDays,
    staleWhenOverdue: form.staleWhenOverdue,
    lostReasons: [...form.lostReasons],
    invalidReasons: [...form.invalidReasons],
    isDefault: form.isDefault,
    enabled: form.enabled,
    stages: form.stages.map((s) => ({
      ...(s.id ? { id: s.id } : {}),
      name: s.name.trim(),
      probability: s.probability,
      guidanceDo: s.guidanceDo.trim(),
      guidanceWatch: s.guidanceWatch.trim(),
      checklist: [...s.checklist],
      feedbackFields: s.feedbackFields.map((f) => ({ key: f.key, label: f.label.trim(), type: f.type, required: f.required, options: f.type === 'select' ? [...f.options] : [] })),
    })),
  }
}

/** Moves stage `index` by `delta` places (up -1, down +1); out of range leaves the list alone. */
export function moveStage(stages: StageForm[], index: number, delta: number): StageForm[] {
  return moveItem(stages, index, delta)
}

/** The words for 409 process.stage_in_use: which stage (by its name as loaded) and how many. */
export function stageInUseText(details: Record<string, unknown>, original: SalesProcess | null, t: Translate): string {
  const id = String(details.stageId ?? '')
  const name = original?.stages.find((s) => s.id === id)?.name ?? id
  return t('salesProcess.stageInUse', { stage: name, n: Number(details.count ?? 0) })
}
