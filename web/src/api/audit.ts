// The audit log (审计日志) — checked against docs/api-org.md "Audit log". Who did what, when, from
// which address and client; edits carry what they changed. Needs org.view with the data scope
// all (403 permission.denied otherwise). Newest first, keyset paged, no total.
import { request } from './client'
import type { ListResponse } from './types'

/** One changed field of an edit, values as the API shows them (protected ones maybe masked). */
export interface AuditChange {
  field: string
  before: unknown
  after: unknown
}

export interface AuditEntry {
  id: string
  at: string
  actorId: string | null
  actorName: string
  action: string
  objectType: string
  objectId: string | null
  /** The object's name now (a contract's number), also when deleted; '' when it has none. */
  objectName: string
  ip: string
  /** The client's User-Agent (at most 200 bytes); empty for jobs. */
  client: string
  requestId: string
  /** What the action did; edits: `changes: AuditChange[]`. */
  details: { [key: string]: unknown }
}

/** The list's filters, as the API (and POST /exports {object: 'audit', query}) takes them. */
export interface AuditFilters {
  actorId?: string
  objectType?: string
  objectId?: string
  /** Exact (`customer.update`) or a prefix ending in '.' (`customer.`). */
  action?: string
  /** ISO instants: entries with `at` in [from, to). */
  from?: string
  to?: string
}

export interface AuditLogQuery extends AuditFilters {
  limit?: number
  cursor?: string | null
}

/** At most 200 a page. */
export const AUDIT_PAGE_MAX = 200

/** `silent`: the page shows a refusal (403) itself, as its empty state. */
export function listAuditLog(filters: AuditFilters, cursor: string | null = null, limit = 50, silent = false): Promise<ListResponse<AuditEntry>> {
  const query: AuditLogQuery = { ...filters, cursor, limit: Math.min(limit, AUDIT_PAGE_MAX) }
  return request('/audit-log', { query: { ...query }, silent })
}
