// The custom field columns and filters of a desktop list (customers, leads): which visible
// fields show as columns — the user's choice on this device, else the first few — the fields
// that have a filter, and each cell's text (names for user and department ids).
import { computed, ref, watch } from 'vue'
import type { CustomField, CustomFieldObject } from '@/api/custom-fields'
import { useSessionStore } from '@/features/auth/session-store'
import { columnCandidates, defaultColumns, formatCustomValue } from './custom-field-values'
import { useCustomFields } from './useCustomFields'
import { useDirectoryNames } from './useDirectoryNames'

const STORAGE_PREFIX = 'quanke.cfColumns.'

function saved(object: CustomFieldObject): string[] | null {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_PREFIX + object) ?? 'null') as unknown
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null
  } catch {
    return null
  }
}

export function useCustomColumns(object: CustomFieldObject, rows: () => readonly { customFields?: Record<string, unknown> }[]) {
  const session = useSessionStore()
  const cf = useCustomFields(object)
  const names = useDirectoryNames()
  const candidates = computed(() => columnCandidates(cf.fields.value))
  const filterFields = computed(() => cf.fields.value.filter((f) => f.filterable))
  const stored = ref<string[] | null>(saved(object))

  /** The keys shown as columns. */
  const chosen = computed<string[]>({
    get: () => stored.value ?? defaultColumns(cf.fields.value),
    set: (keys) => {
      stored.value = keys
      localStorage.setItem(STORAGE_PREFIX + object, JSON.stringify(keys))
    },
  })
  const columns = computed<CustomField[]>(() => candidates.value.filter((f) => chosen.value.includes(f.key)))

  watch(
    [rows, columns],
    () => {
      const ids = new Set<string>()
      for (const field of columns.value) {
        if (field.type === 'department') void names.loadDepartments()
        if (field.type !== 'user') continue
        for (const row of rows()) {
          const v = row.customFields?.[field.key]
          if (typeof v === 'string' && v) ids.add(v)
        }
      }
      if (ids.size) names.loadUsers([...ids])
    },
    { immediate: true },
  )

  function cell(field: CustomField, row: { customFields?: Record<string, unknown> }): string {
    return formatCustomValue(field, row.customFields?.[field.key], {
      timeZone: session.tenant?.timeZone,
      userName: names.userName,
      departmentName: names.departmentName,
    })
  }

  return { fields: cf.fields, load: cf.load, candidates, filterFields, chosen, columns, cell }
}
