import { describe, expect, it } from 'vitest'
import type { ApprovalFlow } from '@/api/approvals'
import { translator } from '@/shared/test-i18n'
import {
  approverText,
  conditionText,
  emptyFlowForm,
  emptyStep,
  flowToForm,
  formToBody,
  nextPosition,
  orderedFlows,
  problemsFromIssues,
  reorderPatches,
  stepHasProblem,
  validateFlowForm,
} from './flow-form'

const zh = translator('zh-CN')

function flow(extra: Partial<ApprovalFlow> = {}): ApprovalFlow {
  return {
    id: '1',
    subjectType: 'contract',
    name: '大额合同',
    enabled: true,
    position: 0,
    minAmountFen: 10_000_000,
    maxAmountFen: null,
    steps: [
      { name: '部门主管', approverType: 'dept_head', userIds: [], roleId: null, levels: 2, mode: 'any' },
      { name: '财务', approverType: 'users', userIds: ['8', '9'], roleId: null, levels: 1, mode: 'all' },
      { name: '总经理', approverType: 'role', userIds: [], roleId: 'r3', levels: 1, mode: 'any' },
    ],
    version: 3,
    updatedAt: '2026-12-06T00:00:00Z',
    ...extra,
  }
}

describe('flow form ↔ request body', () => {
  it('round-trips a flow, the amount condition in exact fen', () => {
    const form = flowToForm(flow({ minAmountFen: 1_234_567, maxAmountFen: 100_000_010 }))
    expect([form.minYuan, form.maxYuan]).toEqual(['12345.67', '1000000.10'])
    const body = formToBody(form)
    expect([body.minAmountFen, body.maxAmountFen]).toEqual([1_234_567, 100_000_010])
    expect(body.steps).toEqual(flow().steps)
    expect(body).toMatchObject({ subjectType: 'contract', name: '大额合同', enabled: true })
  })

  it('turns typed yuan into fen without floating point: 0.1 → 10, "1,000.07" → 100007', () => {
    const form = { ...emptyFlowForm('expense'), name: 'x', minYuan: '0.1', maxYuan: '1,000.07' }
    form.steps[0].name = '主管'
    const body = formToBody(form)
    expect([body.minAmountFen, body.maxAmountFen]).toEqual([10, 100_007])
  })

  it('sends an empty bound as null (unbounded)', () => {
    const form = { ...emptyFlowForm('leave'), name: '请假', minYuan: ' ', maxYuan: '' }
    expect([formToBody(form).minAmountFen, formToBody(form).maxAmountFen]).toEqual([null, null])
  })

  it('sends only what the approver type uses', () => {
    const form = flowToForm(flow())
    form.steps[1].approverType = 'role'
    form.steps[1].roleId = 'r9'
    form.steps[0].approverType = 'users'
    form.steps[0].userIds = ['5']
    const [first, second] = formToBody(form).steps
    expect(first).toEqual({ name: '部门主管', approverType: 'users', userIds: ['5'], roleId: null, levels: 1, mode: 'any' })
    expect(second).toEqual({ name: '财务', approverType: 'role', userIds: [], roleId: 'r9', levels: 1, mode: 'all' })
  })

  it('trims names', () => {
    const form = { ...emptyFlowForm('receipt'), name: '  回款审批 ' }
    form.steps[0].name = ' 出纳 '
    const body = formToBody(form)
    expect([body.name, body.steps[0].name]).toEqual(['回款审批', '出纳'])
  })
})

describe('validateFlowForm', () => {
  it('accepts a complete flow', () => {
    expect(validateFlowForm(flowToForm(flow()))).toEqual({})
  })

  it('names each problem by the server field name', () => {
    const form = { ...emptyFlowForm('contract'), minYuan: '1.234', maxYuan: 'abc' }
    form.steps = [
      { ...emptyStep(), approverType: 'users' },
      { ...emptyStep(), name: '角色', approverType: 'role' },
      { ...emptyStep(), name: '主管', levels: 6 },
    ]
    expect(validateFlowForm(form)).toEqual({
      name: 'required',
      minAmountFen: 'money',
      maxAmountFen: 'money',
      'steps[0].name': 'required',
      'steps[0].userIds': 'required',
      'steps[1].roleId': 'required',
      'steps[2].levels': 'levels',
    })
  })

  it('wants the upper bound above the lower', () => {
    const form = { ...flowToForm(flow()), minYuan: '100', maxYuan: '100.00' }
    expect(validateFlowForm(form)).toEqual({ maxAmountFen: 'range' })
    expect(validateFlowForm({ ...form, maxYuan: '100.01' })).toEqual({})
  })

  it('wants 1 to 10 steps', () => {
    const form = flowToForm(flow())
    expect(validateFlowForm({ ...form, steps: [] })).toEqual({ steps: 'steps' })
    const eleven = Array.from({ length: 11 }, () => ({ ...emptyStep(), name: 's' }))
    expect(validateFlowForm({ ...form, steps: eleven })).toEqual({ steps: 'steps' })
  })
})

describe('server validation errors', () => {
  it('land on the same fields with the words that fit', () => {
    const problems = problemsFromIssues([
      { field: 'name', issue: 'required' },
      { field: 'steps[1].userIds', issue: 'invalid_value' },
      { field: 'steps[0].userIds', issue: 'required' },
      { field: 'steps[2].levels', issue: 'invalid_value' },
      { field: 'maxAmountFen', issue: 'invalid_value' },
      { field: 'steps', issue: 'invalid_value' },
      { field: 'steps[3].mode', issue: 'invalid_value' },
    ])
    expect(problems).toEqual({
      name: 'required',
      'steps[1].userIds': 'users',
      'steps[0].userIds': 'required',
      'steps[2].levels': 'levels',
      maxAmountFen: 'range',
      steps: 'steps',
      'steps[3].mode': 'invalid_value',
    })
    expect(stepHasProblem(problems, 1)).toBe(true)
    expect(stepHasProblem(problems, 4)).toBe(false)
  })
})

describe('order within a subject type', () => {
  const flows = [
    flow({ id: '3', position: 1 }),
    flow({ id: '10', position: 0, subjectType: 'expense' }),
    flow({ id: '2', position: 0 }),
    flow({ id: '11', position: 1 }),
  ]

  it('orders a type by position, then by id as numbers', () => {
    expect(orderedFlows(flows, 'contract').map((f) => f.id)).toEqual(['2', '3', '11'])
    expect(orderedFlows(flows, 'leave')).toEqual([])
  })

  it('patches the positions a move changes', () => {
    const ordered = orderedFlows(flows, 'contract')
    // 2 (0), 3 (1), 11 (1): moving 11 up gives 2, 11, 3 → 11 to 1 (unchanged), 3 to 2.
    expect(reorderPatches(ordered, 2, -1)).toEqual([{ id: '3', position: 2 }])
    // Moving 2 down gives 3, 2, 11.
    expect(reorderPatches(ordered, 0, 1)).toEqual([
      { id: '3', position: 0 },
      { id: '2', position: 1 },
      { id: '11', position: 2 },
    ])
  })

  it('puts a new flow after the last of its type', () => {
    expect(nextPosition(orderedFlows(flows, 'contract'))).toBe(2)
    expect(nextPosition([])).toBe(0)
  })
})

describe('words', () => {
  it('says the amount condition', () => {
    expect(conditionText({ minAmountFen: null, maxAmountFen: null }, zh)).toBe('不限金额')
    expect(conditionText({ minAmountFen: 10_000_000, maxAmountFen: null }, zh)).toBe('¥100,000.00 及以上')
    expect(conditionText({ minAmountFen: null, maxAmountFen: 500_050 }, zh)).toBe('低于 ¥5,000.50')
    expect(conditionText({ minAmountFen: 1, maxAmountFen: 100 }, zh)).toBe('¥0.01 ≤ 金额 < ¥1.00')
  })

  it('says who approves a step', () => {
    const names = { users: new Map([['8', '孙会计']]), roles: new Map([['r3', '总经理']]) }
    const [head, users, role] = flow().steps
    expect(approverText(head, zh, names)).toBe('上 2 级部门主管')
    expect(approverText({ ...head, levels: 1 }, zh, names)).toBe('部门主管')
    expect(approverText(users, zh, names)).toBe('孙会计、9')
    expect(approverText(role, zh, names)).toBe('角色：总经理')
  })
})
