// Exports (导出) — docs/api-exports.md: a list with its filters and sort becomes an .xlsx file,
// made by a background job; progress as JSON (polled), cancel, and the file as a plain download.
import { buildUrl, request } from './client'

export type ExportObject = 'customers' | 'leads' | 'opportunities' | 'contracts' | 'audit'
export type ExportStatus = 'queued' | 'running' | 'done' | 'cancelled' | 'failed'

export interface ExportJob {
  id: string
  object: ExportObject
  status: ExportStatus
  /** Rows read so far. */
  done: number
  /** The list's own count, null until (or unless) the list gives one. */
  total: number | null
  /** The list was longer than the file's limit (100,000 rows): the file holds the first ones. */
  truncated: boolean
  fileName: string
  fileBytes: number | null
  /** The code that failed the job (status failed), else "". */
  error: string
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
  /** Until when the file can be downloaded; null until done. */
  expiresAt: string | null
}

/**
 * Starts an export of the list `object` read with `query` (the list's own query parameters). A
 * refusal is left to the caller (a 400 names the list's filter it refused).
 */
export function startExport(object: ExportObject, query: Record<string, string>): Promise<ExportJob> {
  return request('/exports', { method: 'POST', body: { object, query }, silent: true })
}

/** The caller's newest 50 exports. */
export function listExports(): Promise<{ items: ExportJob[] }> {
  return request('/exports')
}

export function getExport(id: string): Promise<ExportJob> {
  return request(`/exports/${encodeURIComponent(id)}`)
}

export function cancelExport(id: string): Promise<ExportJob> {
  return request(`/exports/${encodeURIComponent(id)}/cancel`, { method: 'POST' })
}

/** The finished file (a plain link: the session cookie authenticates; the server names the file). */
export function exportFileUrl(id: string): string {
  return buildUrl(`/exports/${encodeURIComponent(id)}/file`)
}
