// The 分解 dialog's model: over time (a year into quarters or months, a quarter into months, for one
// assignee) or over people (a period of a department into its sub-departments or its direct
// members); the parts it will produce (for weight inputs before the preview) and the request it
// sends. Pure, tested.
import type { DecomposeMethod, DecomposeRequest, TargetLevel } from '@/api/targets'
import type { MetricKey } from '@/api/reports'
import { childPeriods } from './periods'
import { assigneeKey, childRows, type Grid } from './sheet-grid'

export interface DecomposeForm {
  mode: 'time' | 'people'
  method: DecomposeMethod
  /** The integer to split, null until typed. */
  total: number | null
  /** Over time. */
  parent: string
  intoPeriods: 'quarters' | 'months'
  /** An assignee key of the sheet ("company:", "department:3", "user:9"). */
  assignee: string
  /** Over people. */
  period: string
  departmentId: string | null
  intoPeople: 'departments' | 'users'
  /** Weight per part key (a period or an assignee id); missing = 1. */
  weights: Record<string, number>
}

export interface FormPart {
  /** The weight key the API expects: a period, or an assignee id. */
  key: string
  label: string
}

export function newDecomposeForm(year: number): DecomposeForm {
  return {
    mode: 'time',
    method: 'even',
    total: null,
    parent: String(year),
    intoPeriods: 'months',
    assignee: assigneeKey('company', null),
    period: String(year),
    departmentId: null,
    intoPeople: 'departments',
    weights: {},
  }
}

/** The parts the split will have, in the server's order (periods, or the sheet's assignee order). */
export function formParts(form: DecomposeForm, grid: Grid): FormPart[] {
  if (form.mode === 'time') {
    const into = form.parent.includes('-Q') ? 'months' : form.intoPeriods
    return childPeriods(form.parent, into).map((p) => ({ key: p, label: p }))
  }
  // The company's members are everyone in the sheet; a department's, its direct members.
  const rows =
    form.intoPeople === 'departments'
      ? childRows(grid, form.departmentId).filter((r) => r.assigneeType === 'department')
      : grid.rows.filter((r) => r.assigneeType === 'user' && (form.departmentId === null || r.departmentId === form.departmentId))
  return rows.map((r) => ({ key: r.assigneeId ?? '', label: r.name }))
}

/** The request body, or null while it is incomplete (no total, or weights all 0). */
export function decomposeRequest(form: DecomposeForm, metric: MetricKey, grid: Grid, customerLevel: TargetLevel = null): DecomposeRequest | null {
  if (form.total === null || form.total < 0) return null
  const method = form.mode === 'time' && form.method === 'history' ? 'even' : form.method
  const base = { metric, ...(customerLevel ? { customerLevel } : {}), method, total: form.total }
  let weights: { key: string; weight: number }[] | undefined
  if (method === 'weights') {
    weights = formParts(form, grid).map((p) => ({ key: p.key, weight: form.weights[p.key] ?? 1 }))
    if (weights.every((w) => w.weight === 0)) return null
  }
  if (form.mode === 'time') {
    const row = grid.rows.find((r) => r.key === form.assignee)
    const into = form.parent.includes('-Q') ? 'months' : form.intoPeriods
    return {
      ...base,
      ...(weights ? { weights } : {}),
      periods: { parent: form.parent, into },
      assigneeType: row?.assigneeType ?? 'company',
      assigneeId: row?.assigneeId ?? null,
    }
  }
  return {
    ...base,
    ...(weights ? { weights } : {}),
    people: { period: form.period, departmentId: form.departmentId, into: form.intoPeople },
  }
}
