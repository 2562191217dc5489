// A report's filters read from and written to the URL query: the URL is the one source of truth,
// so a shared link or a reload shows the same report. `update` replaces the query (no new
// history entry per click); drill-downs push.
import { computed } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'

export function useRouteFilters<F>(fromQuery: (query: LocationQuery) => F, toQuery: (filters: F) => Record<string, string>) {
  const route = useRoute()
  const router = useRouter()
  const filters = computed(() => fromQuery(route.query))

  function update(patch: Partial<F>) {
    void router.replace({ query: toQuery({ ...filters.value, ...patch }) })
  }

  return { filters, update, route, router }
}
