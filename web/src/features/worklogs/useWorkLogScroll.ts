// Work logs as an endless list (the phone): keyset pages appended on demand; a filter change
// restarts it and drops answers to the older filter.
import { ref } from 'vue'
import { listWorkLogs, type WorkLog, type WorkLogQuery } from '@/api/work-logs'

export function useWorkLogScroll(query: () => Omit<WorkLogQuery, 'cursor' | 'limit'>, pageSize = 20) {
  const items = ref<WorkLog[]>([])
  const cursor = ref<string | null>(null)
  const loading = ref(false)
  const finished = ref(false)
  const failed = ref(false)
  let generation = 0

  async function loadMore(): Promise<void> {
    if (finished.value) return
    const mine = generation
    loading.value = true
    failed.value = false
    try {
      const page = await listWorkLogs({ ...query(), limit: pageSize, cursor: cursor.value })
      if (mine !== generation) return
      const known = new Set(items.value.map((i) => i.id))
      items.value.push(...page.items.filter((i) => !known.has(i.id)))
      cursor.value = page.nextCursor
      finished.value = !page.nextCursor
    } catch {
      if (mine === generation) failed.value = true
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  function restart(): Promise<void> {
    generation++
    items.value = []
    cursor.value = null
    finished.value = false
    failed.value = false
    loading.value = false
    return loadMore()
  }

  return { items, loading, finished, failed, loadMore, restart }
}
