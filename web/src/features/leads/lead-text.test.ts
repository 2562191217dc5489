import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { zhCN } from '@/locales/zh-CN'
import { en } from '@/locales/en'
import type { LeadHistoryEntry } from '@/api/leads'
import { leadHistoryActionText, leadHistoryActorText, leadHistoryParts, leadReclaimLine } from './lead-text'

function translator(locale: 'zh-CN' | 'en') {
  const i18n = createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en } })
  return (k: string, n?: Record<string, unknown>) => i18n.global.t(k, n ?? {})
}

const push: LeadHistoryEntry = {
  id: '1',
  action: 'push',
  fromUserId: null,
  fromUserName: null,
  toUserId: '5',
  toUserName: '马超',
  poolId: '9',
  poolName: '华北线索池',
  ruleId: '3',
  ruleName: '华北展会',
  reason: '',
  rule: '',
  actorId: null,
  actorName: null,
  at: '2026-12-01T02:00:00Z',
}

describe('lead history text', () => {
  it('names the action, the people, the pool and the push rule', () => {
    const t = translator('zh-CN')
    expect(leadHistoryActionText(push, t)).toBe('规则推送')
    expect(leadHistoryParts(push, t)).toEqual(['给 马超', '来自「华北线索池」', '推送规则「华北展会」'])
    expect(leadHistoryActorText(push, t)).toBe('操作人：系统')
    const release = { ...push, action: 'release' as const, fromUserName: '马超', toUserName: null, ruleName: null, reason: '电话空号' }
    expect(leadHistoryParts(release, t)).toEqual(['从 马超', '进入「华北线索池」', '原因：电话空号'])
    expect(leadHistoryActionText({ action: 'someday' as never }, t)).toBe('someday')
  })

  it('reads in English too', () => {
    const t = translator('en')
    expect(leadHistoryActionText(push, t)).toBe('Pushed by rule')
  })
})

describe('lead reclaim line', () => {
  const t = translator('zh-CN')
  it('counts down in the tone of its urgency', () => {
    expect(leadReclaimLine(null, t)).toBeNull()
    expect(leadReclaimLine({ rule: 'no_follow_up', days: 3, daysLeft: 2, poolName: '华北线索池' }, t)).toEqual({
      text: '2 天后退回「华北线索池」（3 天未跟进）',
      tone: 'warning',
    })
    expect(leadReclaimLine({ rule: 'no_deal', days: 30, daysLeft: 0, poolName: 'P' }, t)?.tone).toBe('danger')
    expect(leadReclaimLine({ rule: 'no_deal', days: 30, daysLeft: 12, poolName: 'P' }, t)?.text).toBe('12 天后退回「P」（30 天未转化）')
  })
})
