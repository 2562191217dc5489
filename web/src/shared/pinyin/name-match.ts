// Pinyin / initials search of names (重庆 ← "cq", "chongqing", "chongq"; 招商银行 ← "zsyh").
// The syllables of a name come from pinyin-pro with its word dictionary, so a polyphone is read
// as in that word (重庆 chong-qing, 重量 zhong-liang, 银行 yin-hang, 长沙 chang-sha) and a wrong
// reading does not match. pinyin-pro (~130 KB gzip) is imported only when the first Latin query
// is typed (loadNameMatcher), so it is never part of the first load.

/** A query worth matching against pinyin: Latin letters, optionally spaced or apostrophed. */
export function isPinyinQuery(query: string): boolean {
  return /^[a-z][a-z' ]*$/i.test(query.trim())
}

/** "Chong Qing" / "xi'an" → "chongqing" / "xian". */
export function normalizePinyinQuery(query: string): string {
  return query.toLowerCase().replace(/[\s']/g, '')
}

/**
 * Whether `query` (normalised) is typed over consecutive `syllables` starting anywhere: each
 * syllable is typed in full or by a prefix (at least its first letter), so initials, full
 * pinyin and mixes ("zhongwp", "chongq") all match.
 */
export function syllablesMatch(syllables: readonly string[], query: string): boolean {
  if (!query) return false
  const from = (i: number, pos: number): boolean => {
    if (pos === query.length) return true
    if (i === syllables.length) return false
    const s = syllables[i]
    for (let k = Math.min(s.length, query.length - pos); k >= 1; k--)
      if (query.startsWith(s.slice(0, k), pos) && from(i + 1, pos + k)) return true
    return false
  }
  for (let i = 0; i < syllables.length; i++) if (from(i, 0)) return true
  return false
}

export type NameMatcher = (name: string, query: string) => boolean
type PinyinFn = (text: string, options: { type: 'array'; toneType: 'none'; v: boolean }) => string[]

/** A matcher over `toSyllables` (pinyin-pro's pinyin), caching each name's syllables. */
export function makeNameMatcher(toSyllables: PinyinFn): NameMatcher {
  const cache = new Map<string, string[]>()
  return (name, query) => {
    const q = normalizePinyinQuery(query)
    if (!q) return false
    if (name.toLowerCase().replace(/\s/g, '').includes(q)) return true // Latin names ("ABC 科技")
    let syllables = cache.get(name)
    if (!syllables) {
      syllables = toSyllables(name, { type: 'array', toneType: 'none', v: true })
        .map((s) => s.toLowerCase().trim())
        .filter((s) => s !== '')
      if (cache.size > 5000) cache.clear()
      cache.set(name, syllables)
    }
    return syllablesMatch(syllables, q)
  }
}

/** Words of company names pinyin-pro reads otherwise (its 分行 is fēn xíng, a bank's is háng). */
export const NAME_WORDS: Record<string, string> = { 分行: 'fēn háng', 支行: 'zhī háng', 总行: 'zǒng háng' }

let loading: Promise<NameMatcher> | null = null

/** Loads pinyin-pro (once, on demand) and answers a matcher. */
export function loadNameMatcher(): Promise<NameMatcher> {
  loading ??= import('pinyin-pro').then(
    (m) => {
      m.customPinyin(NAME_WORDS)
      return makeNameMatcher(m.pinyin as unknown as PinyinFn)
    },
    (e: unknown) => {
      loading = null // a failed chunk load (offline) is tried again next time
      throw e
    },
  )
  return loading
}
