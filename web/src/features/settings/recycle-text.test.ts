import { describe, expect, it } from 'vitest'
import { translator } from '@/shared/test-i18n'
import { recycleTitle, restoreRefusal } from './recycle-text'

// Echoes the key and its params, so each case shows which words were picked with what.
const t = (key: string, params?: Record<string, unknown>) => (params ? `${key} ${JSON.stringify(params)}` : key)

describe('recycle bin words', () => {
  it('shows a follow-up with its type label, every other kind as sent', () => {
    expect(recycleTitle({ kind: 'follow_up', title: 'visit 上门拜访 带报价' }, t)).toBe('followUp.type.visit · 上门拜访 带报价')
    expect(recycleTitle({ kind: 'follow_up', title: 'call ' }, t)).toBe('followUp.type.call')
    expect(recycleTitle({ kind: 'follow_up', title: 'lunch 吃饭' }, t)).toBe('lunch 吃饭')
    expect(recycleTitle({ kind: 'receipt', title: '¥1234.50 HT001' }, t)).toBe('¥1234.50 HT001')
    expect(recycleTitle({ kind: 'contract', title: 'visit 合同' }, t)).toBe('visit 合同')
  })

  it('says which parent to restore first', () => {
    const parent = (details: Record<string, unknown>) =>
      restoreRefusal({ code: 'recycle.parent_deleted', message: 'server', details }, t)
    expect(parent({ customerId: '1' })).toBe('recycle.refusal.customerDeleted')
    expect(parent({ contractId: '2' })).toBe('recycle.refusal.contractDeleted')
  })

  it('says how much a restored receipt may still be, in yuan', () => {
    const owed = restoreRefusal({ code: 'receipt.exceeds_owed', message: 'server', details: { owedFen: 4000050 } }, t)
    expect(owed).toBe('recycle.refusal.exceedsOwed {"owed":"¥40,000.50"}')
    const instalment = restoreRefusal({ code: 'receipt.exceeds_instalment', message: 'server', details: { owedFen: 0 } }, t)
    expect(instalment).toBe('recycle.refusal.exceedsInstalment {"owed":"¥0.00"}')
    expect(restoreRefusal({ code: 'contract.locked', message: 'server', details: {} }, t)).toBe('recycle.refusal.contractClosed')
  })

  it('leaves other refusals as the server said them', () => {
    expect(restoreRefusal({ code: 'recycle.expired', message: '删除已超过 90 天', details: {} }, t)).toBe('删除已超过 90 天')
  })

  it('has the words in both languages', () => {
    const zh = translator('zh-CN')
    const en = translator('en')
    const contract = { code: 'recycle.parent_deleted', message: 'server', details: { contractId: '2' } }
    expect(restoreRefusal(contract, zh)).toBe('所属合同也在回收站中，请先恢复合同')
    expect(restoreRefusal(contract, en)).toBe('Its contract is in the recycle bin too: restore the contract first.')
    const owed = { code: 'receipt.exceeds_owed', message: 'server', details: { owedFen: 150 } }
    expect(restoreRefusal(owed, zh)).toContain('尚欠 ¥1.50')
    expect(restoreRefusal(owed, en)).toContain('still owes only ¥1.50')
    expect(recycleTitle({ kind: 'follow_up', title: 'visit 上门' }, zh)).toBe('拜访 · 上门')
    expect(recycleTitle({ kind: 'follow_up', title: 'visit 上门' }, en)).toBe('Visit · 上门')
  })
})
