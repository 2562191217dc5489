import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import { applyFormError, fieldErrorsFrom } from './form-errors'

const text = (issue: string) => `issue:${issue}`

describe('form errors', () => {
  it('maps known fields and drops unknown ones', () => {
    const errors = fieldErrorsFrom(
      [
        { field: 'name', issue: 'required' },
        { field: 'roleIds[0]', issue: 'invalid_value' },
        { field: 'other', issue: 'too_long' },
      ],
      ['name', 'roleIds'],
      text,
    )
    expect(errors).toEqual({ name: 'issue:required', roleIds: 'issue:invalid_value' })
  })

  it('puts field errors on fields and toasts only what is left', () => {
    const target: Record<string, string> = { stale: 'x' }
    const report = vi.fn()
    const error = new ApiError(400, 'validation.failed', 'bad', { fields: [{ field: 'name', issue: 'too_long' }] })
    applyFormError(error, ['name'], text, target, report)
    expect(target).toEqual({ name: 'issue:too_long' })
    expect(report).not.toHaveBeenCalled()
  })

  it('toasts errors that have no fields', () => {
    const target: Record<string, string> = {}
    const report = vi.fn()
    applyFormError(new ApiError(409, 'department.not_empty', '部门下还有员工'), ['name'], text, target, report)
    expect(report).toHaveBeenCalledWith('部门下还有员工')
    expect(target).toEqual({})
  })

  it('rethrows errors that are not API errors', () => {
    expect(() => applyFormError(new Error('bug'), [], text, {}, vi.fn())).toThrow('bug')
  })
})
