// Work logs (日报 / 周报 / 月报) — checked against docs/api-activity.md, section "Work logs".
// Periods are local dates ("2026-11-26") in the company's time zone; a week starts on Monday.
// Comments and likes of a log go through its feed item (`feedItemId`, see api/activity.ts).
import { asList, request } from './client'
import type { ListResponse } from './types'

export type WorkLogKind = 'daily' | 'weekly' | 'monthly'
export const WORK_LOG_KINDS: readonly WorkLogKind[] = ['daily', 'weekly', 'monthly']

/** What the server counts for the period by itself; money in fen (1 yuan = 100 fen). */
export interface WorkLogStats {
  newCustomers: number
  followUps: number
  visits: number
  customersFollowed: number
  opportunities: number
  contractAmountFen: number
  paymentAmountFen: number
}

export interface PersonRef {
  id: string
  name: string
}

export interface WorkLog {
  /** null on a draft that was never submitted. */
  id: string | null
  kind: WorkLogKind
  authorId: string
  authorName: string
  departmentName: string
  periodStart: string
  periodEnd: string
  summary: string
  plan: string
  issues: string
  stats: WorkLogStats
  customers: PersonRef[]
  feedItemId: string | null
  readCount: number
  readByMe: boolean
  /** Filled on the detail (GET /work-logs/{id}) only. */
  readers: PersonRef[]
  createdAt: string | null
  updatedAt: string | null
}

export interface WorkLogInput {
  kind: WorkLogKind
  summary: string
  plan?: string
  issues?: string
  /** Any day in the period; default today. A future date is refused (400). */
  date?: string
  customerIds?: string[]
}

export interface WorkLogQuery {
  authorId?: string
  kind?: WorkLogKind
  /** Period start on or after / on or before these dates. */
  from?: string
  to?: string
  limit?: number
  cursor?: string | null
}

const enc = encodeURIComponent

/** The period of `kind` holding `date` (default today) with its statistics so far, and the saved text if any. */
export function getWorkLogDraft(kind: WorkLogKind, date?: string): Promise<WorkLog> {
  return request('/work-logs/draft', { query: { kind, date } })
}

/** Creates or updates the caller's log of that kind and period. Errors are left to the form. */
export function submitWorkLog(body: WorkLogInput): Promise<WorkLog> {
  return request('/work-logs', { method: 'POST', body, silent: true })
}

export function listWorkLogs(query: WorkLogQuery = {}): Promise<ListResponse<WorkLog>> {
  return request<ListResponse<WorkLog> | WorkLog[]>('/work-logs', { query: { ...query } }).then(asList)
}

/** One log with its readers; opening someone else's log records a read receipt. */
export function getWorkLog(id: string): Promise<WorkLog> {
  return request(`/work-logs/${enc(id)}`)
}

/** People in the caller's scope without a daily log for `date` (default today). */
export function listMissingWorkLogs(date?: string): Promise<PersonRef[]> {
  return request<ListResponse<PersonRef> | PersonRef[]>('/work-logs/missing', { query: { date } }).then((a) => asList(a).items)
}
