import { describe, expect, it } from 'vitest'
import { isPinyinQuery, loadNameMatcher, normalizePinyinQuery, syllablesMatch } from './name-match'

describe('syllablesMatch', () => {
  const cq = ['chong', 'qing', 'mou', 'mou']
  it('takes initials, full syllables and mixes, starting anywhere', () => {
    expect(syllablesMatch(cq, 'cq')).toBe(true)
    expect(syllablesMatch(cq, 'chongqing')).toBe(true)
    expect(syllablesMatch(cq, 'chongq')).toBe(true)
    expect(syllablesMatch(cq, 'cqing')).toBe(true)
    expect(syllablesMatch(cq, 'qingmou')).toBe(true)
    expect(syllablesMatch(cq, 'qm')).toBe(true)
  })
  it('needs consecutive syllables from their first letter', () => {
    expect(syllablesMatch(cq, 'cm')).toBe(false) // skips qing
    expect(syllablesMatch(cq, 'hong')).toBe(false) // not at a syllable start
    expect(syllablesMatch(cq, 'chongqingx')).toBe(false)
    expect(syllablesMatch(cq, '')).toBe(false)
  })
})

describe('isPinyinQuery / normalizePinyinQuery', () => {
  it('only Latin letters (spaces and apostrophes allowed) go to pinyin', () => {
    expect(isPinyinQuery('zsyh')).toBe(true)
    expect(isPinyinQuery(' Chong Qing ')).toBe(true)
    expect(isPinyinQuery("xi'an")).toBe(true)
    expect(isPinyinQuery('重庆')).toBe(false)
    expect(isPinyinQuery('138')).toBe(false)
    expect(isPinyinQuery('cq1')).toBe(false)
    expect(isPinyinQuery('')).toBe(false)
    expect(normalizePinyinQuery("Chong Qing xi'an")).toBe('chongqingxian')
  })
})

describe('loadNameMatcher (pinyin-pro): polyphones read as in the word', async () => {
  const match = await loadNameMatcher()
  it.each([
    ['重庆渝发贸易有限公司', ['cq', 'chongqing', 'chongq', 'cqyf'], ['zhongqing', 'zq']],
    ['长沙湘江建设集团', ['cs', 'changsha', 'csxj'], ['zhangsha', 'zs']],
    ['招商银行北京分行', ['zsyh', 'yinhang', 'yh', 'zhaoshang', 'fenhang', 'bjfh'], ['yinxing', 'yx', 'fenxing']],
    ['工商银行中关村支行', ['gsyh', 'zgczh', 'zhihang'], ['zhixing']],
    ['行知教育', ['xingzhi', 'xz'], ['hangzhi']],
    ['重量科技有限公司', ['zhongliang', 'zl', 'zlkj'], ['chongliang', 'cl']],
    ['绿地控股', ['lvdi', 'ld'], ['ludi']],
    ['ABC 科技', ['abc', 'abckj', 'kj'], ['abd']],
  ])('%s', (name, hits, misses) => {
    for (const q of hits) expect(match(name, q), `${name} ← ${q}`).toBe(true)
    for (const q of misses) expect(match(name, q), `${name} ← ${q}`).toBe(false)
  })
  it('is case- and space-insensitive', () => {
    expect(match('重庆渝发贸易有限公司', 'Chong Qing')).toBe(true)
    expect(match('招商银行', 'ZSYH')).toBe(true)
  })
})
