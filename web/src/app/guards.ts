// Navigation guards: a session is needed everywhere but /login and /setup; pages name the
// permissions they need in route meta, and the menu is built from the same permissions.
// While the database holds no company, whoever is not signed in gets /setup instead of /login;
// afterwards /setup leads to /login.
import type { RouteLocationNormalized, Router } from 'vue-router'
import { useSessionStore } from '@/features/auth/session-store'
import { setupNeeded } from '@/features/setup/setup-status'
import { hasAll } from './menu'
import { isPreloadable } from '@/shared/responsive'
import { i18n } from '@/locales'
import { loadAppLayout } from './layouts/layouts'

export function installGuards(router: Router): void {
  router.beforeEach(async (to) => {
    // The session is asked first: over HTTP/1.1's six connections, a request sent after the
    // page's code waited behind a score of chunks on a slow network.
    const session = useSessionStore()
    const sessionChecked = session.ensureLoaded()
    // On a first visit to /login, whether /setup is due is asked alongside the session (one
    // round trip instead of two on a slow network).
    if (to.name === 'login' && !session.checked) void setupNeeded()
    // The page's code (the variant this viewport shows) and the signed-in layout's come while the
    // session is checked, not one after another (the router itself fetches a route's code only
    // once the guards are done).
    for (const record of to.matched) {
      const page = record.components?.default
      if (isPreloadable(page)) void page.preload().catch(() => undefined)
      else if (page === loadAppLayout) void loadAppLayout().catch(() => undefined)
    }
    const loggedIn = await sessionChecked
    if (to.name === 'setup') {
      if (loggedIn) return { name: 'home' }
      return (await setupNeeded()) ? true : { name: 'login' }
    }
    if (to.meta.public) {
      if (to.name === 'login' && loggedIn) return { name: 'home' }
      if (to.name === 'login' && (await setupNeeded())) return { name: 'setup' }
      return true
    }
    if (!loggedIn) {
      if (await setupNeeded()) return { name: 'setup' }
      return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} }
    }
    if (!hasAll(session.permissions, to.meta.requires)) return { name: 'forbidden' }
    return true
  })

  router.afterEach(updateDocumentTitle)
}

/** The tab's title: the page's and the app's name (again once the language table is loaded). */
export function updateDocumentTitle(to: RouteLocationNormalized): void {
  const title = to.meta.titleKey ? i18n.global.t(to.meta.titleKey) : ''
  const app = i18n.global.t('app.name')
  document.title = title ? `${title} · ${app}` : app
}
