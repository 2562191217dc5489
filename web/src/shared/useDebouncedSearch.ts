// A search box's results: asks `fetch` once the user pauses typing (`delayMs`), drops answers
// to older queries, and tells the template whether to show "searching…" or "no match".
// `loading` is already true while the pause runs, so an empty list is never shown as "no match"
// before the server has answered the current text.
import { getCurrentScope, onScopeDispose, ref, shallowRef, type Ref } from 'vue'

export const SEARCH_DEBOUNCE_MS = 250

export interface DebouncedSearch<T> {
  results: Ref<T[]>
  /** A search is waiting for its pause or its answer. */
  loading: Ref<boolean>
  /** The latest answer came back (possibly empty); false until the first one. */
  answered: Ref<boolean>
  /** Searches for `query` after the pause (at once with `immediate`). */
  search: (query: string, immediate?: boolean) => void
  /** Forgets the pending search and the results. */
  reset: () => void
}

export function useDebouncedSearch<T>(fetch: (query: string) => Promise<T[]>, delayMs = SEARCH_DEBOUNCE_MS): DebouncedSearch<T> {
  const results = shallowRef<T[]>([])
  const loading = ref(false)
  const answered = ref(false)
  let timer: ReturnType<typeof setTimeout> | null = null
  let generation = 0

  function clearTimer() {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  async function run(query: string, mine: number) {
    try {
      const found = await fetch(query)
      if (mine !== generation) return
      results.value = found
    } catch {
      // The API client already told the user; an empty list is the honest answer.
      if (mine !== generation) return
      results.value = []
    }
    answered.value = true
    loading.value = false
  }

  function search(query: string, immediate = false) {
    clearTimer()
    const mine = ++generation
    loading.value = true
    if (immediate || delayMs <= 0) void run(query, mine)
    else timer = setTimeout(() => void run(query, mine), delayMs)
  }

  function reset() {
    clearTimer()
    generation++
    results.value = []
    loading.value = false
    answered.value = false
  }

  if (getCurrentScope()) onScopeDispose(clearTimer)
  return { results, loading, answered, search, reset }
}
