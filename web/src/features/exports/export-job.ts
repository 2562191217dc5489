// What the export pages need to know about an export besides the API: who may start which export,
// the query an export sends (the list's own request, without paging), the progress as a percent
// and whether the file can still be fetched. Pure, tested.
import type { ApiError } from '@/api/client'
import type { ExportJob, ExportObject, ExportStatus } from '@/api/exports'
import { errorText } from '@/shared/error-text'
import type { Translate } from '@/shared/translate'
import { isFinished, shareDone } from '@/shared/useJobFollower'

export { isFinished }

/** The permission an export of each list needs (the list's own view permission is checked by it). */
export const EXPORT_PERMISSION: Readonly<Record<ExportObject, string>> = {
  customers: 'customer.export',
  leads: 'lead.export',
  opportunities: 'report.export',
  contracts: 'report.export',
  // The audit log (系统设置 › 审计日志); its list also demands the whole-company scope.
  audit: 'org.view',
}

/** Whether the user may export anything at all (to show 导出记录). */
export function canExportAny(can: (permission: string) => boolean): boolean {
  return Object.values(EXPORT_PERMISSION).some(can)
}

/** Paging and column choice are the export's own business, not the list's filters. */
const NOT_SENT = new Set(['limit', 'cursor', 'fields'])

/**
 * The export's `query`: the parameters of the list's request as text, the way the request writes
 * them (client.ts buildUrl): empty values left out, booleans as "true"/"false".
 */
export function exportQuery(listQuery: object): Record<string, string> {
  const query: Record<string, string> = {}
  for (const [key, value] of Object.entries(listQuery) as [string, unknown][]) {
    if (NOT_SENT.has(key) || value === '') continue
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') query[key] = String(value)
  }
  return query
}

/**
 * Why an export was not started, as the app words errors (errorText); a 400 for the list's own
 * filters names them (the server's "check what you filled in" says nothing here).
 */
export function refusalText(error: Pick<ApiError, 'code' | 'message' | 'details' | 'fieldIssues'>, locale: string, t: Translate): string {
  const filters = error.fieldIssues.map((f) => f.field)
  if (error.code === 'validation.failed' && filters.length) return t('exports.badFilter', { fields: filters.join(', ') })
  return errorText(error, locale, t)
}

/** The progress in percent, or null while the list's count is unknown (an indeterminate bar). */
export function exportPercent(job: ExportJob): number | null {
  if (job.status === 'done') return 100
  if (job.total === null) return null
  return shareDone(job.done, job.total)
}

/** "已读取 N 行", with the list's count once known ("已读取 N / M 行"). */
export function rowsRead(job: ExportJob, t: Translate): string {
  return job.total === null ? t('exports.read', { done: job.done }) : t('exports.readOf', { done: job.done, total: job.total })
}

/** The file can be fetched: the export is done and not yet expired at `now` (ms). */
export function downloadable(job: ExportJob, now: number): boolean {
  return job.status === 'done' && !!job.expiresAt && Date.parse(job.expiresAt) > now
}

/** Element Plus tag type of a status. */
export const STATUS_TAG: Readonly<Record<ExportStatus, 'primary' | 'success' | 'info' | 'warning' | 'danger'>> = {
  queued: 'info',
  running: 'primary',
  done: 'success',
  cancelled: 'warning',
  failed: 'danger',
}
