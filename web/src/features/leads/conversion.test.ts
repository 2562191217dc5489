import { describe, expect, it } from 'vitest'
import type { Lead } from '@/api/leads'
import { DEFAULT_MAPPING, duplicateTargets, MAPPABLE_LEAD_FIELDS, MAPPING_TARGETS, mapLead, normalizeMapping } from './conversion'

const lead = {
  name: '张三',
  company: '星辰科技有限公司',
  mobile: '13800001111',
  phone: null,
  email: 'zs@xc.cn',
  wechat: null,
  title: '采购经理',
  sourceName: '展会',
  campaign: '双11',
  province: '北京市',
  city: '北京市',
  industry: '制造业',
  creditCode: null,
  notes: '',
} as unknown as Lead

describe('conversion mapping', () => {
  it('maps a lead to customer and contact values with the default mapping', () => {
    expect(mapLead(lead, DEFAULT_MAPPING)).toEqual({
      customer: { name: '星辰科技有限公司', industry: '制造业', province: '北京市', city: '北京市', source: '展会' },
      contact: { name: '张三', title: '采购经理', mobile: '13800001111', email: 'zs@xc.cn' },
    })
    expect(DEFAULT_MAPPING.every((f) => MAPPING_TARGETS.includes(f.customer as never))).toBe(true)
    expect(DEFAULT_MAPPING.every((f) => (MAPPABLE_LEAD_FIELDS as readonly string[]).includes(f.lead))).toBe(true)
  })

  it('names the customer after the person when there is no company', () => {
    expect(mapLead({ ...lead, company: '' }, DEFAULT_MAPPING).customer.name).toBe('张三')
  })

  it('follows a custom mapping, the first row per target winning', () => {
    const mapped = mapLead(lead, [
      { lead: 'campaign', customer: 'customer.source' },
      { lead: 'sourceName', customer: 'customer.source' },
      { lead: 'mobile', customer: 'customer.phone' },
    ])
    expect(mapped).toEqual({ customer: { source: '双11', phone: '13800001111', name: '星辰科技有限公司' }, contact: {} })
  })

  it('cleans and checks an edited mapping', () => {
    const rows = [
      { lead: 'company', customer: 'name' },
      { lead: 'company', customer: 'name' },
      { lead: '', customer: 'city' },
      { lead: 'name', customer: 'name' },
    ]
    expect(normalizeMapping(rows)).toEqual([
      { lead: 'company', customer: 'name' },
      { lead: 'name', customer: 'name' },
    ])
    expect(duplicateTargets(normalizeMapping(rows))).toEqual(['name'])
  })
})
