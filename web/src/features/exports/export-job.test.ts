import { describe, expect, it } from 'vitest'
import type { ExportJob } from '@/api/exports'
import { ApiError } from '@/api/client'
import { canExportAny, downloadable, EXPORT_PERMISSION, exportPercent, exportQuery, refusalText, rowsRead } from './export-job'
import { translator } from '@/shared/test-i18n'

function job(patch: Partial<ExportJob> = {}): ExportJob {
  return {
    id: '1',
    object: 'customers',
    status: 'running',
    done: 0,
    total: null,
    truncated: false,
    fileName: 'customers-20261207-1530.xlsx',
    fileBytes: null,
    error: '',
    createdAt: '2026-12-07T07:30:00Z',
    startedAt: null,
    finishedAt: null,
    expiresAt: null,
    ...patch,
  }
}

describe('exportQuery', () => {
  it('writes the list request as text, without paging and empty values', () => {
    expect(
      exportQuery({ q: '', status: 'active', mine: true, locked: false, ownerId: undefined, endingWithinDays: 30, poolId: null, sort: '-updatedAt', limit: 20, cursor: 'abc', fields: 'id,name' }),
    ).toEqual({ status: 'active', mine: 'true', locked: 'false', endingWithinDays: '30', sort: '-updatedAt' })
  })

  it('is empty for a list without filters', () => {
    expect(exportQuery({ limit: 20, cursor: null })).toEqual({})
  })
})

describe('exportPercent', () => {
  it('is unknown until the list tells its count', () => {
    expect(exportPercent(job({ done: 400 }))).toBeNull()
  })

  it('is the share read once the count is known, and 100 when done', () => {
    expect(exportPercent(job({ done: 200, total: 800 }))).toBe(25)
    expect(exportPercent(job({ done: 0, total: 0 }))).toBe(0)
    expect(exportPercent(job({ status: 'done', done: 0, total: 0 }))).toBe(100)
    expect(exportPercent(job({ status: 'done', done: 7, total: null }))).toBe(100)
  })
})

describe('rowsRead', () => {
  const zh = translator()
  const en = translator('en')
  it('counts the rows read, out of the total once known', () => {
    expect(rowsRead(job({ done: 400 }), zh)).toBe('已读取 400 行')
    expect(rowsRead(job({ done: 400, total: 1200 }), zh)).toBe('已读取 400 / 1200 行')
    expect(rowsRead(job({ done: 400, total: 1200 }), en)).toBe('400 of 1200 rows read')
  })
})

describe('downloadable', () => {
  const now = Date.parse('2026-12-08T00:00:00Z')

  it('only a done export before it expires', () => {
    expect(downloadable(job({ status: 'done', expiresAt: '2026-12-14T07:31:00Z' }), now)).toBe(true)
    expect(downloadable(job({ status: 'done', expiresAt: '2026-12-07T23:59:59Z' }), now)).toBe(false)
    expect(downloadable(job({ status: 'done', expiresAt: null }), now)).toBe(false)
    expect(downloadable(job({ status: 'cancelled', expiresAt: '2026-12-14T07:31:00Z' }), now)).toBe(false)
  })
})

describe('permissions', () => {
  it('opportunities and contracts need report.export, the audit log org.view', () => {
    expect(EXPORT_PERMISSION).toEqual({
      customers: 'customer.export', leads: 'lead.export', opportunities: 'report.export', contracts: 'report.export', audit: 'org.view',
    })
  })

  it('any one of them shows the exports', () => {
    expect(canExportAny((p) => p === 'report.export')).toBe(true)
    expect(canExportAny((p) => p === 'customer.view')).toBe(false)
  })
})

describe('refusalText', () => {
  const zh = translator()

  it('names the list filters a 400 refused', () => {
    const error = new ApiError(400, 'validation.failed', '请检查填写的内容', { fields: [{ field: 'status', issue: 'invalid_value' }] })
    expect(refusalText(error, 'zh-CN', zh)).toBe('列表的筛选条件无效，未能导出（status）')
  })

  it('shows the server message otherwise', () => {
    const error = new ApiError(409, 'export.too_many_open', '您已有 3 个导出正在进行，请等待完成后再导出')
    expect(refusalText(error, 'zh-CN', zh)).toBe('您已有 3 个导出正在进行，请等待完成后再导出')
  })
})
