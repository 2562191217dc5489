import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { isFinished, shareDone, useJobFollower, type JobStatus } from './useJobFollower'
import { useRepeat } from './useRepeat'

interface TestJob {
  id: string
  status: JobStatus
  done: number
}

const job = (status: JobStatus, done = 0, id = 'j1'): TestJob => ({ id, status, done })

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((res) => (resolve = res))
  return { promise, resolve }
}

describe('useRepeat', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('runs every interval, timed from the end of the previous run, until stopped', async () => {
    const slow = deferred<void>()
    const task = vi.fn().mockReturnValueOnce(slow.promise).mockResolvedValue(undefined)
    const r = useRepeat(task, 1000)
    r.start()
    r.start() // a second start does not start a second loop
    await vi.advanceTimersByTimeAsync(1000)
    expect(task).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(5000) // the first run has not answered: nothing more
    expect(task).toHaveBeenCalledTimes(1)
    slow.resolve()
    await vi.advanceTimersByTimeAsync(1000)
    expect(task).toHaveBeenCalledTimes(2)
    r.stop()
    await vi.advanceTimersByTimeAsync(5000)
    expect(task).toHaveBeenCalledTimes(2)
    expect(r.active()).toBe(false)
  })

  it('goes on after a failed run and stops with its scope', async () => {
    const task = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined)
    const scope = effectScope()
    scope.run(() => useRepeat(task, 500).start())
    await vi.advanceTimersByTimeAsync(1000)
    expect(task).toHaveBeenCalledTimes(2)
    scope.stop()
    await vi.advanceTimersByTimeAsync(5000)
    expect(task).toHaveBeenCalledTimes(2)
  })
})

describe('useJobFollower', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('polls a running job until it ends, then reports it once', async () => {
    const get = vi.fn().mockResolvedValueOnce(job('running', 200)).mockResolvedValueOnce(job('done', 450))
    const onFinished = vi.fn()
    const f = useJobFollower<TestJob>({ get, everyMs: 1000, onFinished })
    f.follow(job('queued'))
    expect(f.job.value?.status).toBe('queued')
    await vi.advanceTimersByTimeAsync(1000)
    expect(f.job.value?.done).toBe(200)
    await vi.advanceTimersByTimeAsync(1000)
    expect(f.job.value?.status).toBe('done')
    expect(onFinished).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(5000)
    expect(get).toHaveBeenCalledTimes(2)
  })

  it('does not poll a job that started finished', async () => {
    const get = vi.fn()
    const onFinished = vi.fn()
    useJobFollower<TestJob>({ get, everyMs: 1000, onFinished }).follow(job('failed'))
    await vi.advanceTimersByTimeAsync(3000)
    expect(get).not.toHaveBeenCalled()
    expect(onFinished).toHaveBeenCalledTimes(1)
  })

  it('drops an answer that arrives after stop', async () => {
    const late = deferred<TestJob>()
    const onFinished = vi.fn()
    const onStop = vi.fn()
    const f = useJobFollower<TestJob>({ get: () => late.promise, everyMs: 1000, onFinished, onStop })
    f.follow(job('running', 10))
    await vi.advanceTimersByTimeAsync(1000)
    f.stop()
    late.resolve(job('done', 99))
    await vi.advanceTimersByTimeAsync(0)
    expect(f.job.value?.status).toBe('running')
    expect(onFinished).not.toHaveBeenCalled()
    expect(onStop).toHaveBeenCalled()
  })
})

describe('job helpers', () => {
  it('knows the finished statuses', () => {
    expect(['queued', 'running', 'done', 'cancelled', 'failed'].map((s) => isFinished(job(s as JobStatus)))).toEqual([false, false, true, true, true])
    expect(isFinished(null)).toBe(false)
  })

  it('computes the share done, floored and capped', () => {
    expect(shareDone(0, 0)).toBe(0)
    expect(shareDone(1, 3)).toBe(33)
    expect(shareDone(5, 4)).toBe(100)
  })
})
