// 系统设置 › 自定义字段, the pure part (tested): which types take options, uniqueness and a default
// the dialog can edit; the field dialog's form, its checks and its POST/PATCH bodies; the server's
// refusals mapped onto the dialog's fields; the order of the fields (PATCH position); and the form
// layout editor's operations (groups, placed and unplaced fields). See docs/api-custom-fields.md.
import type {
  CustomField,
  CustomFieldCreate,
  CustomFieldObject,
  CustomFieldType,
  CustomFieldUpdate,
  CustomValue,
  FormLayout,
  FormLayoutGroup,
} from '@/api/custom-fields'
import type { FieldIssue } from '@/api/types'
import { fenToYuanText, parseYuan } from '@/shared/money'

export const LABEL_MAX_LENGTH = 40
export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,31}$/
export const OPTION_MAX_LENGTH = 40
export const OPTIONS_MAX = 200
export const TEXT_MAX_LENGTH = 200
export const LONG_TEXT_MAX_LENGTH = 5000
/** |x| ≤ 10¹⁵ for numbers and money (fen). */
export const NUMBER_LIMIT = 1e15
/** Live fields per object. */
export const FIELDS_MAX = 100
export const GROUP_TITLE_MAX_LENGTH = 40
export const GROUPS_MAX = 20

/** Types whose values the server can keep unique among the object's records. */
export const UNIQUE_TYPES: readonly CustomFieldType[] = ['text', 'number', 'money', 'date', 'user', 'department']
/** Types with a list of options. */
export const OPTION_TYPES: readonly CustomFieldType[] = ['select', 'multi_select']
/** Types whose default value the dialog edits (the others keep what they have). */
export const DEFAULT_VALUE_TYPES: readonly CustomFieldType[] = ['text', 'long_text', 'number', 'money', 'date', 'select', 'multi_select']

export function allowsUnique(type: CustomFieldType): boolean {
  return UNIQUE_TYPES.includes(type)
}

export function hasOptions(type: CustomFieldType): boolean {
  return OPTION_TYPES.includes(type)
}

export function editsDefault(type: CustomFieldType): boolean {
  return DEFAULT_VALUE_TYPES.includes(type)
}

/** The i18n key of a type's name (单行文本, 单选, …). */
export function typeNameKey(type: CustomFieldType): string {
  return `customFieldSettings.types.${type}`
}

// ---------------------------------------------------------------------------------------------
// The field dialog

export interface FieldForm {
  label: string
  type: CustomFieldType
  /** Optional on create (the server names it cf_N); fixed afterwards. */
  key: string
  options: string[]
  required: boolean
  unique: boolean
  /** The default of text, long_text, number, money (yuan), date (YYYY-MM-DD) and select; '' = none. */
  defaultText: string
  /** The default of multi_select. */
  defaultList: string[]
  /** Empty: everyone. */
  visibleRoleIds: string[]
}

export function emptyFieldForm(type: CustomFieldType = 'text'): FieldForm {
  return { label: '', type, key: '', options: [], required: false, unique: false, defaultText: '', defaultList: [], visibleRoleIds: [] }
}

export function fieldToForm(field: CustomField): FieldForm {
  const value = field.defaultValue
  let defaultText = ''
  let defaultList: string[] = []
  if (value !== null && editsDefault(field.type)) {
    if (field.type === 'multi_select') defaultList = Array.isArray(value) ? value.map(String) : []
    else if (field.type === 'money') defaultText = typeof value === 'number' ? moneyText(value) : ''
    else if (typeof value === 'string' || typeof value === 'number') defaultText = String(value)
  }
  return {
    label: field.label,
    type: field.type,
    key: field.key,
    options: [...field.options],
    required: field.required,
    unique: field.unique,
    defaultText,
    defaultList,
    visibleRoleIds: [...field.visibleRoleIds],
  }
}

function moneyText(fen: number): string {
  return fen < 0 ? `-${fenToYuanText(-fen)}` : fenToYuanText(fen)
}

/** The options as they will be saved: trimmed, blank rows left out. */
export function cleanOptions(options: readonly string[]): string[] {
  return options.map((o) => o.trim()).filter((o) => o !== '')
}

export type OptionsProblem = 'required' | 'too_long' | 'duplicate' | 'too_many'

/** Why the options cannot be saved (and the row at fault, an index into `options`), or null. */
export function optionsProblem(options: readonly string[]): { problem: OptionsProblem; index: number | null } | null {
  const seen = new Set<string>()
  let count = 0
  for (let i = 0; i < options.length; i++) {
    const text = options[i].trim()
    if (!text) continue
    count++
    if (text.length > OPTION_MAX_LENGTH) return { problem: 'too_long', index: i }
    if (seen.has(text)) return { problem: 'duplicate', index: i }
    seen.add(text)
  }
  if (count === 0) return { problem: 'required', index: null }
  if (count > OPTIONS_MAX) return { problem: 'too_many', index: null }
  return null
}

export type DefaultProblem = 'too_long' | 'invalid' | 'not_option'

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/

function validDate(text: string): boolean {
  const m = DATE_TEXT.exec(text)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/** yuan text → fen, a leading minus allowed; null when it is not an amount. */
function parseMoney(text: string): number | null {
  const negative = text.startsWith('-')
  const fen = parseYuan(negative ? text.slice(1) : text)
  if (fen === null) return null
  return negative ? -fen : fen
}

/**
 * The default value the form holds, as the API takes it: `{value: null}` for none, or the
 * problem with what was typed. Types the dialog does not edit give null (they are not sent).
 */
export function defaultValueOf(form: FieldForm): { value: CustomValue | null } | { problem: DefaultProblem } {
  const text = form.defaultText.trim()
  switch (form.type) {
    case 'text':
    case 'long_text': {
      if (!text) return { value: null }
      const max = form.type === 'text' ? TEXT_MAX_LENGTH : LONG_TEXT_MAX_LENGTH
      return text.length > max ? { problem: 'too_long' } : { value: text }
    }
    case 'number': {
      if (!text) return { value: null }
      const n = Number(text.replace(/[,，\s]/g, ''))
      return Number.isFinite(n) && Math.abs(n) <= NUMBER_LIMIT ? { value: n } : { problem: 'invalid' }
    }
    case 'money': {
      if (!text) return { value: null }
      const fen = parseMoney(text)
      return fen !== null && Math.abs(fen) <= NUMBER_LIMIT ? { value: fen } : { problem: 'invalid' }
    }
    case 'date':
      if (!text) return { value: null }
      return validDate(text) ? { value: text } : { problem: 'invalid' }
    case 'select':
      if (!text) return { value: null }
      return cleanOptions(form.options).includes(text) ? { value: text } : { problem: 'not_option' }
    case 'multi_select': {
      const options = cleanOptions(form.options)
      const chosen = [...new Set(form.defaultList.map((o) => o.trim()).filter(Boolean))]
      if (chosen.length === 0) return { value: null }
      return chosen.every((o) => options.includes(o)) ? { value: chosen } : { problem: 'not_option' }
    }
    default:
      return { value: null }
  }
}

/** The dialog's fields a problem (of ours or of the server) can be shown next to. */
export const DIALOG_FIELDS = ['label', 'type', 'key', 'options', 'required', 'unique', 'defaultValue', 'visibleRoleIds'] as const
export type DialogField = (typeof DIALOG_FIELDS)[number]

/**
 * A problem code per field: label required/too_long/taken, key invalid/taken, options as in
 * OptionsProblem, defaultValue as in DefaultProblem. Shown with customFieldSettings.problem.<field>.<code>.
 */
export type FieldProblems = Partial<Record<DialogField, string>>

/**
 * Checks the dialog before saving. `others` are the object's other fields (deleted ones too): a
 * label must differ from every live one's, a new key from every one's (a deleted field keeps its
 * key taken).
 */
export function validateFieldForm(form: FieldForm, editing: CustomField | null, others: readonly CustomField[] = []): FieldProblems {
  const problems: FieldProblems = {}
  const label = form.label.trim()
  const rest = others.filter((f) => f.id !== editing?.id)
  if (!label) problems.label = 'required'
  else if (label.length > LABEL_MAX_LENGTH) problems.label = 'too_long'
  else if (rest.some((f) => !f.deletedAt && f.label.trim() === label)) problems.label = 'taken'
  if (!editing) {
    const key = form.key.trim()
    if (key && !KEY_PATTERN.test(key)) problems.key = 'invalid'
    else if (key && rest.some((f) => f.key === key)) problems.key = 'taken'
  }
  if (hasOptions(form.type)) {
    const problem = optionsProblem(form.options)
    if (problem) problems.options = problem.problem
  }
  if (editsDefault(form.type) && !problems.options) {
    const result = defaultValueOf(form)
    if ('problem' in result) problems.defaultValue = result.problem
  }
  return problems
}

/** POST /custom-fields. Call after validateFieldForm found nothing. */
export function toCreateBody(form: FieldForm, object: CustomFieldObject): CustomFieldCreate {
  const body: CustomFieldCreate = {
    object,
    label: form.label.trim(),
    type: form.type,
    required: form.required,
    visibleRoleIds: [...new Set(form.visibleRoleIds)],
  }
  const key = form.key.trim()
  if (key) body.key = key
  if (hasOptions(form.type)) body.options = cleanOptions(form.options)
  if (allowsUnique(form.type)) body.unique = form.unique
  const result = defaultValueOf(form)
  if ('value' in result && result.value !== null) body.defaultValue = result.value
  return body
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a)
  const y = new Set(b)
  return x.size === y.size && [...x].every((v) => y.has(v))
}

function sameValue(a: CustomValue | null, b: CustomValue | null): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return sameList(a, b)
  if (a && b && typeof a === 'object' && typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b)
  return a === b
}

/** PATCH /custom-fields/{id}: only what differs from the field as loaded (type and key never). */
export function toUpdateBody(form: FieldForm, original: CustomField): CustomFieldUpdate {
  const body: CustomFieldUpdate = {}
  const label = form.label.trim()
  if (label !== original.label) body.label = label
  if (hasOptions(original.type)) {
    const options = cleanOptions(form.options)
    if (!sameList(options, original.options)) body.options = options
  }
  if (form.required !== original.required) body.required = form.required
  if (allowsUnique(original.type) && form.unique !== original.unique) body.unique = form.unique
  if (editsDefault(original.type)) {
    const result = defaultValueOf(form)
    if ('value' in result && !sameValue(result.value, original.defaultValue)) body.defaultValue = result.value
  }
  if (!sameSet(form.visibleRoleIds, original.visibleRoleIds)) body.visibleRoleIds = [...new Set(form.visibleRoleIds)]
  return body
}

/** What the dialog does with a refused save. */
export interface ServerRefusal {
  /** An issue code per dialog field (validation issues, or taken / not_unique for the 409s). */
  fields: FieldProblems
  /** A refusal about the whole object: the 100 live fields are reached. */
  general: 'too_many' | null
  /** Something the dialog cannot place: show the server's message. */
  unplaced: boolean
}

/** Maps a refused POST/PATCH (status, code, details.fields) onto the dialog. */
export function refusalOf(error: { status: number; code: string; fieldIssues: readonly FieldIssue[] }): ServerRefusal {
  const refusal: ServerRefusal = { fields: {}, general: null, unplaced: false }
  switch (error.code) {
    case 'custom_field.key_taken':
      refusal.fields.key = 'taken'
      return refusal
    case 'custom_field.label_taken':
      refusal.fields.label = 'taken'
      return refusal
    case 'custom_field.not_unique':
      refusal.fields.unique = 'not_unique'
      return refusal
    case 'custom_field.too_many':
      refusal.general = 'too_many'
      return refusal
  }
  let placed = 0
  for (const { field, issue } of error.fieldIssues) {
    // "options[3]", "defaultValue.lat": the form item is the top-level name.
    const name = field.replace(/[[.].*$/, '') as DialogField
    if (!(DIALOG_FIELDS as readonly string[]).includes(name)) continue
    placed++
    if (!refusal.fields[name]) refusal.fields[name] = issue
  }
  refusal.unplaced = placed === 0 || placed < error.fieldIssues.length
  return refusal
}

// ---------------------------------------------------------------------------------------------
// The list of fields

/** Live fields by position (ties by creation), then — when asked — deleted ones, newest deletion first. */
export function orderFields(fields: readonly CustomField[], includeDeleted = false): CustomField[] {
  const live = fields.filter((f) => !f.deletedAt).sort((a, b) => a.position - b.position || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
  if (!includeDeleted) return live
  const deleted = fields.filter((f) => !!f.deletedAt).sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''))
  return [...live, ...deleted]
}

/**
 * The PATCHes that move the live field at `index` (of `live`, in order) one place up (-1) or down
 * (+1): the two swap positions; when positions are not distinct and increasing, every field is
 * numbered again from 1. Empty when it cannot move.
 */
export function positionPatches(live: readonly CustomField[], index: number, delta: -1 | 1): { id: string; position: number }[] {
  const target = index + delta
  if (index < 0 || index >= live.length || target < 0 || target >= live.length) return []
  const distinct = live.every((f, i) => i === 0 || live[i - 1].position < f.position)
  if (distinct) {
    return [
      { id: live[index].id, position: live[target].position },
      { id: live[target].id, position: live[index].position },
    ]
  }
  const order = [...live]
  ;[order[index], order[target]] = [order[target], order[index]]
  return order.map((f, i) => ({ id: f.id, position: i + 1 })).filter((p, i) => order[i].position !== p.position)
}

/** The names of the roles that see a field, or null when everyone does. Unknown roles are '#id'. */
export function visibleRoleNames(field: Pick<CustomField, 'visibleRoleIds'>, roles: readonly { id: string; name: string }[]): string[] | null {
  if (field.visibleRoleIds.length === 0) return null
  const byId = new Map(roles.map((r) => [r.id, r.name]))
  return field.visibleRoleIds.map((id) => byId.get(id) ?? `#${id}`)
}

// ---------------------------------------------------------------------------------------------
// The form layout editor. Every operation returns new groups and leaves its input as it was.

export type Groups = FormLayoutGroup[]

function copy(groups: readonly FormLayoutGroup[]): Groups {
  return groups.map((g) => ({ title: g.title, fields: [...g.fields] }))
}

/**
 * A layout's groups limited to the live fields, each named once (a field deleted since the layout
 * was saved drops out; the server would refuse it). `dropped` counts what was left out.
 */
export function cleanGroups(groups: readonly FormLayoutGroup[], liveKeys: Iterable<string>): { groups: Groups; dropped: number } {
  const live = new Set(liveKeys)
  const seen = new Set<string>()
  let dropped = 0
  const result = groups.map((g) => ({
    title: g.title,
    fields: g.fields.filter((key) => {
      const keep = live.has(key) && !seen.has(key)
      if (keep) seen.add(key)
      else dropped++
      return keep
    }),
  }))
  return { groups: result, dropped }
}

export function placedKeys(groups: readonly FormLayoutGroup[]): Set<string> {
  return new Set(groups.flatMap((g) => g.fields))
}

/** The live fields no group holds (they are not in that department's forms), by position. */
export function unplacedFields(live: readonly CustomField[], groups: readonly FormLayoutGroup[]): CustomField[] {
  const placed = placedKeys(groups)
  return orderFields(live).filter((f) => !placed.has(f.key))
}

export function addGroup(groups: readonly FormLayoutGroup[], title = ''): Groups {
  return [...copy(groups), { title, fields: [] }]
}

/** Removes a group; its fields become unplaced. */
export function removeGroup(groups: readonly FormLayoutGroup[], index: number): Groups {
  return copy(groups).filter((_, i) => i !== index)
}

export function renameGroup(groups: readonly FormLayoutGroup[], index: number, title: string): Groups {
  return copy(groups).map((g, i) => (i === index ? { ...g, title } : g))
}

export function moveGroup(groups: readonly FormLayoutGroup[], index: number, delta: -1 | 1): Groups {
  const result = copy(groups)
  const target = index + delta
  if (index < 0 || index >= result.length || target < 0 || target >= result.length) return result
  ;[result[index], result[target]] = [result[target], result[index]]
  return result
}

/** Puts a field at the end of a group (taking it out of any other group first). */
export function addField(groups: readonly FormLayoutGroup[], groupIndex: number, key: string): Groups {
  if (groupIndex < 0 || groupIndex >= groups.length) return copy(groups)
  const result = copy(groups).map((g) => ({ ...g, fields: g.fields.filter((k) => k !== key) }))
  result[groupIndex].fields.push(key)
  return result
}

/** Takes a field out of its group: it becomes unplaced. */
export function removeField(groups: readonly FormLayoutGroup[], groupIndex: number, fieldIndex: number): Groups {
  return copy(groups).map((g, i) => (i === groupIndex ? { ...g, fields: g.fields.filter((_, j) => j !== fieldIndex) } : g))
}

/** Whether moveField would change anything. */
export function canMoveField(groups: readonly FormLayoutGroup[], groupIndex: number, fieldIndex: number, delta: -1 | 1): boolean {
  const group = groups[groupIndex]
  if (!group || fieldIndex < 0 || fieldIndex >= group.fields.length) return false
  if (delta < 0) return fieldIndex > 0 || groupIndex > 0
  return fieldIndex < group.fields.length - 1 || groupIndex < groups.length - 1
}

/**
 * Moves a field one place up or down; past the first (last) field of its group it goes to the
 * end (start) of the group before (after).
 */
export function moveField(groups: readonly FormLayoutGroup[], groupIndex: number, fieldIndex: number, delta: -1 | 1): Groups {
  const result = copy(groups)
  if (!canMoveField(groups, groupIndex, fieldIndex, delta)) return result
  const fields = result[groupIndex].fields
  const target = fieldIndex + delta
  if (target >= 0 && target < fields.length) {
    ;[fields[fieldIndex], fields[target]] = [fields[target], fields[fieldIndex]]
    return result
  }
  const [key] = fields.splice(fieldIndex, 1)
  if (delta < 0) result[groupIndex - 1].fields.push(key)
  else result[groupIndex + 1].fields.unshift(key)
  return result
}

export type LayoutProblem = { kind: 'title_too_long'; index: number } | { kind: 'too_many_groups' }

export function layoutProblems(groups: readonly FormLayoutGroup[]): LayoutProblem[] {
  const problems: LayoutProblem[] = []
  if (groups.length > GROUPS_MAX) problems.push({ kind: 'too_many_groups' })
  groups.forEach((g, index) => {
    if (g.title.trim().length > GROUP_TITLE_MAX_LENGTH) problems.push({ kind: 'title_too_long', index })
  })
  return problems
}

/** The groups as PUT takes them: titles trimmed. */
export function groupsForSave(groups: readonly FormLayoutGroup[]): Groups {
  return groups.map((g) => ({ title: g.title.trim(), fields: [...g.fields] }))
}

export function sameGroups(a: readonly FormLayoutGroup[], b: readonly FormLayoutGroup[]): boolean {
  return a.length === b.length && a.every((g, i) => g.title.trim() === b[i].title.trim() && sameList(g.fields, b[i].fields))
}

/**
 * Where a layout comes from: the department's own; inherited from a department (`from`) or from
 * the company default (`from: null`); or none saved up the chain (every live field in one group by
 * position) — always so for the company without its own, and for a department inheriting from the
 * company while `companyHasOwn` is false.
 */
export type LayoutSource = { kind: 'own' } | { kind: 'inherited'; from: string | null } | { kind: 'none' }

export function layoutSource(layout: Pick<FormLayout, 'departmentId' | 'own' | 'inheritedFrom'>, companyHasOwn = true): LayoutSource {
  if (layout.own) return { kind: 'own' }
  if (layout.departmentId === null) return { kind: 'none' }
  if (layout.inheritedFrom === null && !companyHasOwn) return { kind: 'none' }
  return { kind: 'inherited', from: layout.inheritedFrom }
}
