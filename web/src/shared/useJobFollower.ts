// Following a background job (an import, an export) until it ends: its state is polled every
// `everyMs` from the job as it started. `take` accepts states from elsewhere too (an event stream,
// the answer to a cancel). Stops at the end, on `stop`, and with the calling component.
import { getCurrentScope, onScopeDispose, ref, type Ref } from 'vue'
import { useRepeat } from './useRepeat'

export type JobStatus = 'queued' | 'running' | 'done' | 'cancelled' | 'failed'

interface Job {
  id: string
  status: JobStatus
}

export function isFinished(job: Job | null | undefined): boolean {
  return !!job && (job.status === 'done' || job.status === 'cancelled' || job.status === 'failed')
}

/** The share of `total` that `done` is, 0–100 (0 for an empty total). */
export function shareDone(done: number, total: number): number {
  if (total <= 0) return 0
  return Math.min(100, Math.floor((done / total) * 100))
}

export interface JobFollowerOptions<J> {
  get: (id: string) => Promise<J>
  everyMs: number
  onFinished?: (job: J) => void
  /** Called whenever following stops (to close what the caller opened alongside). */
  onStop?: () => void
}

export function useJobFollower<J extends Job>(options: JobFollowerOptions<J>) {
  const job = ref<J | null>(null) as Ref<J | null>
  /** The job polled; null once stopped, so that an answer arriving late is dropped. */
  let following: string | null = null

  const repeat = useRepeat(async () => {
    const id = following
    if (!id) return
    const next = await options.get(id)
    if (following === id) take(next)
  }, options.everyMs)

  function stop() {
    following = null
    repeat.stop()
    options.onStop?.()
  }

  function take(next: J) {
    job.value = next
    if (isFinished(next)) {
      stop()
      options.onFinished?.(next)
    }
  }

  function poll(id: string) {
    following = id
    repeat.start()
  }

  /** Shows `start` and polls it until it ends. */
  function follow(start: J) {
    stop()
    take(start)
    if (!isFinished(start)) poll(start.id)
  }

  if (getCurrentScope()) onScopeDispose(stop)
  return { job, take, poll, follow, stop }
}
