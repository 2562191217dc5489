import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { en } from '@/locales/en'
import { zhCN } from '@/locales/zh-CN'
import { activatedParams, feedItemText, movedParams } from './feed-text'

function translator(locale: 'zh-CN' | 'en') {
  const i18n = createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en } })
  return (key: string, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {})
}

const base = { customerName: null, followUp: null, params: {} as Record<string, string> }

describe('feedItemText', () => {
  it('phrases a work log from its kind and period in the reader\'s language', () => {
    const item = { ...base, type: 'worklog' as const, text: '拜访三家', params: { kind: 'weekly', period: '2026-11-30' } }
    expect(feedItemText(item, translator('zh-CN'))).toBe('周报 2026-11-30：拜访三家')
    expect(feedItemText(item, translator('en'))).toBe('Weekly report 2026-11-30: 拜访三家')
  })

  it('shows an old work-log item (label in its text, no params) as stored', () => {
    const item = { ...base, type: 'worklog' as const, text: '日报 2026-12-01：总结' }
    expect(feedItemText(item, translator('en'))).toBe('日报 2026-12-01：总结')
  })

  it('hides the customer name an ownership event carries but keeps a reason', () => {
    const named = { ...base, type: 'customer.claim' as const, text: '华为', customerName: '华为' }
    expect(feedItemText(named, translator('zh-CN'))).toBe('')
    const reason = { ...base, type: 'customer.release' as const, text: '预算取消', customerName: '华为' }
    expect(feedItemText(reason, translator('zh-CN'))).toBe('预算取消')
  })

  it('phrases an opportunity move from its params', () => {
    const params = { opportunityId: '7', opportunityName: '华为一期', fromName: '需求确认', toName: '方案报价', toKind: 'open' }
    const item = { ...base, type: 'opportunity.moved' as const, text: '', customerName: '华为', params }
    expect(feedItemText(item, translator('zh-CN'))).toBe('华为一期：需求确认 → 方案报价')
    expect(feedItemText(item, translator('en'))).toBe('华为一期: 需求确认 → 方案报价')
    expect(movedParams(params).opportunityId).toBe('7')
  })

  it('phrases an activated contract from its params, the total formatted from fen', () => {
    const params = { contractId: '9', number: 'HT202612060001', name: '华为一期', totalFen: '12000050' }
    const item = { ...base, type: 'contract.activated' as const, text: '', customerName: '华为', params }
    expect(feedItemText(item, translator('zh-CN'))).toBe('HT202612060001 华为一期 · ¥120,000.50')
    expect(activatedParams(params)).toEqual({ contractId: '9', number: 'HT202612060001', name: '华为一期', totalFen: 12000050 })
    expect(activatedParams({ totalFen: '1.5' }).totalFen).toBeNull()
  })
})
