// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import { rememberType, rememberedType } from './last-type'

describe('remembered follow-up type', () => {
  beforeEach(() => localStorage.clear())

  it('starts on the fallback, then on the type last used by that user only', () => {
    expect(rememberedType('7')).toBe('call')
    rememberType('7', 'wechat')
    expect(rememberedType('7')).toBe('wechat')
    expect(rememberedType('8')).toBe('call')
    rememberType('8', 'visit')
    expect(rememberedType('7')).toBe('wechat')
    expect(rememberedType('8')).toBe('visit')
  })

  it('ignores a stored value that is not a type, and a missing user', () => {
    localStorage.setItem('quanke.followUpType.7', 'fax')
    expect(rememberedType('7', 'visit')).toBe('visit')
    rememberType(null, 'email')
    expect(rememberedType(null)).toBe('call')
  })
})
