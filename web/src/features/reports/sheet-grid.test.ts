import { describe, expect, it } from 'vitest'
import type { TargetSheet } from '@/api/targets'
import { buildGrid, cellOf, childRows, editsToWrites, flagsOf, isEditable, partsToWrites, tierValue } from './sheet-grid'

function sheet(): TargetSheet {
  return {
    metric: 'contractAmountFen',
    customerLevel: null,
    year: 2026,
    locked: ['2026-03'],
    assignees: [
      { assigneeType: 'company', assigneeId: null, name: '星辰', parentDepartmentId: null, departmentId: null, depth: 0 },
      { assigneeType: 'department', assigneeId: '10', name: '销售部', parentDepartmentId: null, departmentId: '10', depth: 1 },
      { assigneeType: 'department', assigneeId: '11', name: '华东组', parentDepartmentId: '10', departmentId: '11', depth: 2 },
      { assigneeType: 'user', assigneeId: '21', name: '李四', parentDepartmentId: '10', departmentId: '11', depth: 3 },
      { assigneeType: 'user', assigneeId: '20', name: '张三', parentDepartmentId: null, departmentId: '10', depth: 2 },
    ],
    cells: [
      { period: '2026', assigneeType: 'company', assigneeId: null, value: 1000, sprintValue: 1200, challengeValue: null },
      { period: '2026-01', assigneeType: 'user', assigneeId: '20', value: 30, sprintValue: null, challengeValue: null },
    ],
    flags: [{ kind: 'periods_sum', period: '2026', assigneeType: 'company', assigneeId: null, expected: 1000, actual: 900 }],
  }
}

describe('buildGrid', () => {
  const grid = buildGrid(sheet())

  it('keeps the sheet order of rows and lists 17 columns', () => {
    expect(grid.rows.map((r) => r.key)).toEqual(['company:', 'department:10', 'department:11', 'user:21', 'user:20'])
    expect(grid.periods[0]).toBe('2026')
    expect(grid.periods).toHaveLength(17)
  })

  it('finds cells by row and period, per tier', () => {
    const company = grid.rows[0]
    expect(tierValue(cellOf(grid, company, '2026'), 'value')).toBe(1000)
    expect(tierValue(cellOf(grid, company, '2026'), 'sprintValue')).toBe(1200)
    expect(tierValue(cellOf(grid, company, '2026'), 'challengeValue')).toBeNull()
    expect(cellOf(grid, company, '2026-01')).toBeUndefined()
    // The same id as a user is another cell.
    expect(cellOf(grid, grid.rows[4], '2026-01')?.value).toBe(30)
    expect(cellOf(grid, { assigneeType: 'department', assigneeId: '20' }, '2026-01')).toBeUndefined()
  })

  it('hands the flags to their cell only', () => {
    expect(flagsOf(grid, grid.rows[0], '2026')).toEqual([expect.objectContaining({ kind: 'periods_sum', expected: 1000, actual: 900 })])
    expect(flagsOf(grid, grid.rows[0], '2026-Q1')).toEqual([])
    expect(flagsOf(grid, grid.rows[1], '2026')).toEqual([])
  })

  it('lists a department’s children: sub-departments and direct members', () => {
    expect(childRows(grid, null).map((r) => r.key)).toEqual(['department:10'])
    expect(childRows(grid, '10').map((r) => r.key)).toEqual(['department:11', 'user:20'])
    expect(childRows(grid, '11').map((r) => r.key)).toEqual(['user:21'])
  })

  it('refuses edits in locked periods, and 冲刺 where there is no 目标', () => {
    expect(isEditable(grid, grid.rows[4], '2026-03', 'value')).toBe(false)
    expect(isEditable(grid, grid.rows[4], '2026-01', 'sprintValue')).toBe(true)
    expect(isEditable(grid, grid.rows[4], '2026-02', 'sprintValue')).toBe(false)
    expect(isEditable(grid, grid.rows[4], '2026-02', 'value')).toBe(true)
  })
})

describe('editsToWrites', () => {
  const grid = buildGrid(sheet())

  it('writes one item per cell, with the other tiers as they are', () => {
    const writes = editsToWrites(grid, [
      { period: '2026', assigneeType: 'company', assigneeId: null, tier: 'value', value: 2000 },
      { period: '2026', assigneeType: 'company', assigneeId: null, tier: 'challengeValue', value: 3000 },
      { period: '2026-02', assigneeType: 'user', assigneeId: '20', tier: 'value', value: 40 },
    ])
    expect(writes).toEqual([
      { period: '2026', assigneeType: 'company', assigneeId: null, value: 2000, sprintValue: 1200, challengeValue: 3000 },
      { period: '2026-02', assigneeType: 'user', assigneeId: '20', value: 40, sprintValue: null, challengeValue: null },
    ])
  })

  it('removes a target whose 目标 is cleared, and drops a lone 冲刺', () => {
    const writes = editsToWrites(grid, [
      { period: '2026-01', assigneeType: 'user', assigneeId: '20', tier: 'value', value: null },
      { period: '2026-05', assigneeType: 'user', assigneeId: '20', tier: 'sprintValue', value: 9 },
    ])
    expect(writes).toEqual([
      { period: '2026-01', assigneeType: 'user', assigneeId: '20', value: null },
    ])
  })

  it('saves decomposition parts as 目标, keeping 冲刺', () => {
    const writes = partsToWrites(grid, [
      { period: '2026', assigneeType: 'company', assigneeId: null, assigneeName: '星辰', value: 999, baseline: null },
    ])
    expect(writes).toEqual([{ period: '2026', assigneeType: 'company', assigneeId: null, value: 999, sprintValue: 1200, challengeValue: null }])
  })
})
