// The company's sales processes (enabled ones), loaded once per page load and shared by the list
// filters, the kanban, the create form and the funnel. `reload` after the settings change them.
import { computed, ref } from 'vue'
import { listSalesProcesses, type SalesProcess } from '@/api/deals'

const processes = ref<SalesProcess[]>([])
let loading: Promise<void> | null = null

export function useSalesProcesses() {
  function load(force = false): Promise<void> {
    if (!loading || force) {
      loading = listSalesProcesses()
        .then((answer) => {
          processes.value = answer.items
        })
        .catch(() => {
          loading = null
        })
    }
    return loading ?? Promise.resolve()
  }

  const defaultProcess = computed(() => processes.value.find((p) => p.isDefault) ?? processes.value[0] ?? null)

  function byId(id: string | null | undefined): SalesProcess | null {
    return processes.value.find((p) => p.id === id) ?? null
  }

  return { processes, defaultProcess, load, byId }
}
