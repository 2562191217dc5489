// The audit log's (审计日志) pure parts, shared by the desktop and phone pages: the known actions
// and object types with their labels (unknown ones shown as the raw code), the filters as the
// URL holds them and as the API takes them (a period of local dates in the company's time zone
// becomes the instants [from, to)), the User-Agent in short, and the values of an edit's changes.
// Tested in audit-log.test.ts.
import type { LocationQuery, RouteLocationRaw } from 'vue-router'
import type { AuditChange, AuditEntry, AuditFilters } from '@/api/audit'
import { formatFen } from '@/shared/money'
import type { Translate } from '@/shared/translate'
import { inZone, zoneOffsetMinutes } from '@/shared/zone'

// --- actions and object types ---------------------------------------------------------------

/** Every action the server records (docs/api-org.md and the server's audit calls); each has a label. */
export const AUDIT_ACTIONS = [
  'approval.comment',
  'approval.submit',
  'approval_flow.create',
  'approval_flow.delete',
  'approval_flow.update',
  'approval_request.create',
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.password_change',
  'contact.create',
  'contact.delete',
  'contact.update',
  'contract.change',
  'contract.create',
  'contract.delete',
  'contract.settings',
  'contract.submit',
  'contract.update',
  'contract.void',
  'customer.assign',
  'customer.claim',
  'customer.create',
  'customer.delete',
  'customer.lock',
  'customer.release',
  'customer.reveal',
  'customer.transfer',
  'customer.unlock',
  'customer.update',
  'department.create',
  'department.delete',
  'department.update',
  'export.download',
  'export.finish',
  'export.start',
  'import.cancel',
  'import.finish',
  'import.start',
  'import_template.delete',
  'import_template.save',
  'invoice.create',
  'invoice.void',
  'lead.analysis_export',
  'lead.assign',
  'lead.bulk_create',
  'lead.claim',
  'lead.convert',
  'lead.create',
  'lead.delete',
  'lead.mapping',
  'lead.push_rules',
  'lead.release',
  'lead.source_create',
  'lead.source_delete',
  'lead.source_update',
  'lead.sweep',
  'lead.transfer',
  'lead.update',
  'lead_form.create',
  'lead_form.delete',
  'lead_form.rotate_token',
  'lead_form.update',
  'opportunity.create',
  'opportunity.delete',
  'opportunity.funnel_export',
  'opportunity.move',
  'opportunity.update',
  'pool.create',
  'pool.delete',
  'pool.rules',
  'pool.sweep',
  'pool.update',
  'product.create',
  'product.delete',
  'product.update',
  'product_category.create',
  'product_category.delete',
  'product_category.update',
  'receipt.create',
  'receipt.delete',
  'recycle.purge',
  'recycle.restore',
  'report.export',
  'role.create',
  'role.delete',
  'role.update',
  'sales_process.create',
  'sales_process.delete',
  'sales_process.update',
  'settings.check_in_policy',
  'settings.map_tiles',
  'settings.notify',
  'settings.reveal',
  'user.create',
  'user.handover',
  'user.reset_password',
  'user.update',
  'webhook.create',
  'webhook.delete',
  'webhook.update',
] as const

/** The part of an action before its first '.' (`customer` of `customer.update`). */
export function actionGroup(action: string): string {
  const dot = action.indexOf('.')
  return dot < 0 ? action : action.slice(0, dot)
}

export interface ActionGroup {
  /** The filter value of the whole group: a prefix ending in '.' (`customer.`). */
  prefix: string
  group: string
  actions: string[]
}

/** The known actions by group, in the order of AUDIT_ACTIONS, for the action select. */
export const AUDIT_ACTION_GROUPS: readonly ActionGroup[] = (() => {
  const groups = new Map<string, ActionGroup>()
  for (const action of AUDIT_ACTIONS) {
    const group = actionGroup(action)
    if (!groups.has(group)) groups.set(group, { prefix: `${group}.`, group, actions: [] })
    groups.get(group)!.actions.push(action)
  }
  return [...groups.values()]
})()

/** Object types of the filter select, the common ones first. */
export const AUDIT_OBJECT_TYPES = [
  'customer',
  'contact',
  'lead',
  'opportunity',
  'contract',
  'receipt',
  'invoice',
  'product',
  'product_category',
  'user',
  'department',
  'role',
  'pool',
  'sales_process',
  'approval',
  'approval_flow',
  'approval_request',
  'lead_form',
  'lead_source',
  'import',
  'import_template',
  'export',
  'report',
  'webhook',
  'tenant',
] as const

function known(list: readonly string[], code: string): boolean {
  return list.includes(code)
}

/** `customer.update` → 编辑客户; an action without a label is shown as its code. */
export function actionLabel(action: string, t: Translate): string {
  return known(AUDIT_ACTIONS, action) ? t(`audit.actions.${action}`) : action
}

/** A filter value: an exact action, or a group's prefix (`customer.` → 客户（全部操作）). */
export function actionFilterLabel(value: string, t: Translate): string {
  if (value.endsWith('.')) {
    const group = value.slice(0, -1)
    return AUDIT_ACTION_GROUPS.some((g) => g.group === group) ? t('audit.allOfGroup', { group: groupLabel(group, t) }) : value
  }
  return actionLabel(value, t)
}

export function groupLabel(group: string, t: Translate): string {
  return AUDIT_ACTION_GROUPS.some((g) => g.group === group) ? t(`audit.groups.${group}`) : group
}

export function objectTypeLabel(type: string, t: Translate): string {
  return known(AUDIT_OBJECT_TYPES, type) ? t(`audit.objectTypes.${type}`) : type
}

/** The page of the object, for the types that have one, unless the action deleted it. */
/** How the log names an entry's object: its name, else its id ("#123"); '' without an object. */
export function objectText(entry: Pick<AuditEntry, 'objectId' | 'objectName'>): string {
  if (entry.objectName) return entry.objectName
  return entry.objectId ? `#${entry.objectId}` : ''
}

export function objectRoute(entry: Pick<AuditEntry, 'action' | 'objectType' | 'objectId'>): RouteLocationRaw | null {
  const pages: Record<string, string> = { customer: 'customerDetail', lead: 'leadDetail', opportunity: 'dealDetail', contract: 'contractDetail' }
  const name = pages[entry.objectType]
  if (!name || !entry.objectId) return null
  if (entry.action.endsWith('.delete') || entry.action === 'recycle.purge') return null
  return { name, params: { id: entry.objectId } }
}

// --- the period -----------------------------------------------------------------------------

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function dateParts(date: string): [number, number, number] | null {
  const match = DATE.exec(date)
  if (!match) return null
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const check = new Date(Date.UTC(y, m - 1, d))
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null
  return [y, m, d]
}

/** An ISO instant without milliseconds ("2026-03-01T16:00:00Z"). */
function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The instant of 00:00 of `y-m-d` in `timeZone` (with a day-light saving switch that day too). */
function localMidnight(y: number, m: number, d: number, timeZone: string): number {
  const wall = Date.UTC(y, m - 1, d)
  let ms = wall - zoneOffsetMinutes(wall, timeZone) * 60_000
  ms = wall - zoneOffsetMinutes(ms, timeZone) * 60_000
  return ms
}

/**
 * A period of local dates in the company's zone, both days included, as the API's instants
 * [from, to): 00:00 of the first day and 00:00 of the day after the last. null when either date
 * is not a date or the period ends before it starts.
 */
export function periodToInstants(fromDate: string, toDate: string, timeZone: string): { from: string; to: string } | null {
  const a = dateParts(fromDate)
  const b = dateParts(toDate)
  if (!a || !b || fromDate > toDate) return null
  const after = new Date(Date.UTC(b[0], b[1] - 1, b[2] + 1))
  return {
    from: iso(localMidnight(a[0], a[1], a[2], timeZone)),
    to: iso(localMidnight(after.getUTCFullYear(), after.getUTCMonth() + 1, after.getUTCDate(), timeZone)),
  }
}

/** The time of an entry in the company's zone, to the second ("2026-11-26 17:30:05"). */
export function formatAuditTime(at: string, timeZone: string): string {
  try {
    return inZone(at, timeZone).format('YYYY-MM-DD HH:mm:ss')
  } catch {
    return at
  }
}

// --- the filters in the URL -----------------------------------------------------------------

/** The page's filters as the URL holds them (the period as local dates, both included). */
export interface AuditRouteFilters {
  actorId: string | null
  objectType: string | null
  objectId: string | null
  action: string | null
  from: string | null
  to: string | null
}

const ID = /^\d{1,20}$/
const CODE = /^[a-z_]{1,40}$/
const ACTION = /^[a-z_]{1,40}(\.([a-z_]{1,60})?)?$/

function first(query: LocationQuery, key: string): string | null {
  const value = query[key]
  const text = Array.isArray(value) ? value[0] : value
  return typeof text === 'string' && text !== '' ? text : null
}

/** Reads the filters of a link or a reload; what is malformed is left out. */
export function auditFiltersFromQuery(query: LocationQuery): AuditRouteFilters {
  const pick = (key: string, pattern: RegExp) => {
    const value = first(query, key)
    return value !== null && pattern.test(value) ? value : null
  }
  let from = pick('from', DATE)
  let to = pick('to', DATE)
  if (!from || !to || !dateParts(from) || !dateParts(to) || from > to) from = to = null
  return { actorId: pick('actorId', ID), objectType: pick('objectType', CODE), objectId: pick('objectId', ID), action: pick('action', ACTION), from, to }
}

export function auditFiltersToQuery(filters: AuditRouteFilters): Record<string, string> {
  const query: Record<string, string> = {}
  for (const key of ['actorId', 'objectType', 'objectId', 'action'] as const) {
    if (filters[key]) query[key] = filters[key]!
  }
  if (filters.from && filters.to) {
    query.from = filters.from
    query.to = filters.to
  }
  return query
}

/** The filters as GET /audit-log (and the export's query) takes them. */
export function auditFiltersToApi(filters: AuditRouteFilters, timeZone: string): AuditFilters {
  const api: AuditFilters = {}
  if (filters.actorId) api.actorId = filters.actorId
  if (filters.objectType) api.objectType = filters.objectType
  if (filters.objectId) api.objectId = filters.objectId
  if (filters.action) api.action = filters.action
  const period = filters.from && filters.to ? periodToInstants(filters.from, filters.to, timeZone) : null
  if (period) Object.assign(api, period)
  return api
}

// --- the client -----------------------------------------------------------------------------

function major(ua: string, pattern: RegExp): string {
  const match = pattern.exec(ua)
  return match ? ` ${match[1]}` : ''
}

/**
 * A User-Agent in short, browser and system: "Chrome 120 · Windows", "微信 8 · iOS". A client
 * that is not a browser (curl, a script) shows its first product token; empty stays empty.
 */
export function shortenUserAgent(ua: string | null | undefined): string {
  const text = (ua ?? '').trim()
  if (!text) return ''
  let browser: string | null = null
  if (/MicroMessenger\//.test(text)) browser = 'WeChat' + major(text, /MicroMessenger\/(\d+)/)
  else if (/DingTalk\//.test(text)) browser = 'DingTalk' + major(text, /DingTalk\/(\d+)/)
  else if (/Edg(A|iOS)?\//.test(text)) browser = 'Edge' + major(text, /Edg(?:A|iOS)?\/(\d+)/)
  else if (/OPR\//.test(text)) browser = 'Opera' + major(text, /OPR\/(\d+)/)
  else if (/(Firefox|FxiOS)\//.test(text)) browser = 'Firefox' + major(text, /(?:Firefox|FxiOS)\/(\d+)/)
  else if (/HeadlessChrome\//.test(text)) browser = 'Headless Chrome' + major(text, /HeadlessChrome\/(\d+)/)
  else if (/(Chrome|CriOS)\//.test(text)) browser = 'Chrome' + major(text, /(?:Chrome|CriOS)\/(\d+)/)
  else if (/Safari\//.test(text) && /Version\//.test(text)) browser = 'Safari' + major(text, /Version\/(\d+)/)
  let os: string | null = null
  if (/iPhone|iPad|iPod/.test(text)) os = 'iOS'
  else if (/Android/.test(text)) os = 'Android'
  else if (/Windows/.test(text)) os = 'Windows'
  else if (/Mac OS X|Macintosh/.test(text)) os = 'macOS'
  else if (/CrOS/.test(text)) os = 'ChromeOS'
  else if (/HarmonyOS/.test(text)) os = 'HarmonyOS'
  else if (/Linux/.test(text)) os = 'Linux'
  if (!browser) {
    if (!/^Mozilla\//.test(text)) return text.split(/\s+/)[0].replace('/', ' ').slice(0, 40)
    browser = os ? null : text.slice(0, 40)
  }
  return [browser, os].filter(Boolean).join(' · ')
}

// --- details and changes --------------------------------------------------------------------

/** Field names with a label; others are shown as they are. */
export const AUDIT_FIELDS = [
  'name',
  'phone',
  'mobile',
  'email',
  'wechat',
  'status',
  'level',
  'ownerId',
  'industry',
  'tags',
  'amountFen',
  'source',
  'address',
  'region',
  'province',
  'city',
  'district',
  'notes',
  'remark',
  'title',
  'company',
  'website',
  'creditCode',
  'customerId',
  'contactId',
  'departmentId',
  'parentId',
  'roleIds',
  'isDepartmentHead',
  'isExecutive',
  'isPrimary',
  'description',
  'permissions',
  'dataScope',
  'sortOrder',
  'stageId',
  'probability',
  'expectedCloseDate',
  'code',
  'unit',
  'priceFen',
  'categoryId',
  'username',
  'lat',
  'lng',
] as const

export function fieldLabel(field: string, t: Translate): string {
  return known(AUDIT_FIELDS, field) ? t(`audit.fields.${field}`) : field
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

/**
 * A value of a change as text: null or empty —, booleans 是 / 否, money (a field ending in Fen)
 * in yuan, arrays joined, instants in the company's zone, objects as JSON.
 */
export function formatAuditValue(field: string, value: unknown, t: Translate, timeZone: string): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no')
  if (typeof value === 'number') return /Fen$/.test(field) ? formatFen(value) : String(value)
  if (Array.isArray(value)) {
    return value.length ? value.map((v) => formatAuditValue(field, v, t, timeZone)).join(t('audit.separator')) : '—'
  }
  if (typeof value === 'string') {
    if (INSTANT.test(value)) return formatAuditTime(value, timeZone).slice(0, 16)
    return value
  }
  return JSON.stringify(value)
}

/** `details.changes` of an edit, when it has some; null for entries that are not edits. */
export function auditChanges(details: AuditEntry['details']): AuditChange[] | null {
  const changes = details?.changes
  if (!Array.isArray(changes)) return null
  return changes.filter((c): c is AuditChange => !!c && typeof c === 'object' && typeof (c as AuditChange).field === 'string')
}

export interface DetailLine {
  key: string
  text: string
}

/** What else the entry says (an export's object, rows and query, …) as `key: value` lines. */
export function otherDetails(details: AuditEntry['details'], t: Translate, timeZone: string): DetailLine[] {
  const lines: DetailLine[] = []
  for (const [key, value] of Object.entries(details ?? {})) {
    if (key === 'changes') continue
    let text: string
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const parts = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}=${formatAuditValue(k, v, t, timeZone)}`)
      text = parts.length ? parts.join(t('audit.separator')) : '—'
    } else {
      text = formatAuditValue(key, value, t, timeZone)
    }
    lines.push({ key, text })
  }
  return lines
}

/** Whether an entry has anything to show when expanded. */
export function hasDetails(entry: Pick<AuditEntry, 'details'>): boolean {
  return Object.keys(entry.details ?? {}).some((k) => k !== 'changes') || (auditChanges(entry.details)?.length ?? 0) > 0
}
