// Public pools (公海), their versioned rules, and the reclaim sweep — docs/api-customers.md.
import { asList, request } from './client'
import type { ListResponse } from './types'
import type { CustomerLevel, ReclaimRule } from './customers'

export type LevelDays = Partial<Record<CustomerLevel, number>>

export interface ReclaimClockRule {
  enabled: boolean
  days: number
  daysByLevel: LevelDays
}

export interface ProtectionRule {
  enabled: boolean
  days: number
  extendDays: number
  maxDays: number
}

export interface HoldingLimitOverride {
  userId: string
  limit: number
}

export interface PoolRules {
  holdingLimit: number
  countDealCustomers: boolean
  holdingLimitOverrides: HoldingLimitOverride[]
  noFollowUp: ReclaimClockRule
  noDeal: ReclaimClockRule
  protection: ProtectionRule
  reminderDays: number
  dailyClaimLimit: number
  cooldownDays: number
  lockLimit: number
  /** Local hour (0–23) after which the daily sweep runs. */
  sweepHour: number
  /** Reclaimed customers go to this pool instead of the home pool. */
  reclaimToPoolId: string | null
  /** A lead pool reminds its admins of a lead nobody took after this many hours (default 4). */
  unassignedReminderHours: number
}

/** 公海 of customers or 线索池 of leads (docs/api-leads.md). */
export type PoolKind = 'customer' | 'lead'

export type PoolMemberType = 'user' | 'department'

export interface PoolMember {
  type: PoolMemberType
  id: string
  name: string
}

export interface PoolAdmin {
  id: string
  name: string
}

export interface Pool {
  id: string
  name: string
  description: string
  sortOrder: number
  customerCount: number
  isMember: boolean
  isAdmin: boolean
  members: PoolMember[]
  admins: PoolAdmin[]
  rules: PoolRules
  ruleVersion: number
  /** null while the pool has no saved rule version (version 0). */
  ruleEffectiveAt: string | null
  createdAt: string
  updatedAt: string
  kind: PoolKind
  /** Leads in a lead pool now (0 for a customer pool). */
  leadCount: number
}

export interface PoolMemberInput {
  type: PoolMemberType
  id: string
}

export interface PoolCreateInput {
  name: string
  description?: string
  sortOrder?: number
  members?: PoolMemberInput[]
  admins?: string[]
  rules?: PoolRules
  /** Chosen once: a pool stays a customer pool or a lead pool. */
  kind?: PoolKind
}

export interface PoolUpdateInput {
  name?: string
  description?: string
  sortOrder?: number
  members?: PoolMemberInput[]
  admins?: string[]
}

export interface PoolRuleVersion {
  version: number
  effectiveAt: string
  rules: PoolRules
  /** The user who saved it, null when unknown; createdByName is "" then. */
  createdBy: string | null
  createdByName: string
  createdAt: string
}

export interface ReclaimPreviewItem {
  customerId: string
  customerName: string
  ownerId: string
  ownerName: string
  poolId: string
  poolName: string
  rule: ReclaimRule
  days: number
  startedOn: string
  reclaimOn: string
}

export interface ReclaimPreview {
  at: string
  items: ReclaimPreviewItem[]
  byRule: Partial<Record<ReclaimRule, number>>
  byOwner: { ownerId: string; ownerName: string; count: number }[]
  /** How many customers the sweep would reclaim (items.length). */
  reclaimed: number
  reminders: number
}

export interface ReclaimRunResult {
  reclaimed: number
  reminded: number
  /** Leads the same sweep put back into their lead pools. */
  leadsReclaimed?: number
}

const enc = encodeURIComponent

/** The customer pools unless `kind` says otherwise (the server's default is "customer"). */
export function listPools(kind?: PoolKind | 'all'): Promise<ListResponse<Pool>> {
  return request<ListResponse<Pool> | Pool[]>('/pools', { query: { kind } }).then(asList)
}

export function createPool(body: PoolCreateInput): Promise<Pool> {
  return request('/pools', { method: 'POST', body, silent: true })
}

export function getPool(id: string): Promise<Pool> {
  return request(`/pools/${enc(id)}`)
}

export function updatePool(id: string, body: PoolUpdateInput): Promise<Pool> {
  return request(`/pools/${enc(id)}`, { method: 'PATCH', body, silent: true })
}

export function deletePool(id: string): Promise<void> {
  return request(`/pools/${enc(id)}`, { method: 'DELETE' })
}

export function listPoolRuleVersions(id: string): Promise<ListResponse<PoolRuleVersion>> {
  return request<ListResponse<PoolRuleVersion> | PoolRuleVersion[]>(`/pools/${enc(id)}/rules`).then(asList)
}

export function putPoolRules(id: string, rules: PoolRules, effectiveAt?: string | null): Promise<PoolRuleVersion> {
  return request(`/pools/${enc(id)}/rules`, {
    method: 'PUT',
    body: effectiveAt ? { rules, effectiveAt } : { rules },
    silent: true,
  })
}

export function previewReclaim(at?: string | null): Promise<ReclaimPreview> {
  return request('/reclaim/preview', { query: { at: at ?? undefined } })
}

export function runReclaim(at?: string | null): Promise<ReclaimRunResult> {
  return request('/reclaim/run', { method: 'POST', body: at ? { at } : {} })
}
