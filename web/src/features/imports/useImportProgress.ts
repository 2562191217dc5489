// An import job's progress, live: the job's event stream (SSE, `progress` events carry the job)
// while it runs, with a poll every 2 s as a fallback when the stream fails. Stops at the end.
import { onBeforeUnmount, ref } from 'vue'
import { getImport, importEventsUrl, type ImportJob } from '@/api/imports'

export function isFinished(job: ImportJob | null): boolean {
  return !!job && (job.status === 'done' || job.status === 'cancelled' || job.status === 'failed')
}

/** The share of rows handled, 0–100. */
export function percentOf(job: ImportJob | null): number {
  if (!job || job.total === 0) return 0
  return Math.min(100, Math.floor((job.done / job.total) * 100))
}

export function useImportProgress(onFinished: (job: ImportJob) => void) {
  const job = ref<ImportJob | null>(null)
  let source: EventSource | null = null
  let timer: ReturnType<typeof setInterval> | null = null

  function stop() {
    source?.close()
    source = null
    if (timer) clearInterval(timer)
    timer = null
  }

  function take(next: ImportJob) {
    job.value = next
    if (isFinished(next)) {
      stop()
      onFinished(next)
    }
  }

  function poll(id: string) {
    if (timer) return
    timer = setInterval(() => {
      getImport(id)
        .then(take)
        .catch(() => undefined)
    }, 2000)
  }

  function follow(start: ImportJob) {
    stop()
    take(start)
    if (isFinished(start)) return
    if (typeof EventSource === 'undefined') return poll(start.id)
    source = new EventSource(importEventsUrl(start.id), { withCredentials: true })
    source.addEventListener('progress', (e) => take(JSON.parse((e as MessageEvent<string>).data) as ImportJob))
    source.onerror = () => {
      source?.close()
      source = null
      if (!isFinished(job.value)) poll(start.id)
    }
  }

  onBeforeUnmount(stop)
  return { job, follow, stop }
}
