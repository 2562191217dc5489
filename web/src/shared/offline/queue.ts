// The offline queue (issue 19 part 4): what a rep captured without signal — a follow-up (text,
// photos, voice), a check-in (the device's fix and its capture time), a new customer — waits here
// and is sent when the network is back, in the order it was captured, exactly once.
//
// Exactly once: each item gets its Idempotency-Key when it is created and every attempt sends
// that key, so a request that reached the server but whose answer was lost is answered again
// (the server replays its first answer) instead of being written twice. Files go up first
// (POST /attachments, each with a fresh key: an upload whose answer is lost only leaves an
// unattached upload behind); each attachment id is saved on the item as soon as it is known, so
// a retry sends the same body with the same key.
//
// What a failure means:
//  - no answer (network), 5xx, 408, 429, 401 (logged out): transient. The item stays pending and
//    the queue stops there, so later items never overtake it; the next flush (online event, app
//    start, periodic retry, a new item) tries again with the same key.
//  - any other 4xx: the server said no. The item is marked failed with the server's message and
//    the queue goes on with the next one. Retrying a failed item (the user's 重试) gives it a new
//    key: the server stored its refusal under the old key and would only replay it.
import { reactive, toRaw } from 'vue'
import { ApiError, newIdempotencyKey } from '@/api/client'
import type { QueueStore } from './store'

export type QueueKind = 'followUp' | 'checkIn' | 'customer'

export interface QueuedFile {
  name: string
  type: string
  blob: Blob
  /** Set once uploaded (POST /attachments answered). */
  attachmentId: string | null
}

export interface QueueItem {
  id: string
  /** Capture order: items are sent by ascending seq. */
  seq: number
  kind: QueueKind
  /** Sent as Idempotency-Key on every attempt of the item's own POST. */
  key: string
  /** The user who captured it: only their session sends it. */
  userId: string
  createdAt: string
  /** What the list shows (the customer's name, the text's beginning). */
  label: string
  status: 'pending' | 'failed'
  /** The server's message (failed) or the last transient error (pending). */
  error: string | null
  attempts: number
  /** The request body, without the attachment ids of `files` (added when sending). */
  payload: Record<string, unknown>
  files: QueuedFile[]
}

export type Uploader = (file: QueuedFile) => Promise<{ id: string }>
/** Sends the item's POST with its key; answers the created record. */
export type Sender = (item: QueueItem, attachmentIds: string[], key: string) => Promise<unknown>

export interface QueueDeps {
  store: QueueStore
  upload: Uploader
  send: Record<QueueKind, Sender>
  /** The signed-in user (null: nobody, nothing is sent). */
  userId: () => string | null
  /** Called with an item that was sent; background: not the one a form is waiting for. */
  onSent?: (item: QueueItem, result: unknown, background: boolean) => void
  /** Called when the server refused an item. */
  onFailed?: (item: QueueItem) => void
  now?: () => number
}

/** A failure worth trying again later with the same key (the request may not have arrived). */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true
  return error.status === 0 || error.status >= 500 || error.status === 408 || error.status === 429 || error.status === 401
}

export type SendOutcome = { status: 'sent'; result: unknown } | { status: 'pending' } | { status: 'failed'; error: ApiError }

/** The item without Vue's reactive proxies (on it, its payload or its files). */
function raw(item: QueueItem): QueueItem {
  const i = toRaw(item)
  return { ...i, payload: toRaw(i.payload), files: toRaw(i.files).map((f) => ({ ...toRaw(f) })) }
}

export function createOfflineQueue(deps: QueueDeps) {
  const now = deps.now ?? (() => Date.now())
  /** The items (all users'), by seq; kept in step with the store. */
  const state = reactive({ items: [] as QueueItem[], loaded: false, flushing: false })
  let lastSeq = 0
  let running: Promise<void> | null = null
  // What the last attempt at an item brought, for `submit` (read once, then forgotten).
  const outcomes = new Map<string, SendOutcome>()
  const awaited = new Set<string>()

  function sortItems() {
    state.items.sort((a, b) => a.seq - b.seq)
  }

  async function load(): Promise<void> {
    const items = await deps.store.all()
    state.items = items.sort((a, b) => a.seq - b.seq)
    lastSeq = Math.max(lastSeq, ...items.map((i) => i.seq), 0)
    state.loaded = true
  }

  async function save(item: QueueItem): Promise<void> {
    // IndexedDB cannot clone Vue's proxies: an item built from the reactive list is stored raw.
    await deps.store.put(raw(item))
    const at = state.items.findIndex((i) => i.id === item.id)
    if (at >= 0) state.items[at] = item
    else {
      state.items.push(item)
      sortItems()
    }
  }

  async function drop(id: string): Promise<void> {
    await deps.store.remove(id)
    state.items = state.items.filter((i) => i.id !== id)
  }

  /** Stores a new item (with its key) for the signed-in user. */
  async function add(kind: QueueKind, payload: Record<string, unknown>, files: Omit<QueuedFile, 'attachmentId'>[], label: string): Promise<QueueItem> {
    if (!state.loaded) await load()
    const userId = deps.userId()
    if (!userId) throw new Error('offline queue: nobody is signed in')
    const seq = Math.max(now(), lastSeq + 1)
    lastSeq = seq
    const item: QueueItem = {
      id: newIdempotencyKey(),
      seq,
      kind,
      key: newIdempotencyKey(),
      userId,
      createdAt: new Date(now()).toISOString(),
      label,
      status: 'pending',
      error: null,
      attempts: 0,
      payload,
      files: files.map((f) => ({ ...f, attachmentId: null })),
    }
    await save(item)
    return item
  }

  /** One attempt at one item: its files, then its POST with its key. */
  async function sendOne(item: QueueItem): Promise<SendOutcome> {
    const current: QueueItem = { ...item, files: item.files.map((f) => ({ ...f })), attempts: item.attempts + 1 }
    try {
      for (const file of current.files) {
        if (file.attachmentId) continue
        file.attachmentId = (await deps.upload(file)).id
        await save({ ...current, files: current.files.map((f) => ({ ...f })) })
      }
      const ids = current.files.map((f) => f.attachmentId!)
      const result = await deps.send[current.kind](current, ids, current.key)
      await drop(current.id)
      if (awaited.has(current.id)) outcomes.set(current.id, { status: 'sent', result })
      deps.onSent?.(current, result, !awaited.has(current.id))
      return { status: 'sent', result }
    } catch (error) {
      if (isTransient(error)) {
        await save({ ...current, status: 'pending', error: error instanceof Error ? error.message : String(error) })
        return { status: 'pending' }
      }
      const failed: QueueItem = { ...current, status: 'failed', error: (error as ApiError).message }
      await save(failed)
      if (awaited.has(current.id)) outcomes.set(current.id, { status: 'failed', error: error as ApiError })
      deps.onFailed?.(failed)
      return { status: 'failed', error: error as ApiError }
    }
  }

  async function run(): Promise<void> {
    if (!state.loaded) await load()
    const userId = deps.userId()
    if (!userId) return
    state.flushing = true
    try {
      for (const item of [...state.items]) {
        if (item.userId !== userId || item.status !== 'pending') continue
        if (!state.items.some((i) => i.id === item.id)) continue // discarded meanwhile
        const outcome = await sendOne(item)
        if (outcome.status === 'pending') break // keep the order: nothing overtakes it
      }
    } finally {
      state.flushing = false
    }
  }

  /** Sends the signed-in user's pending items in order; one flush at a time (a second call waits for it). */
  function flush(): Promise<void> {
    if (running) return running.then(() => (running ? running : flush()))
    running = run().finally(() => {
      running = null
    })
    return running
  }

  /**
   * Adds an item and tries to send it at once when `online` (and nothing of the user's is pending
   * before it). Answers what became of it: sent (with the server's answer), pending (kept), or
   * failed — then the item is dropped again and the error is the caller's to show, as when the
   * form is sent directly.
   */
  async function submit(kind: QueueKind, payload: Record<string, unknown>, files: Omit<QueuedFile, 'attachmentId'>[], label: string, online: boolean): Promise<SendOutcome> {
    const item = await add(kind, payload, files, label)
    if (!online) return { status: 'pending' }
    awaited.add(item.id)
    try {
      await flush()
    } finally {
      awaited.delete(item.id)
    }
    const outcome = outcomes.get(item.id)
    outcomes.delete(item.id)
    if (outcome?.status === 'failed') await drop(item.id)
    return outcome && outcome.status !== 'pending' ? outcome : { status: 'pending' }
  }

  /** The user's 重试 on a failed item: pending again, with a new key (see the top). */
  async function retry(id: string): Promise<void> {
    const item = state.items.find((i) => i.id === id)
    if (!item) return
    if (item.status === 'failed') await save({ ...item, status: 'pending', error: null, key: newIdempotencyKey() })
    await flush()
  }

  /** The user's 放弃 (after confirming): the item is gone. */
  async function discard(id: string): Promise<void> {
    await drop(id)
  }

  /** The signed-in user's items. */
  function mine(): QueueItem[] {
    const userId = deps.userId()
    return state.items.filter((i) => i.userId === userId)
  }

  return { state, load, add, flush, submit, retry, discard, mine }
}

export type OfflineQueue = ReturnType<typeof createOfflineQueue>
