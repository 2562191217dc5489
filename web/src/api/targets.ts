// Targets (目标): the sheet per metric and year, writes, decomposition previews, period locks,
// the change log, attainment (达成) and the caller's own targets — checked against
// docs/api-targets.md. Values are integers: fen for money metrics, counts otherwise; rates in
// basis points (fields ending in `Bp`); periods "2026", "2026-Q4", "2026-12", "2026-W49".
import { buildUrl, request } from './client'
import type { DepartmentLevel, MetricKey } from './reports'

export type PeriodKind = 'year' | 'quarter' | 'month' | 'week'
export type AssigneeType = 'company' | 'department' | 'user'
/** 客户类型: a target of one customer level's customers; null for every customer. */
export type TargetLevel = 'A' | 'B' | 'C' | 'D' | null

export interface PersonRef {
  id: string
  name: string
}

export interface Target {
  id: string
  metric: MetricKey
  customerLevel: TargetLevel
  period: string
  periodKind: PeriodKind
  from: string
  to: string
  assigneeType: AssigneeType
  /** null for the company. */
  assigneeId: string | null
  assigneeName: string
  /** 目标. */
  value: number
  /** 冲刺. */
  sprintValue: number | null
  /** 挑战. */
  challengeValue: number | null
  updatedAt: string
  updatedBy: PersonRef
}

export interface SheetAssignee {
  assigneeType: AssigneeType
  assigneeId: string | null
  name: string
  parentDepartmentId: string | null
  departmentId: string | null
  depth: number
}

export interface SheetCell {
  period: string
  assigneeType: AssigneeType
  assigneeId: string | null
  value: number
  sprintValue: number | null
  challengeValue: number | null
}

export type FlagKind = 'children_sum' | 'periods_sum'

export interface SheetFlag {
  kind: FlagKind
  period: string
  assigneeType: AssigneeType
  assigneeId: string | null
  /** The parent's value. */
  expected: number
  /** The sum of its children or sub-periods. */
  actual: number
}

export interface TargetSheet {
  metric: MetricKey
  customerLevel: TargetLevel
  year: number
  /** Locked periods of the year. */
  locked: string[]
  /** The company, the department tree (pre-order), each department's direct active members after it. */
  assignees: SheetAssignee[]
  /** Only the periods of the year that have a target. */
  cells: SheetCell[]
  flags: SheetFlag[]
}

export interface TargetWrite {
  period: string
  assigneeType: AssigneeType
  assigneeId: string | null
  /** null removes the target. */
  value: number | null
  sprintValue?: number | null
  challengeValue?: number | null
}

export type DecomposeMethod = 'even' | 'weights' | 'history'

export interface DecomposeWeight {
  /** A period or an assignee id. */
  key: string
  weight: number
}

interface DecomposeBase {
  metric: MetricKey
  /** history: the baseline from that level's customers only. */
  customerLevel?: TargetLevel
  method: DecomposeMethod
  /** The integer to split (≥ 0). */
  total: number
  weights?: DecomposeWeight[]
}

export interface DecomposeOverTime extends DecomposeBase {
  periods: { parent: string; into: 'quarters' | 'months' }
  assigneeType?: AssigneeType
  assigneeId?: string | null
}

export interface DecomposeOverPeople extends DecomposeBase {
  people: { period: string; departmentId: string | null; into: 'departments' | 'users' }
}

export type DecomposeRequest = DecomposeOverTime | DecomposeOverPeople

export interface DecomposePart {
  period: string
  assigneeType: AssigneeType
  assigneeId: string | null
  assigneeName: string
  value: number
  baseline: number | null
}

export interface DecomposeAnswer {
  items: DecomposePart[]
  baselineTotal: number | null
}

export interface PeriodLock {
  period: string
  lockedAt: string
  lockedBy: PersonRef
}

export type ChangeField = 'value' | 'sprintValue' | 'challengeValue' | 'lock'

export interface TargetChange {
  id: string
  at: string
  by: PersonRef
  /** "" for a lock or unlock (a lock holds for every metric). */
  metric: MetricKey | ''
  customerLevel: TargetLevel
  period: string
  /** null for a lock or unlock (it names no assignee). */
  assigneeType: AssigneeType | null
  assigneeId: string | null
  assigneeName: string | null
  field: ChangeField
  before: number | null
  after: number | null
}

export interface AttainmentRow {
  assigneeType: AssigneeType
  assigneeId: string | null
  name: string
  target: number | null
  sprint: number | null
  challenge: number | null
  actual: number
  /** floor(actual × 10000 / target); null without a target or target 0. */
  rateBp: number | null
  /** max(target − actual, 0); 0 without a target. */
  left: number
  rank: number
}

export interface Attainment {
  metric: MetricKey
  customerLevel: TargetLevel
  period: string
  from: string
  to: string
  asOf: string
  /** Days from today to `to`, inclusive; 0 once past. */
  daysLeft: number
  department: DepartmentLevel
  total: AttainmentRow
  /** Child departments, then direct members; by rateBp desc. */
  rows: AttainmentRow[]
}

export interface AttainmentQuery {
  metric: MetricKey
  customerLevel?: 'A' | 'B' | 'C' | 'D'
  /** Default this month. */
  period?: string
  departmentId?: string
}

/** The caller's own row for a metric with a target for them (GET /targets/mine). */
/** A row of GET /targets/mine: one per metric, so it names it. */
export type MineRow = AttainmentRow & { metric: MetricKey; customerLevel: TargetLevel }

export interface MineAnswer {
  items: MineRow[]
  /** The period resolved (default this month) and its days. */
  period: string
  from: string
  to: string
}

// --- endpoints -----------------------------------------------------------------------------

const enc = encodeURIComponent

export function getTargetSheet(metric: MetricKey, year: number, customerLevel: TargetLevel = null): Promise<TargetSheet> {
  return request('/targets/sheet', { query: { metric, year, customerLevel: customerLevel ?? undefined } })
}

/** 1..500 items. Silent: the sheet shows 409 target.locked with its period itself. */
export function putTargets(metric: MetricKey, items: TargetWrite[], customerLevel: TargetLevel = null): Promise<{ items: Target[] }> {
  return request('/targets', { method: 'PUT', body: { metric, customerLevel, items }, silent: true })
}

/** A preview: nothing is written. */
export function decomposeTarget(body: DecomposeRequest): Promise<DecomposeAnswer> {
  return request('/targets/decompose', { method: 'POST', body })
}

export function listTargetLocks(year: number): Promise<{ items: PeriodLock[] }> {
  return request('/targets/locks', { query: { year } })
}

export function lockPeriod(period: string): Promise<void> {
  return request(`/targets/locks/${enc(period)}`, { method: 'PUT' })
}

export function unlockPeriod(period: string): Promise<void> {
  return request(`/targets/locks/${enc(period)}`, { method: 'DELETE' })
}

export interface ChangesQuery {
  metric?: MetricKey
  /** A year names every period inside it. */
  period?: string
}

export function listTargetChanges(query: ChangesQuery, cursor: string | null = null, limit = 50): Promise<{ items: TargetChange[]; nextCursor: string | null }> {
  return request('/targets/changes', { query: { ...query, cursor, limit } })
}

/** `silent` for the home page's card, which hides itself rather than toast. */
export function getAttainment(query: AttainmentQuery, silent = false): Promise<Attainment> {
  return request('/targets/attainment', { query: { ...query }, silent })
}

export function attainmentExportUrl(query: AttainmentQuery): string {
  return buildUrl('/targets/attainment/export', { ...query })
}

/** Silent: the home page's card hides itself when it cannot load. */
export function getMyTargets(period?: string): Promise<MineAnswer> {
  return request('/targets/mine', { query: { period }, silent: true })
}
