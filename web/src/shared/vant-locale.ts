// Vant's locale pack follows the UI language. Vant (whose built-in language is zh-CN) is imported
// on demand: the login page does not load it, the phone layout does. The en-US pack is fetched
// with the English table (locales/index.ts onLocaleLoad), before a switch takes effect.
import { watch } from 'vue'
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

/** Keeps Vant's language the app's (call once, before mounting). English only costs a fetch. */
export function followVantLocale(): Promise<void> {
  const ready = onLocaleLoad(async (locale) => {
    if (locale === 'en') await loadPack(locale)
  })
  watch(
    () => i18n.global.locale.value as AppLocale,
    async (locale, previous) => {
      if (previous === undefined && locale === 'zh-CN') return // Vant's own default
      const [{ Locale }, pack] = await Promise.all([import('vant/es/locale'), loadPack(locale)])
      if (i18n.global.locale.value === locale) Locale.use(locale === 'en' ? 'en-US' : 'zh-CN', pack)
    },
    { immediate: true },
  )
  return ready
}
