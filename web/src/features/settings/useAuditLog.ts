// The audit log as a growing list (加载更多 on the desktop, endless scrolling on the phone) on top
// of useEndlessList; a refusal (403: no org.view, or a data scope short of the whole company) is
// kept as the server's message for the page's empty state instead of a toast.
import { computed, ref, watch } from 'vue'
import { ApiError, reportError } from '@/api/client'
import { listAuditLog, type AuditEntry, type AuditFilters } from '@/api/audit'
import type { ListResponse } from '@/api/types'
import { useSessionStore } from '@/features/auth/session-store'
import { useRouteFilters } from '@/features/reports/useRouteFilters'
import { useEndlessList } from '@/shared/useEndlessList'
import { auditFiltersFromQuery, auditFiltersToApi, auditFiltersToQuery } from './audit-log'

export function useAuditLog(filters: () => AuditFilters, pageSize = 50) {
  /** The server's message when it refused the list (403), else null. */
  const forbidden = ref<string | null>(null)

  async function fetchPage(query: AuditFilters & { limit: number; cursor: string | null }): Promise<ListResponse<AuditEntry>> {
    const { limit, cursor, ...rest } = query
    try {
      const page = await listAuditLog(rest, cursor, limit, true)
      forbidden.value = null
      return page
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) {
        forbidden.value = error.message || error.code
        return { items: [], nextCursor: null }
      }
      if (error instanceof ApiError) reportError(error)
      throw error
    }
  }

  return { ...useEndlessList<AuditEntry, AuditFilters>(fetchPage, filters, pageSize), forbidden }
}

/**
 * The audit log page's state, desktop and phone alike: the filters in the URL, the company's time
 * zone (periods are its local days), the API's filters and the list, restarted when they change.
 * `loadNow`: the desktop loads at once; the phone's van-list asks for the first page itself.
 */
export function useRoutedAuditLog(pageSize: number, loadNow: boolean) {
  const session = useSessionStore()
  const tz = computed(() => session.tenant?.timeZone ?? 'Asia/Shanghai')
  const { filters, update } = useRouteFilters(auditFiltersFromQuery, auditFiltersToQuery)
  const apiFilters = computed(() => auditFiltersToApi(filters.value, tz.value))
  const list = useAuditLog(() => apiFilters.value, pageSize)
  watch(apiFilters, () => void list.restart(), { immediate: loadNow, deep: true })
  return { tz, filters, update, apiFilters, list }
}
