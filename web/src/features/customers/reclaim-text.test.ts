import { describe, expect, it } from 'vitest'
import type { ReclaimInfo } from '@/api/customers'
import { translator } from '@/shared/test-i18n'
import { holdState, reclaimCountdownText, reclaimExplainText, reclaimTone, reclaimWhenText } from './reclaim-text'

const zh = translator('zh-CN')
const en = translator('en')

const reclaim: ReclaimInfo = {
  rule: 'no_follow_up',
  days: 15,
  poolId: '7',
  poolName: '华北公海',
  startedOn: '2026-11-01',
  reclaimOn: '2026-11-17',
  daysLeft: 4,
}

describe('reclaim countdown text', () => {
  it('reads like the product spec in Chinese', () => {
    expect(reclaimCountdownText(reclaim, zh)).toBe('4 天后退回公海 · 15 天未跟进 · 华北公海')
  })

  it('has an English form', () => {
    expect(reclaimCountdownText(reclaim, en)).toBe('Back to pool in 4 days · no follow-up for 15 days · 华北公海')
  })

  it('names each rule', () => {
    expect(reclaimCountdownText({ ...reclaim, rule: 'no_deal', days: 30 }, zh)).toBe('4 天后退回公海 · 30 天未成交 · 华北公海')
    expect(reclaimCountdownText({ ...reclaim, rule: 'protection', days: 7 }, zh)).toBe('4 天后退回公海 · 保护期 7 天 · 华北公海')
  })

  it('says tomorrow, today and overdue', () => {
    expect(reclaimWhenText(1, zh)).toBe('明天退回公海')
    expect(reclaimWhenText(0, zh)).toBe('今天退回公海')
    expect(reclaimWhenText(-2, zh)).toBe('待回收，下次回收时退回公海')
    expect(reclaimWhenText(12, zh)).toBe('12 天后退回公海')
  })

  it('leaves out an empty pool name', () => {
    expect(reclaimCountdownText({ ...reclaim, poolName: '' }, zh)).toBe('4 天后退回公海 · 15 天未跟进')
  })

  it('explains the governing rule with its dates', () => {
    expect(reclaimExplainText(reclaim, zh)).toBe('规则：15 天未跟进（2026-11-01 起算），2026-11-17 退回「华北公海」')
  })

  it('gets more urgent as the day comes closer', () => {
    expect(reclaimTone(0)).toBe('danger')
    expect(reclaimTone(3)).toBe('danger')
    expect(reclaimTone(5)).toBe('warning')
    expect(reclaimTone(20)).toBe('info')
  })
})

describe('hold state', () => {
  const owned = { poolId: null, poolName: null, locked: false, status: 'interested' as const, reclaim, ownerId: '1' }

  it('shows the countdown for an owned customer', () => {
    expect(holdState(owned, zh)).toEqual({ text: '4 天后退回公海 · 15 天未跟进 · 华北公海', tone: 'warning', countdown: true })
  })

  it('explains why there is no countdown', () => {
    expect(holdState({ ...owned, reclaim: null, poolId: '7', poolName: '华北公海', ownerId: null }, zh)?.text).toBe('在公海 · 华北公海')
    expect(holdState({ ...owned, reclaim: null, locked: true }, zh)?.text).toBe('已锁定，不会被回收')
    expect(holdState({ ...owned, reclaim: null, status: 'deal' }, zh)?.text).toBe('成交客户，不会被回收')
    expect(holdState({ ...owned, reclaim: null }, zh)).toBeNull()
  })
})
