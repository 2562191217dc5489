import { describe, expect, it } from 'vitest'
import type { SalesProcess } from '@/api/deals'
import { translator } from '@/shared/test-i18n'
import { emptyField, emptyProcessForm, emptyStage, formToInput, keyFromLabel, moveStage, processToForm, stageInUseText, syncKey, validateProcessForm } from './process-form'
import { BUDGET, CONTACT, INVALID, LOST, NEEDS, WON } from './test-fixtures'

const PROCESS: SalesProcess = {
  id: 'p1',
  name: '新签销售流程',
  kind: 'pre_sale',
  description: '',
  departmentIds: [],
  allowSkip: false,
  lostReasons: ['价格太高'],
  invalidReasons: [],
  staleDays: 30,
  staleWhenOverdue: true,
  isDefault: true,
  enabled: true,
  version: 2,
  stages: [NEEDS, CONTACT, WON, LOST, INVALID],
  inUse: 3,
}

describe('process form', () => {
  it('makes keys from labels, or numbered ones for labels without ASCII', () => {
    expect(keyFromLabel('Budget (CNY)', 0)).toBe('budget_cny')
    expect(keyFromLabel('预算', 1)).toBe('field_2')
    expect(keyFromLabel('2nd round', 0)).toBe('nd_round')
    const f = emptyField(0)
    f.label = 'Decision maker'
    syncKey(f, 0)
    expect(f.key).toBe('decision_maker')
    f.keyEdited = true
    f.label = 'Other'
    syncKey(f, 0)
    expect(f.key).toBe('decision_maker')
  })

  it('checks what the server checks, by the server\'s field names', () => {
    const form = emptyProcessForm()
    form.staleDays = 400
    form.stages[0].probability = 101
    form.stages[0].feedbackFields = [
      { ...emptyField(0), label: 'A', key: 'Bad' },
      { ...emptyField(1), label: 'B', key: 'same', type: 'select' },
      { ...emptyField(2), label: 'C', key: 'same' },
    ]
    expect(validateProcessForm(form)).toEqual({
      name: 'name',
      staleDays: 'staleDays',
      'stages[0].name': 'stageName',
      'stages[0].probability': 'probability',
      'stages[0].feedbackFields[0].key': 'key',
      'stages[0].feedbackFields[1].options': 'options',
      'stages[0].feedbackFields[2].key': 'key',
    })
    form.stages = []
    expect(validateProcessForm(form).stages).toBe('stages')
    form.stages = Array.from({ length: 21 }, () => ({ ...emptyStage(), name: 'x' }))
    expect(validateProcessForm(form).stages).toBe('stages')
  })

  it('round-trips a process: open stages in order with ids kept, terminal ones left to the server', () => {
    const form = processToForm(PROCESS)
    expect(form.stages.map((s) => s.id)).toEqual([CONTACT.id, NEEDS.id])
    form.stages = moveStage(form.stages, 1, -1)
    form.stages.push({ ...emptyStage(), name: '  方案报价 ', probability: 50 })
    const body = formToInput(form)
    expect(body.stages.map((s) => [s.id, s.name])).toEqual([
      [NEEDS.id, '需求确认'],
      [CONTACT.id, '初步接洽'],
      [undefined, '方案报价'],
    ])
    expect(body.stages[0].feedbackFields?.[0]).toEqual({ key: BUDGET.key, label: BUDGET.label, type: 'money', required: true, options: [] })
    expect(validateProcessForm(form)).toEqual({})
    expect(moveStage(form.stages, 0, -1)).toBe(form.stages)
  })

  it('says which stage is still in use and by how many', () => {
    expect(stageInUseText({ stageId: NEEDS.id, count: 12 }, PROCESS, translator('zh-CN'))).toBe('阶段「需求确认」还有 12 个商机，不能删除；请先把它们移到其他阶段')
  })
})
