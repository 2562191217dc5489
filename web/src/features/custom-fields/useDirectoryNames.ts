// Names for the ids custom field values hold: users and departments (and the files uploaded
// here). Who may browse the organisation (org.view) gets them from the server; everyone else
// knows themselves, their department and whoever they picked on this device — other ids show
// as they are. Shared by every form and detail of the session.
import { reactive, ref } from 'vue'
import { listDepartments } from '@/api/departments'
import type { Department } from '@/api/types'
import { getUser } from '@/api/users'
import { useSessionStore } from '@/features/auth/session-store'

const users = reactive(new Map<string, string>())
const departmentNames = reactive(new Map<string, string>())
const fileNames = reactive(new Map<string, string>())
const departments = ref<Department[]>([])
const asked = new Set<string>()
let departmentsLoad: Promise<void> | null = null

export function useDirectoryNames() {
  const session = useSessionStore()
  const canBrowse = () => session.can('org.view')

  function seedSelf() {
    const me = session.user
    if (!me) return
    if (!users.has(me.id)) users.set(me.id, me.name)
    if (me.departmentId && me.departmentName && !departmentNames.has(me.departmentId)) departmentNames.set(me.departmentId, me.departmentName)
  }

  /** Asks for the names of these user ids that are not known yet. */
  function loadUsers(ids: readonly string[]) {
    seedSelf()
    if (!canBrowse()) return
    for (const id of ids) {
      if (!id || users.has(id) || asked.has(id)) continue
      asked.add(id)
      getUser(id, true)
        .then((u) => users.set(u.id, u.name))
        .catch(() => undefined)
    }
  }

  /** The company's departments (org.view), once per session. */
  function loadDepartments(): Promise<void> {
    seedSelf()
    if (!canBrowse()) return Promise.resolve()
    departmentsLoad ??= listDepartments()
      .then((list) => {
        departments.value = list
        for (const d of list) departmentNames.set(d.id, d.name)
      })
      .catch(() => {
        departmentsLoad = null
      })
    return departmentsLoad
  }

  function rememberUsers(list: readonly { id: string; name: string }[]) {
    for (const u of list) users.set(u.id, u.name)
  }

  function rememberFile(id: string, name: string) {
    fileNames.set(id, name)
  }

  seedSelf()
  return {
    userName: (id: string) => users.get(id),
    departmentName: (id: string) => departmentNames.get(id),
    fileName: (id: string) => fileNames.get(id),
    /** Departments to pick from (empty without org.view). */
    departments,
    canBrowse,
    loadUsers,
    loadDepartments,
    rememberUsers,
    rememberFile,
  }
}
