import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useDebouncedSearch } from './useDebouncedSearch'

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useDebouncedSearch', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('asks once after the user pauses, and is loading from the first key', async () => {
    const fetch = vi.fn(async (q: string) => [q])
    const s = useDebouncedSearch(fetch, 250)
    s.search('马')
    s.search('马超')
    expect(s.loading.value).toBe(true)
    expect(s.answered.value).toBe(false)
    await vi.advanceTimersByTimeAsync(249)
    expect(fetch).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(fetch).toHaveBeenCalledWith('马超')
    expect(s.results.value).toEqual(['马超'])
    expect(s.loading.value).toBe(false)
    expect(s.answered.value).toBe(true)
  })

  it('drops an older answer that arrives after a newer query', async () => {
    const slow = deferred<string[]>()
    const fetch = vi.fn((q: string) => (q === 'old' ? slow.promise : Promise.resolve(['new'])))
    const s = useDebouncedSearch(fetch, 0)
    s.search('old')
    s.search('new')
    await vi.runAllTimersAsync()
    expect(s.results.value).toEqual(['new'])
    slow.resolve(['old'])
    await vi.runAllTimersAsync()
    expect(s.results.value).toEqual(['new'])
    expect(s.loading.value).toBe(false)
  })

  it('answers an empty list when the request fails', async () => {
    const s = useDebouncedSearch(() => Promise.reject(new Error('403')), 0)
    s.search('x', true)
    await vi.runAllTimersAsync()
    expect(s.results.value).toEqual([])
    expect(s.answered.value).toBe(true)
    expect(s.loading.value).toBe(false)
  })

  it('reset cancels the pending search', async () => {
    const fetch = vi.fn(async () => ['a'])
    const s = useDebouncedSearch(fetch, 100)
    s.search('a')
    s.reset()
    await vi.advanceTimersByTimeAsync(200)
    expect(fetch).not.toHaveBeenCalled()
    expect(s.loading.value).toBe(false)
    expect(s.results.value).toEqual([])
  })
})
