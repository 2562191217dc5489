// Custom field values (自定义字段) as forms, detail pages and lists handle them — checked against
// docs/api-custom-fields.md: showing a value, checking it as the server does, the create body and
// the PATCH diff, the server's field errors on the form items, the form's groups by the layout,
// and the lists' cf.<key> filters. Pure, tested.
import { ApiError } from '@/api/client'
import type { CustomField, CustomFieldType, CustomLocation, CustomValue, FormLayout } from '@/api/custom-fields'
import type { FieldIssue } from '@/api/types'
import { fieldErrorsFrom, clearFieldErrors, type FieldErrors } from '@/shared/form-errors'
import { formatInstant } from '@/shared/format'
import { formatFen, parseYuan } from '@/shared/money'

export const MAX_TEXT = 200
export const MAX_LONG_TEXT = 5000
export const MAX_ADDRESS = 200
export const MAX_ATTACHMENTS = 9
export const MAX_ABS_NUMBER = 1e15

/** Values in a form or a record, by key (a record's `customFields`). */
export type CustomValues = Record<string, unknown>

// --- showing values ------------------------------------------------------------------------

export interface FormatContext {
  /** The company's time zone (session.tenant?.timeZone) for datetime values. */
  timeZone?: string
  /** A user's name by id, when known. */
  userName?: (id: string) => string | undefined
  /** A department's name by id, when known. */
  departmentName?: (id: string) => string | undefined
  /** What an empty value shows. */
  missing?: string
}

/** Whether a value counts as not filled in: null, blank text, an empty list, a bare location. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (typeof value === 'number') return Number.isNaN(value)
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object') {
    const loc = value as Partial<Record<'lat' | 'lng' | 'address', unknown>>
    return (loc.lat === null || loc.lat === undefined) && (loc.lng === null || loc.lng === undefined) && isEmptyValue(loc.address ?? null)
  }
  return false
}

function isLocation(value: unknown): value is CustomLocation {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const v = value as Record<string, unknown>
  return typeof v.lat === 'number' && typeof v.lng === 'number' && Number.isFinite(v.lat) && Number.isFinite(v.lng)
}

/** A value whose field is unknown (a deleted field's): text, numbers, lists, a location. */
export function formatAnyValue(value: unknown, missing = '—'): string {
  if (isEmptyValue(value)) return missing
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.map((v) => formatAnyValue(v, '')).filter(Boolean).join('、')
  if (isLocation(value)) return value.address?.trim() || `${value.lat}, ${value.lng}`
  const loc = value as { address?: unknown }
  if (typeof loc.address === 'string' && loc.address.trim()) return loc.address
  return JSON.stringify(value)
}

/**
 * A value as text for a detail page or a list cell: money in yuan (¥1,234.50), datetimes in the
 * company's zone, multi-selects joined with 、, users and departments by name (the id when the
 * name is not known), a location by its address or "lat, lng". Images and attachments show
 * their count here (the detail components show the files themselves). A value of the wrong
 * shape (data written before a change) is shown as it is.
 */
export function formatCustomValue(field: Pick<CustomField, 'type'>, value: unknown, ctx: FormatContext = {}): string {
  const missing = ctx.missing ?? '—'
  if (isEmptyValue(value)) return missing
  switch (field.type) {
    case 'money':
      return typeof value === 'number' ? formatFen(value, missing) : formatAnyValue(value, missing)
    case 'datetime':
      return typeof value === 'string' ? formatInstant(value, ctx.timeZone) : formatAnyValue(value, missing)
    case 'user':
      return typeof value === 'string' ? (ctx.userName?.(value) ?? value) : formatAnyValue(value, missing)
    case 'department':
      return typeof value === 'string' ? (ctx.departmentName?.(value) ?? value) : formatAnyValue(value, missing)
    case 'image':
      return typeof value === 'string' ? '1' : formatAnyValue(value, missing)
    case 'attachment':
      return Array.isArray(value) ? String(value.length) : formatAnyValue(value, missing)
    default:
      return formatAnyValue(value, missing)
  }
}

/** The ids of a value that names attachments (image: one, attachment: several). */
export function attachmentIds(value: unknown): string[] {
  if (typeof value === 'string' && value) return [value]
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '')
  return []
}

// --- checking values -----------------------------------------------------------------------

export type CustomIssue = 'required' | 'wrong_type' | 'invalid_value' | 'too_long'

const DATE = /^\d{4}-\d{2}-\d{2}$/

function validDate(text: string): boolean {
  if (!DATE.test(text)) return false
  const [y, m, d] = text.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

function validInstant(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(text) && !Number.isNaN(Date.parse(text))
}

/**
 * What the server would refuse in a value, as its issue code, or null. Checks the shape, the
 * lengths (text ≤ 200, long text ≤ 5,000, address ≤ 200, ≤ 9 attachments), the ranges
 * (|x| ≤ 10¹⁵, money in whole fen), dates and the options of a select. Whether a user,
 * department or attachment exists is the server's to say.
 */
export function checkCustomValue(field: Pick<CustomField, 'type' | 'required' | 'options'>, value: unknown): CustomIssue | null {
  if (isEmptyValue(value)) return field.required ? 'required' : null
  const str = typeof value === 'string'
  switch (field.type) {
    case 'text':
    case 'long_text':
      if (!str) return 'wrong_type'
      return [...value.trim()].length > (field.type === 'text' ? MAX_TEXT : MAX_LONG_TEXT) ? 'too_long' : null
    case 'number':
    case 'money':
      if (typeof value !== 'number') return str ? 'invalid_value' : 'wrong_type'
      if (!Number.isFinite(value) || Math.abs(value) > MAX_ABS_NUMBER) return 'invalid_value'
      return field.type === 'money' && !Number.isInteger(value) ? 'invalid_value' : null
    case 'date':
      if (!str) return 'wrong_type'
      return validDate(value) ? null : 'invalid_value'
    case 'datetime':
      if (!str) return 'wrong_type'
      return validInstant(value) ? null : 'invalid_value'
    case 'select':
      if (!str) return 'wrong_type'
      return field.options.includes(value) ? null : 'invalid_value'
    case 'multi_select': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return 'wrong_type'
      if (new Set(value).size !== value.length) return 'invalid_value'
      return value.every((v) => field.options.includes(v as string)) ? null : 'invalid_value'
    }
    case 'user':
    case 'department':
    case 'image':
      return str ? null : 'wrong_type'
    case 'attachment':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return 'wrong_type'
      return value.length > MAX_ATTACHMENTS ? 'too_long' : null
    case 'location': {
      if (typeof value !== 'object' || Array.isArray(value)) return 'wrong_type'
      const loc = value as Record<string, unknown>
      if (loc.address !== undefined && loc.address !== null && typeof loc.address !== 'string') return 'wrong_type'
      if (typeof loc.address === 'string' && [...loc.address.trim()].length > MAX_ADDRESS) return 'too_long'
      if (!isLocation(value)) return 'invalid_value'
      return Math.abs(value.lat) > 90 || Math.abs(value.lng) > 180 ? 'invalid_value' : null
    }
    default:
      return null
  }
}

/** The key a custom field's error has in a form's FieldErrors (beside the built-in fields). */
export function errorKey(key: string): string {
  return `customFields.${key}`
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a) ?? null) === JSON.stringify(normalize(b) ?? null)
}

/**
 * Problems of the form's values, by errorKey. With `before` (an edit) only the values that
 * changed are checked: an untouched old value (an option since renamed) is kept as it is.
 */
export function checkCustomValues(
  fields: readonly CustomField[],
  values: CustomValues,
  before?: CustomValues,
): Record<string, CustomIssue> {
  const problems: Record<string, CustomIssue> = {}
  for (const field of fields) {
    const value = values[field.key]
    if (before && sameValue(value, before[field.key])) continue
    const issue = checkCustomValue(field, value)
    if (issue) problems[errorKey(field.key)] = issue
  }
  return problems
}

// --- request bodies ------------------------------------------------------------------------

/** A value as sent: text trimmed, a location's address trimmed (left out when blank); null when empty. */
export function normalize(value: unknown): CustomValue | null {
  if (isEmptyValue(value)) return null
  if (typeof value === 'string') return value.trim()
  if (isLocation(value)) {
    const address = value.address?.trim()
    return address ? { lat: value.lat, lng: value.lng, address } : { lat: value.lat, lng: value.lng }
  }
  return value as CustomValue
}

/** The POST body's customFields: the filled-in values of the form's fields only. */
export function createPayload(fields: readonly CustomField[], values: CustomValues): Record<string, CustomValue> {
  const body: Record<string, CustomValue> = {}
  for (const field of fields) {
    const value = normalize(values[field.key])
    if (value !== null) body[field.key] = value
  }
  return body
}

/**
 * The PATCH body's customFields (the server merges): the form's fields whose value changed, null
 * for one cleared; undefined when nothing changed (the key is then left out of the body).
 */
export function patchPayload(
  fields: readonly CustomField[],
  values: CustomValues,
  before: CustomValues,
): Record<string, CustomValue | null> | undefined {
  const body: Record<string, CustomValue | null> = {}
  for (const field of fields) {
    if (sameValue(values[field.key], before[field.key])) continue
    body[field.key] = normalize(values[field.key])
  }
  return Object.keys(body).length ? body : undefined
}

/** The form's starting values: a new record's defaults, or a copy of the record's values. */
export function initialValues(fields: readonly CustomField[], record?: CustomValues | null): CustomValues {
  const values: CustomValues = {}
  for (const field of fields) {
    const source = record ? record[field.key] : field.defaultValue
    values[field.key] = source === undefined || source === null ? null : structuredCopy(source)
  }
  return values
}

function structuredCopy<T>(value: T): T {
  return value !== null && typeof value === 'object' ? (JSON.parse(JSON.stringify(value)) as T) : value
}

// --- server errors on the form -------------------------------------------------------------

const PREFIX = 'customFields.'

/** The custom field errors of a 400 by errorKey, for the keys the form shows. */
export function customFieldErrorsFrom(
  issues: readonly FieldIssue[],
  formKeys: readonly string[],
  issueText: (issue: string) => string,
): FieldErrors {
  const result: FieldErrors = {}
  for (const { field, issue } of issues) {
    if (!field.startsWith(PREFIX)) continue
    const key = topName(field.slice(PREFIX.length))
    if (formKeys.includes(key) && !result[errorKey(key)]) result[errorKey(key)] = issueText(issue)
  }
  return result
}

export interface RecordFormErrorOptions {
  /** The form's built-in fields. */
  knownFields: readonly string[]
  /** The keys of the custom fields the form shows. */
  customKeys: readonly string[]
  /** Words for a built-in field's issue. */
  issueText: (issue: string) => string
  /** Words for a custom field's issue (it has more of them: taken, unknown_field). */
  customIssueText: (issue: string) => string
}

/**
 * A failed save of a form with custom fields: built-in fields' errors on their items (as
 * applyFormError), `customFields.<key>` errors on the custom field's item (errorKey); whatever
 * has no place on the form goes to `report` (a toast). Non-API errors are rethrown.
 */
export function applyRecordFormError(error: unknown, options: RecordFormErrorOptions, target: FieldErrors, report: (message: string) => void): void {
  if (!(error instanceof ApiError)) throw error
  const { knownFields, customKeys } = options
  clearFieldErrors(target)
  const builtIn = error.fieldIssues.filter((f) => !f.field.startsWith(PREFIX))
  Object.assign(target, fieldErrorsFrom(builtIn, knownFields, options.issueText), customFieldErrorsFrom(error.fieldIssues, customKeys, options.customIssueText))
  const placed = error.fieldIssues.filter((f) =>
    f.field.startsWith(PREFIX) ? customKeys.includes(topName(f.field.slice(PREFIX.length))) : knownFields.includes(topName(f.field)),
  )
  if (placed.length === 0 || placed.length < error.fieldIssues.length) report(error.message)
}

function topName(field: string): string {
  return field.replace(/[[.].*$/, '')
}

/**
 * The i18n key (under customFields.issue) of a problem found in the form: money that is no
 * amount and a location without its coordinates get words of their own.
 */
export function issueKey(field: Pick<CustomField, 'type'>, value: unknown, issue: CustomIssue): string {
  if (issue === 'invalid_value' && field.type === 'money' && typeof value === 'string') return 'moneyFormat'
  if (issue === 'invalid_value' && field.type === 'location' && !isLocation(value)) return 'locationIncomplete'
  return issue
}

// --- layout --------------------------------------------------------------------------------

export interface FieldGroup {
  /** "" for an untitled group (shown as 其他信息 / More). */
  title: string
  fields: CustomField[]
}

/**
 * The form's groups of fields as the layout says (unknown keys and empty groups left out).
 * Fields the layout leaves out are not in the form. Without a layout, one untitled group of
 * every field by position.
 */
export function groupFields(fields: readonly CustomField[], layout: Pick<FormLayout, 'groups'> | null | undefined): FieldGroup[] {
  if (!layout) {
    const all = [...fields].sort((a, b) => a.position - b.position)
    return all.length ? [{ title: '', fields: all }] : []
  }
  const byKey = new Map(fields.map((f) => [f.key, f]))
  const used = new Set<string>()
  const groups: FieldGroup[] = []
  for (const group of layout.groups) {
    const list: CustomField[] = []
    for (const key of group.fields) {
      const field = byKey.get(key)
      if (field && !used.has(key)) {
        used.add(key)
        list.push(field)
      }
    }
    if (list.length) groups.push({ title: group.title, fields: list })
  }
  return groups
}

/** The fields a form shows, in its order. */
export function formFields(groups: readonly FieldGroup[]): CustomField[] {
  return groups.flatMap((g) => g.fields)
}

export interface ShownValue {
  field: CustomField
  value: unknown
}

export interface DetailSections {
  /** The layout's groups, every field shown (an empty one as —). */
  groups: { title: string; items: ShownValue[] }[]
  /** Visible fields the layout leaves out that hold a value, by position. */
  others: ShownValue[]
  /** Values whose key is no live field the caller sees (a deleted field's), by key. */
  deleted: { key: string; value: unknown }[]
}

/** What a record's detail shows of its custom fields. */
export function detailSections(
  fields: readonly CustomField[],
  layout: Pick<FormLayout, 'groups'> | null | undefined,
  values: CustomValues | null | undefined,
): DetailSections {
  const record = values ?? {}
  const groups = groupFields(fields, layout).map((g) => ({ title: g.title, items: g.fields.map((field) => ({ field, value: record[field.key] })) }))
  const inGroups = new Set(groups.flatMap((g) => g.items.map((i) => i.field.key)))
  const others = [...fields]
    .filter((f) => !inGroups.has(f.key) && !isEmptyValue(record[f.key]))
    .sort((a, b) => a.position - b.position)
    .map((field) => ({ field, value: record[field.key] }))
  const live = new Set(fields.map((f) => f.key))
  const deleted = Object.keys(record)
    .filter((key) => !live.has(key) && !isEmptyValue(record[key]))
    .sort()
    .map((key) => ({ key, value: record[key] }))
  return { groups, others, deleted }
}

/**
 * The blocks a detail shows before the deleted values: the layout's groups, the other fields with
 * a value joining the untitled group (其他信息) — or making one at the end.
 */
export function detailBlocks(sections: Pick<DetailSections, 'groups' | 'others'>): { title: string; items: ShownValue[] }[] {
  const { groups, others } = sections
  if (!others.length) return groups
  const untitled = groups.findIndex((g) => !g.title)
  if (untitled < 0) return [...groups, { title: '', items: others }]
  return groups.map((g, i) => (i === untitled ? { title: '', items: [...g.items, ...others] } : g))
}

// --- list filters --------------------------------------------------------------------------

/** The list's custom field filters as sent: `cf.<key>`, `cf.<key>From`, `cf.<key>To` → text. */
export type CustomFilters = Record<string, string>
export type CustomFilterQuery = Record<`cf.${string}`, string>

export type FilterKind = 'contains' | 'equals' | 'range'

/** How the list filters a type: text contains, options/users/departments by value, the rest by range. */
export function filterKind(type: CustomFieldType): FilterKind | null {
  switch (type) {
    case 'text':
      return 'contains'
    case 'select':
    case 'multi_select':
    case 'user':
    case 'department':
      return 'equals'
    case 'number':
    case 'money':
    case 'date':
    case 'datetime':
      return 'range'
    default:
      return null
  }
}

/** The query parameters a field's filter may send. */
export function filterParams(field: Pick<CustomField, 'key' | 'type'>): string[] {
  const base = `cf.${field.key}`
  switch (field.type) {
    case 'number':
    case 'money':
    case 'date':
      return [base, `${base}From`, `${base}To`]
    case 'datetime':
      return [`${base}From`, `${base}To`]
    default:
      return filterKind(field.type) ? [base] : []
  }
}

function validFilter(type: CustomFieldType, text: string): boolean {
  switch (type) {
    case 'number':
      return Number.isFinite(Number(text))
    case 'money':
      return /^-?\d+$/.test(text)
    case 'date':
      return validDate(text)
    case 'datetime':
      return !Number.isNaN(Date.parse(text))
    default:
      return true
  }
}

/**
 * The list request's cf.* parameters: only the filterable fields' own parameters, non-empty and
 * well-formed (a stale link's filter on a field since deleted would be refused with a 400).
 */
export function customFilterQuery(fields: readonly CustomField[], filters: CustomFilters): CustomFilterQuery {
  const query: CustomFilterQuery = {}
  for (const field of fields) {
    if (!field.filterable) continue
    for (const param of filterParams(field)) {
      const value = filters[param]?.trim()
      if (value && validFilter(field.type, value)) query[param as `cf.${string}`] = value
    }
  }
  return query
}

/** The cf.* parameters of a route's query (a link to a filtered list). */
export function customFiltersFromQuery(query: Record<string, unknown>): CustomFilters {
  const filters: CustomFilters = {}
  for (const [key, raw] of Object.entries(query)) {
    if (!key.startsWith('cf.')) continue
    const value = Array.isArray(raw) ? raw[0] : raw
    if (typeof value === 'string' && value.trim()) filters[key] = value
  }
  return filters
}

/** Whether any custom filter is set. */
export function hasCustomFilters(filters: CustomFilters): boolean {
  return Object.values(filters).some((v) => v.trim() !== '')
}

/** The fields a list offers as columns: those whose values read as one short line. */
export function columnCandidates(fields: readonly CustomField[]): CustomField[] {
  return fields.filter((f) => !['long_text', 'image', 'attachment', 'location'].includes(f.type))
}

/** The columns shown before the user chooses: the first few candidates, filterable ones first. */
export function defaultColumns(fields: readonly CustomField[], count = 3): string[] {
  const candidates = columnCandidates(fields)
  const ranked = [...candidates.filter((f) => f.filterable), ...candidates.filter((f) => !f.filterable)]
  return ranked.slice(0, count).map((f) => f.key)
}

/** Yuan as typed → fen, exactly ("-12.5" → -1250); null when it is no amount. */
export function parseMoneyText(text: string): number | null {
  const trimmed = text.trim()
  const negative = /^-/.test(trimmed)
  const fen = parseYuan(negative ? trimmed.slice(1) : trimmed)
  if (fen === null) return null
  return negative ? -fen : fen
}
