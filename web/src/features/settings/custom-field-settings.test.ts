import { describe, expect, it } from 'vitest'
import { CUSTOM_FIELD_TYPES, type CustomField } from '@/api/custom-fields'
import { translator } from '@/shared/test-i18n'
import {
  addField,
  addGroup,
  allowsUnique,
  canMoveField,
  cleanGroups,
  defaultValueOf,
  emptyFieldForm,
  fieldToForm,
  groupsForSave,
  hasOptions,
  layoutProblems,
  layoutSource,
  moveField,
  moveGroup,
  optionsProblem,
  orderFields,
  placedKeys,
  positionPatches,
  refusalOf,
  removeField,
  removeGroup,
  renameGroup,
  sameGroups,
  toCreateBody,
  toUpdateBody,
  typeNameKey,
  unplacedFields,
  validateFieldForm,
  visibleRoleNames,
  type FieldForm,
} from './custom-field-settings'

let seq = 0
function field(over: Partial<CustomField> = {}): CustomField {
  seq++
  return {
    id: `f${seq}`,
    object: 'customer',
    key: `cf_${seq}`,
    label: `字段${seq}`,
    type: 'text',
    options: [],
    required: false,
    unique: false,
    defaultValue: null,
    visibleRoleIds: [],
    position: seq,
    filterable: true,
    deletedAt: null,
    createdAt: '2026-12-01T00:00:00Z',
    updatedAt: '2026-12-01T00:00:00Z',
    ...over,
  }
}

function form(over: Partial<FieldForm> = {}): FieldForm {
  return { ...emptyFieldForm(), label: '房间数', ...over }
}

describe('types', () => {
  it('names every type in both languages', () => {
    const zh = translator('zh-CN')
    const en = translator('en')
    expect(CUSTOM_FIELD_TYPES.map((type) => zh(typeNameKey(type)))).toEqual([
      '单行文本',
      '多行文本',
      '数字',
      '金额',
      '日期',
      '日期时间',
      '单选',
      '多选',
      '人员',
      '部门',
      '定位',
      '图片',
      '附件',
    ])
    for (const type of CUSTOM_FIELD_TYPES) expect(en(typeNameKey(type))).not.toBe(typeNameKey(type))
  })

  it('allows unique and options by type', () => {
    expect(CUSTOM_FIELD_TYPES.filter(allowsUnique)).toEqual(['text', 'number', 'money', 'date', 'user', 'department'])
    expect(CUSTOM_FIELD_TYPES.filter(hasOptions)).toEqual(['select', 'multi_select'])
  })
})

describe('the field dialog', () => {
  it('asks for a label of at most 40 characters, unique among the live fields', () => {
    const others = [field({ label: '房间数' }), field({ label: '旧字段', deletedAt: '2026-12-02T00:00:00Z' })]
    expect(validateFieldForm(form({ label: '  ' }), null)).toEqual({ label: 'required' })
    expect(validateFieldForm(form({ label: 'x'.repeat(41) }), null)).toEqual({ label: 'too_long' })
    expect(validateFieldForm(form({ label: 'x'.repeat(40) }), null)).toEqual({})
    expect(validateFieldForm(form({ label: ' 房间数 ' }), null, others)).toEqual({ label: 'taken' })
    // A deleted field's label is free again; the field being edited does not clash with itself.
    expect(validateFieldForm(form({ label: '旧字段' }), null, others)).toEqual({})
    expect(validateFieldForm(form({ label: '房间数' }), others[0], others)).toEqual({})
  })

  it('checks a chosen key on create only, and a deleted field keeps its key taken', () => {
    const deleted = field({ key: 'rooms', deletedAt: '2026-12-02T00:00:00Z' })
    expect(validateFieldForm(form({ key: 'Rooms' }), null)).toEqual({ key: 'invalid' })
    expect(validateFieldForm(form({ key: '1rooms' }), null)).toEqual({ key: 'invalid' })
    expect(validateFieldForm(form({ key: 'r'.repeat(33) }), null)).toEqual({ key: 'invalid' })
    expect(validateFieldForm(form({ key: 'room_count_2' }), null)).toEqual({})
    expect(validateFieldForm(form({ key: '' }), null)).toEqual({})
    expect(validateFieldForm(form({ key: 'rooms' }), null, [deleted])).toEqual({ key: 'taken' })
    const editing = field({ key: 'Weird' })
    expect(validateFieldForm(fieldToForm(editing), editing)).toEqual({})
  })

  it('wants 1–200 distinct options of at most 40 characters for select types', () => {
    expect(optionsProblem([])).toEqual({ problem: 'required', index: null })
    expect(optionsProblem(['', '  '])).toEqual({ problem: 'required', index: null })
    expect(optionsProblem(['A', 'B', ' A '])).toEqual({ problem: 'duplicate', index: 2 })
    expect(optionsProblem(['A', 'x'.repeat(41)])).toEqual({ problem: 'too_long', index: 1 })
    expect(optionsProblem(Array.from({ length: 201 }, (_, i) => `o${i}`))).toEqual({ problem: 'too_many', index: null })
    expect(optionsProblem(['A', '', 'B'])).toBeNull()
    expect(validateFieldForm(form({ type: 'select', options: [] }), null)).toEqual({ options: 'required' })
    // Options of a type without them do not matter.
    expect(validateFieldForm(form({ type: 'text', options: ['A', 'A'] }), null)).toEqual({})
  })

  it('reads the default value as the type says', () => {
    expect(defaultValueOf(form({ type: 'text', defaultText: ' 无 ' }))).toEqual({ value: '无' })
    expect(defaultValueOf(form({ type: 'text', defaultText: '' }))).toEqual({ value: null })
    expect(defaultValueOf(form({ type: 'text', defaultText: 'x'.repeat(201) }))).toEqual({ problem: 'too_long' })
    expect(defaultValueOf(form({ type: 'long_text', defaultText: 'x'.repeat(201) }))).toEqual({ value: 'x'.repeat(201) })
    expect(defaultValueOf(form({ type: 'number', defaultText: '1,200.5' }))).toEqual({ value: 1200.5 })
    expect(defaultValueOf(form({ type: 'number', defaultText: '-3' }))).toEqual({ value: -3 })
    expect(defaultValueOf(form({ type: 'number', defaultText: 'abc' }))).toEqual({ problem: 'invalid' })
    expect(defaultValueOf(form({ type: 'number', defaultText: '1e16' }))).toEqual({ problem: 'invalid' })
    expect(defaultValueOf(form({ type: 'money', defaultText: '¥1,000.5' }))).toEqual({ value: 100050 })
    expect(defaultValueOf(form({ type: 'money', defaultText: '-0.01' }))).toEqual({ value: -1 })
    expect(defaultValueOf(form({ type: 'money', defaultText: '1.001' }))).toEqual({ problem: 'invalid' })
    expect(defaultValueOf(form({ type: 'date', defaultText: '2026-02-28' }))).toEqual({ value: '2026-02-28' })
    expect(defaultValueOf(form({ type: 'date', defaultText: '2026-02-30' }))).toEqual({ problem: 'invalid' })
    expect(defaultValueOf(form({ type: 'select', options: ['春季', '秋季'], defaultText: '秋季' }))).toEqual({ value: '秋季' })
    expect(defaultValueOf(form({ type: 'select', options: ['春季'], defaultText: '冬季' }))).toEqual({ problem: 'not_option' })
    expect(defaultValueOf(form({ type: 'multi_select', options: ['A', 'B', 'C'], defaultList: ['C', 'A', 'C'] }))).toEqual({ value: ['C', 'A'] })
    expect(defaultValueOf(form({ type: 'multi_select', options: ['A'], defaultList: ['Z'] }))).toEqual({ problem: 'not_option' })
    expect(defaultValueOf(form({ type: 'multi_select', options: ['A'], defaultList: [] }))).toEqual({ value: null })
    expect(defaultValueOf(form({ type: 'user', defaultText: 'u1' }))).toEqual({ value: null })
    // An option renamed away from under the default is found before saving.
    expect(validateFieldForm(form({ type: 'select', options: ['秋'], defaultText: '秋季' }), null)).toEqual({ defaultValue: 'not_option' })
  })

  it('makes the create body: key only when chosen, options and unique only where the type has them', () => {
    expect(toCreateBody(form({ label: ' 房间数 ', type: 'number', unique: true, defaultText: '10', required: true }), 'customer')).toEqual({
      object: 'customer',
      label: '房间数',
      type: 'number',
      required: true,
      unique: true,
      defaultValue: 10,
      visibleRoleIds: [],
    })
    expect(
      toCreateBody(form({ label: '招生季', type: 'select', key: 'season', options: [' 春季 ', '', '秋季'], unique: true, visibleRoleIds: ['r1', 'r1', 'r2'] }), 'lead'),
    ).toEqual({ object: 'lead', label: '招生季', type: 'select', key: 'season', options: ['春季', '秋季'], required: false, visibleRoleIds: ['r1', 'r2'] })
  })

  it('round-trips a field into the form and patches only what changed', () => {
    const f = field({ type: 'money', defaultValue: 150, unique: false, visibleRoleIds: ['r1', 'r2'] })
    const f2 = fieldToForm(f)
    expect(f2.defaultText).toBe('1.50')
    expect(toUpdateBody(f2, f)).toEqual({})
    f2.visibleRoleIds = ['r2', 'r1']
    expect(toUpdateBody(f2, f)).toEqual({})
    f2.defaultText = ''
    f2.unique = true
    f2.label = '预算'
    expect(toUpdateBody(f2, f)).toEqual({ label: '预算', unique: true, defaultValue: null })

    const s = field({ type: 'multi_select', options: ['A', 'B'], defaultValue: ['A'] })
    const s2 = fieldToForm(s)
    expect(s2.defaultList).toEqual(['A'])
    s2.options = ['A', 'B', 'C']
    s2.visibleRoleIds = ['r9']
    expect(toUpdateBody(s2, s)).toEqual({ options: ['A', 'B', 'C'], visibleRoleIds: ['r9'] })

    // A default the dialog does not edit (a user) is never sent.
    const u = field({ type: 'user', defaultValue: 'u7' })
    expect(toUpdateBody(fieldToForm(u), u)).toEqual({})
  })

  it('puts the server’s refusals next to the fields', () => {
    const issue = (field: string, issue: 'required' | 'invalid_value' | 'too_long') => ({ field, issue })
    expect(refusalOf({ status: 409, code: 'custom_field.key_taken', fieldIssues: [] })).toEqual({ fields: { key: 'taken' }, general: null, unplaced: false })
    expect(refusalOf({ status: 409, code: 'custom_field.label_taken', fieldIssues: [] }).fields).toEqual({ label: 'taken' })
    expect(refusalOf({ status: 409, code: 'custom_field.not_unique', fieldIssues: [] }).fields).toEqual({ unique: 'not_unique' })
    expect(refusalOf({ status: 422, code: 'custom_field.too_many', fieldIssues: [] })).toEqual({ fields: {}, general: 'too_many', unplaced: false })
    expect(
      refusalOf({ status: 400, code: 'validation.failed', fieldIssues: [issue('options[2]', 'too_long'), issue('label', 'required'), issue('defaultValue', 'invalid_value')] }),
    ).toEqual({ fields: { options: 'too_long', label: 'required', defaultValue: 'invalid_value' }, general: null, unplaced: false })
    expect(refusalOf({ status: 400, code: 'validation.failed', fieldIssues: [issue('label', 'required'), issue('object', 'invalid_value')] }).unplaced).toBe(true)
    expect(refusalOf({ status: 400, code: 'validation.read_only', fieldIssues: [] }).unplaced).toBe(true)
  })
})

describe('the list of fields', () => {
  it('orders live fields by position and deleted ones after, newest deletion first', () => {
    const a = field({ position: 3 })
    const b = field({ position: 1 })
    const c = field({ position: 2, deletedAt: '2026-12-01T10:00:00Z' })
    const d = field({ position: 9, deletedAt: '2026-12-03T10:00:00Z' })
    expect(orderFields([a, b, c, d]).map((f) => f.id)).toEqual([b.id, a.id])
    expect(orderFields([a, b, c, d], true).map((f) => f.id)).toEqual([b.id, a.id, d.id, c.id])
  })

  it('moves a field by swapping positions, or numbers them again when positions tie', () => {
    const live = [field({ position: 10 }), field({ position: 20 }), field({ position: 30 })]
    expect(positionPatches(live, 1, -1)).toEqual([
      { id: live[1].id, position: 10 },
      { id: live[0].id, position: 20 },
    ])
    expect(positionPatches(live, 0, -1)).toEqual([])
    expect(positionPatches(live, 2, 1)).toEqual([])
    const ties = [field({ position: 1 }), field({ position: 1 }), field({ position: 2 })]
    // New order t0, t2, t1 numbered 1, 2, 3: only t1 changes.
    expect(positionPatches(ties, 2, -1)).toEqual([{ id: ties[1].id, position: 3 }])
    // t1, t0, t2: t1 keeps 1.
    expect(positionPatches(ties, 1, -1)).toEqual([
      { id: ties[0].id, position: 2 },
      { id: ties[2].id, position: 3 },
    ])
  })

  it('names the roles that see a field, or says everyone', () => {
    const roles = [
      { id: 'r1', name: '销售' },
      { id: 'r2', name: '经理' },
    ]
    expect(visibleRoleNames({ visibleRoleIds: [] }, roles)).toBeNull()
    expect(visibleRoleNames({ visibleRoleIds: ['r2', 'r1', 'r9'] }, roles)).toEqual(['经理', '销售', '#r9'])
  })
})

describe('the layout editor', () => {
  const a = field({ key: 'a', position: 1 })
  const b = field({ key: 'b', position: 2 })
  const c = field({ key: 'c', position: 3 })
  const d = field({ key: 'd', position: 4 })
  const live = [d, c, b, a]
  const groups = () => [
    { title: '基本', fields: ['a', 'b'] },
    { title: '', fields: ['c'] },
  ]

  it('lists the live fields no group holds, by position', () => {
    expect([...placedKeys(groups())]).toEqual(['a', 'b', 'c'])
    expect(unplacedFields(live, groups()).map((f) => f.key)).toEqual(['d'])
    expect(unplacedFields(live, []).map((f) => f.key)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('drops deleted and repeated keys from a loaded layout', () => {
    expect(cleanGroups([{ title: 'x', fields: ['a', 'gone', 'a'] }, { title: 'y', fields: ['a', 'b'] }], ['a', 'b'])).toEqual({
      groups: [
        { title: 'x', fields: ['a'] },
        { title: 'y', fields: ['b'] },
      ],
      dropped: 3,
    })
  })

  it('adds, renames, moves and removes groups without changing its input', () => {
    const before = groups()
    const added = addGroup(before, '其他')
    expect(added).toHaveLength(3)
    expect(before).toHaveLength(2)
    expect(renameGroup(added, 2, '补充')[2].title).toBe('补充')
    expect(moveGroup(before, 1, -1).map((g) => g.title)).toEqual(['', '基本'])
    expect(moveGroup(before, 0, -1)).toEqual(before)
    const removed = removeGroup(before, 0)
    expect(removed).toEqual([{ title: '', fields: ['c'] }])
    expect(unplacedFields(live, removed).map((f) => f.key)).toEqual(['a', 'b', 'd'])
    expect(before).toEqual(groups())
  })

  it('adds a field to a group once, and removes it to unplaced', () => {
    expect(addField(groups(), 1, 'd')[1].fields).toEqual(['c', 'd'])
    // Adding a placed field moves it.
    expect(addField(groups(), 1, 'a')).toEqual([
      { title: '基本', fields: ['b'] },
      { title: '', fields: ['c', 'a'] },
    ])
    expect(addField(groups(), 5, 'd')).toEqual(groups())
    expect(removeField(groups(), 0, 0)[0].fields).toEqual(['b'])
  })

  it('moves a field within its group and across to the next or previous group', () => {
    expect(moveField(groups(), 0, 1, -1)[0].fields).toEqual(['b', 'a'])
    expect(moveField(groups(), 0, 1, 1)).toEqual([
      { title: '基本', fields: ['a'] },
      { title: '', fields: ['b', 'c'] },
    ])
    expect(moveField(groups(), 1, 0, -1)).toEqual([
      { title: '基本', fields: ['a', 'b', 'c'] },
      { title: '', fields: [] },
    ])
    expect(canMoveField(groups(), 0, 0, -1)).toBe(false)
    expect(canMoveField(groups(), 1, 0, 1)).toBe(false)
    expect(canMoveField(groups(), 1, 0, -1)).toBe(true)
    expect(moveField(groups(), 0, 0, -1)).toEqual(groups())
  })

  it('checks titles and the number of groups, and saves titles trimmed', () => {
    expect(layoutProblems(groups())).toEqual([])
    expect(layoutProblems([{ title: 'x'.repeat(41), fields: [] }])).toEqual([{ kind: 'title_too_long', index: 0 }])
    expect(layoutProblems(Array.from({ length: 21 }, () => ({ title: '', fields: [] })))).toEqual([{ kind: 'too_many_groups' }])
    expect(groupsForSave([{ title: ' 基本 ', fields: ['a'] }])).toEqual([{ title: '基本', fields: ['a'] }])
    expect(sameGroups(groups(), [{ title: '基本 ', fields: ['a', 'b'] }, { title: '', fields: ['c'] }])).toBe(true)
    expect(sameGroups(groups(), moveField(groups(), 0, 1, -1))).toBe(false)
  })

  it('says where a layout comes from', () => {
    expect(layoutSource({ departmentId: 'd1', own: true, inheritedFrom: null })).toEqual({ kind: 'own' })
    expect(layoutSource({ departmentId: 'd1', own: false, inheritedFrom: 'd0' })).toEqual({ kind: 'inherited', from: 'd0' })
    expect(layoutSource({ departmentId: 'd1', own: false, inheritedFrom: null })).toEqual({ kind: 'inherited', from: null })
    expect(layoutSource({ departmentId: 'd1', own: false, inheritedFrom: null }, false)).toEqual({ kind: 'none' })
    expect(layoutSource({ departmentId: null, own: false, inheritedFrom: null })).toEqual({ kind: 'none' })
    expect(layoutSource({ departmentId: null, own: true, inheritedFrom: null })).toEqual({ kind: 'own' })
  })
})
