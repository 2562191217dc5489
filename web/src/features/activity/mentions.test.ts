import { describe, expect, it } from 'vitest'
import { activeMention, collectMentions, filterCandidates, insertMention, mentionSegments } from './mentions'

const zhang = { id: '1', name: '张伟' }
const ma = { id: '2', name: '马超' }
const zhangLong = { id: '3', name: '张伟伟' }

describe('activeMention', () => {
  it('finds the @query being typed at the caret', () => {
    expect(activeMention('你好 @张', 5)).toEqual({ start: 3, query: '张' })
    expect(activeMention('@', 1)).toEqual({ start: 0, query: '' })
    expect(activeMention('看看@马', 4)).toEqual({ start: 2, query: '马' })
  })

  it('ignores finished mentions, e-mail addresses and text after the caret', () => {
    expect(activeMention('@张伟 你好', 7)).toBeNull()
    expect(activeMention('mail a@b.com', 12)).toBeNull()
    expect(activeMention('没有提到', 4)).toBeNull()
    expect(activeMention('@张伟', 0)).toBeNull()
  })
})

describe('insertMention', () => {
  it('replaces the typed query with "@name " and moves the caret after it', () => {
    expect(insertMention('请 @张 看看', 4, zhang)).toEqual({ text: '请 @张伟  看看', caret: 6 })
    expect(insertMention('hi @', 4, ma)).toEqual({ text: 'hi @马超 ', caret: 7 })
  })

  it('inserts at the caret when no @ is being typed', () => {
    expect(insertMention('你好', 2, ma)).toEqual({ text: '你好@马超 ', caret: 6 })
  })
})

describe('collectMentions', () => {
  it('keeps the ids of picked users still named in the text, once each', () => {
    expect(collectMentions('@张伟 @马超 请跟进，@张伟', [zhang, ma, zhang])).toEqual(['1', '2'])
  })

  it('drops users whose mention was deleted or altered', () => {
    expect(collectMentions('@张伟 请跟进', [zhang, ma])).toEqual(['1'])
    expect(collectMentions('@张伟伟 看看', [zhang, zhangLong])).toEqual(['3'])
    expect(collectMentions('没有人', [zhang])).toEqual([])
  })

  it('accepts punctuation right after the name', () => {
    expect(collectMentions('谢谢@马超！', [ma])).toEqual(['2'])
    expect(collectMentions('cc @马超, thanks', [ma])).toEqual(['2'])
  })
})

describe('mentionSegments', () => {
  it('splits a saved comment into text and mention segments', () => {
    expect(mentionSegments('不错 @马超 继续跟', [ma])).toEqual([
      { text: '不错 ' },
      { text: '@马超', mention: ma },
      { text: ' 继续跟' },
    ])
  })

  it('prefers the longest name and leaves unknown @words as text', () => {
    expect(mentionSegments('@张伟伟 和 @张伟 还有 @某人', [zhang, zhangLong])).toEqual([
      { text: '@张伟伟', mention: zhangLong },
      { text: ' 和 ' },
      { text: '@张伟', mention: zhang },
      { text: ' 还有 @某人' },
    ])
  })

  it('returns the whole text when nobody is mentioned', () => {
    expect(mentionSegments('普通评论', [])).toEqual([{ text: '普通评论' }])
    expect(mentionSegments('', [ma])).toEqual([])
  })
})

describe('filterCandidates', () => {
  it('filters by name, drops duplicates and the caller', () => {
    const list = [zhang, ma, zhang, zhangLong]
    expect(filterCandidates(list, '张', '3')).toEqual([zhang])
    expect(filterCandidates(list, '', null)).toEqual([zhang, ma, zhangLong])
  })
})
