// Helpers of the target and report journeys (docs/api-targets.md): the sheet as the API answers
// it, writing targets as the admin, the split the doc defines (to derive what a preview must
// show), and reading a downloaded .xlsx.
import { expect, type Download } from '@playwright/test'
import ExcelJS from 'exceljs'
import type { ApiSession } from './approvals-support'

export interface SheetLite {
  assignees: { assigneeType: string; assigneeId: string | null; name: string; departmentId: string | null }[]
  cells: { period: string; assigneeType: string; assigneeId: string | null; value: number }[]
  flags: { kind: string; period: string; assigneeType: string; assigneeId: string | null; expected: number; actual: number }[]
}

export function sheet(admin: ApiSession, metric: string, year: number): Promise<SheetLite> {
  return admin.get<SheetLite>(`/targets/sheet?metric=${metric}&year=${year}`)
}

/** The value of one cell, null where no target is set. */
export function cellValue(s: SheetLite, period: string, assigneeType: string, assigneeId: string | null): number | null {
  return s.cells.find((c) => c.period === period && c.assigneeType === assigneeType && c.assigneeId === assigneeId)?.value ?? null
}

export async function putTargets(admin: ApiSession, metric: string, items: unknown[]): Promise<void> {
  const r = await admin.api.put('/api/v1/targets', { data: { metric, items } })
  expect(r.ok(), `PUT /targets → ${r.status()} ${await r.text()}`).toBeTruthy()
}

/** The doc's even split: floor(total / n) each, the remainder one unit at a time to the earliest parts. */
export function splitEven(total: number, n: number): number[] {
  const base = Math.floor(total / n)
  return Array.from({ length: n }, (_, i) => base + (i < total - base * n ? 1 : 0))
}

/** 10000000 fen → "¥100,000.00" (as the pages show money). */
export function yuan(fen: number): string {
  const whole = Math.floor(fen / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `¥${whole}.${String(fen % 100).padStart(2, '0')}`
}

/** Every cell text of the first sheet of a downloaded workbook. */
export async function xlsxText(download: Download): Promise<string[]> {
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
  const path = await download.path()
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(path)
  const texts: string[] = []
  book.worksheets[0].eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))))
  return texts
}
