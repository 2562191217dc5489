import { describe, expect, it } from 'vitest'
import { defaultTimeZone, isValidTimeZone, normalizeCode, setupBody, timeZoneOptions, validateSetup, type SetupForm } from './setup-form'

function form(over: Partial<SetupForm> = {}): SetupForm {
  return {
    code: 'acme',
    name: '北京星辰科技有限公司',
    adminUsername: 'admin',
    adminName: '',
    adminPassword: 'secret123',
    confirmPassword: 'secret123',
    timeZone: 'Asia/Shanghai',
    ...over,
  }
}

const issues = (f: SetupForm) => validateSetup(f).map((p) => `${p.field}:${p.issue}`)

describe('setup form', () => {
  it('accepts a complete form and sends the trimmed body', () => {
    expect(validateSetup(form())).toEqual([])
    expect(setupBody(form({ code: ' Acme ', name: ' 星辰 ', adminName: ' 王总 ' }))).toEqual({
      code: 'acme',
      name: '星辰',
      adminUsername: 'admin',
      adminPassword: 'secret123',
      adminName: '王总',
      timeZone: 'Asia/Shanghai',
    })
    expect(setupBody(form())).not.toHaveProperty('adminName')
  })

  it('holds the enterprise code to 2-32 of a-z, 0-9 and "-"', () => {
    expect(normalizeCode(' Star Tech ')).toBe('star-tech')
    expect(issues(form({ code: 'a' }))).toEqual(['code:code'])
    expect(issues(form({ code: 'x'.repeat(33) }))).toEqual(['code:code'])
    expect(issues(form({ code: 'acme_co' }))).toEqual(['code:code'])
    expect(issues(form({ code: '星辰' }))).toEqual(['code:code'])
    expect(issues(form({ code: 'acme-2' }))).toEqual([])
    expect(issues(form({ code: '' }))).toEqual(['code:required'])
  })

  it('asks for a password of 8 or more, typed the same twice', () => {
    expect(issues(form({ adminPassword: 'short', confirmPassword: 'short' }))).toEqual(['adminPassword:too_short'])
    expect(issues(form({ confirmPassword: 'secret124' }))).toEqual(['confirmPassword:mismatch'])
    expect(issues(form({ confirmPassword: '' }))).toEqual(['confirmPassword:required'])
    expect(issues(form({ adminPassword: '密码密码密码密码', confirmPassword: '密码密码密码密码' }))).toEqual([])
  })

  it('checks the username, the names and the time zone', () => {
    expect(issues(form({ adminUsername: 'a b' }))).toEqual(['adminUsername:username'])
    expect(issues(form({ name: '  ' }))).toEqual(['name:required'])
    expect(issues(form({ name: '公'.repeat(51) }))).toEqual(['name:too_long'])
    expect(issues(form({ adminName: '王'.repeat(51) }))).toEqual(['adminName:too_long'])
    expect(issues(form({ timeZone: 'Mars/Olympus' }))).toEqual(['timeZone:time_zone'])
    expect(issues(form({ timeZone: 'EST' }))).toEqual(['timeZone:time_zone'])
  })

  it('takes the browser time zone when it is a real one, else Asia/Shanghai', () => {
    expect(defaultTimeZone('Europe/Berlin')).toBe('Europe/Berlin')
    expect(defaultTimeZone(null)).toBe('Asia/Shanghai')
    expect(defaultTimeZone('')).toBe('Asia/Shanghai')
    expect(defaultTimeZone('Nowhere/Land')).toBe('Asia/Shanghai')
    expect(isValidTimeZone('UTC')).toBe(true)
  })

  it('always offers the chosen time zone', () => {
    const zones = timeZoneOptions('Asia/Shanghai')
    expect(zones).toContain('Asia/Shanghai')
    expect(zones.length).toBeGreaterThan(10)
  })
})
