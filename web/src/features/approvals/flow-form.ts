// The approval flow editor's model ↔ the API: the amount condition typed in yuan and sent as exact
// fen (null = unbounded), the steps (named users, a role, or the department head N levels up;
// 或签 any / 会签 all), the rules the server checks, problems keyed by the server's field names
// ("steps[1].userIds") so its validation errors land on the same fields, and the positions a
// reorder within a subject type changes. Pure, tested.
import type { ApprovalFlow, ApprovalFlowInput, FlowStep, SubjectType } from '@/api/approvals'
import { SUBJECT_TYPES } from '@/api/approvals'
import type { FieldIssue } from '@/api/types'
import { moveItem } from '@/shared/list-order'
import { fenToYuanText, formatFen, parseYuan } from '@/shared/money'
import type { Translate } from '@/shared/translate'

export const MAX_STEPS = 10
export const MAX_LEVELS = 5

/** A step as edited is a step as sent; `stepBody` drops what its approver type does not use. */
export type StepForm = FlowStep

export interface FlowForm {
  subjectType: SubjectType
  name: string
  enabled: boolean
  /** Yuan as typed; "" = unbounded. */
  minYuan: string
  maxYuan: string
  steps: StepForm[]
}

/** What is wrong with a field, by the server's field name; the editor words it (approvalFlow.problem.*). */
export type FlowProblems = Record<string, FlowProblem>
export type FlowProblem = 'required' | 'invalid_value' | 'money' | 'range' | 'steps' | 'levels' | 'users'

export function emptyStep(): StepForm {
  return { name: '', approverType: 'dept_head', userIds: [], roleId: null, levels: 1, mode: 'any' }
}

export function emptyFlowForm(subjectType: SubjectType): FlowForm {
  return { subjectType, name: '', enabled: true, minYuan: '', maxYuan: '', steps: [emptyStep()] }
}

export function flowToForm(f: ApprovalFlow): FlowForm {
  return {
    subjectType: f.subjectType,
    name: f.name,
    enabled: f.enabled,
    minYuan: fenToYuanText(f.minAmountFen),
    maxYuan: fenToYuanText(f.maxAmountFen),
    steps: f.steps.map((s) => ({ name: s.name, approverType: s.approverType, userIds: [...s.userIds], roleId: s.roleId, levels: s.levels, mode: s.mode })),
  }
}

/** "" → null (unbounded); else exact fen, or undefined when it is not an amount. */
function amountOf(text: string): number | null | undefined {
  if (!text.trim()) return null
  return parseYuan(text) ?? undefined
}

export function validateFlowForm(form: FlowForm): FlowProblems {
  const problems: FlowProblems = {}
  if (!SUBJECT_TYPES.includes(form.subjectType)) problems.subjectType = 'invalid_value'
  if (!form.name.trim()) problems.name = 'required'
  const min = amountOf(form.minYuan)
  const max = amountOf(form.maxYuan)
  if (min === undefined) problems.minAmountFen = 'money'
  if (max === undefined) problems.maxAmountFen = 'money'
  if (typeof min === 'number' && typeof max === 'number' && max <= min) problems.maxAmountFen = 'range'
  if (form.steps.length < 1 || form.steps.length > MAX_STEPS) problems.steps = 'steps'
  form.steps.forEach((s, i) => {
    const at = `steps[${i}]`
    if (!s.name.trim()) problems[`${at}.name`] = 'required'
    if (s.approverType === 'users' && s.userIds.length === 0) problems[`${at}.userIds`] = 'required'
    if (s.approverType === 'role' && !s.roleId) problems[`${at}.roleId`] = 'required'
    if (s.approverType === 'dept_head' && (!Number.isInteger(s.levels) || s.levels < 1 || s.levels > MAX_LEVELS)) problems[`${at}.levels`] = 'levels'
  })
  return problems
}

function stepBody(s: StepForm): FlowStep {
  return {
    name: s.name.trim(),
    approverType: s.approverType,
    userIds: s.approverType === 'users' ? [...s.userIds] : [],
    roleId: s.approverType === 'role' ? s.roleId : null,
    levels: s.approverType === 'dept_head' ? s.levels : 1,
    mode: s.mode,
  }
}

/** The request body (check `validateFlowForm` first: an amount that does not parse is sent as null). */
export function formToBody(form: FlowForm): ApprovalFlowInput & Required<Pick<ApprovalFlowInput, 'name' | 'steps'>> {
  return {
    subjectType: form.subjectType,
    name: form.name.trim(),
    enabled: form.enabled,
    minAmountFen: amountOf(form.minYuan) ?? null,
    maxAmountFen: amountOf(form.maxYuan) ?? null,
    steps: form.steps.map(stepBody),
  }
}

/** The server's validation issues as the editor's problems (the same field names). */
export function problemsFromIssues(issues: readonly FieldIssue[]): FlowProblems {
  const problems: FlowProblems = {}
  for (const { field, issue } of issues) {
    let problem: FlowProblem = issue === 'required' ? 'required' : 'invalid_value'
    if (field === 'steps') problem = 'steps'
    else if (field.endsWith('.levels')) problem = 'levels'
    else if (field === 'maxAmountFen' && issue !== 'required') problem = 'range'
    else if (field.endsWith('.userIds') && issue !== 'required') problem = 'users'
    problems[field] ??= problem
  }
  return problems
}

/** Whether any problem concerns step `i` (its entry in the list is marked). */
export function stepHasProblem(problems: FlowProblems, i: number): boolean {
  return Object.keys(problems).some((k) => k.startsWith(`steps[${i}].`))
}

/** Flows of one type in the order they are tried (position, then id as the server breaks ties). */
export function orderedFlows(flows: readonly ApprovalFlow[], subjectType: SubjectType): ApprovalFlow[] {
  return flows
    .filter((f) => f.subjectType === subjectType)
    .sort((a, b) => a.position - b.position || compareIds(a.id, b.id))
}

function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)
}

/**
 * Moving flow `index` of an ordered list by `delta`: the PATCHes of position to send — every flow
 * whose place (0, 1, 2, …) differs from its position now.
 */
export function reorderPatches(ordered: ApprovalFlow[], index: number, delta: number): { id: string; position: number }[] {
  return moveItem(ordered, index, delta)
    .map((f, position) => ({ id: f.id, position, was: f.position }))
    .filter((p) => p.position !== p.was)
    .map(({ id, position }) => ({ id, position }))
}

/** The position of a flow added at the end of its type. */
export function nextPosition(ordered: readonly ApprovalFlow[]): number {
  return ordered.reduce((max, f) => Math.max(max, f.position + 1), 0)
}

/** The amount condition in words: any amount, from ¥a, below ¥b, or ¥a ≤ amount < ¥b. */
export function conditionText(f: Pick<ApprovalFlow, 'minAmountFen' | 'maxAmountFen'>, t: Translate): string {
  const min = f.minAmountFen
  const max = f.maxAmountFen
  if (min === null && max === null) return t('approvalFlow.condition.any')
  if (max === null) return t('approvalFlow.condition.from', { min: formatFen(min) })
  if (min === null) return t('approvalFlow.condition.below', { max: formatFen(max) })
  return t('approvalFlow.condition.between', { min: formatFen(min), max: formatFen(max) })
}

/** Who approves a step, in words: "张三、李四", "角色：销售经理", "上 2 级部门主管". */
export function approverText(s: FlowStep, t: Translate, names: { users: ReadonlyMap<string, string>; roles: ReadonlyMap<string, string> }): string {
  if (s.approverType === 'users') return s.userIds.map((id) => names.users.get(id) ?? id).join(t('approval.listSeparator')) || '—'
  if (s.approverType === 'role') return t('approvalFlow.approver.roleNamed', { role: (s.roleId && names.roles.get(s.roleId)) || '—' })
  return s.levels === 1 ? t('approvalFlow.approver.headOne') : t('approvalFlow.approver.headUp', { n: s.levels })
}
