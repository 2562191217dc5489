// Vant's locale pack follows the UI language. Vant's built-in language is zh-CN; the en-US pack
// is fetched with the English table (locales/index.ts onLocaleLoad), before a switch takes
// effect. Vant itself is imported only once a page other than the login form has shown (the phone
// login is plain markup and loads no component library); in Chinese nothing needs applying.
import { watch } from 'vue'
import type { Router } from 'vue-router'
import type { Locale as VantLocale } from 'vant'
import { i18n, onLocaleLoad, type AppLocale } from '@/locales'

type VantMessages = Parameters<typeof VantLocale.use>[1]
const packs = new Map<AppLocale, Promise<VantMessages>>()

function loadPack(locale: AppLocale): Promise<VantMessages> {
  let pack = packs.get(locale)
  if (!pack) {
    pack = locale === 'en' ? import('vant/es/locale/lang/en-US').then((m) => m.default) : import('vant/es/locale/lang/zh-CN').then((m) => m.default)
    pack.catch(() => packs.delete(locale))
    packs.set(locale, pack)
  }
  return pack
}

let following = false

function applyFromNowOn(): void {
  if (following) return
  following = true
  watch(
    () => i18n.global.locale.value as AppLocale,
    async (locale, previous) => {
      if (previous === undefined && locale === 'zh-CN') return // Vant's own default
      const [{ Locale }, pack] = await Promise.all([import('vant/es/locale'), loadPack(locale)])
      if (i18n.global.locale.value === locale) Locale.use(locale === 'en' ? 'en-US' : 'zh-CN', pack)
    },
    { immediate: true },
  )
}

/** Keeps Vant's language the app's (call once, before mounting). */
export function followVantLocale(router: Router): Promise<void> {
  router.afterEach((to, _from, failure) => {
    if (!failure && to.name !== 'login') applyFromNowOn()
  })
  return onLocaleLoad(async (locale) => {
    if (locale === 'en') await loadPack(locale)
  })
}
