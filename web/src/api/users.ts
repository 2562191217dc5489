import { request } from './client'
import type { ListResponse, User, UserStatus } from './types'

export interface UserListQuery {
  q?: string
  departmentId?: string
  status?: UserStatus | ''
  roleId?: string
  sort?: string
  limit?: number
  cursor?: string | null
}

export interface UserCreateInput {
  username: string
  name: string
  password: string
  departmentId: string
  roleIds: string[]
  mobile?: string
  email?: string
  isDepartmentHead?: boolean
  isExecutive?: boolean
}

export interface UserUpdateInput {
  name?: string
  mobile?: string | null
  email?: string | null
  departmentId?: string
  roleIds?: string[]
  isDepartmentHead?: boolean
  isExecutive?: boolean
  status?: UserStatus
}

export function listUsers(query: UserListQuery = {}): Promise<ListResponse<User>> {
  return request('/users', { query: { ...query } })
}

export function getUser(id: string): Promise<User> {
  return request(`/users/${encodeURIComponent(id)}`)
}

export function createUser(body: UserCreateInput): Promise<User> {
  return request('/users', { method: 'POST', body, silent: true })
}

export function updateUser(id: string, body: UserUpdateInput): Promise<User> {
  return request(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body, silent: true })
}

export function resetUserPassword(id: string, password: string): Promise<void> {
  return request(`/users/${encodeURIComponent(id)}/reset-password`, {
    method: 'POST',
    body: { password },
    silent: true,
  })
}
