// Page-by-page navigation over a keyset (cursor) list: the server gives only "next", so the
// cursors of pages already seen are kept to go back.
import { computed, ref } from 'vue'
import type { ListResponse } from '@/api/types'

export function useCursorPager<T>(fetchPage: (cursor: string | null, limit: number) => Promise<ListResponse<T>>, pageSize = 20) {
  const items = ref<T[]>([]) as { value: T[] }
  const total = ref<number | null>(null)
  const loading = ref(false)
  const limit = ref(pageSize)
  /** cursors[i] is the cursor that fetches page i+1 (null for the first page). */
  const cursors = ref<(string | null)[]>([null])
  const nextCursor = ref<string | null>(null)
  let generation = 0

  const page = computed(() => cursors.value.length)
  const hasPrev = computed(() => cursors.value.length > 1)
  const hasNext = computed(() => nextCursor.value !== null)

  async function load() {
    const mine = ++generation
    loading.value = true
    try {
      const answer = await fetchPage(cursors.value[cursors.value.length - 1], limit.value)
      if (mine !== generation) return // a newer request (e.g. newer search text) won
      items.value = answer.items
      total.value = typeof answer.total === 'number' ? answer.total : null
      nextCursor.value = answer.nextCursor ?? null
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  /** Back to the first page (after a filter change). */
  function reload() {
    cursors.value = [null]
    return load()
  }

  /** Same page again (after an edit). */
  function refresh() {
    return load()
  }

  function next() {
    if (!nextCursor.value) return Promise.resolve()
    cursors.value = [...cursors.value, nextCursor.value]
    return load()
  }

  function prev() {
    if (cursors.value.length <= 1) return Promise.resolve()
    cursors.value = cursors.value.slice(0, -1)
    return load()
  }

  return { items, total, loading, limit, page, hasPrev, hasNext, reload, refresh, next, prev }
}
