import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import type { CustomField, CustomFieldType } from '@/api/custom-fields'
import {
  applyRecordFormError,
  checkCustomValue,
  checkCustomValues,
  columnCandidates,
  createPayload,
  customFieldErrorsFrom,
  customFilterQuery,
  customFiltersFromQuery,
  defaultColumns,
  detailBlocks,
  detailSections,
  filterParams,
  formatAnyValue,
  formatCustomValue,
  groupFields,
  initialValues,
  issueKey,
  isEmptyValue,
  parseMoneyText,
  patchPayload,
} from './custom-field-values'

let seq = 0
function field(type: CustomFieldType, over: Partial<CustomField> = {}): CustomField {
  seq++
  return {
    id: String(seq),
    object: 'customer',
    key: `cf_${seq}`,
    label: `Field ${seq}`,
    type,
    options: [],
    required: false,
    unique: false,
    defaultValue: null,
    visibleRoleIds: [],
    position: seq,
    filterable: !['long_text', 'location', 'image', 'attachment'].includes(type),
    deletedAt: null,
    createdAt: '2026-12-01T00:00:00Z',
    updatedAt: '2026-12-01T00:00:00Z',
    ...over,
  }
}

const text = (issue: string) => `issue:${issue}`

describe('formatCustomValue', () => {
  it('shows money in yuan with two decimals', () => {
    expect(formatCustomValue(field('money'), 123450)).toBe('¥1,234.50')
    expect(formatCustomValue(field('money'), -5)).toBe('-¥0.05')
  })

  it('shows a datetime in the company time zone and a date as it is', () => {
    expect(formatCustomValue(field('datetime'), '2026-12-01T02:30:00Z', { timeZone: 'Asia/Shanghai' })).toBe('2026-12-01 10:30')
    expect(formatCustomValue(field('datetime'), '2026-12-01T02:30:00Z', { timeZone: 'America/New_York' })).toBe('2026-11-30 21:30')
    expect(formatCustomValue(field('date'), '2026-12-01')).toBe('2026-12-01')
  })

  it('joins a multi-select with 、 and shows numbers and text', () => {
    expect(formatCustomValue(field('multi_select'), ['早餐', '停车'])).toBe('早餐、停车')
    expect(formatCustomValue(field('number'), 12.5)).toBe('12.5')
    expect(formatCustomValue(field('text'), '四星')).toBe('四星')
  })

  it('names users and departments through the lookups, else shows the id', () => {
    const ctx = { userName: (id: string) => (id === 'u1' ? '张三' : undefined), departmentName: (id: string) => (id === 'd1' ? '华东销售部' : undefined) }
    expect(formatCustomValue(field('user'), 'u1', ctx)).toBe('张三')
    expect(formatCustomValue(field('user'), 'u9', ctx)).toBe('u9')
    expect(formatCustomValue(field('department'), 'd1', ctx)).toBe('华东销售部')
  })

  it('shows a location by its address, else its coordinates', () => {
    expect(formatCustomValue(field('location'), { lat: 31.2, lng: 121.5, address: '上海市浦东新区' })).toBe('上海市浦东新区')
    expect(formatCustomValue(field('location'), { lat: 31.2, lng: 121.5 })).toBe('31.2, 121.5')
  })

  it('shows — for empty values, or what it is told to', () => {
    for (const v of [null, undefined, '', '  ', []]) expect(formatCustomValue(field('text'), v)).toBe('—')
    expect(formatCustomValue(field('money'), null, { missing: '' })).toBe('')
  })

  it('shows a value of the wrong shape as it is', () => {
    expect(formatCustomValue(field('money'), 'abc')).toBe('abc')
    expect(formatAnyValue({ lat: 1, lng: 2 })).toBe('1, 2')
    expect(formatAnyValue(['a', 3])).toBe('a、3')
  })
})

describe('checkCustomValue', () => {
  it('asks for a required value', () => {
    expect(checkCustomValue(field('text', { required: true }), '  ')).toBe('required')
    expect(checkCustomValue(field('multi_select', { required: true, options: ['a'] }), [])).toBe('required')
    expect(checkCustomValue(field('text'), '')).toBeNull()
  })

  it('limits text to 200 and long text to 5,000 characters', () => {
    expect(checkCustomValue(field('text'), 'a'.repeat(200))).toBeNull()
    expect(checkCustomValue(field('text'), 'a'.repeat(201))).toBe('too_long')
    expect(checkCustomValue(field('text'), '字'.repeat(200))).toBeNull()
    expect(checkCustomValue(field('long_text'), 'a'.repeat(5000))).toBeNull()
    expect(checkCustomValue(field('long_text'), 'a'.repeat(5001))).toBe('too_long')
  })

  it('checks types and ranges', () => {
    expect(checkCustomValue(field('number'), '12')).toBe('invalid_value')
    expect(checkCustomValue(field('number'), 1e16)).toBe('invalid_value')
    expect(checkCustomValue(field('number'), -1e15)).toBeNull()
    expect(checkCustomValue(field('money'), 12.5)).toBe('invalid_value')
    expect(checkCustomValue(field('money'), 1250)).toBeNull()
    expect(checkCustomValue(field('text'), 5)).toBe('wrong_type')
  })

  it('checks dates, instants and options', () => {
    expect(checkCustomValue(field('date'), '2026-02-30')).toBe('invalid_value')
    expect(checkCustomValue(field('date'), '2026-02-28')).toBeNull()
    expect(checkCustomValue(field('datetime'), '2026-02-28T01:00:00.000Z')).toBeNull()
    expect(checkCustomValue(field('datetime'), '2026-02-28 01:00')).toBe('invalid_value')
    const select = field('select', { options: ['A', 'B'] })
    expect(checkCustomValue(select, 'A')).toBeNull()
    expect(checkCustomValue(select, 'C')).toBe('invalid_value')
    const multi = field('multi_select', { options: ['A', 'B'] })
    expect(checkCustomValue(multi, ['A', 'B'])).toBeNull()
    expect(checkCustomValue(multi, ['A', 'A'])).toBe('invalid_value')
    expect(checkCustomValue(multi, 'A')).toBe('wrong_type')
  })

  it('checks locations and attachments', () => {
    expect(checkCustomValue(field('location'), { lat: 31, lng: 121 })).toBeNull()
    expect(checkCustomValue(field('location'), { lat: null, lng: null, address: '上海' })).toBe('invalid_value')
    expect(checkCustomValue(field('location'), { lat: 91, lng: 0 })).toBe('invalid_value')
    expect(checkCustomValue(field('location'), { lat: 1, lng: 1, address: 'x'.repeat(201) })).toBe('too_long')
    expect(checkCustomValue(field('attachment'), Array.from({ length: 10 }, (_, i) => String(i)))).toBe('too_long')
    expect(checkCustomValue(field('attachment'), ['1', '2'])).toBeNull()
    expect(checkCustomValue(field('image'), '1')).toBeNull()
  })

  it('checks only the changed values of an edit', () => {
    const select = field('select', { options: ['新'] })
    const required = field('text', { required: true })
    // The old option "旧" was renamed; the record keeps it until someone changes it.
    expect(checkCustomValues([select, required], { [select.key]: '旧', [required.key]: null }, { [select.key]: '旧' })).toEqual({})
    expect(checkCustomValues([select, required], { [select.key]: '旧', [required.key]: null })).toEqual({
      [`customFields.${select.key}`]: 'invalid_value',
      [`customFields.${required.key}`]: 'required',
    })
    // Clearing a required value is refused.
    expect(checkCustomValues([required], { [required.key]: '' }, { [required.key]: 'x' })).toEqual({ [`customFields.${required.key}`]: 'required' })
  })
})

describe('request bodies', () => {
  const name = field('text')
  const size = field('number')
  const tags = field('multi_select', { options: ['a', 'b'] })
  const place = field('location')
  const fields = [name, size, tags, place]

  it('sends only filled values on create, trimmed', () => {
    expect(createPayload(fields, { [name.key]: '  x ', [size.key]: 0, [tags.key]: [], [place.key]: null, other: 'y' })).toEqual({
      [name.key]: 'x',
      [size.key]: 0,
    })
    expect(createPayload(fields, { [place.key]: { lat: 1, lng: 2, address: ' ' } })).toEqual({ [place.key]: { lat: 1, lng: 2 } })
  })

  it('sends the changed values on edit, null for a cleared one, nothing when unchanged', () => {
    const before = { [name.key]: 'x', [size.key]: 3, [tags.key]: ['a'], hidden: 'kept' }
    expect(patchPayload(fields, { ...before }, before)).toBeUndefined()
    expect(patchPayload(fields, { [name.key]: 'x ', [size.key]: null, [tags.key]: ['a', 'b'] }, before)).toEqual({
      [size.key]: null,
      [tags.key]: ['a', 'b'],
    })
    expect(patchPayload(fields, { [name.key]: '' }, before)).toEqual({ [name.key]: null, [size.key]: null, [tags.key]: null })
  })

  it('starts a new form from the defaults and an edit from a copy of the values', () => {
    const withDefault = field('select', { options: ['a'], defaultValue: 'a' })
    expect(initialValues([withDefault, size])).toEqual({ [withDefault.key]: 'a', [size.key]: null })
    const record = { [tags.key]: ['a'] }
    const values = initialValues([tags], record)
    expect(values).toEqual(record)
    ;(values[tags.key] as string[]).push('b')
    expect(record[tags.key]).toEqual(['a'])
  })
})

describe('server errors', () => {
  const rooms = field('number', { key: 'rooms' })

  it('maps customFields.<key> to the form item of the field', () => {
    const errors = customFieldErrorsFrom(
      [
        { field: 'customFields.rooms', issue: 'invalid_value' },
        { field: 'customFields.gone', issue: 'unknown_field' },
        { field: 'name', issue: 'required' },
      ],
      ['rooms'],
      text,
    )
    expect(errors).toEqual({ 'customFields.rooms': 'issue:invalid_value' })
  })

  it('places built-in and custom field errors and toasts the rest', () => {
    const target: Record<string, string> = { stale: 'x' }
    const report = vi.fn()
    const error = new ApiError(400, 'validation.failed', 'bad', {
      fields: [
        { field: 'name', issue: 'required' },
        // `taken` and `unknown_field` are custom field issues api/types.ts does not list yet.
        { field: `customFields.${rooms.key}`, issue: 'taken' },
      ],
    })
    applyRecordFormError(error, { knownFields: ['name'], customKeys: [rooms.key], issueText: text, customIssueText: (i) => `cf:${i}` }, target, report)
    expect(target).toEqual({ name: 'issue:required', 'customFields.rooms': 'cf:taken' })
    expect(report).not.toHaveBeenCalled()

    const other = new ApiError(400, 'validation.failed', 'bad', { fields: [{ field: 'customFields.gone', issue: 'unknown_field' }] })
    applyRecordFormError(other, { knownFields: ['name'], customKeys: [rooms.key], issueText: text, customIssueText: text }, target, report)
    expect(target).toEqual({})
    expect(report).toHaveBeenCalledWith('bad')
  })

  it('rethrows what is no API error', () => {
    expect(() => applyRecordFormError(new Error('x'), { knownFields: [], customKeys: [], issueText: text, customIssueText: text }, {}, () => undefined)).toThrow('x')
  })
})

describe('layout', () => {
  const a = field('text', { key: 'a', position: 2 })
  const b = field('number', { key: 'b', position: 1 })
  const c = field('select', { key: 'c', position: 3, options: ['x'] })

  it('groups the fields as the layout says, leaving out unknown keys, repeats and empty groups', () => {
    const groups = groupFields([a, b, c], {
      groups: [
        { title: '房间', fields: ['b', 'gone', 'a'] },
        { title: '空', fields: ['gone'] },
        { title: '', fields: ['a'] },
      ],
    })
    expect(groups.map((g) => [g.title, g.fields.map((f) => f.key)])).toEqual([['房间', ['b', 'a']]])
  })

  it('without a layout, one untitled group by position', () => {
    expect(groupFields([a, b, c], null).map((g) => [g.title, g.fields.map((f) => f.key)])).toEqual([['', ['b', 'a', 'c']]])
    expect(groupFields([], null)).toEqual([])
  })

  it('shows on the detail the groups, then other fields with a value, then deleted values', () => {
    const sections = detailSections([a, b, c], { groups: [{ title: 'G', fields: ['a'] }] }, { a: null, b: 5, c: '', old_key: '旧值', empty_old: '' })
    expect(sections.groups).toEqual([{ title: 'G', items: [{ field: a, value: null }] }])
    expect(sections.others).toEqual([{ field: b, value: 5 }])
    expect(sections.deleted).toEqual([{ key: 'old_key', value: '旧值' }])
    expect(detailSections([a], null, null)).toEqual({ groups: [{ title: '', items: [{ field: a, value: undefined }] }], others: [], deleted: [] })
  })
})

describe('detail blocks', () => {
  const a = field('text', { key: 'a' })
  const b = field('text', { key: 'b' })
  const c = field('text', { key: 'c' })
  const item = (f: CustomField) => ({ field: f, value: 'x' })

  it('puts the other fields into the untitled group, or after the groups', () => {
    expect(detailBlocks({ groups: [{ title: 'G', items: [item(a)] }], others: [item(c)] })).toEqual([
      { title: 'G', items: [item(a)] },
      { title: '', items: [item(c)] },
    ])
    expect(detailBlocks({ groups: [{ title: '', items: [item(a)] }, { title: 'G', items: [item(b)] }], others: [item(c)] })).toEqual([
      { title: '', items: [item(a), item(c)] },
      { title: 'G', items: [item(b)] },
    ])
    expect(detailBlocks({ groups: [], others: [] })).toEqual([])
  })
})

describe('list filters', () => {
  const t1 = field('text', { key: 't1' })
  const n1 = field('number', { key: 'n1' })
  const m1 = field('money', { key: 'm1' })
  const d1 = field('date', { key: 'd1' })
  const dt = field('datetime', { key: 'dt' })
  const s1 = field('select', { key: 's1', options: ['A'] })
  const lt = field('long_text', { key: 'lt' })

  it('names the parameters of each type', () => {
    expect(filterParams(t1)).toEqual(['cf.t1'])
    expect(filterParams(n1)).toEqual(['cf.n1', 'cf.n1From', 'cf.n1To'])
    expect(filterParams(dt)).toEqual(['cf.dtFrom', 'cf.dtTo'])
    expect(filterParams(s1)).toEqual(['cf.s1'])
    expect(filterParams(lt)).toEqual([])
  })

  it('sends only well-formed parameters of filterable fields', () => {
    const query = customFilterQuery([t1, n1, m1, d1, dt, s1, lt], {
      'cf.t1': ' 四星 ',
      'cf.n1From': '10',
      'cf.n1To': 'abc',
      'cf.m1To': '12.5',
      'cf.m1From': '1000',
      'cf.d1': '2026-12-01',
      'cf.dtFrom': '2026-11-30T16:00:00.000Z',
      'cf.s1': 'A',
      'cf.lt': 'x',
      'cf.gone': 'y',
      'cf.s1To': 'z',
    })
    expect(query).toEqual({
      'cf.t1': '四星',
      'cf.n1From': '10',
      'cf.m1From': '1000',
      'cf.d1': '2026-12-01',
      'cf.dtFrom': '2026-11-30T16:00:00.000Z',
      'cf.s1': 'A',
    })
  })

  it('reads the cf.* parameters of a link', () => {
    expect(customFiltersFromQuery({ q: 'x', 'cf.s1': 'A', 'cf.n1From': ['5', '6'], 'cf.t1': '' })).toEqual({ 'cf.s1': 'A', 'cf.n1From': '5' })
  })

  it('offers one-line fields as columns, filterable first', () => {
    const loc = field('location', { key: 'loc' })
    expect(columnCandidates([lt, loc, t1]).map((f) => f.key)).toEqual(['t1'])
    const plain = field('text', { key: 'p', filterable: false })
    expect(defaultColumns([plain, t1, n1, m1])).toEqual(['t1', 'n1', 'm1'])
  })
})

describe('values', () => {
  it('knows an empty value', () => {
    expect(isEmptyValue({ lat: null, lng: null, address: '' })).toBe(true)
    expect(isEmptyValue(0)).toBe(false)
    expect(isEmptyValue([''])).toBe(false)
  })

  it('words a money text and a half-filled location apart', () => {
    expect(issueKey(field('money'), '1.234', 'invalid_value')).toBe('moneyFormat')
    expect(issueKey(field('money'), 1e17, 'invalid_value')).toBe('invalid_value')
    expect(issueKey(field('location'), { lat: null, lng: null, address: 'x' }, 'invalid_value')).toBe('locationIncomplete')
    expect(issueKey(field('text'), 'x', 'too_long')).toBe('too_long')
  })

  it('reads money typed in yuan, negative too', () => {
    expect(parseMoneyText('12.5')).toBe(1250)
    expect(parseMoneyText('-0.01')).toBe(-1)
    expect(parseMoneyText('1,000')).toBe(100000)
    expect(parseMoneyText('1.234')).toBeNull()
    expect(parseMoneyText('abc')).toBeNull()
  })
})
