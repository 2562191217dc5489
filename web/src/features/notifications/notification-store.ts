// The bell's state, shared by the desktop header and the phone nav bar: the unread count and the
// latest notifications, kept live by the Server-Sent Events stream
// (GET /api/v1/notifications/stream). Each `notification` event bumps the badge and is prepended
// to the list without a reload. The browser reconnects by itself (sending Last-Event-ID, so the
// server replays what was missed); when the stream keeps failing — or the browser gives up, e.g.
// after a 401 or a proxy that does not stream — the store falls back to asking the unread count
// every 60 s and tries the stream again now and then.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import {
  getUnreadNotificationCount,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  notificationStreamUrl,
  type AppNotification,
} from '@/api/notifications'

/** The part of EventSource the store uses (a fake one in tests). */
export interface StreamSource {
  readonly readyState: number
  onopen: ((event: Event) => void) | null
  onerror: ((event: Event) => void) | null
  addEventListener(type: string, listener: (event: MessageEvent) => void): void
  close(): void
}

export type StreamFactory = (url: string) => StreamSource

export const STREAM_CLOSED = 2
/** Errors in a row (without a successful open in between) before falling back to polling. */
export const MAX_STREAM_ERRORS = 3
export const FALLBACK_POLL_MS = 60_000
/** While polling, how often to try the stream again. */
export const STREAM_RETRY_MS = 5 * 60_000
export const LIST_LIMIT = 20

export type StreamMode = 'idle' | 'connecting' | 'live' | 'polling'

const defaultFactory: StreamFactory = (url) => new EventSource(url, { withCredentials: true }) as unknown as StreamSource

export const useNotificationStore = defineStore('notifications', () => {
  const unread = ref(0)
  const items = ref<AppNotification[]>([])
  const loading = ref(false)
  const mode = ref<StreamMode>('idle')
  /** Id of the newest notification seen on the stream (sent back when resuming). */
  const lastEventId = ref<string | null>(null)

  let factory: StreamFactory = defaultFactory
  let source: StreamSource | null = null
  let errors = 0
  let pollTimer: ReturnType<typeof setInterval> | undefined
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  const seen = new Set<string>()
  const listeners = new Set<(n: AppNotification) => void>()

  async function refreshCount(): Promise<void> {
    try {
      unread.value = (await getUnreadNotificationCount()).count
    } catch {
      // Silent: a background request must not toast while offline.
    }
  }

  async function loadList(): Promise<void> {
    loading.value = true
    try {
      const page = await listNotifications({ limit: LIST_LIMIT })
      // Keep live items the list does not have yet (created between the two answers).
      const ids = new Set(page.items.map((n) => n.id))
      const newer = items.value.filter((n) => !ids.has(n.id) && seen.has(n.id))
      items.value = [...newer, ...page.items].slice(0, LIST_LIMIT)
      for (const n of page.items) seen.add(n.id)
    } catch {
      // keep what we have
    } finally {
      loading.value = false
    }
  }

  /** One `notification` event from the stream. Returns the notification when it was new. */
  function handleEvent(event: Pick<MessageEvent, 'data' | 'lastEventId'>): AppNotification | null {
    let n: AppNotification
    try {
      n = JSON.parse(String(event.data)) as AppNotification
    } catch {
      return null
    }
    if (!n || typeof n !== 'object' || !n.id) return null
    n.id = String(n.id)
    lastEventId.value = event.lastEventId || n.id
    if (seen.has(n.id)) return null
    seen.add(n.id)
    items.value = [n, ...items.value.filter((x) => x.id !== n.id)].slice(0, LIST_LIMIT)
    if (!n.readAt) unread.value += 1
    for (const listener of listeners) listener(n)
    return n
  }

  function onNotification(listener: (n: AppNotification) => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }

  function clearTimers() {
    clearInterval(pollTimer)
    clearTimeout(retryTimer)
    pollTimer = undefined
    retryTimer = undefined
  }

  function closeSource() {
    if (source) {
      source.onopen = null
      source.onerror = null
      source.close()
      source = null
    }
  }

  function startPolling() {
    closeSource()
    mode.value = 'polling'
    clearTimers()
    pollTimer = setInterval(() => void refreshCount(), FALLBACK_POLL_MS)
    retryTimer = setTimeout(() => {
      errors = 0
      connect()
    }, STREAM_RETRY_MS)
    void refreshCount()
  }

  function connect() {
    closeSource()
    mode.value = mode.value === 'polling' ? 'polling' : 'connecting'
    let s: StreamSource
    try {
      s = factory(notificationStreamUrl(lastEventId.value))
    } catch {
      startPolling()
      return
    }
    source = s
    s.addEventListener('notification', (event) => {
      if (source === s) handleEvent(event)
    })
    s.onopen = () => {
      if (source !== s) return
      errors = 0
      clearTimers()
      mode.value = 'live'
      // Anything that happened while we were not listening.
      void refreshCount()
    }
    s.onerror = () => {
      if (source !== s) return
      errors += 1
      if (errors >= MAX_STREAM_ERRORS) {
        startPolling()
      } else if (s.readyState === STREAM_CLOSED) {
        // The browser gave up (e.g. an error status): reconnect ourselves, resuming by id.
        closeSource()
        mode.value = 'connecting'
        clearTimeout(retryTimer)
        retryTimer = setTimeout(connect, 2000 * errors)
      } else {
        mode.value = 'connecting'
      }
    }
  }

  /** Starts listening (after sign-in). `streamFactory` replaces EventSource in tests. */
  function start(streamFactory?: StreamFactory) {
    if (streamFactory) factory = streamFactory
    if (mode.value !== 'idle') return
    errors = 0
    void refreshCount()
    if (typeof EventSource === 'undefined' && !streamFactory) startPolling()
    else connect()
  }

  /** Stops listening (sign-out) and forgets the user's notifications. */
  function stop() {
    closeSource()
    clearTimers()
    mode.value = 'idle'
    errors = 0
    unread.value = 0
    items.value = []
    lastEventId.value = null
    seen.clear()
  }

  async function markRead(item: AppNotification): Promise<void> {
    if (item.readAt) return
    await markNotificationRead(item.id)
    item.readAt = new Date().toISOString()
    unread.value = Math.max(0, unread.value - 1)
  }

  async function markAllRead(): Promise<void> {
    await markAllNotificationsRead()
    const now = new Date().toISOString()
    for (const item of items.value) item.readAt ??= now
    unread.value = 0
  }

  return {
    unread,
    items,
    loading,
    mode,
    lastEventId,
    start,
    stop,
    handleEvent,
    onNotification,
    refreshCount,
    loadList,
    markRead,
    markAllRead,
  }
})

/**
 * Where a notification leads in the app (a route location), or null: a customer opens the
 * customer; a lead opens the lead, and a lead notice without one (several pushed at once) opens
 * 我的线索; a feed item (a like) opens the feed; an approval notice (approval.pending, .decided,
 * .commented: its object, else its `approvalId` parameter) opens the approval.
 */
export function notificationTarget(
  n: Pick<AppNotification, 'objectType' | 'objectId'> & Partial<Pick<AppNotification, 'type' | 'params'>>,
): { name: string; params?: Record<string, string> } | null {
  if (n.objectType === 'customer' && n.objectId) return { name: 'customerDetail', params: { id: n.objectId } }
  if (n.objectType === 'lead') return n.objectId ? { name: 'leadDetail', params: { id: n.objectId } } : { name: 'myLeads' }
  if (n.objectType === 'feed') return { name: 'feed' }
  if (n.objectType === 'approval' && n.objectId) return { name: 'approvalDetail', params: { id: n.objectId } }
  if (n.type?.startsWith('approval.') && n.params?.approvalId) return { name: 'approvalDetail', params: { id: n.params.approvalId } }
  return null
}
