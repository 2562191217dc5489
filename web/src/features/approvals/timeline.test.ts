import { describe, expect, it } from 'vitest'
import { timelineModel } from './timeline'
import { detail } from './test-fixtures'

describe('timelineModel', () => {
  it('starts with the applicant, then every step in order; no end while pending', () => {
    const nodes = timelineModel(detail())
    expect(nodes.map((n) => [n.kind, n.step, n.name])).toEqual([
      ['submit', null, '王小明'],
      ['step', 0, '部门主管'],
      ['step', 1, '财务会签'],
      ['step', 2, '总经理'],
    ])
    expect(nodes[0].at).toBe('2026-12-06T01:00:00Z')
  })

  it('marks the current step, draws steps not reached hollow, and colours by state', () => {
    const [, first, second, third] = timelineModel(detail())
    expect([first.current, second.current, third.current]).toEqual([false, true, false])
    expect([first.waiting, second.waiting, third.waiting]).toEqual([false, false, true])
    expect([first.tone, second.tone, third.tone]).toEqual(['success', 'primary', 'info'])
    expect([first.mode, second.mode]).toEqual(['any', 'all'])
  })

  it('keeps each approver with state, comment and time, and the skip note', () => {
    const [, first, second] = timelineModel(detail())
    expect(first.note).toBe('第 1 级没有主管，已跳到上一级')
    expect(first.approvers.map((p) => [p.name, p.state, p.tone, p.comment])).toEqual([
      ['李主管', 'approved', 'success', '同意'],
      ['赵主管', 'cancelled', 'info', ''],
    ])
    // A step's time is its last action.
    expect(first.at).toBe('2026-12-06T02:00:00Z')
    expect(second.at).toBe('2026-12-06T03:00:00Z')
    expect(second.approvers.map((p) => p.tone)).toEqual(['success', 'primary'])
  })

  it('ends with the decision once decided, and marks no step current', () => {
    const steps = detail().steps.map((s, i) => (i === 1 ? { ...s, state: 'rejected' as const } : s))
    const nodes = timelineModel(detail({ status: 'rejected', currentStep: null, decidedAt: '2026-12-06T05:00:00Z', steps }))
    const end = nodes[nodes.length - 1]
    expect([end.kind, end.state, end.tone, end.at]).toEqual(['end', 'rejected', 'danger', '2026-12-06T05:00:00Z'])
    expect(nodes.some((n) => n.current)).toBe(false)
    expect(nodes[2].tone).toBe('danger')
  })

  it('shows a skipped step as skipped, with its note', () => {
    const steps = [{ name: '上级主管', mode: 'any' as const, state: 'skipped' as const, approvers: [], note: '没有更上一级的主管，已跳过' }]
    const nodes = timelineModel(detail({ status: 'approved', currentStep: null, decidedAt: '2026-12-06T01:00:00Z', steps }))
    expect(nodes.map((n) => [n.kind, n.state])).toEqual([
      ['submit', 'submitted'],
      ['step', 'skipped'],
      ['end', 'approved'],
    ])
    expect(nodes[1].note).toBe('没有更上一级的主管，已跳过')
    expect(nodes[1].at).toBeNull()
  })
})
