// A list with keyset paging for endless scrolling (the phone's lists): pages appended on demand,
// items already shown skipped, and a restart (a filter change) that drops answers to the older
// query.
import { ref, type Ref } from 'vue'
import type { ListResponse } from '@/api/types'

export function useEndlessList<T extends { id: string | null }, Q extends object>(
  fetchPage: (query: Q & { limit: number; cursor: string | null }) => Promise<ListResponse<T>>,
  query: () => Q,
  pageSize = 20,
) {
  const items = ref([]) as Ref<T[]>
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
      const page = await fetchPage({ ...query(), limit: pageSize, cursor: cursor.value })
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

  function remove(item: T) {
    items.value = items.value.filter((i) => i.id !== item.id)
  }

  return { items, loading, finished, failed, loadMore, restart, remove }
}
