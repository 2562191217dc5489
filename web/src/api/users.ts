import { request } from './client'
import type { ListResponse, User, UserStatus } from './types'

export type UserSort = 'name' | '-name' | 'username' | '-username' | 'createdAt' | '-createdAt'

export interface UserListQuery {
  q?: string
  departmentId?: string
  status?: UserStatus | ''
  roleId?: string
  sort?: UserSort
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

/** A colleague as the address book (GET /users/lookup) gives them: enough to pick someone. */
export interface UserLookup {
  id: string
  name: string
  departmentName: string
}

/**
 * Up to 20 active colleagues whose name matches `q` (all of them, by name, when empty). Any
 * signed-in user may call it, unlike listUsers (org.view), so collaboration pickers — team
 * members, @mentions — use it.
 */
export async function lookupUsers(q: string): Promise<UserLookup[]> {
  const answer = await request<{ items: UserLookup[] }>('/users/lookup', { query: { q: q.trim() } })
  return answer.items ?? []
}

/** `silent`: a lookup in the background (e.g. names for ids) shows no toast when it fails. */
export function getUser(id: string, silent = false): Promise<User> {
  return request(`/users/${encodeURIComponent(id)}`, { silent })
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
