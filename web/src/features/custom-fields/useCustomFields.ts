// The custom fields of customers or leads the signed-in user sees, and their department's form
// layout (GET /custom-fields?object=…): loaded once per object per session and shared by every
// form, detail and list; `reload()` asks again (after a field was added in 系统设置).
import { computed, ref, type Ref } from 'vue'
import { listCustomFields, type CustomField, type CustomFieldObject, type FormLayout } from '@/api/custom-fields'
import { useSessionStore } from '@/features/auth/session-store'
import { formFields, groupFields } from './custom-field-values'

interface Entry {
  fields: Ref<CustomField[]>
  layout: Ref<FormLayout | null>
  loading: Ref<boolean>
  error: Ref<unknown>
  loaded: Ref<boolean>
  pending: Promise<void> | null
}

const cache = new Map<string, Entry>()

function entryFor(key: string): Entry {
  let entry = cache.get(key)
  if (!entry) {
    entry = { fields: ref([]), layout: ref(null), loading: ref(false), error: ref(null), loaded: ref(false), pending: null }
    cache.set(key, entry)
  }
  return entry
}

export function useCustomFields(object: CustomFieldObject) {
  const session = useSessionStore()
  // Another sign-in on the device may see other fields: the cache is per user.
  const entry = entryFor(`${session.user?.id ?? ''}:${object}`)

  function load(force = false): Promise<void> {
    if (entry.pending) return entry.pending
    if (entry.loaded.value && !force) return Promise.resolve()
    entry.loading.value = true
    entry.error.value = null
    entry.pending = listCustomFields(object)
      .then((answer) => {
        entry.fields.value = answer.items ?? []
        entry.layout.value = answer.layout ?? null
        entry.loaded.value = true
      })
      .catch((error: unknown) => {
        // The record forms still work without their custom fields.
        entry.error.value = error
      })
      .finally(() => {
        entry.loading.value = false
        entry.pending = null
      })
    return entry.pending
  }

  void load()

  const groups = computed(() => groupFields(entry.fields.value, entry.layout.value))
  return {
    fields: entry.fields,
    layout: entry.layout,
    /** The form's groups by the layout. */
    groups,
    /** The fields the form shows, in order. */
    formFields: computed(() => formFields(groups.value)),
    loading: entry.loading,
    loaded: entry.loaded,
    error: entry.error,
    load,
    reload: () => load(true),
  }
}

export type CustomFieldsState = ReturnType<typeof useCustomFields>
