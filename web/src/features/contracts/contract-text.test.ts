import { describe, expect, it } from 'vitest'
import { formatFen } from '@/shared/money'
import { translator } from '@/shared/test-i18n'
import { bpToPercentText, bucketLabel, contractErrorText, daysUntil, drillQuery, instalmentStateText, numberPreview, orderedBuckets, percentTextToBp } from './contract-text'

const zh = translator('zh-CN')
const en = translator('en')

describe('ageing buckets', () => {
  it('labels each bucket in the reader\'s language', () => {
    expect(bucketLabel('not_due', zh)).toBe('未到期')
    expect(bucketLabel('d1_30', zh)).toBe('逾期 1–30 天')
    expect(bucketLabel('d31_90', zh)).toBe('逾期 31–90 天')
    expect(bucketLabel('d90_plus', zh)).toBe('逾期 90 天以上')
    expect(bucketLabel('d90_plus', en)).toBe('Over 90 days overdue')
  })

  it('orders the buckets naturally and fills a missing one with zeros', () => {
    const got = orderedBuckets([
      { bucket: 'd90_plus', count: 2, owedFen: 500, query: 'bucket=d90_plus' },
      { bucket: 'not_due', count: 1, owedFen: 100, query: 'bucket=not_due&ownerId=7' },
    ])
    expect(got.map((b) => [b.bucket, b.count, b.owedFen])).toEqual([
      ['not_due', 1, 100],
      ['d1_30', 0, 0],
      ['d31_90', 0, 0],
      ['d90_plus', 2, 500],
    ])
    expect(drillQuery(got[0].query)).toEqual({ bucket: 'not_due', ownerId: '7' })
    expect(drillQuery(got[1].query)).toEqual({ bucket: 'd1_30' })
  })

  it('says an instalment\'s state, with the days overdue', () => {
    expect(instalmentStateText({ state: 'overdue', overdueDays: 12 }, zh)).toBe('逾期 12 天')
    expect(instalmentStateText({ state: 'paid', overdueDays: 0 }, zh)).toBe('已付清')
    expect(instalmentStateText({ state: 'not_due', overdueDays: 0 }, en)).toBe('Not due')
    expect(daysUntil('2026-12-31', '2026-12-06')).toBe(25)
    expect(daysUntil('2026-11-30', '2026-12-06')).toBe(-6)
  })
})

describe('number pattern preview', () => {
  const base = { numberPrefix: 'HT', numberDate: 'YYYYMMDD' as const, numberDigits: 4 }

  it('puts prefix, date and the zero-padded sequence together', () => {
    expect(numberPreview(base, '2026-12-06')).toBe('HT202612060001')
    expect(numberPreview({ ...base, numberDate: 'YYYYMM' }, '2026-12-06', 12)).toBe('HT2026120012')
    expect(numberPreview({ ...base, numberDate: 'YYYY', numberDigits: 6 }, '2026-12-06', 3)).toBe('HT2026000003')
    expect(numberPreview({ numberPrefix: '', numberDate: '', numberDigits: 3 }, '2026-12-06', 7)).toBe('007')
  })

  it('grows past the digits when the sequence outgrows them', () => {
    expect(numberPreview({ ...base, numberDigits: 3 }, '2026-12-06', 12345)).toBe('HT2026120612345')
  })
})

describe('discount threshold in percent ↔ basis points', () => {
  it('reads a percent exactly', () => {
    expect(percentTextToBp('20')).toBe(2000)
    expect(percentTextToBp('12.5')).toBe(1250)
    expect(percentTextToBp('0.05%')).toBe(5)
    expect(percentTextToBp('100')).toBe(10000)
    expect(percentTextToBp('100.01')).toBeNull()
    expect(percentTextToBp('1.234')).toBeNull()
    expect(percentTextToBp('-1')).toBeNull()
    expect(percentTextToBp('')).toBeNull()
  })

  it('shows basis points as the percent an input holds', () => {
    expect(bpToPercentText(2000)).toBe('20')
    expect(bpToPercentText(1250)).toBe('12.5')
    expect(bpToPercentText(5)).toBe('0.05')
    expect(bpToPercentText(1234)).toBe('12.34')
    for (const bp of [0, 1, 99, 100, 1001, 9999, 10000]) expect(percentTextToBp(bpToPercentText(bp))).toBe(bp)
  })
})

describe('refusals', () => {
  it('says what is still owed when a receipt exceeds it, formatted from the fen the server named', () => {
    const text = contractErrorText({ code: 'receipt.exceeds_owed', details: { owedFen: 123456 } }, zh, (v) => formatFen(v))
    expect(text).toBe('回款金额超过了未回款金额：当前最多还能登记 ¥1,234.56')
    const invoice = contractErrorText({ code: 'invoice.exceeds_total', details: { invoicableFen: 5 } }, en, (v) => formatFen(v))
    expect(invoice).toBe('More than the contract total: at most ¥0.05 can be invoiced now')
  })

  it('leaves codes it does not know to the server\'s message', () => {
    expect(contractErrorText({ code: 'validation.failed' }, zh, (v) => formatFen(v))).toBeNull()
    expect(contractErrorText({ code: 'contract.locked' }, zh, (v) => formatFen(v))).toContain('审批中')
  })
})
