// The company's lead sources, loaded once per page and shared by its filters, forms and the
// import (which names sources by name). Anyone who sees leads may fail to list them (the list
// needs pool.configure): then sources are known only by the names leads carry.
import { computed, ref } from 'vue'
import { listLeadSources, type LeadSource } from '@/api/leads'

const sources = ref<LeadSource[]>([])
let loading: Promise<void> | null = null

export function useLeadSources() {
  function load(force = false): Promise<void> {
    if (!loading || force) {
      loading = listLeadSources()
        .then((answer) => {
          sources.value = [...answer.items].sort((a, b) => a.sortOrder - b.sortOrder)
        })
        .catch(() => {
          loading = null
        })
    }
    return loading ?? Promise.resolve()
  }

  const enabled = computed(() => sources.value.filter((s) => s.enabled))

  /** A source's id by its name (case and spaces ignored), for the import. */
  function idByName(name: string): string | null {
    const wanted = name.trim().toLowerCase()
    return sources.value.find((s) => s.name.trim().toLowerCase() === wanted)?.id ?? null
  }

  return { sources, enabled, load, idByName }
}
