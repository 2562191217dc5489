// Imports (导入) — docs/api-imports.md: a file's mapped rows become a background job; progress
// as JSON and live over Server-Sent Events; per-row errors as JSON and .xlsx; saved mappings.
import { buildUrl, request } from './client'
import type { ListResponse } from './types'

export type ImportPolicy = 'skip' | 'attach' | 'update'
/** What an import brings in. */
export type ImportObject = 'customers' | 'products' | 'targets'
export type ImportStatus = 'queued' | 'running' | 'done' | 'cancelled' | 'failed'

export interface ImportJob {
  id: string
  object: ImportObject
  policy: ImportPolicy
  status: ImportStatus
  fileName: string
  total: number
  done: number
  created: number
  attached: number
  updated: number
  skipped: number
  failed: number
  cancelRequested: boolean
  error: string | null
  createdById: string
  createdByName: string
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
}

export interface ImportRowError {
  row: number
  outcome: 'failed' | 'skipped'
  code: string
  message: string
  fields: { field: string; issue: string }[]
  label: string
}

export interface ImportTemplate {
  id: string
  object: ImportObject
  name: string
  /** Column header → field key. */
  mapping: Record<string, string>
  updatedAt: string
}

export function startImport(body: {
  object: ImportObject
  policy: ImportPolicy
  fileName: string
  rows: Record<string, string>[]
}): Promise<ImportJob> {
  return request('/imports', { method: 'POST', body })
}

export function listImports(): Promise<ListResponse<ImportJob>> {
  return request('/imports')
}

export function getImport(id: string): Promise<ImportJob> {
  return request(`/imports/${encodeURIComponent(id)}`)
}

export function cancelImport(id: string): Promise<ImportJob> {
  return request(`/imports/${encodeURIComponent(id)}/cancel`, { method: 'POST' })
}

export function listImportErrors(id: string): Promise<ListResponse<ImportRowError>> {
  return request(`/imports/${encodeURIComponent(id)}/errors`)
}

/** The live progress stream (EventSource, session cookie): `progress` events carry an ImportJob. */
export function importEventsUrl(id: string): string {
  return buildUrl(`/imports/${encodeURIComponent(id)}/events`)
}

/** The per-row errors as an .xlsx download (a plain link: the session cookie authenticates). */
export function importErrorsXlsxUrl(id: string): string {
  return buildUrl(`/imports/${encodeURIComponent(id)}/errors.xlsx`)
}

export function listImportTemplates(object: ImportObject = 'customers'): Promise<ListResponse<ImportTemplate>> {
  return request('/import-templates', { query: { object } })
}

export function saveImportTemplate(body: { object: ImportObject; name: string; mapping: Record<string, string> }): Promise<ImportTemplate> {
  return request('/import-templates', { method: 'PUT', body })
}

export function deleteImportTemplate(id: string): Promise<void> {
  return request(`/import-templates/${encodeURIComponent(id)}`, { method: 'DELETE' })
}
