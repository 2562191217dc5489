// Leads (线索), lead pools, push rules, lead sources, web forms, conversion and channel analysis
// — checked against docs/api-leads.md. Ids are strings, instants ISO-8601 UTC, dates
// "YYYY-MM-DD" and months "YYYY-MM" in the company's time zone, money in fen.
import { asList, buildUrl, request } from './client'
import type { FollowUp, FollowUpType } from './activity'
import type { ConflictMatch, CustomerInput, ReclaimRule } from './customers'
import type { Pool, PoolKind } from './pools'
import type { ListResponse } from './types'

export type LeadStatus = 'new' | 'contacting' | 'qualified' | 'converted' | 'invalid'
export const LEAD_STATUSES: readonly LeadStatus[] = ['new', 'contacting', 'qualified', 'converted', 'invalid']
/** The statuses a person sets by hand (converted comes only from a conversion). */
export type LeadStatusInput = 'new' | 'contacting' | 'qualified' | 'invalid'

/** The countdown of an owned open lead: which rule sends it back to which lead pool, and when. */
export interface LeadReclaim {
  /** no_deal: not converted in time. */
  rule: ReclaimRule
  days: number
  poolId: string
  poolName: string
  startedOn: string
  reclaimOn: string
  daysLeft: number
}

export interface Lead {
  id: string
  name: string
  company: string
  creditCode: string | null
  mobile: string | null
  phone: string | null
  email: string | null
  wechat: string | null
  title: string
  sourceId: string | null
  sourceName: string | null
  campaign: string
  province: string
  city: string
  industry: string
  status: LeadStatus
  invalidReason: string
  tags: string[]
  customFields: Record<string, unknown>
  notes: string
  /** null while in a pool. */
  ownerId: string | null
  ownerName: string | null
  /** Set while in a lead pool. */
  poolId: string | null
  poolName: string | null
  /** The lead pool whose rules govern it while owned. */
  homePoolId: string | null
  homePoolName: string | null
  /** The push rule that gave it to its owner. */
  assignedRuleId: string | null
  assignedRuleName: string | null
  assignedAt: string | null
  /** The customer it matched (linked) or became. */
  customerId: string | null
  customerName: string | null
  convertedAt: string | null
  convertedContactId: string | null
  firstContactAt: string | null
  lastFollowUpAt: string | null
  formId: string | null
  createdAt: string
  updatedAt: string
  /** Mobile, phone, email and WeChat are masked. */
  contactMasked: boolean
  reclaim: LeadReclaim | null
}

export interface LeadDetail extends Lead {
  canEdit: boolean
  canClaim: boolean
  canRelease: boolean
  canConvert: boolean
  readOnly: boolean
}

export interface LeadInput {
  name?: string
  company?: string
  mobile?: string
  phone?: string
  email?: string
  wechat?: string
  title?: string
  sourceId?: string
  campaign?: string
  province?: string
  city?: string
  industry?: string
  creditCode?: string
  tags?: string[]
  customFields?: Record<string, unknown>
  notes?: string
}

export interface LeadCreateInput extends LeadInput {
  /** Into this lead pool (its push rules run) instead of owned by the caller. */
  poolId?: string
  ownerId?: string
  /** Create despite a duplicate; the lead is linked to the matching customer. */
  force?: boolean
}

/** The fields a PATCH clears with null (the contact ways, the source, the credit code). */
export const CLEARABLE_LEAD_FIELDS = ['mobile', 'phone', 'email', 'wechat', 'sourceId', 'creditCode'] as const
type Clearable = (typeof CLEARABLE_LEAD_FIELDS)[number]

/** PATCH: any LeadInput field; null clears a contact way, the source or the credit code. */
export type LeadUpdateInput = Omit<LeadInput, Clearable> & { [K in Clearable]?: string | null }

/** The contract also names lastFollowUpAt; the server refuses it (400 sort), so it is not offered. */
export type LeadSort = '-createdAt' | 'createdAt' | 'updatedAt' | '-updatedAt'

export interface LeadListQuery {
  q?: string
  mine?: boolean
  ownerId?: string
  poolId?: string
  inPool?: boolean
  status?: LeadStatus
  sourceId?: string
  campaign?: string
  province?: string
  city?: string
  industry?: string
  createdFrom?: string
  createdTo?: string
  sort?: LeadSort
  limit?: number
  cursor?: string | null
}

export interface BulkLeadsResult {
  created: number
  failed: number
  items: { index: number; id: string | null; error: BulkRowError | null; linkedCustomerId: string | null }[]
}

/** A refused row: an error envelope's `error` (code, message in the caller's language, details). */
export interface BulkRowError {
  code: string
  message: string
  details?: { fields?: { field: string; issue: string }[] }
}

export interface LeadConflictInput {
  name?: string
  company?: string
  creditCode?: string
  phone?: string
  excludeLeadId?: string
}

/** The one conflict check's match: a customer or a lead. */
export type LeadConflictMatch = ConflictMatch

export interface LeadConflictResult {
  conflict: boolean
  matches: LeadConflictMatch[]
}

export type LeadHistoryAction = 'create' | 'claim' | 'assign' | 'push' | 'release' | 'transfer' | 'reclaim' | 'convert' | 'status'

export interface LeadHistoryEntry {
  id: string
  action: LeadHistoryAction
  fromUserId: string | null
  fromUserName: string | null
  toUserId: string | null
  toUserName: string | null
  poolId: string | null
  poolName: string | null
  ruleId: string | null
  ruleName: string | null
  reason: string
  /** The reclaim rule of a `reclaim`; "" for the other actions. */
  rule: string
  actorId: string | null
  actorName: string | null
  at: string
}

export interface LeadFollowUpInput {
  type: FollowUpType
  text: string
  nextFollowUpAt?: string
}

export interface ConvertInput {
  /** Attach to this existing customer instead of creating one. */
  customerId?: string
  customer?: Partial<CustomerInput>
  contact?: { name?: string; title?: string }
  /** Also an opportunity (商机) for the customer, in the same transaction. */
  opportunity?: ConvertOpportunity
}

export interface ConvertOpportunity {
  name: string
  amountFen?: number
  expectedCloseDate?: string
  processId?: string
}

export interface ConvertResult {
  lead: LeadDetail
  customerId: string
  contactId: string | null
  opportunityId: string | null
  attached: boolean
}

export interface ConversionMappingField {
  /** A lead field (name, company, mobile…). */
  lead: string
  /** "name", "industry"… of the customer, or "contact.name", "contact.mobile"… of the contact. */
  customer: string
}

export interface ConversionMapping {
  fields: ConversionMappingField[]
}

export interface LeadSourceCost {
  /** "YYYY-MM". */
  month: string
  /** Fen. */
  amount: number
}

export interface LeadSource {
  id: string
  name: string
  enabled: boolean
  sortOrder: number
  costs: LeadSourceCost[]
}

export interface LeadSourceInput {
  name?: string
  enabled?: boolean
  sortOrder?: number
  costs?: LeadSourceCost[]
}

export type PushStrategy = 'round_robin' | 'least_loaded' | 'user'
export const PUSH_STRATEGIES: readonly PushStrategy[] = ['round_robin', 'least_loaded', 'user']

export interface PushMatch {
  provinces: string[]
  cities: string[]
  industries: string[]
  sourceIds: string[]
  campaigns: string[]
}

export interface PushMember {
  userId: string
  userName: string
  order: number
  dailyCap: number | null
  paused: boolean
}

export interface PushRule {
  id: string
  name: string
  enabled: boolean
  position: number
  match: PushMatch
  strategy: PushStrategy
  userId: string | null
  /** The named user of a "user" rule. */
  userName: string | null
  members: PushMember[]
}

/** A rule as sent: new ones without an id; members without their names. */
export interface PushRuleInput {
  id?: string
  name: string
  enabled: boolean
  match: PushMatch
  strategy: PushStrategy
  userId: string | null
  members: { userId: string; order: number; dailyCap: number | null; paused: boolean }[]
}

export interface LeadFormField {
  key: string
  label: string
  required: boolean
}

export interface LeadForm {
  id: string
  name: string
  token: string
  /** "/f/<token>". */
  url: string
  poolId: string
  poolName: string
  sourceId: string | null
  campaign: string
  enabled: boolean
  fields: LeadFormField[]
  thanks: string
  createdAt: string
}

export interface LeadFormInput {
  name?: string
  poolId?: string
  sourceId?: string | null
  campaign?: string
  fields?: LeadFormField[]
  thanks?: string
  enabled?: boolean
  rotateToken?: boolean
}

export interface PublicForm {
  name: string
  fields: LeadFormField[]
  thanks: string
}

export type AnalysisGroupBy = 'source' | 'campaign' | 'month' | 'owner'
export const ANALYSIS_GROUPS: readonly AnalysisGroupBy[] = ['source', 'campaign', 'month', 'owner']

export interface AnalysisQuery {
  from?: string
  to?: string
  groupBy?: AnalysisGroupBy
  sourceId?: string
  campaign?: string
  departmentId?: string
  userId?: string
}

export interface AnalysisNumbers {
  leads: number
  contacted: number
  qualified: number
  converted: number
  invalid: number
  /** 0–1. */
  conversionRate: number
  medianHoursToFirstContact: number | null
  medianDaysToConversion: number | null
  /** Fen. */
  cost: number
  costPerLead: number | null
  costPerConversion: number | null
  followUps: number
}

export interface AnalysisRow extends AnalysisNumbers {
  /** A source id, a campaign, a month "YYYY-MM" or a user id ("" for none). */
  key: string
  label: string
}

export interface AnalysisAnswer {
  from: string
  to: string
  rows: AnalysisRow[]
  total: AnalysisNumbers
}

export interface LeadReclaimPreviewItem {
  leadId: string
  leadName: string
  ownerId: string
  ownerName: string
  poolId: string
  poolName: string
  rule: ReclaimRule
  days: number
  startedOn: string
  reclaimOn: string
}

/** A pool's kind; a pool of an older server without one is a customer pool. */
export function poolKind(pool: Pick<Pool, 'kind'>): PoolKind {
  return pool.kind === 'lead' ? 'lead' : 'customer'
}

export function leadCount(pool: Pick<Pool, 'leadCount'>): number {
  return pool.leadCount ?? 0
}

const enc = encodeURIComponent

// --- leads ------------------------------------------------------------------------------------

export function listLeads(query: LeadListQuery = {}): Promise<ListResponse<Lead>> {
  return request('/leads', { query: { ...query } })
}

/** Create; a 409 `lead.conflict` is left to the caller (it shows the matches). */
export function createLead(body: LeadCreateInput): Promise<LeadDetail> {
  return request('/leads', { method: 'POST', body, silent: true })
}

export function bulkCreateLeads(items: LeadInput[], poolId?: string): Promise<BulkLeadsResult> {
  return request('/leads/bulk', { method: 'POST', body: poolId ? { items, poolId } : { items } })
}

export function checkLeadConflict(body: LeadConflictInput): Promise<LeadConflictResult> {
  return request('/leads/check-conflict', { method: 'POST', body, silent: true })
}

/** A lead's protected fields in clear (POST /leads/{id}/reveal). */
export interface RevealedLead {
  mobile: string | null
  phone: string | null
  email: string | null
  wechat: string | null
  customFields: Record<string, unknown>
  /** Reveals the caller has left today (tenant's local day), after this one. */
  revealsLeftToday: number
}

/** Errors (409 lead.claim_first, 429 reveal.quota_exceeded) are left to the caller. */
export function revealLead(id: string): Promise<RevealedLead> {
  return request<RevealedLead>(`/leads/${enc(id)}/reveal`, { method: 'POST', body: {}, silent: true })
}

export function getLead(id: string): Promise<LeadDetail> {
  return request(`/leads/${enc(id)}`)
}

export function updateLead(id: string, body: LeadUpdateInput): Promise<LeadDetail> {
  return request(`/leads/${enc(id)}`, { method: 'PATCH', body, silent: true })
}

export function deleteLead(id: string): Promise<void> {
  return request(`/leads/${enc(id)}`, { method: 'DELETE' })
}

export function setLeadStatus(id: string, status: LeadStatusInput, reason?: string): Promise<LeadDetail> {
  return request(`/leads/${enc(id)}/status`, { method: 'POST', body: reason ? { status, reason } : { status } })
}

export function claimLead(id: string): Promise<LeadDetail> {
  return request(`/leads/${enc(id)}/claim`, { method: 'POST', body: {} })
}

export function assignLead(id: string, userId: string): Promise<LeadDetail> {
  return request(`/leads/${enc(id)}/assign`, { method: 'POST', body: { userId } })
}

export function releaseLead(id: string, reason: string, poolId?: string): Promise<LeadDetail> {
  return request(`/leads/${enc(id)}/release`, { method: 'POST', body: poolId ? { reason, poolId } : { reason } })
}

export function transferLead(id: string, userId: string): Promise<LeadDetail> {
  return request(`/leads/${enc(id)}/transfer`, { method: 'POST', body: { userId } })
}

export function listLeadFollowUps(id: string): Promise<ListResponse<FollowUp>> {
  return request<ListResponse<FollowUp> | FollowUp[]>(`/leads/${enc(id)}/follow-ups`).then(asList)
}

export function createLeadFollowUp(id: string, body: LeadFollowUpInput): Promise<FollowUp> {
  return request(`/leads/${enc(id)}/follow-ups`, { method: 'POST', body })
}

export function listLeadHistory(id: string): Promise<ListResponse<LeadHistoryEntry>> {
  return request<ListResponse<LeadHistoryEntry> | LeadHistoryEntry[]>(`/leads/${enc(id)}/history`).then(asList)
}

export function convertLead(id: string, body: ConvertInput): Promise<ConvertResult> {
  return request(`/leads/${enc(id)}/convert`, { method: 'POST', body })
}

export function previewLeadReclaim(at?: string | null): Promise<{ at: string; items: LeadReclaimPreviewItem[] }> {
  return request('/leads/reclaim-preview', { query: { at: at ?? undefined } })
}

// --- settings (pool.configure) ------------------------------------------------------------------

/** `silent` for readers that fall back to the default mapping when refused. */
export function getConversionMapping(silent = false): Promise<ConversionMapping> {
  return request('/lead-conversion-mapping', { silent })
}

export function putConversionMapping(body: ConversionMapping): Promise<ConversionMapping> {
  return request('/lead-conversion-mapping', { method: 'PUT', body })
}

/** Silent: pages that only offer sources as choices do without them when refused. */
export function listLeadSources(): Promise<ListResponse<LeadSource>> {
  return request<ListResponse<LeadSource> | LeadSource[]>('/lead-sources', { silent: true }).then(asList)
}

export function createLeadSource(body: LeadSourceInput & { name: string }): Promise<LeadSource> {
  return request('/lead-sources', { method: 'POST', body, silent: true })
}

export function updateLeadSource(id: string, body: LeadSourceInput): Promise<LeadSource> {
  return request(`/lead-sources/${enc(id)}`, { method: 'PATCH', body, silent: true })
}

export function deleteLeadSource(id: string): Promise<void> {
  return request(`/lead-sources/${enc(id)}`, { method: 'DELETE' })
}

export function listPushRules(poolId: string): Promise<ListResponse<PushRule>> {
  return request<ListResponse<PushRule> | PushRule[]>(`/pools/${enc(poolId)}/push-rules`).then(asList)
}

export function putPushRules(poolId: string, rules: PushRuleInput[]): Promise<ListResponse<PushRule>> {
  return request<ListResponse<PushRule> | PushRule[]>(`/pools/${enc(poolId)}/push-rules`, {
    method: 'PUT',
    body: { rules },
    silent: true,
  }).then(asList)
}

export function listLeadForms(): Promise<ListResponse<LeadForm>> {
  return request<ListResponse<LeadForm> | LeadForm[]>('/lead-forms').then(asList)
}

export function createLeadForm(body: LeadFormInput & { name: string; poolId: string }): Promise<LeadForm> {
  return request('/lead-forms', { method: 'POST', body, silent: true })
}

export function updateLeadForm(id: string, body: LeadFormInput): Promise<LeadForm> {
  return request(`/lead-forms/${enc(id)}`, { method: 'PATCH', body, silent: true })
}

export function deleteLeadForm(id: string): Promise<void> {
  return request(`/lead-forms/${enc(id)}`, { method: 'DELETE' })
}

// --- public web form (no login) -----------------------------------------------------------------

export function getPublicForm(token: string): Promise<PublicForm> {
  return request(`/public/forms/${enc(token)}`, { silent: true, noAuthRedirect: true })
}

export function submitPublicForm(token: string, fields: Record<string, string>, website: string): Promise<{ received: boolean }> {
  return request(`/public/forms/${enc(token)}`, { method: 'POST', body: { fields, website }, silent: true, noAuthRedirect: true })
}

// --- channel analysis ---------------------------------------------------------------------------

export function getLeadAnalysis(query: AnalysisQuery): Promise<AnalysisAnswer> {
  return request('/lead-analysis', { query: { ...query } })
}

/** The .xlsx of the same table: a plain link, the session cookie authenticates. */
export function leadAnalysisExportUrl(query: AnalysisQuery): string {
  return buildUrl('/lead-analysis/export', { ...query })
}
