import { describe, expect, it } from 'vitest'
import { translator } from '@/shared/test-i18n'
import { changeTitle, staleText, timeInStageText } from './deal-text'

describe('deal texts', () => {
  const zh = translator('zh-CN')
  it('says why an opportunity is stale', () => {
    expect(staleText({ stale: { reason: 'no_activity', since: '2026-11-20' } }, zh)).toBe('2026-11-20 起无活动')
    expect(staleText({ stale: { reason: 'overdue', since: '2026-12-01' } }, translator('en'))).toBe('Overdue since 2026-12-01')
    expect(staleText({ stale: null }, zh)).toBe('')
  })

  it('titles a history entry and its time in the stage left', () => {
    expect(changeTitle({ direction: 'create', fromName: '', toName: '初步接洽' }, zh)).toBe('创建于「初步接洽」')
    expect(changeTitle({ direction: 'back', fromName: '方案报价', toName: '需求确认' }, zh)).toBe('方案报价 → 需求确认')
    expect(timeInStageText({ msInFrom: 36 * 3600_000, fromName: '需求确认' }, zh)).toBe('在「需求确认」停留 1.5 天')
    expect(timeInStageText({ msInFrom: null, fromName: '' }, zh)).toBe('')
  })
})
