// The departments a report may offer to pick: those in the caller's data scope (all; their
// department and below; their department), never one the server would refuse with 403. Listing
// them needs org.view; without it the breadcrumb and the rows still drill down. `top` is the
// highest level the caller may open: null for the company, else their own department.
import { computed, onMounted, ref } from 'vue'
import { listDepartments } from '@/api/departments'
import type { Department } from '@/api/types'
import { useSessionStore } from '@/features/auth/session-store'
import { departmentsInScope } from './report-query'

export function useDepartments() {
  const session = useSessionStore()
  const all = ref<Department[]>([])
  const canBrowse = session.can('org.view') && session.dataScope !== 'self'
  const top = session.dataScope === 'all' ? null : (session.user?.departmentId ?? null)
  const departments = computed(() => departmentsInScope(all.value, session.dataScope, session.user?.departmentId ?? null))
  onMounted(async () => {
    if (canBrowse) all.value = await listDepartments().catch(() => [])
  })
  return { departments, canBrowse, top }
}
