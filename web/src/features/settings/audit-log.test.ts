import { describe, expect, it } from 'vitest'
import { en } from '@/locales/en'
import { zhCN } from '@/locales/zh-CN'
import { translator } from '@/shared/test-i18n'
import {
  actionFilterLabel,
  actionLabel,
  AUDIT_ACTION_GROUPS,
  AUDIT_ACTIONS,
  AUDIT_FIELDS,
  AUDIT_OBJECT_TYPES,
  auditChanges,
  auditFiltersFromQuery,
  auditFiltersToApi,
  auditFiltersToQuery,
  fieldLabel,
  formatAuditTime,
  formatAuditValue,
  groupLabel,
  hasDetails,
  objectRoute,
  objectText,
  objectTypeLabel,
  otherDetails,
  periodToInstants,
  shortenUserAgent,
} from './audit-log'

const zh = translator('zh-CN')
const english = translator('en')

function get(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj)
}

describe('periodToInstants', () => {
  it('turns local dates in Shanghai into [00:00 of the first day, 00:00 of the day after the last)', () => {
    expect(periodToInstants('2026-03-01', '2026-03-07', 'Asia/Shanghai')).toEqual({ from: '2026-02-28T16:00:00Z', to: '2026-03-07T16:00:00Z' })
    expect(periodToInstants('2026-11-26', '2026-11-26', 'Asia/Shanghai')).toEqual({ from: '2026-11-25T16:00:00Z', to: '2026-11-26T16:00:00Z' })
  })

  it('crosses month and year ends', () => {
    expect(periodToInstants('2026-12-31', '2026-12-31', 'Asia/Shanghai')).toEqual({ from: '2026-12-30T16:00:00Z', to: '2026-12-31T16:00:00Z' })
    expect(periodToInstants('2028-02-28', '2028-02-29', 'UTC')).toEqual({ from: '2028-02-28T00:00:00Z', to: '2028-03-01T00:00:00Z' })
  })

  it('follows another zone, across its daylight-saving switches', () => {
    // New York: EST (-5) until 2026-03-08 02:00, then EDT (-4); back on 2026-11-01.
    expect(periodToInstants('2026-03-08', '2026-03-08', 'America/New_York')).toEqual({ from: '2026-03-08T05:00:00Z', to: '2026-03-09T04:00:00Z' })
    expect(periodToInstants('2026-11-01', '2026-11-01', 'America/New_York')).toEqual({ from: '2026-11-01T04:00:00Z', to: '2026-11-02T05:00:00Z' })
    expect(periodToInstants('2026-07-01', '2026-07-31', 'Asia/Kolkata')).toEqual({ from: '2026-06-30T18:30:00Z', to: '2026-07-31T18:30:00Z' })
  })

  it('refuses what is not a period', () => {
    expect(periodToInstants('2026-03-07', '2026-03-01', 'Asia/Shanghai')).toBeNull()
    expect(periodToInstants('2026-02-30', '2026-03-01', 'Asia/Shanghai')).toBeNull()
    expect(periodToInstants('', '2026-03-01', 'Asia/Shanghai')).toBeNull()
    expect(periodToInstants('2026-3-1', '2026-03-01', 'Asia/Shanghai')).toBeNull()
  })
})

describe('formatAuditTime', () => {
  it('shows the instant in the company zone to the second', () => {
    expect(formatAuditTime('2026-11-26T09:30:05Z', 'Asia/Shanghai')).toBe('2026-11-26 17:30:05')
    expect(formatAuditTime('2026-11-26T09:30:05Z', 'America/New_York')).toBe('2026-11-26 04:30:05')
  })
})

describe('shortenUserAgent', () => {
  it('names browser and system', () => {
    expect(shortenUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36')).toBe('Chrome 120 · Windows')
    expect(shortenUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91')).toBe('Edge 120 · Windows')
    expect(shortenUserAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15')).toBe('Safari 17 · macOS')
    expect(shortenUserAgent('Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0')).toBe('Firefox 121 · Linux')
    expect(shortenUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1')).toBe('Safari 17 · iOS')
    expect(shortenUserAgent('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36')).toBe('Chrome 120 · Android')
    expect(
      shortenUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN'),
    ).toBe('WeChat 8 · iOS')
    expect(shortenUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36')).toBe('Headless Chrome 131 · Linux')
  })

  it('shows other clients by their first token, and nothing for jobs', () => {
    expect(shortenUserAgent('curl/8.5.0')).toBe('curl 8.5.0')
    expect(shortenUserAgent('python-requests/2.31.0 extra')).toBe('python-requests 2.31.0')
    expect(shortenUserAgent('')).toBe('')
    expect(shortenUserAgent('   ')).toBe('')
    expect(shortenUserAgent('Mozilla/5.0 (Windows NT 10.0) Something/1')).toBe('Windows')
  })
})

describe('labels', () => {
  it('gives every known action, group, object type and field a label in both languages', () => {
    for (const action of AUDIT_ACTIONS) {
      expect(typeof get(zhCN, `audit.actions.${action}`), action).toBe('string')
      expect(typeof get(en, `audit.actions.${action}`), action).toBe('string')
    }
    for (const group of AUDIT_ACTION_GROUPS) expect(typeof get(en, `audit.groups.${group.group}`), group.group).toBe('string')
    for (const type of AUDIT_OBJECT_TYPES) expect(typeof get(en, `audit.objectTypes.${type}`), type).toBe('string')
    for (const field of AUDIT_FIELDS) expect(typeof get(zhCN, `audit.fields.${field}`), field).toBe('string')
  })

  it('labels known codes and shows unknown ones raw', () => {
    expect(actionLabel('customer.update', zh)).toBe('编辑客户')
    expect(actionLabel('customer.update', english)).toBe('Edited a customer')
    expect(actionLabel('lead.source_create', zh)).toBe('新建线索来源')
    expect(actionLabel('widget.frobnicate', zh)).toBe('widget.frobnicate')
    expect(actionLabel('customer', zh)).toBe('customer')
    expect(actionLabel('customer.', zh)).toBe('customer.')
    expect(objectTypeLabel('customer', zh)).toBe('客户')
    expect(objectTypeLabel('tenant', zh)).toBe('设置')
    expect(objectTypeLabel('spaceship', zh)).toBe('spaceship')
    expect(groupLabel('auth', english)).toBe('Sign-in')
    expect(groupLabel('nope', english)).toBe('nope')
    expect(fieldLabel('amountFen', zh)).toBe('金额')
    expect(fieldLabel('favouriteColour', zh)).toBe('favouriteColour')
  })

  it('labels an action filter: a group prefix or an exact action', () => {
    expect(actionFilterLabel('customer.', zh)).toBe('客户（全部）')
    expect(actionFilterLabel('customer.update', zh)).toBe('编辑客户')
    expect(actionFilterLabel('nope.', zh)).toBe('nope.')
  })

  it('groups the actions by prefix', () => {
    const customer = AUDIT_ACTION_GROUPS.find((g) => g.group === 'customer')
    expect(customer?.prefix).toBe('customer.')
    expect(customer?.actions).toContain('customer.update')
    expect(AUDIT_ACTION_GROUPS.flatMap((g) => g.actions)).toHaveLength(AUDIT_ACTIONS.length)
  })
})

describe('formatAuditValue', () => {
  const tz = 'Asia/Shanghai'
  it('shows null and empty as —, booleans as 是/否, arrays joined', () => {
    expect(formatAuditValue('industry', null, zh, tz)).toBe('—')
    expect(formatAuditValue('industry', '', zh, tz)).toBe('—')
    expect(formatAuditValue('industry', undefined, zh, tz)).toBe('—')
    expect(formatAuditValue('isExecutive', true, zh, tz)).toBe('是')
    expect(formatAuditValue('isExecutive', false, zh, tz)).toBe('否')
    expect(formatAuditValue('isExecutive', false, english, tz)).toBe('No')
    expect(formatAuditValue('tags', ['重点', '华东'], zh, tz)).toBe('重点、华东')
    expect(formatAuditValue('tags', ['a', 'b'], english, tz)).toBe('a, b')
    expect(formatAuditValue('tags', [], zh, tz)).toBe('—')
  })

  it('shows fen as yuan, instants in the zone, numbers and text as they are', () => {
    expect(formatAuditValue('amountFen', 1234567, zh, tz)).toBe('¥12,345.67')
    expect(formatAuditValue('priceFen', 0, zh, tz)).toBe('¥0.00')
    expect(formatAuditValue('probability', 40, zh, tz)).toBe('40')
    expect(formatAuditValue('name', '甲公司', zh, tz)).toBe('甲公司')
    expect(formatAuditValue('phone', '138****5678', zh, tz)).toBe('138****5678')
    expect(formatAuditValue('nextAt', '2026-11-26T09:30:00Z', zh, tz)).toBe('2026-11-26 17:30')
    expect(formatAuditValue('expectedCloseDate', '2026-11-26', zh, tz)).toBe('2026-11-26')
    expect(formatAuditValue('x', { a: 1 }, zh, tz)).toBe('{"a":1}')
  })
})

describe('details', () => {
  const tz = 'Asia/Shanghai'
  it('reads the changes of an edit', () => {
    const changes = [{ field: 'name', before: '甲', after: '乙' }]
    expect(auditChanges({ changes })).toEqual(changes)
    expect(auditChanges({ changes: [{ nope: 1 }, null, ...changes] })).toEqual(changes)
    expect(auditChanges({})).toBeNull()
    expect(auditChanges({ changes: 'x' })).toBeNull()
  })

  it('lists other details as key: value, objects flattened', () => {
    expect(otherDetails({ object: 'customers', rows: 12, truncated: false, query: { q: '甲', status: 'active' }, changes: [] }, zh, tz)).toEqual([
      { key: 'object', text: 'customers' },
      { key: 'rows', text: '12' },
      { key: 'truncated', text: '否' },
      { key: 'query', text: 'q=甲、status=active' },
    ])
    expect(otherDetails({}, zh, tz)).toEqual([])
  })

  it('expands only entries with something to show', () => {
    expect(hasDetails({ details: {} })).toBe(false)
    expect(hasDetails({ details: { changes: [] } })).toBe(false)
    expect(hasDetails({ details: { changes: [{ field: 'name', before: 'a', after: 'b' }] } })).toBe(true)
    expect(hasDetails({ details: { rows: 3 } })).toBe(true)
  })
})

describe('objectRoute', () => {
  it('links the objects that have a page, unless deleted', () => {
    expect(objectRoute({ action: 'customer.update', objectType: 'customer', objectId: '7' })).toEqual({ name: 'customerDetail', params: { id: '7' } })
    expect(objectRoute({ action: 'opportunity.move', objectType: 'opportunity', objectId: '8' })).toEqual({ name: 'dealDetail', params: { id: '8' } })
    expect(objectRoute({ action: 'customer.delete', objectType: 'customer', objectId: '7' })).toBeNull()
    expect(objectRoute({ action: 'recycle.purge', objectType: 'lead', objectId: '7' })).toBeNull()
    expect(objectRoute({ action: 'user.update', objectType: 'user', objectId: '7' })).toBeNull()
    expect(objectRoute({ action: 'customer.update', objectType: 'customer', objectId: null })).toBeNull()
  })
})

describe('filters in the URL', () => {
  it('reads what is well formed and drops the rest', () => {
    expect(auditFiltersFromQuery({ objectType: 'customer', objectId: '123', action: 'customer.', from: '2026-03-01', to: '2026-03-07', actorId: '9' })).toEqual({
      actorId: '9',
      objectType: 'customer',
      objectId: '123',
      action: 'customer.',
      from: '2026-03-01',
      to: '2026-03-07',
    })
    expect(auditFiltersFromQuery({ objectType: 'Robert"); DROP', objectId: 'abc', action: '..', from: '2026-03-07', to: '2026-03-01' })).toEqual({
      actorId: null,
      objectType: null,
      objectId: null,
      action: null,
      from: null,
      to: null,
    })
    expect(auditFiltersFromQuery({ from: '2026-03-01' }).from).toBeNull()
  })

  it('writes only what is set, and round-trips', () => {
    const filters = { actorId: null, objectType: 'customer', objectId: null, action: 'customer.update', from: '2026-03-01', to: '2026-03-01' }
    const query = auditFiltersToQuery(filters)
    expect(query).toEqual({ objectType: 'customer', action: 'customer.update', from: '2026-03-01', to: '2026-03-01' })
    expect(auditFiltersFromQuery(query)).toEqual(filters)
  })

  it('gives the API the period as instants of the company zone', () => {
    const filters = { actorId: '5', objectType: 'customer', objectId: '6', action: 'customer.', from: '2026-03-01', to: '2026-03-01' }
    expect(auditFiltersToApi(filters, 'Asia/Shanghai')).toEqual({
      actorId: '5',
      objectType: 'customer',
      objectId: '6',
      action: 'customer.',
      from: '2026-02-28T16:00:00Z',
      to: '2026-03-01T16:00:00Z',
    })
    expect(auditFiltersToApi({ ...filters, actorId: null, from: null, to: null }, 'Asia/Shanghai')).toEqual({ objectType: 'customer', objectId: '6', action: 'customer.' })
  })
})

describe('objectText', () => {
  it('names the object when the log knows its name, else shows its id', () => {
    expect(objectText({ objectId: '12', objectName: '东莞云帆建筑工程有限公司' })).toBe('东莞云帆建筑工程有限公司')
    expect(objectText({ objectId: '12', objectName: '' })).toBe('#12')
    expect(objectText({ objectId: null, objectName: '' })).toBe('')
  })
})
