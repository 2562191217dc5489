import { describe, expect, it } from 'vitest'
import { refusalHint, robotRefusal } from './delivery-error'

describe('delivery errors', () => {
  it('reads a robot refusal from lastError', () => {
    expect(robotRefusal('errcode 93000: invalid webhook url')).toEqual({ code: 93000, message: 'invalid webhook url' })
    expect(robotRefusal('errcode 310000: sign not match')).toEqual({ code: 310000, message: 'sign not match' })
    expect(robotRefusal('code 19021: sign match fail')).toEqual({ code: 19021, message: 'sign match fail' })
  })

  it('leaves other errors alone', () => {
    expect(robotRefusal(null)).toBeNull()
    expect(robotRefusal('HTTP 500')).toBeNull()
    expect(robotRefusal('connection refused: code 7')).toBeNull()
  })

  it('names the hint for well-known codes only', () => {
    expect(refusalHint(robotRefusal('errcode 93000: invalid webhook url'))).toBe('wecom_url')
    expect(refusalHint(robotRefusal('errcode 310000: keywords not in content'))).toBe('dingtalk_security')
    expect(refusalHint(robotRefusal('code 19021: sign match fail'))).toBe('feishu_sign')
    expect(refusalHint(robotRefusal('errcode 12345: something'))).toBeNull()
    expect(refusalHint(null)).toBeNull()
  })
})
