// The recycle bin (回收站) — checked against docs/api-recycle-bin.md. Administrators
// (settings.configure) list deleted records, restore them within 90 days or purge them now.
import { request } from './client'
import type { ListResponse } from './types'

export type RecycleKind = 'customer' | 'contact' | 'lead' | 'opportunity' | 'product' | 'contract' | 'follow_up' | 'receipt'
export const RECYCLE_KINDS: readonly RecycleKind[] = [
  'customer',
  'contact',
  'lead',
  'opportunity',
  'product',
  'contract',
  'follow_up',
  'receipt',
]

export interface RecycleBinItem {
  kind: RecycleKind
  id: string
  /**
   * Name; a product's code and name; a contract's number and name; a follow-up's type code and the
   * first 40 characters of its text ("visit 上门拜访…"); a receipt's yuan and contract number.
   */
  title: string
  /** The customer of a contact, opportunity, contract or follow-up; of a receipt's contract. */
  customerId: string | null
  customerName: string | null
  deletedAt: string
  deletedBy: { id: string; name: string } | null
  /** Restorable until then; the purge job removes it after. */
  purgeAt: string
}

export interface RecycleBinRestored extends RecycleBinItem {
  /** A customer: its owner now (null when it went to a pool). */
  ownerId: string | null
  poolId: string | null
}

export interface RecycleBinQuery {
  kind?: RecycleKind
  q?: string
  limit?: number
  cursor?: string | null
}

/** details of 409 recycle.conflict: the first match of the conflict check. */
export interface RecycleConflict {
  kind?: 'customer' | 'lead'
  matchedOn?: 'name' | 'creditCode' | 'phone'
  where?: 'owned' | 'pool' | 'locked' | 'deleted'
  customerId?: string
  leadId?: string
  name?: string
}

/** details of 409 recycle.parent_deleted: the parent to restore first. */
export interface RecycleParentDeleted {
  customerId?: string
  contractId?: string
}

const enc = encodeURIComponent

export function listRecycleBin(query: RecycleBinQuery = {}): Promise<ListResponse<RecycleBinItem>> {
  return request('/recycle-bin', { query: { ...query } })
}

/** `silent`: the caller words a refusal itself (useRecycleActions). */
export function restoreFromRecycleBin(kind: RecycleKind, id: string, silent = false): Promise<RecycleBinRestored> {
  return request(`/recycle-bin/${enc(kind)}/${enc(id)}/restore`, { method: 'POST', body: {}, silent })
}

export function purgeFromRecycleBin(kind: RecycleKind, id: string): Promise<void> {
  return request(`/recycle-bin/${enc(kind)}/${enc(id)}`, { method: 'DELETE' })
}
