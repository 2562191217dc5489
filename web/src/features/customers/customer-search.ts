// Searching a phone customer list as the user types (我的客户, 客户, 公海): the query runs after a
// pause in typing, and a query of Latin letters is also read as pinyin or initials of customer
// names ("cq" → 重庆…, "zsyh" → 招商银行…).
//
// Pinyin is matched here, in the browser, over the names the list fetched: a rep's own list is
// bounded by the holding limit, so it is read whole; the pool and a manager's list are read up
// to PINYIN_SCAN_LIMIT customers (newest first) and the page says so when it stopped there.
// Other queries (Chinese, digits) go to the server's `q` as before.
import { getCurrentScope, onScopeDispose, watch, type Ref } from 'vue'
import { listCustomers, type Customer, type CustomerListQuery } from '@/api/customers'
import type { ListResponse } from '@/api/types'
import { isPinyinQuery, loadNameMatcher } from '@/shared/pinyin/name-match'

export const TYPE_DEBOUNCE_MS = 300
export const PINYIN_SCAN_LIMIT = 1000
const SCAN_PAGE = 200

export { isPinyinQuery }

export interface PinyinResult {
  items: Customer[]
  /** More customers were left unread (the list is longer than the scan limit). */
  capped: boolean
}

/** The customers of the list `query` (its filters; `q` is ignored) whose name or short name
 *  matches `text` as pinyin / initials, in the list's order. */
export async function pinyinSearch(
  query: CustomerListQuery,
  text: string,
  fetchPage: (q: CustomerListQuery) => Promise<ListResponse<Customer>> = listCustomers,
  limit = PINYIN_SCAN_LIMIT,
): Promise<PinyinResult> {
  const match = await loadNameMatcher()
  const items: Customer[] = []
  let cursor: string | null = null
  let read = 0
  do {
    const page: ListResponse<Customer> = await fetchPage({ ...query, q: undefined, limit: Math.min(SCAN_PAGE, limit - read), cursor })
    read += page.items.length
    for (const c of page.items) if (match(c.name, text) || (c.shortName !== '' && match(c.shortName, text))) items.push(c)
    cursor = page.nextCursor
  } while (cursor && read < limit)
  return { items, capped: cursor !== null }
}

export interface SearchPage {
  items: Customer[]
  nextCursor: string | null
  /** Matches in all (when the answer tells; a pinyin search always does). */
  total: number | null
  /** A pinyin search stopped at the scan limit. */
  capped: boolean
}

/** One page of a phone list for the typed `text`: by pinyin over the list (one page holding all
 *  matches) when it is Latin letters, else the server's `q` page at `cursor`. */
export async function searchPage(query: CustomerListQuery, text: string, cursor: string | null, pageSize: number): Promise<SearchPage> {
  if (isPinyinQuery(text)) {
    const found = await pinyinSearch(query, text)
    return { items: found.items, nextCursor: null, total: found.items.length, capped: found.capped }
  }
  const page = await listCustomers({ ...query, q: text || undefined, limit: pageSize, cursor })
  return { items: page.items, nextCursor: page.nextCursor, total: page.total ?? null, capped: false }
}

/** Runs `run` once the user pauses typing in `q`; `now()` runs it at once (the search key, ✕). */
export function useTypeToSearch(q: Ref<string>, run: () => unknown, delayMs = TYPE_DEBOUNCE_MS) {
  let timer: ReturnType<typeof setTimeout> | null = null
  const clear = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }
  watch(q, () => {
    clear()
    timer = setTimeout(() => {
      timer = null
      void run()
    }, delayMs)
  })
  if (getCurrentScope()) onScopeDispose(clear)
  return {
    now() {
      clear()
      void run()
    },
  }
}
