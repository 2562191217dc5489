// The i18n instance and the remembered UI language (zh-CN by default).
// Only the current language's table is loaded (each is its own chunk): main.ts loads it before
// the app mounts, and setLocale() fetches the other one before the switch takes effect. The
// layouts add their component library's locale pack the same way (onLocaleLoad).
import { createI18n } from 'vue-i18n'

export type AppLocale = 'zh-CN' | 'en'
export const LOCALES: readonly AppLocale[] = ['zh-CN', 'en']
const LOCALE_STORAGE_KEY = 'quanke.locale'

type Messages = Record<string, unknown>

/** Each table is a separate chunk, fetched when first needed. */
const tables: Record<AppLocale, () => Promise<Messages>> = {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  en: () => import('./en').then((m) => m.en),
}

export function storedLocale(): AppLocale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(LOCALE_STORAGE_KEY) : null
  return saved === 'en' ? 'en' : 'zh-CN'
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale(),
  // No fallback language: the tables have the same keys (locales.test.ts), and a fallback would
  // mean loading the second table.
  fallbackLocale: false,
  messages: {},
  missingWarn: false,
  fallbackWarn: false,
})

export function currentLocale(): AppLocale {
  return i18n.global.locale.value as AppLocale
}

/** Extra packs that must be ready for a language (Vant's, Element Plus's), added by the layouts. */
const packLoaders = new Set<(locale: AppLocale) => Promise<void>>()
const loading = new Map<AppLocale, Promise<void>>()

/** Fetches a language's table once (concurrent callers share the request). */
export function loadMessages(locale: AppLocale): Promise<void> {
  let pending = loading.get(locale)
  if (!pending) {
    pending = tables[locale]().then((messages) => {
      i18n.global.setLocaleMessage(locale, messages as never)
    })
    pending.catch(() => loading.delete(locale)) // a failed fetch (offline) can be retried
    loading.set(locale, pending)
  }
  return pending
}

/** Whether a language's table is loaded. */
export function messagesLoaded(locale: AppLocale): boolean {
  return i18n.global.availableLocales.includes(locale)
}

/** Everything a language needs before it is shown: its table and the registered packs. */
export async function loadLocale(locale: AppLocale): Promise<void> {
  await Promise.all([loadMessages(locale), ...[...packLoaders].map((load) => load(locale))])
}

/**
 * Registers a pack loader (a component library's own locale) and runs it for the current
 * language. The returned promise settles when the current language's pack is in place.
 */
export function onLocaleLoad(load: (locale: AppLocale) => Promise<void>): Promise<void> {
  packLoaders.add(load)
  return load(currentLocale())
}

/** Switches the UI language once everything it needs has been fetched. */
export async function setLocale(locale: AppLocale): Promise<void> {
  await loadLocale(locale)
  i18n.global.locale.value = locale
  localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  document.documentElement.lang = locale
}
