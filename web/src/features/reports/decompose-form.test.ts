import { describe, expect, it } from 'vitest'
import type { TargetSheet } from '@/api/targets'
import { decomposeRequest, formParts, newDecomposeForm } from './decompose-form'
import { buildGrid } from './sheet-grid'

const sheet: TargetSheet = {
  metric: 'contractAmountFen',
  customerLevel: null,
  year: 2026,
  locked: [],
  assignees: [
    { assigneeType: 'company', assigneeId: null, name: '星辰', parentDepartmentId: null, departmentId: null, depth: 0 },
    { assigneeType: 'department', assigneeId: '10', name: '销售部', parentDepartmentId: null, departmentId: '10', depth: 1 },
    { assigneeType: 'user', assigneeId: '21', name: '李四', parentDepartmentId: null, departmentId: '10', depth: 2 },
    { assigneeType: 'user', assigneeId: '22', name: '王五', parentDepartmentId: null, departmentId: '10', depth: 2 },
  ],
  cells: [],
  flags: [],
}
const grid = buildGrid(sheet)

describe('decompose form', () => {
  it('splits the company year into months evenly by default', () => {
    const form = { ...newDecomposeForm(2026), total: 1200 }
    expect(formParts(form, grid).map((p) => p.key)).toHaveLength(12)
    expect(decomposeRequest(form, 'contractAmountFen', grid)).toEqual({
      metric: 'contractAmountFen',
      method: 'even',
      total: 1200,
      periods: { parent: '2026', into: 'months' },
      assigneeType: 'company',
      assigneeId: null,
    })
  })

  it('splits a quarter into its months, whatever was picked', () => {
    const form = { ...newDecomposeForm(2026), parent: '2026-Q2', intoPeriods: 'quarters' as const, total: 3 }
    expect(formParts(form, grid).map((p) => p.key)).toEqual(['2026-04', '2026-05', '2026-06'])
    expect(decomposeRequest(form, 'visits', grid)).toMatchObject({ periods: { parent: '2026-Q2', into: 'months' } })
  })

  it('splits a department month over its members with weights (missing weights are 1)', () => {
    const form = {
      ...newDecomposeForm(2026),
      mode: 'people' as const,
      method: 'weights' as const,
      period: '2026-12',
      departmentId: '10',
      intoPeople: 'users' as const,
      total: 90,
      weights: { '21': 2 },
    }
    expect(formParts(form, grid)).toEqual([
      { key: '21', label: '李四' },
      { key: '22', label: '王五' },
    ])
    expect(decomposeRequest(form, 'contractAmountFen', grid)).toEqual({
      metric: 'contractAmountFen',
      method: 'weights',
      total: 90,
      weights: [
        { key: '21', weight: 2 },
        { key: '22', weight: 1 },
      ],
      people: { period: '2026-12', departmentId: '10', into: 'users' },
    })
  })

  it('splits the company over its departments, or over everyone', () => {
    const form = { ...newDecomposeForm(2026), mode: 'people' as const, period: '2026-12', total: 9 }
    expect(formParts(form, grid).map((p) => p.key)).toEqual(['10'])
    expect(formParts({ ...form, intoPeople: 'users' }, grid).map((p) => p.key)).toEqual(['21', '22'])
  })

  it('is incomplete without a total or with all weights 0', () => {
    expect(decomposeRequest(newDecomposeForm(2026), 'visits', grid)).toBeNull()
    const zero = { ...newDecomposeForm(2026), method: 'weights' as const, total: 5, intoPeriods: 'quarters' as const }
    zero.weights = { '2026-Q1': 0, '2026-Q2': 0, '2026-Q3': 0, '2026-Q4': 0 }
    expect(decomposeRequest(zero, 'visits', grid)).toBeNull()
  })

  it('offers history over people only', () => {
    const form = { ...newDecomposeForm(2026), method: 'history' as const, total: 5 }
    expect(decomposeRequest(form, 'visits', grid)?.method).toBe('even')
    expect(decomposeRequest({ ...form, mode: 'people' }, 'visits', grid)?.method).toBe('history')
  })
})
