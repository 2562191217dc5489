import { describe, expect, it } from 'vitest'
import { formatBp, formatMetric, metricInputText, metricUnit, parseMetricInput, rateTone, ringShare, todayIn } from './metric-format'

describe('metric numbers', () => {
  it('knows money metrics by their key', () => {
    expect(metricUnit('contractAmountFen')).toBe('fen')
    expect(metricUnit('wonAmountFen')).toBe('fen')
    expect(metricUnit('followUps')).toBe('count')
  })

  it('shows fen as yuan and counts grouped', () => {
    expect(formatMetric('contractAmountFen', 1234567)).toBe('¥12,345.67')
    expect(formatMetric('followUps', 1234567)).toBe('1,234,567')
    expect(formatMetric('followUps', 0)).toBe('0')
    expect(formatMetric('followUps', null)).toBe('—')
  })

  it('edits fen in yuan and counts as integers, exactly', () => {
    expect(metricInputText('contractAmountFen', 10_000_000)).toBe('100000')
    expect(metricInputText('contractAmountFen', 10)).toBe('0.10')
    expect(metricInputText('visits', 30)).toBe('30')
    expect(metricInputText('visits', null)).toBe('')
    expect(parseMetricInput('contractAmountFen', '0.1')).toBe(10)
    expect(parseMetricInput('contractAmountFen', '1,000,000')).toBe(100_000_000)
    expect(parseMetricInput('contractAmountFen', '1.234')).toBeUndefined()
    expect(parseMetricInput('visits', '1,200')).toBe(1200)
    expect(parseMetricInput('visits', '1.5')).toBeUndefined()
    expect(parseMetricInput('visits', '-3')).toBeUndefined()
    expect(parseMetricInput('visits', '  ')).toBeNull()
  })
})

describe('rates', () => {
  it('formats basis points floored to one decimal', () => {
    expect(formatBp(6666)).toBe('66.6%')
    expect(formatBp(12345)).toBe('123.4%')
    expect(formatBp(null)).toBe('—')
  })

  it('fills a ring up to 100%', () => {
    expect(ringShare(5000)).toBe(0.5)
    expect(ringShare(25000)).toBe(1)
    expect(ringShare(null)).toBe(0)
    expect(ringShare(0)).toBe(0)
  })

  it('tells reached, on track and behind', () => {
    expect(rateTone(10000, 5000)).toBe('reached')
    expect(rateTone(6000, 5000)).toBe('onTrack')
    expect(rateTone(4000, 5000)).toBe('behind')
    expect(rateTone(null, 5000)).toBe('none')
  })

  it('names today in the company zone', () => {
    // 2026-12-06 17:00 UTC is already the 7th in Shanghai.
    expect(todayIn('Asia/Shanghai', new Date('2026-12-06T17:00:00Z'))).toBe('2026-12-07')
    expect(todayIn('UTC', new Date('2026-12-06T17:00:00Z'))).toBe('2026-12-06')
  })
})
