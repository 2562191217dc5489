// Navigation guards: a session is needed everywhere but /login and /setup; pages name the
// permissions they need in route meta, and the menu is built from the same permissions.
// While the database holds no company, whoever is not signed in gets /setup instead of /login;
// afterwards /setup leads to /login.
import type { Router } from 'vue-router'
import { useSessionStore } from '@/features/auth/session-store'
import { setupNeeded } from '@/features/setup/setup-status'
import { hasAll } from './menu'
import { i18n } from '@/locales'

export function installGuards(router: Router): void {
  router.beforeEach(async (to) => {
    const session = useSessionStore()
    const loggedIn = await session.ensureLoaded()
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

  router.afterEach((to) => {
    const title = to.meta.titleKey ? i18n.global.t(to.meta.titleKey) : ''
    const app = i18n.global.t('app.name')
    document.title = title ? `${title} · ${app}` : app
  })
}
