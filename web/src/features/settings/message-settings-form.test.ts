import { describe, expect, it } from 'vitest'
import { baseUrlProblem, suggestedBaseUrl } from './message-settings-form'

describe('message settings form', () => {
  it('accepts empty or an http(s) address', () => {
    expect(baseUrlProblem('')).toBeNull()
    expect(baseUrlProblem('  ')).toBeNull()
    expect(baseUrlProblem('https://crm.example.com')).toBeNull()
    expect(baseUrlProblem('https://crm.example.com/')).toBeNull()
    expect(baseUrlProblem('http://10.0.0.5:8080/quanke')).toBeNull()
  })

  it('refuses what the server refuses', () => {
    expect(baseUrlProblem('ftp://crm.example.com')).toBe('scheme')
    expect(baseUrlProblem('crm.example.com')).toBe('invalid')
    expect(baseUrlProblem('https://crm.example.com/?a=1')).toBe('query')
    expect(baseUrlProblem('https://crm.example.com/#top')).toBe('query')
  })

  it('offers the browser address unless it is this machine', () => {
    expect(suggestedBaseUrl('https://crm.example.com')).toBe('https://crm.example.com')
    expect(suggestedBaseUrl('http://192.168.1.20:8080')).toBe('http://192.168.1.20:8080')
    expect(suggestedBaseUrl('http://localhost:5173')).toBeNull()
    expect(suggestedBaseUrl('http://127.0.0.1:18383')).toBeNull()
  })
})
