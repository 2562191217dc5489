import { describe, expect, it } from 'vitest'
import { chosenFields, defaultFormFields, fieldChoices, publicFormUrl } from './form-fields'

const t = (key: string) => `<${key}>`

describe('lead form fields', () => {
  it('starts with a name, a mobile and the company', () => {
    expect(defaultFormFields(t).map((f) => [f.key, f.required])).toEqual([
      ['name', true],
      ['mobile', true],
      ['company', false],
    ])
  })

  it('lists shown fields first, then the others, and saves the shown ones', () => {
    const choices = fieldChoices([{ key: 'mobile', label: '手机', required: true }], t)
    expect(choices[0]).toEqual({ key: 'mobile', label: '手机', required: true, shown: true })
    expect(choices.filter((c) => c.shown)).toHaveLength(1)
    expect(choices).toHaveLength(11)
    const name = choices.find((c) => c.key === 'name')!
    name.shown = true
    name.label = '  '
    expect(chosenFields(choices, t)).toEqual([
      { key: 'mobile', label: '手机', required: true },
      { key: 'name', label: '<lead.field.name>', required: false },
    ])
  })

  it('builds the public address', () => {
    expect(publicFormUrl('https://crm.example.cn', '/f/abc', 'abc')).toBe('https://crm.example.cn/f/abc')
    expect(publicFormUrl('http://x', '', 'tok')).toBe('http://x/f/tok')
  })
})
