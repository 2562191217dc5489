// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { en } from './en'
import { zhCN } from './zh-CN'

function leafKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix]
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k))
}

function get(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj)
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : []
  })
}

describe('locales', () => {
  it('zh-CN and en have the same keys', () => {
    const zh = leafKeys(zhCN).sort()
    const english = leafKeys(en).sort()
    expect(zh.filter((k) => !english.includes(k))).toEqual([])
    expect(english.filter((k) => !zh.includes(k))).toEqual([])
  })

  it('no message is empty', () => {
    for (const key of leafKeys(zhCN)) {
      expect(typeof get(zhCN, key), key).toBe('string')
      expect((get(zhCN, key) as string).length, key).toBeGreaterThan(0)
      expect((get(en, key) as string).length, key).toBeGreaterThan(0)
    }
  })

  it('placeholders match between languages', () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join()
    for (const key of leafKeys(zhCN)) {
      expect(names(get(en, key) as string), key).toBe(names(get(zhCN, key) as string))
    }
  })

  it('every literal t(...) key used in the source exists', () => {
    const srcDir = fileURLToPath(new URL('..', import.meta.url))
    const used = new Set<string>()
    for (const file of sourceFiles(srcDir)) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z_.]+)'/g)) used.add(match[1])
      for (const match of text.matchAll(/titleKey: '([a-zA-Z_.]+)'/g)) used.add(match[1])
    }
    expect(used.size).toBeGreaterThan(20)
    const missing = [...used].filter((k) => typeof get(zhCN, k) !== 'string')
    expect(missing).toEqual([])
  })
})

describe('messages compile', () => {
  it('every message renders in both languages without a syntax error', async () => {
    const { createI18n } = await import('vue-i18n')
    const problems: string[] = []
    const i18n = createI18n({
      legacy: false,
      locale: 'zh-CN',
      messages: { 'zh-CN': zhCN, en },
      missingWarn: false,
      fallbackWarn: false,
      warnHtmlMessage: false,
      messageCompiler: undefined,
    })
    const errorSpy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => problems.push(String(args[0])))
    const warnSpy = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => problems.push(String(args[0])))
    try {
      for (const locale of ['zh-CN', 'en'] as const) {
        i18n.global.locale.value = locale
        for (const key of leafKeys(zhCN)) {
          const named = new Proxy({}, { get: (_, p) => (typeof p === 'string' ? `<${p}>` : undefined), has: () => true })
          let text = ''
          try {
            text = i18n.global.t(key, named as Record<string, unknown>)
          } catch (e) {
            problems.push(`${locale} ${key}: ${String(e)}`)
          }
          if (text === key) problems.push(`${locale} ${key}: not rendered`)
        }
      }
    } finally {
      errorSpy.mockRestore()
      warnSpy.mockRestore()
    }
    expect(problems).toEqual([])
  })

  it('mention hints show a literal @', async () => {
    const { createI18n } = await import('vue-i18n')
    const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN, en } })
    expect(i18n.global.t('comment.placeholder')).toBe('写评论，输入 @ 提到同事')
  })
})
