import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { en } from '@/locales/en'
import { zhCN } from '@/locales/zh-CN'
import { notificationText, notificationTextKey } from './notification-text'

function translator(locale: 'zh-CN' | 'en') {
  const i18n = createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en } })
  return { t: (k: string, n?: Record<string, unknown>) => i18n.global.t(k, n ?? {}), te: (k: string) => i18n.global.te(k) }
}

describe('notification text', () => {
  it('renders type + parameters in the UI language', () => {
    const n = { type: 'followup.created', params: { actor: '马超', customer: '北京华信网络科技有限公司' }, title: '' }
    const zh = translator('zh-CN')
    const eng = translator('en')
    expect(notificationText(n, zh.t, zh.te)).toBe('马超 跟进了客户「北京华信网络科技有限公司」')
    expect(notificationText(n, eng.t, eng.te)).toBe('马超 followed up “北京华信网络科技有限公司”')
  })

  it('picks the variant by parameters, and keeps a stored title when there are none', () => {
    const zh = translator('zh-CN')
    expect(notificationTextKey({ type: 'customer.reclaimed', params: { count: '3' } })).toBe('notificationText.customer_reclaimed__many')
    expect(notificationText({ type: 'customer.reclaimed', params: { count: '3' }, title: '' }, zh.t, zh.te)).toBe('3 个客户已自动退回公海')
    expect(notificationText({ type: 'feed.like', params: { actor: '张伟', customer: '' }, title: '' }, zh.t, zh.te)).toBe('张伟 赞了你的动态')
    expect(notificationText({ type: 'customer.assigned', params: {}, title: '旧的标题' }, zh.t, zh.te)).toBe('旧的标题')
    expect(notificationText({ type: 'some.future_type', params: { a: 'b' }, title: '服务器的标题' }, zh.t, zh.te)).toBe('服务器的标题')
  })

  it('words an approval notice, an ended one by how it ended', () => {
    const zh = translator('zh-CN')
    const eng = translator('en')
    const decided = (status: string) => ({ type: 'approval.decided', params: { approvalId: '9', title: '12 月差旅', status, by: '张伟' }, title: '' })
    expect(notificationTextKey(decided('rejected'))).toBe('notificationText.approval_decided__rejected')
    expect(notificationText(decided('approved'), zh.t, zh.te)).toBe('你的审批「12 月差旅」已通过（张伟）')
    expect(notificationText(decided('returned'), eng.t, eng.te)).toBe('Your approval “12 月差旅” was returned to you (张伟)')
    const pending = { type: 'approval.pending', params: { approvalId: '9', title: '12 月差旅', applicant: '马超' }, title: '' }
    expect(notificationText(pending, zh.t, zh.te)).toBe('马超 提交的审批「12 月差旅」等待你处理')
  })

  it('has exactly the server\'s templates, word for word', () => {
    const source = readFileSync(resolve(process.cwd(), '../server/src/domain/notify/notification_text.cc'), 'utf8')
    const server = [...source.matchAll(/Template\{"([^"]+)",\s*"([^"]*)",\s*"([^"]*)"\}/g)].map((m) => ({ key: m[1], zh: m[2], en: m[3] }))
    expect(server.length).toBeGreaterThan(15)
    const zh = translator('zh-CN')
    const eng = translator('en')
    for (const s of server) {
      const key = `notificationText.${s.key.replace(/#/g, '__').replace(/\./g, '_')}`
      expect(zh.te(key), key).toBe(true)
      // Render both with placeholder names as values: identical templates give identical text.
      const names = Object.fromEntries([...s.zh.matchAll(/\{(\w+)\}/g), ...s.en.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], `<${m[1]}>`]))
      const fill = (tpl: string) => tpl.replace(/\{(\w+)\}/g, (_, k: string) => `<${k}>`)
      expect(zh.t(key, names), key).toBe(fill(s.zh))
      expect(eng.t(key, names), key).toBe(fill(s.en))
    }
  })
})
