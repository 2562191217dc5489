import { describe, expect, it, vi } from 'vitest'
import { useCursorPager } from './useCursorPager'

describe('useCursorPager', () => {
  it('walks forward with nextCursor and back with the remembered cursors', async () => {
    const fetchPage = vi.fn(async (cursor: string | null) => {
      const pages: Record<string, { items: number[]; nextCursor: string | null; total: number }> = {
        first: { items: [1, 2], nextCursor: 'c2', total: 5 },
        c2: { items: [3, 4], nextCursor: 'c3', total: 5 },
        c3: { items: [5], nextCursor: null, total: 5 },
      }
      return pages[cursor ?? 'first']
    })
    const pager = useCursorPager<number>(fetchPage, 2)
    await pager.reload()
    expect(pager.items.value).toEqual([1, 2])
    expect(pager.total.value).toBe(5)
    expect(pager.hasPrev.value).toBe(false)
    await pager.next()
    await pager.next()
    expect(pager.items.value).toEqual([5])
    expect(pager.page.value).toBe(3)
    expect(pager.hasNext.value).toBe(false)
    await pager.prev()
    expect(pager.items.value).toEqual([3, 4])
    expect(fetchPage).toHaveBeenLastCalledWith('c2', 2)
    await pager.reload()
    expect(pager.page.value).toBe(1)
  })

  it('ignores an answer that arrives after a newer request', async () => {
    let resolveSlow: (v: { items: string[]; nextCursor: null }) => void = () => {}
    const calls: number[] = []
    const fetchPage = vi.fn(() => {
      calls.push(calls.length)
      if (calls.length === 1) return new Promise<{ items: string[]; nextCursor: null }>((r) => (resolveSlow = r))
      return Promise.resolve({ items: ['new'], nextCursor: null })
    })
    const pager = useCursorPager<string>(fetchPage)
    const slow = pager.reload()
    await pager.reload()
    resolveSlow({ items: ['old'], nextCursor: null })
    await slow
    expect(pager.items.value).toEqual(['new'])
    expect(pager.loading.value).toBe(false)
  })
})
