import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { inputType, invalidFieldKeys, missingRequired, publicFormBody, publicFormErrorKind } from './public-form'

const fields = [
  { key: 'name', label: '姓名', required: true },
  { key: 'mobile', label: '手机', required: true },
  { key: 'company', label: '公司', required: false },
]

describe('public form', () => {
  it('finds required fields left empty and sends trimmed values of its own fields', () => {
    expect(missingRequired(fields, { name: ' ', company: 'x' })).toEqual(['name', 'mobile'])
    expect(missingRequired(fields, { name: '张三', mobile: '138' })).toEqual([])
    expect(publicFormBody(fields, { name: ' 张三 ', mobile: '138', company: '', other: 'x' })).toEqual({ name: '张三', mobile: '138' })
  })

  it('tells each refusal apart', () => {
    expect(publicFormErrorKind(new ApiError(404, 'form.not_found', ''))).toBe('notFound')
    expect(publicFormErrorKind(new ApiError(429, 'rate_limited', ''))).toBe('rateLimited')
    expect(publicFormErrorKind(new ApiError(400, 'validation.failed', ''))).toBe('invalid')
    expect(publicFormErrorKind(new ApiError(413, 'request.too_large', ''))).toBe('tooLarge')
    expect(publicFormErrorKind(new ApiError(422, 'form.rejected', ''))).toBe('rejected')
    expect(publicFormErrorKind(new ApiError(0, 'network', ''))).toBe('network')
    expect(publicFormErrorKind(new ApiError(500, 'internal', ''))).toBe('other')
    expect(publicFormErrorKind(new Error('x'))).toBe('other')
  })

  it('names the fields a 400 refused', () => {
    const error = new ApiError(400, 'validation.failed', '', { fields: [{ field: 'fields.mobile', issue: 'invalid_value' }, { field: 'name', issue: 'required' }] })
    expect(invalidFieldKeys(error)).toEqual(['mobile', 'name'])
  })

  it('gives phones the right keyboard', () => {
    expect(inputType('mobile')).toBe('tel')
    expect(inputType('email')).toBe('email')
    expect(inputType('notes')).toBe('textarea')
    expect(inputType('company')).toBe('text')
  })
})
