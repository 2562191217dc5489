// After a signed-in phone page has shown, the code of the page a rep most likely opens next is
// fetched when the browser is idle (home → 我的客户, a customer list → the customer's detail, the
// detail → 写跟进), so that the tap finds it on the device. Low priority: requestIdleCallback,
// one fetch of the viewport's variant only (responsive.ts), never before the user is signed in.
import type { RouteComponent, Router } from 'vue-router'
import { isPreloadable } from '@/shared/responsive'
import { isMobileWidth } from '@/shared/useIsMobile'

/** Route name → the routes whose code is fetched once it has shown. */
export const NEXT_ROUTES: Readonly<Record<string, readonly string[]>> = {
  home: ['myCustomers'],
  myCustomers: ['customerDetail'],
  customers: ['customerDetail'],
  pool: ['customerDetail'],
  customerDetail: ['followUpCreate'],
}

type Idle = (work: () => void) => void

/** Runs `work` when the browser is idle (at the latest after 4 s). */
export const whenIdle: Idle = (work) => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => work(), { timeout: 4000 })
  else window.setTimeout(work, 1500)
}

/** Fetches a route's page code: a responsive page's variant, or a lazy `() => import()` route. */
export function prefetchRoute(router: Router, name: string): Promise<unknown> {
  const component: RouteComponent | (() => Promise<unknown>) | undefined = router.getRoutes().find((r) => r.name === name)?.components?.default
  if (isPreloadable(component)) return component.preload()
  // A route's lazy loader is a plain function (components are objects here: SFCs, defineComponent).
  if (typeof component === 'function') return (component as () => Promise<unknown>)()
  return Promise.resolve()
}

export function installPrefetch(
  router: Router,
  signedIn: () => boolean,
  options: { idle?: Idle; phone?: () => boolean } = {},
): void {
  const idle = options.idle ?? whenIdle
  const phone = options.phone ?? (() => isMobileWidth(window.innerWidth))
  const done = new Set<string>()
  router.afterEach((to, _from, failure) => {
    if (failure || !phone() || !signedIn()) return
    const next = (NEXT_ROUTES[String(to.name)] ?? []).filter((name) => !done.has(name))
    if (!next.length) return
    idle(() => {
      for (const name of next) {
        done.add(name)
        prefetchRoute(router, name).catch(() => done.delete(name)) // offline: try again later
      }
    })
  })
}
