import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import {
  FALLBACK_POLL_MS,
  MAX_STREAM_ERRORS,
  STREAM_CLOSED,
  STREAM_RETRY_MS,
  notificationTarget,
  useNotificationStore,
  type StreamSource,
} from './notification-store'

/** A stand-in for EventSource that the test drives. */
class FakeStream implements StreamSource {
  static all: FakeStream[] = []
  readyState = 0
  onopen: ((event: Event) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  closed = false
  private listeners = new Map<string, ((event: MessageEvent) => void)[]>()

  constructor(readonly url: string) {
    FakeStream.all.push(this)
  }

  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }

  close() {
    this.closed = true
    this.readyState = STREAM_CLOSED
  }

  open() {
    this.readyState = 1
    this.onopen?.(new Event('open'))
  }

  fail(closed = false) {
    this.readyState = closed ? STREAM_CLOSED : 0
    this.onerror?.(new Event('error'))
  }

  emit(notification: Record<string, unknown>, id = String(notification.id)) {
    const event = new MessageEvent('notification', { data: JSON.stringify(notification), lastEventId: id })
    for (const l of this.listeners.get('notification') ?? []) l(event)
  }
}

const factory = (url: string) => new FakeStream(url)
const latest = () => FakeStream.all[FakeStream.all.length - 1]

function notification(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    type: 'feed.comment',
    title: `张伟 评论了你的跟进 ${id}`,
    body: '',
    objectType: 'customer',
    objectId: '77',
    createdAt: '2026-11-26T04:00:00Z',
    readAt: null,
    ...extra,
  }
}

function jsonResponse(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })
}

describe('notification store (live stream)', () => {
  const fetchMock = vi.fn()
  let unreadOnServer = 0

  beforeEach(() => {
    setActivePinia(createPinia())
    FakeStream.all = []
    unreadOnServer = 3
    fetchMock.mockReset()
    fetchMock.mockImplementation(async (url: string) => {
      if (url.includes('/notifications/unread-count')) return jsonResponse({ count: unreadOnServer })
      if (url.includes('/notifications?')) return jsonResponse({ items: [notification('5')], nextCursor: null })
      return new Response(null, { status: 204 })
    })
    vi.stubGlobal('fetch', fetchMock)
    vi.useFakeTimers()
  })

  afterEach(() => {
    useNotificationStore().stop()
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('connects to the stream and takes the unread count from the server', async () => {
    const store = useNotificationStore()
    store.start(factory)
    expect(latest().url).toBe('/api/v1/notifications/stream')
    latest().open()
    await vi.runOnlyPendingTimersAsync()
    expect(store.mode).toBe('live')
    expect(store.unread).toBe(3)
  })

  it('bumps the badge and prepends each new notification, without a reload', async () => {
    const store = useNotificationStore()
    store.start(factory)
    latest().open()
    await vi.runOnlyPendingTimersAsync()
    const calls = fetchMock.mock.calls.length

    latest().emit(notification('10'))
    latest().emit(notification('11'))
    expect(store.unread).toBe(5)
    expect(store.items.map((n) => n.id)).toEqual(['11', '10'])
    expect(store.lastEventId).toBe('11')
    // Nothing was fetched to show them.
    expect(fetchMock.mock.calls.length).toBe(calls)
  })

  it('ignores repeated, malformed and already-read events for the badge', () => {
    const store = useNotificationStore()
    store.start(factory)
    latest().open()
    store.unread = 0
    latest().emit(notification('10'))
    latest().emit(notification('10'))
    store.handleEvent({ data: 'not json', lastEventId: '' })
    store.handleEvent({ data: '{}', lastEventId: '' })
    latest().emit(notification('12', { readAt: '2026-11-26T04:01:00Z' }))
    expect(store.unread).toBe(1)
    expect(store.items.map((n) => n.id)).toEqual(['12', '10'])
  })

  it('tells listeners about new notifications', () => {
    const store = useNotificationStore()
    const seen: string[] = []
    const off = store.onNotification((n) => seen.push(n.id))
    store.start(factory)
    latest().emit(notification('20'))
    off()
    latest().emit(notification('21'))
    expect(seen).toEqual(['20'])
  })

  it('keeps live items on top when the list is loaded', async () => {
    const store = useNotificationStore()
    store.start(factory)
    latest().emit(notification('30'))
    await store.loadList()
    expect(store.items.map((n) => n.id)).toEqual(['30', '5'])
  })

  it('lets the browser reconnect on a transient error, resuming by id after a give-up', async () => {
    const store = useNotificationStore()
    store.start(factory)
    latest().open()
    latest().emit(notification('40'))
    // Transient: the browser retries itself (with Last-Event-ID); no new stream from us.
    latest().fail(false)
    expect(FakeStream.all).toHaveLength(1)
    expect(store.mode).toBe('connecting')
    // The browser gave up (readyState CLOSED): we reconnect, passing the last id.
    latest().fail(true)
    await vi.advanceTimersByTimeAsync(5000)
    expect(FakeStream.all).toHaveLength(2)
    expect(latest().url).toBe('/api/v1/notifications/stream?lastEventId=40')
    latest().open()
    expect(store.mode).toBe('live')
  })

  it('falls back to polling every 60 s after repeated errors, and tries the stream again later', async () => {
    const store = useNotificationStore()
    store.start(factory)
    const first = latest()
    for (let i = 0; i < MAX_STREAM_ERRORS; i++) first.fail(false)
    expect(store.mode).toBe('polling')
    expect(first.closed).toBe(true)
    await vi.advanceTimersByTimeAsync(0)
    const countCalls = () => fetchMock.mock.calls.filter(([u]) => String(u).includes('unread-count')).length
    const before = countCalls()
    unreadOnServer = 7
    await vi.advanceTimersByTimeAsync(FALLBACK_POLL_MS)
    expect(countCalls()).toBe(before + 1)
    expect(store.unread).toBe(7)
    await vi.advanceTimersByTimeAsync(FALLBACK_POLL_MS)
    expect(countCalls()).toBe(before + 2)

    // Later the stream is tried again; once it opens, polling stops.
    await vi.advanceTimersByTimeAsync(STREAM_RETRY_MS - 2 * FALLBACK_POLL_MS)
    expect(FakeStream.all.length).toBe(2)
    latest().open()
    expect(store.mode).toBe('live')
    const afterOpen = countCalls()
    await vi.advanceTimersByTimeAsync(3 * FALLBACK_POLL_MS)
    expect(countCalls()).toBe(afterOpen)
  })

  it('forgets everything on stop and ignores a closed stream', () => {
    const store = useNotificationStore()
    store.start(factory)
    const stream = latest()
    stream.emit(notification('50'))
    store.stop()
    expect(stream.closed).toBe(true)
    expect(store.unread).toBe(0)
    expect(store.items).toEqual([])
    expect(store.mode).toBe('idle')
  })

  it('marks read and all read', async () => {
    const store = useNotificationStore()
    store.start(factory)
    await vi.advanceTimersByTimeAsync(0)
    store.unread = 0
    latest().emit(notification('60'))
    latest().emit(notification('61'))
    await store.markRead(store.items[0])
    expect(store.unread).toBe(1)
    expect(store.items[0].readAt).not.toBeNull()
    await store.markAllRead()
    expect(store.unread).toBe(0)
    expect(store.items.every((n) => n.readAt)).toBe(true)
  })
})

describe('notificationTarget', () => {
  it('opens customers and the feed', () => {
    expect(notificationTarget({ objectType: 'customer', objectId: '9' })).toEqual({ name: 'customerDetail', params: { id: '9' } })
    expect(notificationTarget({ objectType: 'feed', objectId: '3' })).toEqual({ name: 'feed' })
    expect(notificationTarget({ objectType: '', objectId: null })).toBeNull()
    expect(notificationTarget({ objectType: 'lead', objectId: '5' })).toEqual({ name: 'leadDetail', params: { id: '5' } })
    expect(notificationTarget({ objectType: 'lead', objectId: null })).toEqual({ name: 'myLeads' })
  })

  it('opens the approval of an approval notice, by its object or its approvalId parameter', () => {
    expect(notificationTarget({ objectType: 'approval', objectId: '12' })).toEqual({ name: 'approvalDetail', params: { id: '12' } })
    expect(notificationTarget({ objectType: '', objectId: null, type: 'approval.decided', params: { approvalId: '13' } })).toEqual({
      name: 'approvalDetail',
      params: { id: '13' },
    })
    expect(notificationTarget({ objectType: '', objectId: null, type: 'approval.pending', params: {} })).toBeNull()
    expect(notificationTarget({ objectType: '', objectId: null, type: 'customer.assigned', params: { approvalId: '13' } })).toBeNull()
  })
})
