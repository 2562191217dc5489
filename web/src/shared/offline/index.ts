// The app's offline queue (queue.ts) on IndexedDB, and one function per kind of capture for the
// pages: submitFollowUp, submitCheckIn, submitCustomer. Each sends at once when online and
// answers { sent: true, value }; offline, or when the request fails for a network reason, the
// capture is kept and sent later ({ sent: false }: the page says "saved offline, will send when
// online"). A refusal (4xx) is thrown as the ApiError, as a direct request would, and nothing is
// kept. startOfflineQueue() (main.ts) sends what is pending at start, when the browser comes
// back online, when a user signs in, and every 30 s.
import { computed, watch } from 'vue'
import { createCheckIn, type CheckIn, type CheckInInput } from '@/api/visits'
import { createCustomer, type CustomerCreateInput, type CustomerDetail } from '@/api/customers'
import { createFollowUp, uploadAttachment, type FollowUp, type FollowUpInput } from '@/api/activity'
import { reportError, type ApiError } from '@/api/client'
import { useSessionStore } from '@/features/auth/session-store'
import { i18n } from '@/locales'
import { notifyError, notifySuccess } from '@/shared/notify'
import { createOfflineQueue, type OfflineQueue, type QueueItem, type QueuedFile } from './queue'
import { indexedDbStore } from './store'

export type { QueueItem } from './queue'

const RETRY_MS = 30_000
const quiet = { silent: true, noAuthRedirect: true } as const

let queue: OfflineQueue | null = null

function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false
}

function ids(existing: string[] | undefined, uploaded: string[]): string[] | undefined {
  const all = [...(existing ?? []), ...uploaded]
  return all.length ? all : undefined
}

/** The app's queue (created on first use). */
export function offlineQueue(): OfflineQueue {
  if (queue) return queue
  const session = useSessionStore()
  const t = i18n.global.t
  queue = createOfflineQueue({
    store: indexedDbStore(),
    userId: () => session.user?.id ?? null,
    upload: (file) => uploadAttachment(file.blob, { fileName: file.name, ...quiet }).promise,
    send: {
      followUp: (item, uploaded, key) => {
        const p = item.payload as { customerId: string; body: FollowUpInput }
        return createFollowUp(p.customerId, { ...p.body, attachmentIds: ids(p.body.attachmentIds, uploaded) }, { ...quiet, idempotencyKey: key })
      },
      checkIn: (item, uploaded, key) => {
        const body = item.payload as unknown as CheckInInput
        return createCheckIn({ ...body, attachmentIds: ids(body.attachmentIds, uploaded) }, { ...quiet, idempotencyKey: key })
      },
      customer: (item, _uploaded, key) => createCustomer(item.payload as unknown as CustomerCreateInput, { ...quiet, idempotencyKey: key }),
    },
    onSent: (item, _result, background) => {
      if (background) notifySuccess(t('offline.sentOne', { label: item.label }))
    },
    onFailed: (item) => notifyError(t('offline.failedOne', { label: item.label, message: item.error ?? '' })),
  })
  return queue
}

let started = false

/** Starts sending what is pending: now, on the online event, on sign-in, and every 30 s. */
export function startOfflineQueue(): void {
  if (started || typeof window === 'undefined' || typeof indexedDB === 'undefined') return
  started = true
  const q = offlineQueue()
  const session = useSessionStore()
  const flush = () => {
    if (isOnline()) void q.flush().catch(() => {})
  }
  void q.load().then(flush, () => {})
  window.addEventListener('online', flush)
  window.setInterval(flush, RETRY_MS)
  watch(
    () => session.user?.id,
    (id) => id && flush(),
  )
}

/** The signed-in user's items waiting (pending) and refused (failed): for the 我的 badge and 待发送. */
export function useOfflineItems() {
  const q = offlineQueue()
  if (!q.state.loaded) void q.load().catch(() => {})
  const session = useSessionStore()
  const items = computed(() => q.state.items.filter((i) => i.userId === session.user?.id))
  return {
    items,
    pending: computed(() => items.value.filter((i) => i.status === 'pending').length),
    failed: computed(() => items.value.filter((i) => i.status === 'failed').length),
    flushing: computed(() => q.state.flushing),
    retry: (id: string) => q.retry(id),
    discard: (id: string) => q.discard(id),
    sendNow: () => q.flush(),
  }
}

export type Submitted<T> = { sent: true; value: T } | { sent: false; item?: QueueItem }

export interface NamedBlob {
  blob: Blob
  name: string
}

async function submit<T>(kind: QueueItem['kind'], payload: Record<string, unknown>, files: NamedBlob[], label: string, report: boolean): Promise<Submitted<T>> {
  const queued: Omit<QueuedFile, 'attachmentId'>[] = files.map((f) => ({ blob: f.blob, name: f.name, type: f.blob.type }))
  const outcome = await offlineQueue().submit(kind, payload, queued, label, isOnline())
  if (outcome.status === 'sent') return { sent: true, value: outcome.result as T }
  if (outcome.status === 'failed') {
    if (report) reportError(outcome.error)
    throw outcome.error as ApiError
  }
  return { sent: false }
}

/**
 * 写跟进 (a refusal is also shown as a toast, as the client shows it): the follow-up with the attachments already uploaded (body.attachmentIds) and the files
 * not yet uploaded (picked offline, or their upload failed for lack of network), which go up
 * before it.
 */
export function submitFollowUp(customerId: string, body: FollowUpInput, files: NamedBlob[] = [], label = ''): Promise<Submitted<FollowUp>> {
  return submit<FollowUp>('followUp', { customerId, body }, files, label || body.text.slice(0, 40), true)
}

/** 签到 (a refusal is the page's to show): body.capturedAt is the instant of the device's fix (set it when the position is read). */
export function submitCheckIn(body: CheckInInput, photo: NamedBlob | null = null, label = ''): Promise<Submitted<CheckIn>> {
  return submit<CheckIn>('checkIn', { ...body }, photo ? [photo] : [], label || body.purpose || '', false)
}

/** 新建客户 (phone form; a refusal is the form's to show). */
export function submitCustomer(body: CustomerCreateInput): Promise<Submitted<CustomerDetail>> {
  return submit<CustomerDetail>('customer', { ...body }, [], body.name, false)
}
