// Plain-language text for field visits: distances ("320 米", "1.2 公里"), the check-in score badge
// (已验证 / 可疑 / 无法验证) and the reasons behind it. Pure, so they are unit-tested.
import type { CheckInScore, PhotoTimeSource, Reason } from '@/api/visits'
import type { Translate } from '@/shared/translate'

/** "320 米" under a kilometre (whole metres), "1.2 公里" above (one decimal, none from 100 km). */
export function formatDistance(metres: number | null | undefined, t: Translate): string {
  if (metres === null || metres === undefined || !Number.isFinite(metres) || metres < 0) return '—'
  if (metres < 1000) return t('visit.distance.m', { n: Math.round(metres) })
  const km = metres / 1000
  const text = km >= 100 ? String(Math.round(km)) : (Math.round(km * 10) / 10).toFixed(1).replace(/\.0$/, '')
  return t('visit.distance.km', { n: text })
}

/** "精度 ±15 米" for a position's accuracy radius. */
export function formatAccuracy(metres: number | null | undefined, t: Translate): string {
  return t('visit.accuracy', { distance: formatDistance(metres, t) })
}

export function scoreText(score: CheckInScore | string, t: Translate): string {
  return score === 'verified' || score === 'suspicious' || score === 'unverifiable' ? t(`visit.score.${score}`) : score
}

/** Element Plus / Vant tag type of a score. */
export function scoreTagType(score: CheckInScore | string): 'success' | 'danger' | 'warning' {
  if (score === 'verified') return 'success'
  if (score === 'suspicious') return 'danger'
  return 'warning'
}

/**
 * Where a photo's time came from, in words: the camera's record (EXIF) or, for a photo without
 * one, the file's time — which a reader should trust less. Empty when unknown.
 */
export function photoSourceText(source: PhotoTimeSource | string | null | undefined, t: Translate): string {
  return source === 'exif' || source === 'file' ? t(`visit.photoTime.source.${source}`) : ''
}

/** Marker colour of a score on the maps. */
export function scoreColor(score: CheckInScore | string): string {
  if (score === 'verified') return '#07c160'
  if (score === 'suspicious') return '#ee0a24'
  return '#ff976a'
}

function num(details: Record<string, unknown> | undefined, key: string): number | null {
  const value = details?.[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

const KNOWN = new Set([
  'far_from_customer',
  'poor_accuracy',
  'static_coordinates',
  'impossible_speed',
  'mock_location',
  'reused_photo',
  'photo_time_mismatch',
  'no_customer_location',
  'late_upload',
])

/**
 * One reason in plain words, with the numbers from its details when they came ("距离客户 3.3 公里，
 * 超过允许的 500 米"). Unknown codes fall back to the server's message.
 */
/** A delay in minutes as minutes, hours or days (rounded down). */
export function formatMinutes(minutes: number, t: Translate): string {
  if (minutes < 60) return t('offline.minutes', { n: Math.floor(minutes) })
  if (minutes < 48 * 60) return t('offline.hours', { n: Math.floor(minutes / 60) })
  return t('offline.days', { n: Math.floor(minutes / 1440) })
}

export function reasonText(reason: Pick<Reason, 'code'> & Partial<Pick<Reason, 'message' | 'details'>>, t: Translate): string {
  const d = reason.details ?? {}
  switch (reason.code) {
    case 'far_from_customer': {
      const distance = num(d, 'distanceM')
      const max = num(d, 'maxDistanceM')
      if (distance !== null && max !== null)
        return t('visit.reason.far_from_customer_detail', { distance: formatDistance(distance, t), max: formatDistance(max, t) })
      break
    }
    case 'poor_accuracy': {
      const accuracy = num(d, 'accuracyM')
      const max = num(d, 'maxAccuracyM')
      if (accuracy !== null && max !== null)
        return t('visit.reason.poor_accuracy_detail', { accuracy: formatDistance(accuracy, t), max: formatDistance(max, t) })
      break
    }
    case 'impossible_speed': {
      const speed = num(d, 'speedKmh')
      const max = num(d, 'maxSpeedKmh')
      if (speed !== null && max !== null) return t('visit.reason.impossible_speed_detail', { speed: Math.round(speed), max: Math.round(max) })
      break
    }
    case 'late_upload': {
      const delay = num(d, 'delayMinutes')
      if (delay !== null) return t('visit.reason.late_upload_detail', { delay: formatMinutes(delay, t) })
      break
    }
    case 'photo_time_mismatch': {
      const max = num(d, 'photoMaxAgeMinutes') ?? num(d, 'maxAgeMinutes')
      if (max !== null) return t('visit.reason.photo_time_mismatch_detail', { max })
      break
    }
  }
  if (KNOWN.has(reason.code)) return t(`visit.reason.${reason.code}`)
  return reason.message || reason.code
}

/**
 * The reasons of a refused check-in (422 `checkin.suspicious`): the contract says
 * `details.reasons` is a list of Reason; the server sends a comma-separated string of codes.
 * Both (and a list of codes) are accepted.
 */
export function reasonsFromDetails(details: Record<string, unknown> | undefined): Reason[] {
  const raw = details?.reasons
  if (typeof raw === 'string') {
    return raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((code) => ({ code, message: '', details: {} }))
  }
  if (Array.isArray(raw)) {
    return raw.flatMap((item): Reason[] => {
      if (typeof item === 'string') return item ? [{ code: item, message: '', details: {} }] : []
      if (item && typeof item === 'object' && typeof (item as Reason).code === 'string') {
        const r = item as Partial<Reason>
        return [{ code: r.code as string, message: r.message ?? '', details: r.details ?? {} }]
      }
      return []
    })
  }
  return []
}

/** A check-in of the visit map as a map point: coloured by score, the rep and the result, then the customer and the time. */
export function checkInMapPoint(
  p: { id: string; lat: number; lng: number; score: CheckInScore | string; userName: string; customerName?: string | null; at: string },
  t: Translate,
  formatAt: (iso: string) => string,
): { id: string; lat: number; lng: number; color: string; title: string; subtitle: string } {
  return {
    id: p.id,
    lat: p.lat,
    lng: p.lng,
    color: scoreColor(p.score),
    title: `${p.userName} · ${scoreText(p.score, t)}`,
    subtitle: `${p.customerName ?? ''} ${formatAt(p.at)}`.trim(),
  }
}
