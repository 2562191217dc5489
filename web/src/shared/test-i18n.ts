// Real message catalogues for unit tests of pure formatters (not part of the app bundle).
import { createI18n } from 'vue-i18n'
import { en } from '@/locales/en'
import { zhCN } from '@/locales/zh-CN'
import type { Translate } from './translate'

export function translator(locale: 'zh-CN' | 'en' = 'zh-CN'): Translate {
  const i18n = createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en } })
  return (key, named) => i18n.global.t(key, named ?? {})
}
