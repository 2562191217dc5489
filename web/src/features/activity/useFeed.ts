// The 动态 list with keyset paging for endless scrolling: newest first, more on demand, filters
// restart it. Stale answers (an older filter) are dropped.
import { ref } from 'vue'
import { listFeed, type FeedItem, type FeedQuery } from '@/api/activity'

export function useFeed(query: () => Omit<FeedQuery, 'cursor' | 'limit'>, pageSize = 20) {
  const items = ref<FeedItem[]>([])
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
      const page = await listFeed({ ...query(), limit: pageSize, cursor: cursor.value })
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

  function remove(item: FeedItem) {
    items.value = items.value.filter((i) => i.id !== item.id)
  }

  return { items, loading, finished, failed, loadMore, restart, remove }
}
