// An import job's progress, live: the job's event stream (SSE, `progress` events carry the job)
// while it runs, with a poll every 2 s as a fallback when the stream fails. Stops at the end.
import { getImport, importEventsUrl, type ImportJob } from '@/api/imports'
import { isFinished, shareDone, useJobFollower } from '@/shared/useJobFollower'

export { isFinished }

/** The share of rows handled, 0–100. */
export function percentOf(job: ImportJob | null): number {
  return job ? shareDone(job.done, job.total) : 0
}

export function useImportProgress(onFinished: (job: ImportJob) => void) {
  let source: EventSource | null = null
  const closeSource = () => {
    source?.close()
    source = null
  }
  const jobs = useJobFollower<ImportJob>({ get: getImport, everyMs: 2000, onFinished, onStop: closeSource })

  function follow(start: ImportJob) {
    jobs.stop()
    jobs.take(start)
    if (isFinished(start)) return
    if (typeof EventSource === 'undefined') return jobs.poll(start.id)
    source = new EventSource(importEventsUrl(start.id), { withCredentials: true })
    source.addEventListener('progress', (e) => jobs.take(JSON.parse((e as MessageEvent<string>).data) as ImportJob))
    source.onerror = () => {
      closeSource()
      if (!isFinished(jobs.job.value)) jobs.poll(start.id)
    }
  }

  return { job: jobs.job, follow, stop: jobs.stop }
}
