import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { createOfflineQueue, isTransient, type QueueDeps, type QueueItem, type QueueKind } from './queue'
import { memoryStore } from './store'

interface Call {
  kind: QueueKind | 'upload'
  key: string | null
  label: string
  attachmentIds: string[]
}

// A fake server: records every request; `answers` decides each one in turn (ok, a network failure,
// an answer lost after the write, or a refusal).
type Answer = 'ok' | 'network' | 'lost' | { status: number; message: string }

function harness(answers: Answer[] = [], initial: QueueItem[] = []) {
  const store = memoryStore(initial)
  const calls: Call[] = []
  const written: Call[] = []
  let clock = 1_000_000
  let nextAttachment = 1
  const decide = (call: Call) => {
    calls.push(call)
    const answer = answers.shift() ?? 'ok'
    if (answer === 'network') throw new ApiError(0, 'network', 'Network error')
    if (typeof answer === 'object') throw new ApiError(answer.status, 'refused', answer.message)
    // The server's idempotency: a key it has seen answers the first result, nothing is written.
    const replay = call.key ? written.find((w) => w.key === call.key) : undefined
    if (!replay) written.push(call)
    if (answer === 'lost') throw new ApiError(0, 'network', 'Network error')
    return { id: `${call.kind}-${written.indexOf(replay ?? call)}` }
  }
  const deps: QueueDeps = {
    store,
    userId: () => 'u1',
    now: () => clock++,
    upload: async (file) => {
      calls.push({ kind: 'upload', key: null, label: file.name, attachmentIds: [] })
      const answer = answers.shift() ?? 'ok'
      if (answer === 'network') throw new ApiError(0, 'network', 'Network error')
      return { id: `att${nextAttachment++}` }
    },
    send: {
      followUp: async (item, ids, key) => decide({ kind: 'followUp', key, label: item.label, attachmentIds: ids }),
      checkIn: async (item, ids, key) => decide({ kind: 'checkIn', key, label: item.label, attachmentIds: ids }),
      customer: async (item, ids, key) => decide({ kind: 'customer', key, label: item.label, attachmentIds: ids }),
    },
  }
  const queue = createOfflineQueue(deps)
  return { queue, store, calls, written, answers }
}

const blob = (text: string) => new Blob([text], { type: 'image/jpeg' })

describe('offline queue', () => {
  it('keeps items captured offline and sends them in capture order when flushed', async () => {
    const h = harness()
    await h.queue.submit('followUp', { text: 'a' }, [], 'first', false)
    await h.queue.submit('checkIn', { lat: 1 }, [], 'second', false)
    await h.queue.submit('customer', { name: 'c' }, [], 'third', false)
    expect(h.calls).toEqual([])
    expect(h.store.items.size).toBe(3)
    await h.queue.flush()
    expect(h.written.map((c) => [c.kind, c.label])).toEqual([
      ['followUp', 'first'],
      ['checkIn', 'second'],
      ['customer', 'third'],
    ])
    expect(h.store.items.size).toBe(0)
    expect(h.queue.state.items).toEqual([])
  })

  it('a network failure keeps the item and stops there (nothing overtakes it); the retry sends the same key', async () => {
    const h = harness(['network'])
    const a = await h.queue.add('followUp', { text: 'a' }, [], 'a')
    await h.queue.add('followUp', { text: 'b' }, [], 'b')
    await h.queue.flush()
    expect(h.calls.map((c) => c.label)).toEqual(['a'])
    expect(h.written).toEqual([])
    const kept = [...h.store.items.values()].sort((x, y) => x.seq - y.seq)
    expect(kept.map((i) => [i.label, i.status, i.attempts])).toEqual([
      ['a', 'pending', 1],
      ['b', 'pending', 0],
    ])
    await h.queue.flush()
    expect(h.calls.map((c) => [c.label, c.key])).toEqual([
      ['a', a.key],
      ['a', a.key],
      ['b', h.calls[2].key],
    ])
    expect(h.written.map((c) => c.label)).toEqual(['a', 'b'])
  })

  it('an answer lost after the write is replayed with the same key: written exactly once', async () => {
    const h = harness(['lost'])
    const item = await h.queue.add('checkIn', { lat: 1 }, [], 'visit')
    await h.queue.flush()
    expect(h.written).toHaveLength(1)
    expect(h.store.items.size).toBe(1) // the client did not hear back: still pending
    await h.queue.flush()
    expect(h.calls.map((c) => c.key)).toEqual([item.key, item.key])
    expect(h.written).toHaveLength(1)
    expect(h.store.items.size).toBe(0)
  })

  it('a 4xx marks the item failed with the message and the queue goes on; 重试 sends it again with a new key', async () => {
    const h = harness([{ status: 409, message: '客户已存在' }])
    const first = await h.queue.add('customer', { name: 'dup' }, [], 'dup')
    await h.queue.add('followUp', { text: 'next' }, [], 'next')
    await h.queue.flush()
    expect(h.written.map((c) => c.label)).toEqual(['next'])
    const failed = h.store.items.get(first.id)!
    expect(failed.status).toBe('failed')
    expect(failed.error).toBe('客户已存在')
    // A failed item is not sent by the next flush...
    await h.queue.flush()
    expect(h.calls).toHaveLength(2)
    // ...only by the user's retry, under a new key (the old one holds the refusal).
    await h.queue.retry(first.id)
    expect(h.calls).toHaveLength(3)
    expect(h.calls[2].key).not.toBe(first.key)
    expect(h.written.map((c) => c.label)).toEqual(['next', 'dup'])
    expect(h.store.items.size).toBe(0)
  })

  it('5xx, 401, 408 and 429 are transient; other 4xx are refusals', () => {
    expect([0, 401, 408, 429, 500, 503].map((s) => isTransient(new ApiError(s, 'x', 'x')))).toEqual([true, true, true, true, true, true])
    expect([400, 403, 404, 409, 422].map((s) => isTransient(new ApiError(s, 'x', 'x')))).toEqual([false, false, false, false, false])
  })

  it('uploads the files first, keeps each attachment id, and does not upload again on the retry', async () => {
    // photo 1 uploads, photo 2 fails (network), then the retry: photo 2, then the follow-up.
    const h = harness(['ok', 'network'])
    const item = await h.queue.add('followUp', { text: 'with photos' }, [
      { name: 'p1.jpg', type: 'image/jpeg', blob: blob('1') },
      { name: 'p2.jpg', type: 'image/jpeg', blob: blob('2') },
    ], 'photos')
    await h.queue.flush()
    const kept = h.store.items.get(item.id)!
    expect(kept.files.map((f) => f.attachmentId)).toEqual(['att1', null])
    expect(kept.files[0].blob).toBeInstanceOf(Blob)
    await h.queue.flush()
    expect(h.calls.map((c) => (c.kind === 'upload' ? c.label : c.kind))).toEqual(['p1.jpg', 'p2.jpg', 'p2.jpg', 'followUp'])
    expect(h.written[0].attachmentIds).toEqual(['att1', 'att2'])
    expect(h.written[0].key).toBe(item.key)
  })

  it('submit online sends at once; a refusal is the caller\'s to show and nothing is kept', async () => {
    const h = harness(['ok', { status: 403, message: 'no' }])
    const ok = await h.queue.submit('followUp', { text: 'x' }, [], 'x', true)
    expect(ok).toEqual({ status: 'sent', result: { id: 'followUp-0' } })
    const refused = await h.queue.submit('followUp', { text: 'y' }, [], 'y', true)
    expect(refused.status).toBe('failed')
    expect(refused.status === 'failed' && refused.error.status).toBe(403)
    expect(h.store.items.size).toBe(0)
  })

  it('submit online behind a pending item waits its turn (order kept)', async () => {
    const h = harness(['network'])
    await h.queue.submit('checkIn', { lat: 1 }, [], 'offline one', false)
    const second = await h.queue.submit('followUp', { text: 'later' }, [], 'later', true)
    expect(second).toEqual({ status: 'pending' })
    expect(h.written).toEqual([])
    expect(h.calls.map((c) => c.label)).toEqual(['offline one'])
  })

  it('a new queue on the same store (a reload) finds the items, with their keys, and sends only the signed-in user\'s', async () => {
    const h = harness()
    await h.queue.add('followUp', { text: 'mine' }, [], 'mine')
    const stored = [...h.store.items.values()]
    const other: QueueItem = { ...stored[0], id: 'other', key: 'k-other', userId: 'u2', label: 'theirs', seq: stored[0].seq - 1 }
    const reloaded = harness([], [...stored, other])
    await reloaded.queue.load()
    expect(reloaded.queue.mine().map((i) => i.label)).toEqual(['mine'])
    await reloaded.queue.flush()
    expect(reloaded.written.map((c) => [c.label, c.key])).toEqual([['mine', stored[0].key]])
    expect([...reloaded.store.items.keys()]).toEqual(['other'])
  })

  it('discard removes an item for good', async () => {
    const h = harness()
    const item = await h.queue.add('customer', { name: 'x' }, [], 'x')
    await h.queue.discard(item.id)
    await h.queue.flush()
    expect(h.calls).toEqual([])
    expect(h.store.items.size).toBe(0)
  })

  it('two flushes at once send each item once', async () => {
    const h = harness()
    await h.queue.add('followUp', { text: 'a' }, [], 'a')
    await h.queue.add('followUp', { text: 'b' }, [], 'b')
    await Promise.all([h.queue.flush(), h.queue.flush(), h.queue.flush()])
    expect(h.calls.map((c) => c.label)).toEqual(['a', 'b'])
  })
})
