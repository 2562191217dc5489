// Customers, contacts, pool actions on a customer, and the leaver handover — checked against
// docs/api-customers.md. Ids are strings, instants ISO-8601 UTC, dates "YYYY-MM-DD".
import { asList, request, type SendOptions } from './client'
import type { ListResponse } from './types'

export type CustomerLevel = 'A' | 'B' | 'C' | 'D'
export type CustomerStatus = 'potential' | 'interested' | 'deal' | 'lost'
export type ReclaimRule = 'no_follow_up' | 'no_deal' | 'protection'

export const CUSTOMER_LEVELS: readonly CustomerLevel[] = ['A', 'B', 'C', 'D']
export const CUSTOMER_STATUSES: readonly CustomerStatus[] = ['potential', 'interested', 'deal', 'lost']
export const RECLAIM_RULES: readonly ReclaimRule[] = ['no_follow_up', 'no_deal', 'protection']

/** The countdown of an owned, non-exempt customer: which rule sends it back, and when. */
export interface ReclaimInfo {
  rule: ReclaimRule
  days: number
  /** The customer's home pool, where it goes back to; null when it has none. */
  poolId: string | null
  poolName: string
  /** Local date the rule's clock started. */
  startedOn: string
  /** Local date of the sweep that reclaims it. */
  reclaimOn: string
  daysLeft: number
}

export interface Customer {
  id: string
  name: string
  shortName: string
  creditCode: string | null
  industry: string
  scale: string
  level: CustomerLevel
  status: CustomerStatus
  source: string
  province: string
  city: string
  district: string
  address: string
  lat: number | null
  lng: number | null
  phone: string | null
  website: string
  tags: string[]
  customFields: Record<string, unknown>
  ownerId: string | null
  ownerName: string | null
  ownerDepartmentName: string | null
  poolId: string | null
  poolName: string | null
  homePoolId: string | null
  homePoolName: string | null
  locked: boolean
  claimedAt: string | null
  releasedAt: string | null
  timesReclaimed: number
  previousOwnerName: string | null
  lastFollowUpAt: string | null
  lastDealAt: string | null
  nextFollowUpAt: string | null
  createdAt: string
  updatedAt: string
  phoneMasked: boolean
  reclaim: ReclaimInfo | null
  /** While the caller's cooldown on a pooled customer they held lasts: the first date
   *  ("YYYY-MM-DD") they may claim it back; null otherwise. Pool lists and the detail. */
  claimCooldownUntil: string | null
}

export type TeamAccess = 'read' | 'write'

export interface TeamMember {
  userId: string
  name: string
  access: TeamAccess
}

export interface Contact {
  id: string
  customerId: string
  name: string
  title: string
  mobile: string | null
  phone: string | null
  email: string | null
  wechat: string | null
  birthday: string | null
  isPrimary: boolean
  notes: string
  createdAt: string
  updatedAt: string
}

export interface CustomerDetail extends Customer {
  contacts: Contact[]
  team: TeamMember[]
  canEdit: boolean
  canRelease: boolean
  canTransfer: boolean
  canLock: boolean
  canClaim: boolean
}

export type OwnerAction =
  | 'create'
  | 'claim'
  | 'assign'
  | 'release'
  | 'transfer'
  | 'reclaim'
  | 'lock'
  | 'unlock'
  | 'handover'

export interface OwnerHistoryEntry {
  id: string
  action: OwnerAction
  fromUserId: string | null
  fromUserName: string | null
  toUserId: string | null
  toUserName: string | null
  poolId: string | null
  poolName: string | null
  reason: string
  /** The reclaim rule of a `reclaim`; "" for the other actions. */
  rule: '' | ReclaimRule
  actorId: string | null
  actorName: string | null
  at: string
}

export interface ContactInput {
  name: string
  title?: string
  mobile?: string | null
  phone?: string | null
  email?: string | null
  wechat?: string | null
  birthday?: string | null
  isPrimary?: boolean
  notes?: string
}

export interface CustomerInput {
  name: string
  shortName?: string
  creditCode?: string | null
  industry?: string
  scale?: string
  level?: CustomerLevel
  status?: CustomerStatus
  source?: string
  province?: string
  city?: string
  district?: string
  address?: string
  lat?: number | null
  lng?: number | null
  phone?: string | null
  website?: string
  tags?: string[]
  customFields?: Record<string, unknown>
}

export interface CustomerCreateInput extends CustomerInput {
  /** Put the new customer into this pool instead of owning it. */
  poolId?: string
  /** Owner other than the caller (someone in the caller's data scope). */
  ownerId?: string
  contacts?: ContactInput[]
}

export type CustomerUpdateInput = Partial<CustomerInput>

export type CustomerSort =
  | 'updatedAt'
  | '-updatedAt'
  | 'createdAt'
  | '-createdAt'
  | 'name'
  | '-name'
  | 'lastFollowUpAt'
  | '-lastFollowUpAt'

export interface CustomerListQuery {
  q?: string
  mine?: boolean
  ownerId?: string
  poolId?: string
  inPool?: boolean
  status?: CustomerStatus
  /** One level or a comma list ("A,B"). */
  level?: string
  /** Comma list of industry, province, city, source: those not filled in. */
  empty?: string
  industry?: string
  province?: string
  city?: string
  source?: string
  tag?: string
  locked?: boolean
  lastFollowUpFrom?: string
  lastFollowUpTo?: string
  sort?: CustomerSort
  limit?: number
  cursor?: string | null
}

export type MatchedOn = 'name' | 'creditCode' | 'phone'
export type MatchWhere = 'owned' | 'pool' | 'locked' | 'deleted'

/** One existing customer a new one would duplicate, disclosed without the holder's name or phone. */
export interface ConflictMatch {
  matchedOn: MatchedOn
  where: MatchWhere
  /** The holder's department. */
  teamName: string | null
  poolName: string | null
  /** Date "YYYY-MM-DD". */
  protectedUntil: string | null
  /** Only when the caller may open it. */
  customerId: string | null
  customerName: string | null
  /** A customer, or a lead not yet converted (one conflict check covers both). */
  kind: 'customer' | 'lead'
  /** The matching lead, when the caller may open it. */
  leadId: string | null
  leadName: string | null
}

export interface ConflictCheckInput {
  name?: string
  creditCode?: string
  phone?: string
  excludeId?: string
}

export interface ConflictCheckResult {
  conflict: boolean
  matches: ConflictMatch[]
}

export interface HandoverPreview {
  customers: number
  items: Customer[]
}

export type HandoverMode = 'user' | 'round_robin' | 'pool'

export interface HandoverInput {
  mode: HandoverMode
  toUserId?: string
  toUserIds?: string[]
  poolId?: string
}

const enc = encodeURIComponent

// --- customers ---------------------------------------------------------------------------

export function listCustomers(query: CustomerListQuery = {}): Promise<ListResponse<Customer>> {
  return request('/customers', { query: { ...query } })
}

/** Create; a 409 `customer.conflict` is left to the caller (it shows the disclosure). */
export function createCustomer(body: CustomerCreateInput, options: SendOptions = {}): Promise<CustomerDetail> {
  return request('/customers', { method: 'POST', body, silent: true, ...options })
}

export function checkCustomerConflict(body: ConflictCheckInput): Promise<ConflictCheckResult> {
  return request('/customers/check-conflict', { method: 'POST', body, silent: true })
}

export function getCustomer(id: string): Promise<CustomerDetail> {
  return request(`/customers/${enc(id)}`)
}

export function updateCustomer(id: string, body: CustomerUpdateInput): Promise<CustomerDetail> {
  return request(`/customers/${enc(id)}`, { method: 'PATCH', body, silent: true })
}

export function deleteCustomer(id: string): Promise<void> {
  return request(`/customers/${enc(id)}`, { method: 'DELETE' })
}

export function listOwnerHistory(id: string): Promise<ListResponse<OwnerHistoryEntry>> {
  return request<ListResponse<OwnerHistoryEntry> | OwnerHistoryEntry[]>(`/customers/${enc(id)}/owner-history`).then(asList)
}

// --- contacts ----------------------------------------------------------------------------

export function listContacts(customerId: string): Promise<ListResponse<Contact>> {
  return request<ListResponse<Contact> | Contact[]>(`/customers/${enc(customerId)}/contacts`).then(asList)
}

export function createContact(customerId: string, body: ContactInput): Promise<Contact> {
  return request(`/customers/${enc(customerId)}/contacts`, { method: 'POST', body, silent: true })
}

export function updateContact(id: string, body: Partial<ContactInput>): Promise<Contact> {
  return request(`/contacts/${enc(id)}`, { method: 'PATCH', body, silent: true })
}

export function deleteContact(id: string): Promise<void> {
  return request(`/contacts/${enc(id)}`, { method: 'DELETE' })
}

// --- revealing masked fields (audited, against a daily quota per user) ---------------------

/** A contact's protected fields in clear. */
export interface RevealedContact {
  id: string
  mobile: string | null
  phone: string | null
  email: string | null
  wechat: string | null
}

/** One contact revealed (POST /contacts/{id}/reveal). */
export interface RevealedOneContact extends RevealedContact {
  /** Reveals the caller has left today (tenant's local day), after this one. */
  revealsLeftToday: number
}

export interface RevealedCustomer {
  phone: string | null
  address: string
  /** The protected custom fields the caller's role sees, in clear. */
  customFields: Record<string, unknown>
  contacts: RevealedContact[]
  /** Reveals the caller has left today (tenant's local day), after this one. */
  revealsLeftToday: number
}

export interface RevealSettings {
  /** Reveals per user and local day, 0–1000. */
  dailyQuota: number
}

/** Errors (409 customer.claim_first, 429 reveal.quota_exceeded) are left to the caller. */
export function revealCustomer(id: string): Promise<RevealedCustomer> {
  return request<RevealedCustomer>(`/customers/${enc(id)}/reveal`, { method: 'POST', body: {}, silent: true })
}

/** Errors as revealCustomer's. */
export function revealContact(id: string): Promise<RevealedOneContact> {
  return request<RevealedOneContact>(`/contacts/${enc(id)}/reveal`, { method: 'POST', body: {}, silent: true })
}

/** The built-in fields a tenant may protect. */
export const PROTECTABLE_FIELDS = ['phone', 'mobile', 'email', 'wechat', 'address'] as const
export type ProtectableField = (typeof PROTECTABLE_FIELDS)[number]

/** Which fields are protected (号码保护): masked unless owned or field.view_protected. */
export interface FieldProtection {
  fields: ProtectableField[]
  /** Protected custom field keys (text fields) per object. */
  customFields: { customer: string[]; lead: string[] }
}

export function getFieldProtection(): Promise<FieldProtection> {
  return request<FieldProtection>('/settings/field-protection')
}

/** Errors go to the form. */
export function updateFieldProtection(body: FieldProtection): Promise<FieldProtection> {
  return request<FieldProtection>('/settings/field-protection', { method: 'PUT', body, silent: true })
}

export function getRevealSettings(): Promise<RevealSettings> {
  return request<RevealSettings>('/settings/reveal')
}

/** Errors go to the form. */
export function updateRevealSettings(body: RevealSettings): Promise<RevealSettings> {
  return request<RevealSettings>('/settings/reveal', { method: 'PUT', body, silent: true })
}

// --- ownership (公海 actions) ----------------------------------------------------------------

export function claimCustomer(id: string): Promise<CustomerDetail> {
  return request(`/customers/${enc(id)}/claim`, { method: 'POST', body: {} })
}

export function assignCustomer(id: string, userId: string): Promise<CustomerDetail> {
  return request(`/customers/${enc(id)}/assign`, { method: 'POST', body: { userId } })
}

export function releaseCustomer(id: string, reason: string, poolId?: string): Promise<CustomerDetail> {
  return request(`/customers/${enc(id)}/release`, {
    method: 'POST',
    body: poolId ? { reason, poolId } : { reason },
  })
}

export function transferCustomer(id: string, userId: string, keepPreviousOwnerInTeam = false): Promise<CustomerDetail> {
  return request(`/customers/${enc(id)}/transfer`, { method: 'POST', body: { userId, keepPreviousOwnerInTeam } })
}

export function lockCustomer(id: string): Promise<CustomerDetail> {
  return request(`/customers/${enc(id)}/lock`, { method: 'POST', body: {} })
}

export function unlockCustomer(id: string): Promise<CustomerDetail> {
  return request(`/customers/${enc(id)}/unlock`, { method: 'POST', body: {} })
}

// --- leaver handover (离职交接) ---------------------------------------------------------------

export function getHandoverPreview(userId: string): Promise<HandoverPreview> {
  return request(`/users/${enc(userId)}/handover`)
}

export function handoverUser(userId: string, body: HandoverInput): Promise<{ moved: number }> {
  return request(`/users/${enc(userId)}/handover`, { method: 'POST', body })
}
