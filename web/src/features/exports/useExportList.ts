// The caller's exports (导出记录) for the desktop and phone pages: loaded on mount and read again
// every 2 s while any is queued or running; with the clock and zone their times are shown in.
import { computed, onMounted, ref } from 'vue'
import { listExports, type ExportJob } from '@/api/exports'
import { useSessionStore } from '@/features/auth/session-store'
import { useNow } from '@/shared/useNow'
import { useRepeat } from '@/shared/useRepeat'
import { isFinished } from './export-job'

export const REFRESH_MS = 2000

export function useExportList() {
  const session = useSessionStore()
  const now = useNow()
  const tz = computed(() => session.tenant?.timeZone)
  const jobs = ref<ExportJob[]>([])
  const loading = ref(true)
  const repeat = useRepeat(load, REFRESH_MS)

  async function load() {
    try {
      jobs.value = (await listExports()).items
    } finally {
      loading.value = false
    }
    if (jobs.value.some((j) => !isFinished(j))) repeat.start()
    else repeat.stop()
  }

  onMounted(() => void load())
  return { jobs, loading, load, now, tz }
}
