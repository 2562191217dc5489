import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useNotificationStore } from '@/features/notifications/notification-store'
import { changesApprovalCount, useApprovalCountStore } from './approval-count-store'

function jsonResponse(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })
}

function event(id: string, type: string) {
  return { data: JSON.stringify({ id, type, params: {}, title: '', body: '', objectType: 'approval', objectId: '1', createdAt: '2026-12-06T00:00:00Z', readAt: null }), lastEventId: id }
}

describe('the 审批 badge', () => {
  const fetchMock = vi.fn()
  let pendingOnServer = 0

  beforeEach(() => {
    setActivePinia(createPinia())
    pendingOnServer = 2
    fetchMock.mockReset()
    fetchMock.mockImplementation(async (url: string) => {
      if (url.includes('/approvals/counts')) return jsonResponse({ pending: pendingOnServer })
      return new Response(null, { status: 204 })
    })
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    useApprovalCountStore().stop()
    vi.unstubAllGlobals()
  })

  const countCalls = () => fetchMock.mock.calls.filter(([url]) => String(url).includes('/approvals/counts')).length

  it('is refreshed by approval.pending and approval.decided only', () => {
    expect(changesApprovalCount({ type: 'approval.pending' })).toBe(true)
    expect(changesApprovalCount({ type: 'approval.decided' })).toBe(true)
    expect(changesApprovalCount({ type: 'approval.commented' })).toBe(false)
    expect(changesApprovalCount({ type: 'customer.assigned' })).toBe(false)
  })

  it('asks the count at start and again when a live approval notification arrives', async () => {
    const counts = useApprovalCountStore()
    counts.start()
    await vi.waitFor(() => expect(counts.pending).toBe(2))
    expect(countCalls()).toBe(1)

    pendingOnServer = 3
    const notifications = useNotificationStore()
    notifications.handleEvent(event('50', 'feed.like'))
    expect(countCalls()).toBe(1)
    notifications.handleEvent(event('51', 'approval.pending'))
    await vi.waitFor(() => expect(counts.pending).toBe(3))
    expect(countCalls()).toBe(2)

    pendingOnServer = 0
    notifications.handleEvent(event('52', 'approval.decided'))
    await vi.waitFor(() => expect(counts.pending).toBe(0))
  })

  it('stops listening and forgets the count at sign-out', async () => {
    const counts = useApprovalCountStore()
    counts.start()
    await vi.waitFor(() => expect(counts.pending).toBe(2))
    counts.stop()
    expect(counts.pending).toBe(0)
    useNotificationStore().handleEvent(event('60', 'approval.pending'))
    expect(countCalls()).toBe(1)
  })

  it('keeps the badge when the server does not answer', async () => {
    const counts = useApprovalCountStore()
    counts.start()
    await vi.waitFor(() => expect(counts.pending).toBe(2))
    fetchMock.mockImplementation(async () => new Response('{}', { status: 500 }))
    await counts.refresh()
    expect(counts.pending).toBe(2)
  })
})
