// The 审批 badge: how many approvals wait on the signed-in user (GET /approvals/counts), shared by
// the desktop menu and the phone's tab bar, "me" page and home entries. Asked when a user signs in,
// again whenever a live notification about approvals arrives (approval.pending: a step became
// mine; approval.decided: one I applied for ended) and after the user acts on one.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { getApprovalCounts } from '@/api/approvals'
import type { AppNotification } from '@/api/notifications'
import { useNotificationStore } from '@/features/notifications/notification-store'

/** Notification types after which the inbox count may have changed. */
export const COUNT_EVENTS: readonly string[] = ['approval.pending', 'approval.decided']

export function changesApprovalCount(n: Pick<AppNotification, 'type'>): boolean {
  return COUNT_EVENTS.includes(n.type)
}

export const useApprovalCountStore = defineStore('approvalCounts', () => {
  const pending = ref(0)
  let unsubscribe: (() => void) | null = null
  let generation = 0

  async function refresh(): Promise<void> {
    const mine = ++generation
    try {
      const counts = await getApprovalCounts()
      if (mine === generation) pending.value = Math.max(0, Number(counts.pending) || 0)
    } catch {
      // Silent: a background request must not toast (and the endpoint may be missing on old servers).
    }
  }

  /** After sign-in: count now, and again on every live approval notification. */
  function start(): void {
    stop()
    unsubscribe = useNotificationStore().onNotification((n) => {
      if (changesApprovalCount(n)) void refresh()
    })
    void refresh()
  }

  function stop(): void {
    unsubscribe?.()
    unsubscribe = null
    generation++
    pending.value = 0
  }

  return { pending, refresh, start, stop }
})
