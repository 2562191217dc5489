// The departments a report may offer to pick (listing them needs org.view; without it the
// breadcrumb and the rows still drill down).
import { onMounted, ref } from 'vue'
import { listDepartments } from '@/api/departments'
import type { Department } from '@/api/types'
import { useSessionStore } from '@/features/auth/session-store'

export function useDepartments() {
  const session = useSessionStore()
  const departments = ref<Department[]>([])
  const canBrowse = session.can('org.view')
  onMounted(async () => {
    if (canBrowse) departments.value = await listDepartments().catch(() => [])
  })
  return { departments, canBrowse }
}
