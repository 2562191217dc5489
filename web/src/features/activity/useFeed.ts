// The 动态 list with keyset paging for endless scrolling: newest first, more on demand, filters
// restart it. Stale answers (an older filter) are dropped.
import { listFeed, type FeedQuery } from '@/api/activity'
import { useEndlessList } from '@/shared/useEndlessList'

export function useFeed(query: () => Omit<FeedQuery, 'cursor' | 'limit'>, pageSize = 20) {
  return useEndlessList(listFeed, query, pageSize)
}
