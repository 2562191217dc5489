// A report's answer for the query on screen: fetched again whenever the query changes; an answer
// to an older query that arrives late is dropped.
import { ref, watch, type Ref } from 'vue'

export function useReportData<Q, T>(query: () => Q, fetch: (query: Q) => Promise<T>) {
  const data = ref(null) as Ref<T | null>
  const loading = ref(false)
  let generation = 0
  watch(
    query,
    async (q) => {
      const mine = ++generation
      loading.value = true
      try {
        const answer = await fetch(q)
        if (mine === generation) data.value = answer
      } catch {
        if (mine === generation) data.value = null
      } finally {
        if (mine === generation) loading.value = false
      }
    },
    { immediate: true, deep: true },
  )
  return { data, loading }
}
