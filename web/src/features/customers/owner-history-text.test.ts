import { describe, expect, it } from 'vitest'
import type { OwnerHistoryEntry } from '@/api/customers'
import { translator } from '@/shared/test-i18n'
import { ownerHistoryActionText, ownerHistoryActorText, ownerHistoryParts } from './owner-history-text'

const zh = translator('zh-CN')
const entry: OwnerHistoryEntry = {
  id: '1',
  action: 'claim',
  fromUserId: null,
  fromUserName: null,
  toUserId: '5',
  toUserName: '马超',
  poolId: '7',
  poolName: '华北公海',
  reason: '',
  rule: '',
  actorId: '5',
  actorName: '马超',
  at: '2026-11-20T02:00:00Z',
}

describe('owner history lines', () => {
  it('claim: who received it and from which pool', () => {
    expect(ownerHistoryActionText(entry, zh)).toBe('领取')
    expect(ownerHistoryParts(entry, zh)).toEqual(['给 马超', '来自「华北公海」'])
  })

  it('reclaim by the sweep: rule, pool, system actor', () => {
    const reclaim = { ...entry, action: 'reclaim' as const, fromUserName: '马超', toUserName: null, rule: 'no_follow_up' as const, actorId: null, actorName: null }
    expect(ownerHistoryParts(reclaim, zh)).toEqual(['从 马超', '进入「华北公海」', '规则：长期未跟进'])
    expect(ownerHistoryActorText(reclaim, zh)).toBe('操作人：系统')
  })

  it('release keeps the reason; transfer shows both owners', () => {
    const release = { ...entry, action: 'release' as const, fromUserName: '马超', toUserName: null, reason: '暂无需求' }
    expect(ownerHistoryParts(release, zh)).toEqual(['从 马超', '进入「华北公海」', '原因：暂无需求'])
    const transfer = { ...entry, action: 'transfer' as const, fromUserName: '马超', toUserName: '胡军', poolName: null }
    expect(ownerHistoryParts(transfer, zh)).toEqual(['马超 → 胡军'])
  })

  it('create into a pool says where it went', () => {
    const create = { ...entry, action: 'create' as const, toUserName: null, toUserId: null }
    expect(ownerHistoryParts(create, zh)).toEqual(['进入「华北公海」'])
  })
})
