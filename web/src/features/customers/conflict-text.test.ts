import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import type { ConflictMatch } from '@/api/customers'
import { translator } from '@/shared/test-i18n'
import { conflictSubjectText, conflictText, dedupeMatches, matchesFromError } from './conflict-text'

const zh = translator('zh-CN')
const en = translator('en')

const base: ConflictMatch = {
  matchedOn: 'name',
  where: 'owned',
  teamName: '华东二组',
  poolName: null,
  protectedUntil: null,
  customerId: null,
  customerName: '上海华联超市有限公司',
  kind: 'customer',
  leadId: null,
  leadName: null,
}

describe('conflict disclosure', () => {
  it('names a matching lead as a lead', () => {
    const lead: ConflictMatch = { ...base, kind: 'lead', matchedOn: 'phone', customerName: null, leadId: '8', leadName: '张三' }
    expect(conflictSubjectText(lead, zh)).toBe('线索「张三」· 电话相同')
    expect(conflictSubjectText(lead, en)).toBe('Lead “张三” · same phone')
  })

  it('says which team holds it, never who', () => {
    expect(conflictText(base, zh)).toBe('已存在：华东二组 持有')
    expect(conflictText(base, en)).toBe('Exists: held by 华东二组')
  })

  it('adds the protection date', () => {
    expect(conflictText({ ...base, protectedUntil: '2026-07-01' }, zh)).toBe('已存在：华东二组 持有，保护至 2026-07-01')
  })

  it('names the pool a pool customer is in', () => {
    expect(conflictText({ ...base, where: 'pool', teamName: null, poolName: '华北公海' }, zh)).toBe('已存在：在公海 华北公海')
  })

  it('covers locked, deleted and unknown holders', () => {
    expect(conflictText({ ...base, where: 'locked' }, zh)).toBe('已存在：华东二组 持有（已锁定）')
    expect(conflictText({ ...base, where: 'deleted', teamName: null }, zh)).toBe('已存在：已删除')
    expect(conflictText({ ...base, teamName: null }, zh)).toBe('已存在：他人持有')
  })

  it('says what matched', () => {
    expect(conflictSubjectText(base, zh)).toBe('「上海华联超市有限公司」· 名称相同')
    expect(conflictSubjectText({ ...base, matchedOn: 'phone' }, zh)).toBe('「上海华联超市有限公司」· 电话相同')
    expect(conflictSubjectText({ ...base, matchedOn: 'creditCode' }, en)).toBe('"上海华联超市有限公司" · same credit code')
  })

  it('lists one customer matching the same way once', () => {
    const twice = [base, { ...base }, { ...base, matchedOn: 'phone' as const }]
    expect(dedupeMatches(twice)).toHaveLength(2)
  })

  it('reads the matches of a 409 customer.conflict', () => {
    const error = new ApiError(409, 'customer.conflict', '客户已存在', { matches: [base] })
    expect(matchesFromError(error)).toEqual([base])
    expect(matchesFromError(new ApiError(409, 'customer.conflict', 'x'))).toEqual([])
    expect(matchesFromError(new ApiError(409, 'pool.limit_reached', 'x'))).toBeNull()
    expect(matchesFromError(new Error('x'))).toBeNull()
  })

  it('reads the flat 409 details the server sends (fields of one match, matches = count)', () => {
    const error = new ApiError(409, 'customer.conflict', 'A matching customer already exists.', {
      matchedOn: 'name',
      where: 'owned',
      matches: 1,
      teamName: '北京一组',
      protectedUntil: '2026-12-10',
      customerId: '384',
    })
    const [match] = matchesFromError(error)!
    expect(conflictText(match, zh)).toBe('已存在：北京一组 持有，保护至 2026-12-10')
    expect(conflictSubjectText(match, zh)).toBe('名称相同')
    expect(match.customerId).toBe('384')
  })
})
