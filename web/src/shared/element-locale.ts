// Element Plus's locale pack for the UI language, fetched with the language (locales/index.ts
// onLocaleLoad) so that a switch takes effect once the pack is in place. Only the desktop loads
// this module (ElementLocaleProvider.vue); Element Plus's own default is English.
import { computed, shallowReactive, type ComputedRef } from 'vue'
import type { Language } from 'element-plus/es/locale'
import { i18n, onLocaleLoad, type AppLocale } from '@/locales'

const packs = shallowReactive(new Map<AppLocale, Language>())
const pending = new Map<AppLocale, Promise<void>>()

function loadPack(locale: AppLocale): Promise<void> {
  let load = pending.get(locale)
  if (!load) {
    const pack = locale === 'en' ? import('element-plus/es/locale/lang/en') : import('element-plus/es/locale/lang/zh-cn')
    load = pack.then((m) => {
      packs.set(locale, m.default)
    })
    load.catch(() => pending.delete(locale))
    pending.set(locale, load)
  }
  return load
}

let registered = false

/** The pack of the current language, undefined until it has been fetched. */
export function useElementLocale(): ComputedRef<Language | undefined> {
  if (!registered) {
    registered = true
    void onLocaleLoad(loadPack).catch(() => undefined)
  }
  return computed(() => packs.get(i18n.global.locale.value as AppLocale))
}
