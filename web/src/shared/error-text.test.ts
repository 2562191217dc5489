import { describe, expect, it } from 'vitest'
import { translator } from './test-i18n'
import { errorText, messageMatchesLocale } from './error-text'

const zh = translator('zh-CN')
const en = translator('en')

describe('error text', () => {
  it('keeps a server message that is in the UI language', () => {
    expect(errorText({ code: 'pool.limit_reached', message: '你最多可以持有 20 个客户', details: {} }, 'zh-CN', zh)).toBe(
      '你最多可以持有 20 个客户',
    )
    expect(errorText({ code: 'pool.cooldown', message: 'Cooldown', details: {} }, 'en', en)).toBe('Cooldown')
  })

  it('translates a known code the server answered in another language', () => {
    const error = { code: 'pool.daily_claim_limit', message: 'You have claimed as many customers as allowed today.', details: { limit: 5 } }
    expect(errorText(error, 'zh-CN', zh)).toBe('今天领取的客户已达上限（5 个）')
    expect(errorText({ code: 'pool.cooldown', message: 'You held it', details: { until: '2026-12-27' } }, 'zh-CN', zh)).toBe(
      '你最近持有过这个客户，2026-12-27 之后才能再次领取',
    )
  })

  it('leaves unknown codes alone', () => {
    expect(errorText({ code: 'x.y', message: 'Something', details: {} }, 'zh-CN', zh)).toBe('Something')
  })

  it('detects the language of a message', () => {
    expect(messageMatchesLocale('客户已存在', 'zh-CN')).toBe(true)
    expect(messageMatchesLocale('exists', 'zh-CN')).toBe(false)
    expect(messageMatchesLocale('exists', 'en')).toBe(true)
  })
})
