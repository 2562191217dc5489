// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import type { Customer, CustomerListQuery } from '@/api/customers'
import { pinyinSearch, useTypeToSearch } from './customer-search'

const customer = (id: number, name: string, shortName = ''): Customer => ({ id: String(id), name, shortName }) as Customer

// A list of `names` served in pages of the asked limit, recording each request.
function server(names: string[]) {
  const asked: CustomerListQuery[] = []
  const all = names.map((n, i) => customer(i + 1, n))
  const fetchPage = async (q: CustomerListQuery) => {
    asked.push(q)
    const from = q.cursor ? Number(q.cursor) : 0
    const to = from + (q.limit ?? 20)
    return { items: all.slice(from, to), nextCursor: to < all.length ? String(to) : null }
  }
  return { asked, fetchPage }
}

describe('pinyinSearch', () => {
  it('reads the list page by page without q and keeps the pinyin matches in order', async () => {
    const names = ['重庆渝发贸易', '北京长安', '重量科技', '重庆火锅', ...Array.from({ length: 400 }, (_, i) => `上海${i}号公司`), '招商银行重庆分行']
    const s = server(names)
    const r = await pinyinSearch({ mine: true, q: 'ignored' }, 'cq', s.fetchPage)
    expect(r.items.map((c) => c.name)).toEqual(['重庆渝发贸易', '重庆火锅', '招商银行重庆分行'])
    expect(r.capped).toBe(false)
    expect(s.asked.length).toBe(3) // 405 names in pages of 200
    expect(s.asked.every((q) => q.mine === true && q.q === undefined)).toBe(true)
  })

  it('matches the short name too, and stops at the scan limit saying so', async () => {
    const s = server(['甲', '乙', '丙', '丁'])
    const withShort = async (q: CustomerListQuery) => {
      const page = await s.fetchPage(q)
      return { ...page, items: page.items.map((c) => (c.name === '丙' ? { ...c, shortName: '招行' } : c)) }
    }
    expect((await pinyinSearch({}, 'zh', withShort)).items.map((c) => c.name)).toEqual(['丙'])
    const capped = await pinyinSearch({}, 'ding', s.fetchPage, 3)
    expect(capped).toEqual({ items: [], capped: true }) // 丁 is the 4th, past the limit
  })
})

describe('useTypeToSearch', () => {
  it('runs once after the pause in typing, and at once on now()', async () => {
    vi.useFakeTimers()
    const q = ref('')
    const run = vi.fn()
    const scope = effectScope()
    const search = scope.run(() => useTypeToSearch(q, run, 300))!
    for (const text of ['z', 'zs', 'zsy', 'zsyh']) {
      q.value = text
      await nextTick()
      vi.advanceTimersByTime(100)
    }
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(200)
    expect(run).toHaveBeenCalledTimes(1)
    q.value = 'zsyhx'
    await nextTick()
    search.now()
    vi.advanceTimersByTime(1000)
    expect(run).toHaveBeenCalledTimes(2) // the pending one was replaced, not added
    scope.stop()
    vi.useRealTimers()
  })
})
