// Types of the foundation API (auth, organisation), checked against docs/api-org.md.
// Ids are strings, instants ISO-8601 UTC strings.

export interface ListResponse<T> {
  items: T[]
  nextCursor: string | null
  total?: number
}

export interface RoleRef {
  id: string
  name: string
}

export type UserStatus = 'active' | 'resigned'

export interface User {
  id: string
  username: string
  name: string
  mobile: string | null
  email: string | null
  departmentId: string
  departmentName: string
  isDepartmentHead: boolean
  isExecutive: boolean
  status: UserStatus
  roles: RoleRef[]
  createdAt: string
  updatedAt: string
  lastLoginAt: string | null
}

export interface Tenant {
  id: string
  code: string
  name: string
  timeZone: string
}

export type DataScope = 'self' | 'department' | 'department_tree' | 'all'

export const DATA_SCOPES: readonly DataScope[] = ['self', 'department', 'department_tree', 'all']

export interface Department {
  id: string
  parentId: string | null
  name: string
  sortOrder: number
  memberCount: number
  createdAt: string
  updatedAt: string
}

export interface Role {
  id: string
  /** Stable code of builtin roles ("admin", "manager", "rep", "executive"); null for custom roles. */
  code: string | null
  name: string
  description: string
  dataScope: DataScope
  permissions: string[]
  builtin: boolean
  userCount: number
  createdAt: string
  updatedAt: string
}

export interface PermissionModule {
  module: string
  actions: string[]
}

export interface PermissionCatalog {
  modules: PermissionModule[]
}

export interface LoginRequest {
  tenant: string
  username: string
  password: string
  /** A solved login challenge (see shared/proof-of-work.ts). */
  challenge?: string
  solution?: string
}

export interface LoginResponse {
  token: string
  csrfToken: string
  expiresAt: string
  user: User
}

export interface MeResponse {
  user: User
  tenant: Tenant
  permissions: string[]
  dataScope: DataScope
}

export type FieldIssueCode =
  | 'required'
  | 'wrong_type'
  | 'invalid_value'
  | 'too_long'
  | 'too_short'
  | 'taken'
  | 'unknown_field'
  | 'read_only'

/** One entry of an error's `details.fields`. */
export interface FieldIssue {
  field: string
  issue: FieldIssueCode
}
