import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { listCustomFields, type CustomFieldList } from '@/api/custom-fields'
import { useCustomFields } from './useCustomFields'

vi.mock('@/api/custom-fields', () => ({ listCustomFields: vi.fn() }))

const answer = (keys: string[]): CustomFieldList => ({
  items: keys.map((key, i) => ({ key, label: key, type: 'text', position: i, options: [] }) as unknown as CustomFieldList['items'][number]),
  layout: { object: 'customer', departmentId: null, own: false, inheritedFrom: null, groups: [{ title: '', fields: [keys[0]] }] },
})

describe('useCustomFields', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.mocked(listCustomFields).mockReset()
  })

  it('asks once per object, shares the answer, and asks again on reload', async () => {
    vi.mocked(listCustomFields).mockResolvedValue(answer(['a', 'b']))
    const one = useCustomFields('customer')
    const two = useCustomFields('customer')
    await one.load()
    expect(listCustomFields).toHaveBeenCalledTimes(1)
    expect(two.fields.value.map((f) => f.key)).toEqual(['a', 'b'])
    // The form shows what the layout says.
    expect(two.formFields.value.map((f) => f.key)).toEqual(['a'])

    useCustomFields('lead')
    expect(listCustomFields).toHaveBeenLastCalledWith('lead')

    vi.mocked(listCustomFields).mockResolvedValue(answer(['c']))
    await one.reload()
    expect(two.fields.value.map((f) => f.key)).toEqual(['c'])
    expect(listCustomFields).toHaveBeenCalledTimes(3)
  })
})
