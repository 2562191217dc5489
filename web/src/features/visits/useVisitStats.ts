// The visit statistics of a period and forgotten threshold, loaded again whenever either changes
// (desktop and phone pages); null while none could be loaded (the client shows the error).
import { ref, watch } from 'vue'
import { getVisitStats, type VisitStats } from '@/api/visits'

export function useVisitStats(query: () => { from: string; to: string; forgottenDays: number; customerLevels?: string }) {
  const stats = ref<VisitStats | null>(null)
  const loading = ref(false)
  let generation = 0
  async function load() {
    const mine = ++generation
    loading.value = true
    try {
      const answer = await getVisitStats(query())
      if (mine === generation) stats.value = answer
    } catch {
      if (mine === generation) stats.value = null
    } finally {
      if (mine === generation) loading.value = false
    }
  }
  watch(query, () => void load(), { immediate: true, deep: true })
  return { stats, loading }
}
