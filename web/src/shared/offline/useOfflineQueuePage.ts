// What both 待发送 pages (desktop table, phone cards) need: the user's items, the company's time
// zone, whether the browser is online, and 放弃 after confirming.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useSessionStore } from '@/features/auth/session-store'
import { confirmAction } from '@/shared/confirm'
import { connectivity } from '@/shared/pwa/connectivity'
import { useOfflineItems, type QueueItem } from './index'

export function useOfflineQueuePage() {
  const { t } = useI18n()
  const session = useSessionStore()
  const q = useOfflineItems()
  async function discard(item: QueueItem) {
    if (await confirmAction(t('offline.discardConfirm'), t('offline.discard'))) await q.discard(item.id)
  }
  return { t, q, tz: computed(() => session.tenant?.timeZone), online: connectivity.online, discard }
}
