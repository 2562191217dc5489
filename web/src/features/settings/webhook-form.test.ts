import { describe, expect, it } from 'vitest'
import { looksPrivate, toWebhookBody, webhookUrlProblem } from './webhook-form'

describe('webhook form', () => {
  it('accepts only http(s) URLs', () => {
    expect(webhookUrlProblem('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=1')).toBeNull()
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

  it('maps the form to the API body', () => {
    expect(toWebhookBody({ url: ' https://a.example/x ', events: ['feed.comment', ' feed.comment', ''], enabled: false, allowPrivate: true })).toEqual({
      url: 'https://a.example/x',
      events: ['feed.comment'],
      enabled: false,
      allowPrivate: true,
    })
  })
})
