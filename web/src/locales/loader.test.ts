// The language loader: one table at start, the other fetched when the user switches, and the
// switch taking effect only once that table (and the registered packs) are in place.
import { beforeEach, describe, expect, it, vi } from 'vitest'

// The English table arrives when the test says so (a slow network).
let releaseEnglish: () => void = () => undefined
let englishRequested = 0
vi.mock('@/locales/en', async (importOriginal) => {
  englishRequested++
  await new Promise<void>((resolve) => (releaseEnglish = resolve))
  return importOriginal()
})

beforeEach(() => {
  localStorage.clear()
})

describe('locales loader', () => {
  it('loads only the current language, and switches once the other one has arrived', async () => {
    const { i18n, loadLocale, setLocale, onLocaleLoad, currentLocale } = await import('@/locales')
    const { zhCN } = await import('@/locales/zh-CN')
    expect(i18n.global.availableLocales).toEqual([])

    await loadLocale('zh-CN')
    expect(i18n.global.availableLocales).toEqual(['zh-CN'])
    expect(englishRequested).toBe(0)
    expect(i18n.global.t('login.submit')).toBe(zhCN.login.submit)

    const packs: string[] = []
    await onLocaleLoad(async (locale) => {
      packs.push(locale)
    })
    expect(packs).toEqual(['zh-CN']) // run for the current language when registered

    const switching = setLocale('en')
    await vi.waitFor(() => expect(englishRequested).toBe(1))
    // Still Chinese while the English table is on its way.
    expect(currentLocale()).toBe('zh-CN')
    expect(i18n.global.availableLocales).toEqual(['zh-CN'])
    expect(localStorage.getItem('quanke.locale')).toBeNull()

    releaseEnglish()
    await switching
    const { en } = await import('@/locales/en')
    expect(currentLocale()).toBe('en')
    expect(i18n.global.t('login.submit')).toBe(en.login.submit)
    expect(packs).toEqual(['zh-CN', 'en'])
    expect(localStorage.getItem('quanke.locale')).toBe('en')
    expect(document.documentElement.lang).toBe('en')

    // Switching back fetches nothing again.
    await setLocale('zh-CN')
    await setLocale('en')
    expect(englishRequested).toBe(1)
    expect(i18n.global.availableLocales.sort()).toEqual(['en', 'zh-CN'])
  })

  it('starts in the remembered language', async () => {
    vi.resetModules()
    localStorage.setItem('quanke.locale', 'en')
    const { currentLocale, storedLocale } = await import('@/locales')
    expect(storedLocale()).toBe('en')
    expect(currentLocale()).toBe('en')
  })
})
