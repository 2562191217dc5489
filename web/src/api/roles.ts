import { request } from './client'
import type { DataScope, ListResponse, PermissionCatalog, Role } from './types'

export interface RoleInput {
  name?: string
  description?: string
  dataScope?: DataScope
  permissions?: string[]
}

export async function listRoles(): Promise<Role[]> {
  const page = await request<ListResponse<Role>>('/roles')
  return page.items
}

export function getRole(id: string): Promise<Role> {
  return request(`/roles/${encodeURIComponent(id)}`)
}

export function createRole(body: RoleInput & { name: string; dataScope: DataScope; permissions: string[] }): Promise<Role> {
  return request('/roles', { method: 'POST', body, silent: true })
}

export function updateRole(id: string, body: RoleInput): Promise<Role> {
  return request(`/roles/${encodeURIComponent(id)}`, { method: 'PATCH', body, silent: true })
}

export function deleteRole(id: string): Promise<void> {
  return request(`/roles/${encodeURIComponent(id)}`, { method: 'DELETE' })
}

export function getPermissionCatalog(): Promise<PermissionCatalog> {
  return request('/permissions')
}
