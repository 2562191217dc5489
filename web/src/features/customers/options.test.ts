import { describe, expect, it } from 'vitest'
import { regionText, SORT_OPTIONS } from './options'
import { zhCN } from '@/locales/zh-CN'

describe('customer options', () => {
  it('shows a region without repeating a city that equals its province', () => {
    expect(regionText('北京市', '北京市')).toBe('北京市')
    expect(regionText('河北省', '石家庄市', '')).toBe('河北省 石家庄市')
    expect(regionText('', null, undefined)).toBe('')
  })

  it('every sort choice has a label', () => {
    const sort = zhCN.customer.sort as Record<string, string>
    for (const o of SORT_OPTIONS) expect(sort[o.key.split('.').pop()!], o.key).toBeTruthy()
  })
})
