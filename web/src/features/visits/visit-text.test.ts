import { describe, expect, it } from 'vitest'
import { translator } from '@/shared/test-i18n'
import { formatAccuracy, formatDistance, photoSourceText, reasonText, reasonsFromDetails, scoreColor, scoreTagType, scoreText } from './visit-text'
import { ownerLabel } from './owner-label'

const zh = translator('zh-CN')
const en = translator('en')

describe('formatDistance', () => {
  it('shows whole metres under a kilometre', () => {
    expect(formatDistance(320, zh)).toBe('320 米')
    expect(formatDistance(5.1, zh)).toBe('5 米')
    expect(formatDistance(0, zh)).toBe('0 米')
    expect(formatDistance(999.4, zh)).toBe('999 米')
    expect(formatDistance(320, en)).toBe('320 m')
  })
  it('shows kilometres with one decimal above', () => {
    expect(formatDistance(1000, zh)).toBe('1 公里')
    expect(formatDistance(1234, zh)).toBe('1.2 公里')
    expect(formatDistance(3263, en)).toBe('3.3 km')
    expect(formatDistance(152_400, zh)).toBe('152 公里')
  })
  it('shows a dash for nothing', () => {
    expect(formatDistance(null, zh)).toBe('—')
    expect(formatDistance(undefined, zh)).toBe('—')
    expect(formatDistance(Number.NaN, zh)).toBe('—')
    expect(formatDistance(-3, zh)).toBe('—')
  })
  it('formats the accuracy', () => {
    expect(formatAccuracy(15, zh)).toBe('精度 ±15 米')
    expect(formatAccuracy(15, en)).toBe('Accuracy ±15 m')
  })
})

describe('score', () => {
  it('names the three scores', () => {
    expect(scoreText('verified', zh)).toBe('已验证')
    expect(scoreText('suspicious', zh)).toBe('可疑')
    expect(scoreText('unverifiable', zh)).toBe('无法验证')
    expect(scoreText('verified', en)).toBe('Verified')
    expect(scoreText('other', zh)).toBe('other')
  })
  it('maps to tag types and colours', () => {
    expect(scoreTagType('verified')).toBe('success')
    expect(scoreTagType('suspicious')).toBe('danger')
    expect(scoreTagType('unverifiable')).toBe('warning')
    expect(scoreColor('verified')).not.toBe(scoreColor('suspicious'))
  })
})

describe('reasonText', () => {
  it('uses the details when they came', () => {
    expect(reasonText({ code: 'far_from_customer', message: 'x', details: { distanceM: 3263, maxDistanceM: 500 } }, zh)).toBe(
      '签到位置距离客户 3.3 公里，超过允许的 500 米',
    )
    expect(reasonText({ code: 'poor_accuracy', message: 'x', details: { accuracyM: 500, maxAccuracyM: 200 } }, zh)).toBe(
      '定位精度 ±500 米，超过允许的 200 米',
    )
    expect(reasonText({ code: 'impossible_speed', message: 'x', details: { speedKmh: 2834.2, maxSpeedKmh: 200 } }, zh)).toBe(
      '与上次签到相比需要每小时 2834 公里，超过 200 公里',
    )
    expect(reasonText({ code: 'late_upload', message: 'x', details: { delayMinutes: 42, lateAfterMinutes: 10 } }, zh)).toBe(
      '离线采集，定位后 42 分钟才上传（不视为异常）',
    )
    expect(reasonText({ code: 'late_upload', message: 'x', details: { delayMinutes: 185 } }, zh)).toContain('3 小时')
    expect(reasonText({ code: 'late_upload', message: 'x', details: { delayMinutes: 3 * 1440 + 5 } }, zh)).toContain('3 天')
  })
  it('has a plain sentence for every code without details', () => {
    for (const code of [
      'far_from_customer',
      'poor_accuracy',
      'static_coordinates',
      'impossible_speed',
      'mock_location',
      'reused_photo',
      'photo_time_mismatch',
      'no_customer_location',
    ]) {
      const text = reasonText({ code }, zh)
      expect(text, code).not.toContain('visit.reason')
      expect(text, code).not.toBe(code)
    }
    expect(reasonText({ code: 'reused_photo' }, zh)).toBe('这张照片在之前的签到中用过')
    expect(reasonText({ code: 'no_customer_location' }, en)).toContain('no position')
  })
  it('falls back to the server message for unknown codes', () => {
    expect(reasonText({ code: 'new_rule', message: '服务器的说明', details: {} }, zh)).toBe('服务器的说明')
    expect(reasonText({ code: 'new_rule' }, zh)).toBe('new_rule')
  })
})

describe('reasonsFromDetails (422 checkin.suspicious)', () => {
  it('reads the comma-separated codes the server sends', () => {
    expect(reasonsFromDetails({ reasons: 'far_from_customer,poor_accuracy' }).map((r) => r.code)).toEqual(['far_from_customer', 'poor_accuracy'])
  })
  it('reads the documented list of Reason', () => {
    const reasons = reasonsFromDetails({ reasons: [{ code: 'mock_location', message: 'm', details: { a: 1 } }, 'reused_photo'] })
    expect(reasons).toEqual([
      { code: 'mock_location', message: 'm', details: { a: 1 } },
      { code: 'reused_photo', message: '', details: {} },
    ])
  })
  it('is empty without reasons', () => {
    expect(reasonsFromDetails({})).toEqual([])
    expect(reasonsFromDetails(undefined)).toEqual([])
    expect(reasonsFromDetails({ reasons: '' })).toEqual([])
  })
})

describe('ownerLabel', () => {
  it('says mine, pool or the owner', () => {
    expect(ownerLabel({ ownerId: 'u1', ownerName: '马超', poolId: null, poolName: null }, 'u1', zh)).toBe('我的')
    expect(ownerLabel({ ownerId: null, ownerName: null, poolId: 'p', poolName: '华北公海' }, 'u1', zh)).toBe('公海')
    expect(ownerLabel({ ownerId: 'u2', ownerName: '张飞', poolId: null, poolName: null }, 'u1', zh)).toBe('张飞')
  })
})

describe('photoSourceText', () => {
  it('names where the photo time came from, and nothing when unknown', () => {
    expect(photoSourceText('exif', zh)).toBe('相机记录')
    expect(photoSourceText('file', zh)).toBe('文件时间')
    expect(photoSourceText('exif', en)).toBe('camera (EXIF)')
    expect(photoSourceText('file', en)).toBe('file time')
    expect(photoSourceText(null, zh)).toBe('')
    expect(photoSourceText('gps', zh)).toBe('')
  })
})
