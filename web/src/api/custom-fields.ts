// Custom fields (自定义字段) and form layouts (表单布局) — checked against docs/api-custom-fields.md.
// A record's `customFields` maps a field's key to a value of the field's type.
import { request } from './client'

export type CustomFieldObject = 'customer' | 'lead'
export const CUSTOM_FIELD_OBJECTS: readonly CustomFieldObject[] = ['customer', 'lead']

export type CustomFieldType =
  | 'text'
  | 'long_text'
  | 'number'
  | 'money'
  | 'date'
  | 'datetime'
  | 'select'
  | 'multi_select'
  | 'user'
  | 'department'
  | 'location'
  | 'image'
  | 'attachment'
export const CUSTOM_FIELD_TYPES: readonly CustomFieldType[] = [
  'text',
  'long_text',
  'number',
  'money',
  'date',
  'datetime',
  'select',
  'multi_select',
  'user',
  'department',
  'location',
  'image',
  'attachment',
]

/** The value of a location field. */
export interface CustomLocation {
  lat: number
  lng: number
  address?: string
}

/**
 * A value as stored: text, long_text, date ("YYYY-MM-DD"), datetime (instant), select, user
 * (user id), department (department id) and image (attachment id) are strings; number is a
 * number; money is integer fen; multi_select and attachment are string arrays; location is an
 * object.
 */
export type CustomValue = string | number | string[] | CustomLocation

export type CustomFieldValues = Record<string, CustomValue | null | undefined>

export interface CustomField {
  id: string
  object: CustomFieldObject
  key: string
  label: string
  type: CustomFieldType
  /** select and multi_select only. */
  options: string[]
  required: boolean
  unique: boolean
  defaultValue: CustomValue | null
  /** Empty: everyone sees the field. */
  visibleRoleIds: string[]
  position: number
  /** Whether the lists take a cf.<key> filter for it. */
  filterable: boolean
  deletedAt: string | null
  createdAt: string
  updatedAt: string
}

export interface CustomFieldCreate {
  object: CustomFieldObject
  label: string
  type: CustomFieldType
  key?: string
  options?: string[]
  required?: boolean
  unique?: boolean
  defaultValue?: CustomValue | null
  visibleRoleIds?: string[]
  position?: number
}

export type CustomFieldUpdate = Partial<
  Pick<CustomFieldCreate, 'label' | 'options' | 'required' | 'unique' | 'defaultValue' | 'visibleRoleIds' | 'position'>
>

export interface FormLayoutGroup {
  /** Empty: an untitled group (the page shows 其他信息 / More). */
  title: string
  fields: string[]
}

export interface FormLayout {
  object: CustomFieldObject
  /** null: the company default. */
  departmentId: string | null
  /** false: the department has no layout of its own and shows `inheritedFrom`'s. */
  own: boolean
  inheritedFrom: string | null
  groups: FormLayoutGroup[]
}

export interface FormLayoutWrite {
  object: CustomFieldObject
  departmentId?: string | null
  groups: FormLayoutGroup[]
}

export interface CustomFieldList {
  items: CustomField[]
  layout: FormLayout
}

const enc = encodeURIComponent

/** The live fields the caller sees and the layout of the caller's department. */
export function listCustomFields(object: CustomFieldObject): Promise<CustomFieldList> {
  return request('/custom-fields', { query: { object } })
}

/** Every field of the object, deleted and hidden ones too (settings.configure). */
export function listAllCustomFields(object: CustomFieldObject): Promise<CustomFieldList> {
  return request('/custom-fields', { query: { object, includeDeleted: true } })
}

/** Silent: the dialog shows field errors and the 409s next to the field. */
export function createCustomField(body: CustomFieldCreate): Promise<CustomField> {
  return request('/custom-fields', { method: 'POST', body, silent: true })
}

/** Silent: the dialog shows field errors and the 409s next to the field. */
export function updateCustomField(id: string, body: CustomFieldUpdate): Promise<CustomField> {
  return request(`/custom-fields/${enc(id)}`, { method: 'PATCH', body, silent: true })
}

export function deleteCustomField(id: string): Promise<void> {
  return request(`/custom-fields/${enc(id)}`, { method: 'DELETE' })
}

export function getFormLayout(object: CustomFieldObject, departmentId: string | null): Promise<FormLayout> {
  return request('/form-layouts', { query: { object, departmentId } })
}

export function putFormLayout(body: FormLayoutWrite): Promise<FormLayout> {
  return request('/form-layouts', { method: 'PUT', body })
}

export function deleteFormLayout(object: CustomFieldObject, departmentId: string | null): Promise<void> {
  return request('/form-layouts', { method: 'DELETE', query: { object, departmentId } })
}
