import { request } from './client'
import type { Department, ListResponse } from './types'

export interface DepartmentInput {
  name?: string
  parentId?: string | null
  sortOrder?: number
}

export async function listDepartments(): Promise<Department[]> {
  const page = await request<ListResponse<Department>>('/departments')
  return page.items
}

export function getDepartment(id: string): Promise<Department> {
  return request(`/departments/${encodeURIComponent(id)}`)
}

export function createDepartment(body: DepartmentInput & { name: string }): Promise<Department> {
  return request('/departments', { method: 'POST', body, silent: true })
}

export function updateDepartment(id: string, body: DepartmentInput): Promise<Department> {
  return request(`/departments/${encodeURIComponent(id)}`, { method: 'PATCH', body, silent: true })
}

export function deleteDepartment(id: string): Promise<void> {
  return request(`/departments/${encodeURIComponent(id)}`, { method: 'DELETE' })
}
