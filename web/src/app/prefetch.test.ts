import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { installPrefetch, NEXT_ROUTES } from './prefetch'
import { routes } from './router'

const Page = defineComponent({ render: () => h('div') })

function setup(options: { signedIn?: boolean; phone?: boolean } = {}) {
  const loaders = {
    myCustomers: vi.fn(async () => ({ default: Page })),
    customerDetail: vi.fn(async () => ({ default: Page })),
  }
  const records: RouteRecordRaw[] = [
    { path: '/', name: 'home', component: Page },
    { path: '/customers/mine', name: 'myCustomers', component: loaders.myCustomers },
    { path: '/customers/:id', name: 'customerDetail', component: loaders.customerDetail },
    { path: '/me', name: 'me', component: Page },
  ]
  const router = createRouter({ history: createMemoryHistory(), routes: records })
  const idle: Array<() => void> = []
  installPrefetch(router, () => options.signedIn ?? true, { idle: (work) => idle.push(work), phone: () => options.phone ?? true })
  const runIdle = () => idle.splice(0).forEach((work) => work())
  return { router, loaders, runIdle }
}

describe('prefetch of the next likely page', () => {
  it('fetches 我的客户 after home and the detail after the list, when idle', async () => {
    const { router, loaders, runIdle } = setup()
    await router.push('/')
    expect(loaders.myCustomers).not.toHaveBeenCalled() // not before the browser is idle
    runIdle()
    expect(loaders.myCustomers).toHaveBeenCalledTimes(1)
    expect(loaders.customerDetail).not.toHaveBeenCalled()

    await router.push('/customers/mine')
    runIdle()
    expect(loaders.customerDetail).toHaveBeenCalledTimes(1)
  })

  it('fetches nothing before sign-in, on a desktop, or after a page without a likely next one', async () => {
    for (const options of [{ signedIn: false }, { phone: false }]) {
      const { router, loaders, runIdle } = setup(options)
      await router.push('/')
      runIdle()
      expect(loaders.myCustomers).not.toHaveBeenCalled()
    }
    const { router, loaders, runIdle } = setup()
    await router.push('/me')
    runIdle()
    expect(loaders.myCustomers).not.toHaveBeenCalled()
    expect(loaders.customerDetail).not.toHaveBeenCalled()
  })

  it('names only routes that exist', () => {
    const names = new Set<string>()
    const collect = (list: RouteRecordRaw[]) =>
      list.forEach((r) => {
        if (r.name) names.add(String(r.name))
        if (r.children) collect(r.children)
      })
    collect(routes)
    for (const [from, next] of Object.entries(NEXT_ROUTES)) {
      expect(names, from).toContain(from)
      for (const name of next) expect(names, name).toContain(name)
    }
  })
})
