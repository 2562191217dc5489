// Sales processes (销售流程), opportunities (商机), the funnel (销售漏斗), the forecast and stale
// opportunities (僵尸商机) — checked against docs/api-opportunities.md. Ids are strings, instants
// ISO-8601 UTC, dates "YYYY-MM-DD" and months "YYYY-MM" in the company's time zone, money in
// integer fen (fields ending in `Fen`), rates in basis points (fields ending in `Bp`).
import { buildUrl, request } from './client'
import type { ListResponse } from './types'

// --- processes -----------------------------------------------------------------------------

export type ProcessKind = 'pre_sale' | 'after_sale'
export const PROCESS_KINDS: readonly ProcessKind[] = ['pre_sale', 'after_sale']

export type StageKind = 'open' | 'won' | 'lost' | 'invalid'

export type FeedbackFieldType = 'text' | 'number' | 'money' | 'date' | 'select' | 'attachment'
export const FEEDBACK_FIELD_TYPES: readonly FeedbackFieldType[] = ['text', 'number', 'money', 'date', 'select', 'attachment']

/** A field a rep fills before the opportunity may leave the stage (when required). */
export interface FeedbackField {
  key: string
  label: string
  type: FeedbackFieldType
  required: boolean
  /** Only for select. */
  options: string[]
}

export interface Stage {
  id: string
  kind: StageKind
  position: number
  name: string
  /** 0..100. */
  probability: number
  guidanceDo: string
  guidanceWatch: string
  checklist: string[]
  feedbackFields: FeedbackField[]
  /** Opportunities currently in the stage. */
  inUse: number
}

export interface SalesProcess {
  id: string
  name: string
  kind: ProcessKind
  description: string
  /** [] = every department. */
  departmentIds: string[]
  allowSkip: boolean
  lostReasons: string[]
  invalidReasons: string[]
  /** 0 = off. */
  staleDays: number
  staleWhenOverdue: boolean
  isDefault: boolean
  enabled: boolean
  version: number
  /** Open stages by position, then won, lost, invalid. */
  stages: Stage[]
  /** Opportunities (not deleted) in this process. */
  inUse: number
}

/** An open stage as sent: with `id` it keeps (and edits) that stage, without one it adds one. */
export interface StageInput {
  id?: string
  name: string
  probability: number
  guidanceDo?: string
  guidanceWatch?: string
  checklist?: string[]
  feedbackFields?: FeedbackField[]
}

export interface SalesProcessInput {
  name?: string
  kind?: ProcessKind
  description?: string
  departmentIds?: string[]
  allowSkip?: boolean
  lostReasons?: string[]
  invalidReasons?: string[]
  staleDays?: number
  staleWhenOverdue?: boolean
  isDefault?: boolean
  enabled?: boolean
  /** The whole list of open stages (1–20); terminal stages are made by the server. */
  stages?: StageInput[]
}

export interface SalesProcessVersion {
  version: number
  /** null for a change no person made (the default process made on first use). */
  changedBy: string | null
  changedAt: string
  process: SalesProcess
}

// --- opportunities -------------------------------------------------------------------------

export type OpportunityStatus = 'open' | 'won' | 'lost' | 'invalid'
export const OPPORTUNITY_STATUSES: readonly OpportunityStatus[] = ['open', 'won', 'lost', 'invalid']

export interface OpportunityItem {
  productId: string | null
  name: string
  /** >= 1. */
  quantity: number
  unitPriceFen: number
  /** <= quantity × unitPriceFen. */
  discountFen: number
  totalFen: number
}

export type ItemInput = Omit<OpportunityItem, 'totalFen' | 'productId'> & { productId?: string | null }

export type StaleReason = 'no_activity' | 'overdue'

export interface StaleInfo {
  reason: StaleReason
  since: string
}

export interface Opportunity {
  id: string
  name: string
  customerId: string
  customerName: string
  contactId: string | null
  contactName: string | null
  amountFen: number
  expectedCloseDate: string | null
  processId: string
  processName: string
  stageId: string
  stageName: string
  stageKind: StageKind
  stagePosition: number
  stageEnteredAt: string
  probability: number
  probabilitySet: boolean
  status: OpportunityStatus
  closeReason: string
  closedAt: string | null
  leadId: string | null
  competitors: string[]
  notes: string
  items: OpportunityItem[]
  ownerId: string
  ownerName: string
  departmentId: string
  departmentName: string
  lastActivityAt: string
  stale: StaleInfo | null
  version: number
  /** null when no person made it (demo data, a system path). */
  createdBy: string | null
  createdAt: string
  updatedAt: string
}

export interface ProcessSummary {
  id: string
  name: string
  allowSkip: boolean
  lostReasons: string[]
  invalidReasons: string[]
  version: number
  stages: Stage[]
}

export interface OpportunityDetail extends Opportunity {
  canEdit: boolean
  canMove: boolean
  canDelete: boolean
  stage: Stage
  process: ProcessSummary
}

export interface OpportunityInput {
  name?: string
  amountFen?: number
  expectedCloseDate?: string | null
  contactId?: string | null
  /** A number sets probabilitySet; null goes back to the stage's. */
  probability?: number | null
  competitors?: string[]
  notes?: string
  items?: ItemInput[]
  ownerId?: string
}

export interface OpportunityCreateInput extends OpportunityInput {
  customerId: string
  name: string
  processId?: string
  stageId?: string
  leadId?: string
}

export type OpportunitySort = '-createdAt' | 'createdAt' | '-amountFen' | 'expectedCloseDate' | '-updatedAt'
export const OPPORTUNITY_SORTS: readonly OpportunitySort[] = ['-createdAt', 'createdAt', '-amountFen', 'expectedCloseDate', '-updatedAt']

export interface OpportunityListQuery {
  q?: string
  mine?: boolean
  ownerId?: string
  departmentId?: string
  customerId?: string
  processId?: string
  stageId?: string
  /** Comma list of statuses. */
  status?: string
  stale?: boolean
  /** "YYYY-MM": expected close date in that month. */
  closeMonth?: string
  /** "YYYY-MM": closed in that month. */
  closedMonth?: string
  /** With processId: max position ever entered >= N. */
  reachedPosition?: number
  lostReason?: string
  createdFrom?: string
  createdTo?: string
  sort?: OpportunitySort
  limit?: number
  cursor?: string | null
}

/** The value of one feedback field: text, a number, fen, a date, an option, an attachment id. */
export type FeedbackValue = string | number

export interface MoveInput {
  stageId: string
  version: number
  feedback?: Record<string, FeedbackValue>
  checklistDone?: string[]
  reason?: string
  resetProbability?: boolean
}

export type MoveDirection = 'create' | 'forward' | 'back' | 'close' | 'reopen'

export interface StageChange {
  id: string
  fromStageId: string | null
  fromName: string
  toStageId: string
  toName: string
  toKind: StageKind
  toPosition: number
  direction: MoveDirection
  /** By field key: text, a number, fen, a date, an option, an attachment id. */
  feedback: Record<string, unknown>
  /** The fields as they were when the feedback was given. */
  feedbackFields: FeedbackField[]
  checklistDone: string[]
  reason: string
  msInFrom: number | null
  amountFen: number
  probability: number
  processVersion: number
  /** null for a change no person made. */
  userId: string | null
  userName: string | null
  at: string
}

/** details of 422 opportunity.feedback_required. */
export interface MissingField {
  key: string
  label: string
}

// --- funnel and forecast -------------------------------------------------------------------

/** The list query a funnel or forecast number drills down to: GET /opportunities filters as a
 * URL query string ("processId=…&stageId=…&status=open&createdFrom=…"). */
export type DrillQuery = string

export interface FunnelStage {
  stageId: string
  name: string
  /** The funnel lists the open stages; won, lost and invalid are its totals. */
  kind: 'open'
  position: number
  probability: number
  count: number
  amountFen: number
  reached: number
  conversionBp: number | null
  avgMsInStage: number | null
  /** The opportunities in the stage now. */
  query: DrillQuery
  /** The opportunities that reached the stage. */
  reachedQuery: DrillQuery
}

export interface FunnelBucket {
  count: number
  amountFen: number
  query: DrillQuery
}

export interface LostReasonCount {
  reason: string
  count: number
  query: DrillQuery
}

export interface Funnel {
  /** null: the tenant has no process yet. */
  processId: string | null
  from: string
  to: string
  stages: FunnelStage[]
  won: FunnelBucket
  lost: FunnelBucket & { reasons: LostReasonCount[] }
  invalid: FunnelBucket
  winRateBp: number | null
}

export interface FunnelQuery {
  processId?: string
  from?: string
  to?: string
  departmentId?: string
  ownerId?: string
}

export interface ForecastMonth {
  month: string
  count: number
  amountFen: number
  weightedFen: number
  commitFen: number
  bestCaseFen: number
  wonFen: number
  query: DrillQuery
  wonQuery: DrillQuery
}

export interface Forecast {
  months: ForecastMonth[]
}

export interface ForecastQuery {
  /** "YYYY-MM". */
  from?: string
  to?: string
  processId?: string
  departmentId?: string
  ownerId?: string
}

// --- endpoints -----------------------------------------------------------------------------

const enc = encodeURIComponent

export function listSalesProcesses(includeDisabled = false): Promise<{ items: SalesProcess[] }> {
  return request('/sales-processes', { query: { includeDisabled: includeDisabled || undefined } })
}

export function getSalesProcess(id: string): Promise<SalesProcess> {
  return request(`/sales-processes/${enc(id)}`)
}

export function createSalesProcess(body: SalesProcessInput & { name: string; stages: StageInput[] }): Promise<SalesProcess> {
  return request('/sales-processes', { method: 'POST', body, silent: true })
}

export function updateSalesProcess(id: string, body: SalesProcessInput): Promise<SalesProcess> {
  return request(`/sales-processes/${enc(id)}`, { method: 'PATCH', body, silent: true })
}

export function deleteSalesProcess(id: string): Promise<void> {
  return request(`/sales-processes/${enc(id)}`, { method: 'DELETE' })
}

export function getSalesProcessVersion(id: string, version: number): Promise<SalesProcessVersion> {
  return request(`/sales-processes/${enc(id)}/versions/${version}`)
}

export function listOpportunities(query: OpportunityListQuery = {}): Promise<ListResponse<Opportunity>> {
  return request('/opportunities', { query: { ...query } })
}

export function createOpportunity(body: OpportunityCreateInput): Promise<OpportunityDetail> {
  return request('/opportunities', { method: 'POST', body, silent: true })
}

export function getOpportunity(id: string): Promise<OpportunityDetail> {
  return request(`/opportunities/${enc(id)}`)
}

export function updateOpportunity(id: string, body: OpportunityInput): Promise<OpportunityDetail> {
  return request(`/opportunities/${enc(id)}`, { method: 'PATCH', body, silent: true })
}

export function deleteOpportunity(id: string): Promise<void> {
  return request(`/opportunities/${enc(id)}`, { method: 'DELETE' })
}

/** Silent: the move dialog shows 409 and 422 itself. */
export function moveOpportunity(id: string, body: MoveInput): Promise<OpportunityDetail> {
  return request(`/opportunities/${enc(id)}/move`, { method: 'POST', body, silent: true })
}

export function listOpportunityHistory(id: string): Promise<{ items: StageChange[] }> {
  return request(`/opportunities/${enc(id)}/history`)
}

export function getFunnel(query: FunnelQuery = {}): Promise<Funnel> {
  return request('/opportunities/funnel', { query: { ...query } })
}

export function getForecast(query: ForecastQuery = {}): Promise<Forecast> {
  return request('/opportunities/forecast', { query: { ...query } })
}

/** The .xlsx of the funnel and the forecast (a download: the session cookie authenticates). */
export function funnelExportUrl(query: FunnelQuery = {}): string {
  return buildUrl('/opportunities/funnel/export', { ...query })
}
