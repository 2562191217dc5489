import { describe, expect, it } from 'vitest'
import type { Webhook } from '@/api/activity'
import {
  looksPrivate,
  robotKindOfUrl,
  robotUrlWarning,
  secretLooksWrong,
  secretProblem,
  suggestedKind,
  toWebhookBody,
  webhookFormFrom,
  webhookUrlProblem,
  type WebhookForm,
} from './webhook-form'

const WECOM = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx'
const DINGTALK = 'https://oapi.dingtalk.com/robot/send?access_token=abc123'
const FEISHU = 'https://open.feishu.cn/open-apis/bot/v2/hook/0d1f-4e2a'

function form(patch: Partial<WebhookForm> = {}): WebhookForm {
  return { ...webhookFormFrom(null), url: 'https://a.example/x', ...patch }
}

function saved(patch: Partial<Webhook> = {}): Webhook {
  return {
    id: '7',
    kind: 'dingtalk',
    format: 'markdown',
    hasSecret: true,
    url: DINGTALK,
    events: ['customer.assigned'],
    enabled: false,
    allowPrivate: false,
    createdAt: '2026-12-01T00:00:00Z',
    updatedAt: '2026-12-01T00:00:00Z',
    lastStatus: null,
    ...patch,
  }
}

describe('webhook form', () => {
  it('accepts only http(s) URLs', () => {
    expect(webhookUrlProblem(WECOM)).toBeNull()
    expect(webhookUrlProblem('http://oapi.dingtalk.com/robot/send')).toBeNull()
    expect(webhookUrlProblem('  ')).toBe('required')
    expect(webhookUrlProblem('ftp://example.com/x')).toBe('scheme')
    expect(webhookUrlProblem('javascript:alert(1)')).toBe('scheme')
    expect(webhookUrlProblem('not a url')).toBe('invalid')
  })

  it('flags plainly private hosts', () => {
    for (const url of ['http://127.0.0.1:9/x', 'http://localhost/x', 'http://10.1.2.3/', 'http://192.168.1.1/', 'http://172.20.0.1/', 'http://[::1]/'])
      expect(looksPrivate(url), url).toBe(true)
    for (const url of ['https://qyapi.weixin.qq.com/', 'http://172.32.0.1/', 'http://8.8.8.8/']) expect(looksPrivate(url), url).toBe(false)
  })

  it('starts a new webhook as generic text, and an edit from what is saved', () => {
    expect(webhookFormFrom(null)).toEqual({
      kind: 'generic',
      format: 'text',
      url: '',
      events: [],
      enabled: true,
      allowPrivate: false,
      secretAction: 'set',
      secret: '',
    })
    const edit = webhookFormFrom(saved())
    expect(edit).toMatchObject({ kind: 'dingtalk', format: 'markdown', url: DINGTALK, enabled: false, secretAction: 'keep', secret: '' })
    expect(webhookFormFrom(saved({ hasSecret: false })).secretAction).toBe('set')
  })

  it('maps a generic webhook to the API body', () => {
    expect(toWebhookBody(form({ url: ' https://a.example/x ', events: ['feed.comment', ' feed.comment', ''], enabled: false, allowPrivate: true }))).toEqual({
      kind: 'generic',
      format: 'text',
      url: 'https://a.example/x',
      events: ['feed.comment'],
      enabled: false,
      allowPrivate: true,
    })
    // Markdown means nothing to a generic webhook.
    expect(toWebhookBody(form({ format: 'markdown' })).format).toBe('text')
  })

  it('sends a robot secret only when one is typed or cleared', () => {
    const ding = { kind: 'dingtalk' as const, format: 'markdown' as const, url: DINGTALK }
    expect(toWebhookBody(form({ ...ding, secret: ' SECabc ' }))).toMatchObject({ kind: 'dingtalk', format: 'markdown', secret: 'SECabc' })
    expect(toWebhookBody(form({ ...ding, secret: '  ' }))).not.toHaveProperty('secret')
    expect(toWebhookBody(form({ ...ding, secretAction: 'keep', secret: 'typed then kept' }), true)).not.toHaveProperty('secret')
    expect(toWebhookBody(form({ ...ding, secretAction: 'clear' }), true).secret).toBeNull()
    expect(toWebhookBody(form({ kind: 'feishu', url: FEISHU, secret: 'fs' })).secret).toBe('fs')
  })

  it('clears a stored secret when the kind no longer signs', () => {
    expect(toWebhookBody(form({ kind: 'wecom', url: WECOM, secretAction: 'keep' }), true).secret).toBeNull()
    expect(toWebhookBody(form({ kind: 'wecom', url: WECOM, secret: 'ignored' }), false)).not.toHaveProperty('secret')
  })

  it('recognises each robot service by host and path', () => {
    expect(robotKindOfUrl(WECOM)).toBe('wecom')
    expect(robotKindOfUrl(DINGTALK)).toBe('dingtalk')
    expect(robotKindOfUrl(FEISHU)).toBe('feishu')
    expect(robotKindOfUrl('https://open.larksuite.com/open-apis/bot/v2/hook/x')).toBe('feishu')
    expect(robotKindOfUrl('https://OAPI.DINGTALK.COM/robot/send?access_token=1')).toBe('dingtalk')
    expect(robotKindOfUrl('https://qyapi.weixin.qq.com/cgi-bin/message/send')).toBeNull()
    expect(robotKindOfUrl('https://relay.example.com/robot/send?access_token=1')).toBeNull()
    expect(robotKindOfUrl('not a url')).toBeNull()
  })

  it('warns (does not block) when a robot URL is not its service or lacks the token', () => {
    expect(robotUrlWarning('wecom', WECOM)).toBeNull()
    expect(robotUrlWarning('dingtalk', DINGTALK)).toBeNull()
    expect(robotUrlWarning('feishu', FEISHU)).toBeNull()
    expect(robotUrlWarning('dingtalk', 'https://relay.internal.example/ding')).toBe('other')
    expect(robotUrlWarning('wecom', DINGTALK)).toBe('other')
    expect(robotUrlWarning('wecom', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send')).toBe('token')
    expect(robotUrlWarning('dingtalk', 'https://oapi.dingtalk.com/robot/send?access_token=')).toBe('token')
    expect(robotUrlWarning('feishu', 'https://open.feishu.cn/open-apis/bot/v2/hook/')).toBe('token')
    // Nothing to say about generic webhooks, or about URLs the form refuses anyway.
    expect(robotUrlWarning('generic', 'https://a.example/x')).toBeNull()
    expect(robotUrlWarning('wecom', 'not a url')).toBeNull()
  })

  it('suggests the robot kind a pasted URL belongs to', () => {
    expect(suggestedKind('generic', DINGTALK)).toBe('dingtalk')
    expect(suggestedKind('wecom', FEISHU)).toBe('feishu')
    expect(suggestedKind('dingtalk', DINGTALK)).toBeNull()
    expect(suggestedKind('generic', 'https://a.example/x')).toBeNull()
  })

  it('checks the secret: length, and DingTalk secrets start with SEC', () => {
    expect(secretProblem(form({ kind: 'feishu', secret: 'x'.repeat(200) }))).toBeNull()
    expect(secretProblem(form({ kind: 'feishu', secret: 'x'.repeat(201) }))).toBe('too_long')
    expect(secretProblem(form({ kind: 'wecom', secret: 'x'.repeat(201) }))).toBeNull()
    expect(secretLooksWrong(form({ kind: 'dingtalk', secret: 'abc' }))).toBe(true)
    expect(secretLooksWrong(form({ kind: 'dingtalk', secret: 'SECabc' }))).toBe(false)
    expect(secretLooksWrong(form({ kind: 'dingtalk', secret: '' }))).toBe(false)
    expect(secretLooksWrong(form({ kind: 'feishu', secret: 'abc' }))).toBe(false)
  })
})
