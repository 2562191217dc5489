import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './app/router'
import { updateDocumentTitle } from './app/guards'
import { whenIdle } from './app/prefetch'
import { i18n, currentLocale, loadLocale } from './locales'
import { configureClient } from './api/client'
import { notifyError } from './shared/notify'
import { errorText } from './shared/error-text'
import { useSessionStore } from './features/auth/session-store'
import { clearNavigationError, followConnectivity, noteNavigationError } from './shared/pwa/connectivity'
import { followVantLocale } from './shared/vant-locale'
import './shared/global.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
app.use(router)

configureClient({
  language: currentLocale,
  networkErrorMessage: () => i18n.global.t('common.networkError'),
  showError: (error) => notifyError(errorText(error, currentLocale(), (key, named) => i18n.global.t(key, named ?? {}))),
  onUnauthorized: (error) => {
    const session = useSessionStore(pinia)
    const wasLoggedIn = session.loggedIn
    session.clear()
    const current = router.currentRoute.value
    if (current.name !== 'login') {
      if (wasLoggedIn) notifyError(error.message)
      void router.replace({ name: 'login', query: { redirect: current.fullPath } })
    }
  },
})

// A page whose code cannot be fetched (offline, not yet in the service worker's cache) shows the
// offline page instead of nothing (shared/pwa/OfflineNotice.vue).
followConnectivity()
router.onError((error, to) => {
  if (!noteNavigationError(error, to.fullPath)) console.error(error)
})
router.afterEach(() => clearNavigationError())

// A session taken from the device after a reload without signal (session-store.ts) is asked
// again of the server once the device is online.
window.addEventListener('online', () => void useSessionStore(pinia).confirm())

// Captures kept offline are sent when possible. The queue's code is fetched once a signed-in page
// has shown (when idle): its items are a signed-in user's, and the login form of a slow connection
// does not wait for it.
let offlineQueueStarted = false
router.afterEach(() => {
  if (offlineQueueStarted || !useSessionStore(pinia).loggedIn) return
  offlineQueueStarted = true
  whenIdle(() => void import('./shared/offline').then((m) => m.startOfflineQueue()))
})

// Only the current language's table is fetched (and Vant's pack for it), before the first render.
// Should it fail (offline before the service worker has cached it), the app still mounts.
const vantLocale = followVantLocale(router)
const locale = currentLocale()
document.documentElement.lang = locale
void Promise.all([loadLocale(locale), vantLocale])
  .catch((error: unknown) => console.error(error))
  .finally(() => {
    app.mount('#app')
    updateDocumentTitle(router.currentRoute.value)
  })
