// The target sheet as a grid: assignee rows (the company, the department tree, each department's
// direct members — indented by depth) × period columns (the year, Q1..Q4, 1..12月); cell lookup per
// tier (目标 / 冲刺 / 挑战), the server's flags per cell, the edits a person made as PUT items, and
// the decomposition parts as PUT items. Pure, tested.
import type { AssigneeType, DecomposePart, SheetAssignee, SheetCell, SheetFlag, TargetSheet, TargetWrite } from '@/api/targets'
import { sheetPeriods, type SheetView } from './periods'

export type Tier = 'value' | 'sprintValue' | 'challengeValue'
export const TIERS: readonly Tier[] = ['value', 'sprintValue', 'challengeValue']

export interface GridRow extends SheetAssignee {
  /** "company:", "department:12", "user:34". */
  key: string
}

export interface Grid {
  rows: GridRow[]
  periods: string[]
  cells: Map<string, SheetCell>
  flags: Map<string, SheetFlag[]>
  locked: Set<string>
}

export function assigneeKey(type: AssigneeType, id: string | null): string {
  return `${type}:${id ?? ''}`
}

export function cellKey(period: string, type: AssigneeType, id: string | null): string {
  return `${period}|${assigneeKey(type, id)}`
}

export function buildGrid(sheet: TargetSheet, view: SheetView = 'months'): Grid {
  const cells = new Map<string, SheetCell>()
  for (const c of sheet.cells) cells.set(cellKey(c.period, c.assigneeType, c.assigneeId), c)
  const flags = new Map<string, SheetFlag[]>()
  for (const f of sheet.flags) {
    const key = cellKey(f.period, f.assigneeType, f.assigneeId)
    flags.set(key, [...(flags.get(key) ?? []), f])
  }
  return {
    rows: sheet.assignees.map((a) => ({ ...a, key: assigneeKey(a.assigneeType, a.assigneeId) })),
    periods: sheetPeriods(sheet.year, view),
    cells,
    flags,
    locked: new Set(sheet.locked),
  }
}

export function cellOf(grid: Grid, row: Pick<SheetAssignee, 'assigneeType' | 'assigneeId'>, period: string): SheetCell | undefined {
  return grid.cells.get(cellKey(period, row.assigneeType, row.assigneeId))
}

/** The tier's value of a cell; null where none is set. */
export function tierValue(cell: SheetCell | undefined, tier: Tier): number | null {
  return cell ? cell[tier] : null
}

export function flagsOf(grid: Grid, row: Pick<SheetAssignee, 'assigneeType' | 'assigneeId'>, period: string): SheetFlag[] {
  return grid.flags.get(cellKey(period, row.assigneeType, row.assigneeId)) ?? []
}

/** One pending edit: the tier's new value (null removes it). */
export interface CellEdit {
  period: string
  assigneeType: AssigneeType
  assigneeId: string | null
  tier: Tier
  value: number | null
}

/**
 * The PUT items for a set of edits: one item per cell, carrying the cell's other tiers as they are
 * (a PUT writes all three). Clearing 目标 removes the target; a 冲刺 / 挑战 edit of a cell without 目标
 * has nothing to attach to and is dropped (the sheet does not offer it).
 */
export function editsToWrites(grid: Grid, edits: readonly CellEdit[]): TargetWrite[] {
  const byCell = new Map<string, TargetWrite>()
  for (const e of edits) {
    const key = cellKey(e.period, e.assigneeType, e.assigneeId)
    const current = grid.cells.get(key)
    const item =
      byCell.get(key) ??
      ({
        period: e.period,
        assigneeType: e.assigneeType,
        assigneeId: e.assigneeId,
        value: current?.value ?? null,
        sprintValue: current?.sprintValue ?? null,
        challengeValue: current?.challengeValue ?? null,
      } satisfies TargetWrite)
    item[e.tier] = e.value
    byCell.set(key, item)
  }
  const writes: TargetWrite[] = []
  for (const [key, item] of byCell) {
    if (item.value === null && !grid.cells.has(key)) continue
    if (item.value === null) writes.push({ period: item.period, assigneeType: item.assigneeType, assigneeId: item.assigneeId, value: null })
    else writes.push(item)
  }
  return writes
}

/** The PUT items that save a decomposition preview as 目标, keeping each cell's 冲刺 / 挑战. */
export function partsToWrites(grid: Grid, parts: readonly DecomposePart[]): TargetWrite[] {
  return editsToWrites(
    grid,
    parts.map((p) => ({ period: p.period, assigneeType: p.assigneeType, assigneeId: p.assigneeId, tier: 'value' as const, value: p.value })),
  )
}

/** Which edits a tier allows: 冲刺 / 挑战 only where 目标 is set; nothing in a locked period. */
export function isEditable(grid: Grid, row: Pick<SheetAssignee, 'assigneeType' | 'assigneeId'>, period: string, tier: Tier): boolean {
  if (grid.locked.has(period)) return false
  return tier === 'value' || tierValue(cellOf(grid, row, period), 'value') !== null
}

/** A department's direct children in the sheet: sub-departments and direct members. */
export function childRows(grid: Grid, departmentId: string | null): GridRow[] {
  return grid.rows.filter((r) =>
    departmentId === null
      ? r.assigneeType === 'department' && r.parentDepartmentId === null
      : (r.assigneeType === 'department' && r.parentDepartmentId === departmentId) || (r.assigneeType === 'user' && r.departmentId === departmentId),
  )
}
