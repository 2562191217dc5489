// The server's error message is shown as is — unless it is not in the UI language (the server
// answered a new error code in English to a zh-CN request), then a local translation of the
// code is used when there is one. Details fill the placeholders ({limit}, {held}, {until}).
import type { ApiError } from '@/api/client'
import type { Translate } from './translate'

const HAN = /[\u3400-\u9fff]/

/** Error codes with a local translation under `apiError.<code with "." as "_">`. */
export const LOCALIZED_CODES = [
  'customer.conflict',
  'customer.lock_limit',
  'pool.not_in_pool',
  'pool.limit_reached',
  'pool.daily_claim_limit',
  'pool.cooldown',
  'pool.not_member',
  'pool.not_empty',
] as const

export function messageMatchesLocale(message: string, locale: string): boolean {
  const hasHan = HAN.test(message)
  return locale.startsWith('zh') ? hasHan : !hasHan
}

export function errorText(error: Pick<ApiError, 'code' | 'message' | 'details'>, locale: string, t: Translate): string {
  if (!error.message || messageMatchesLocale(error.message, locale)) return error.message || error.code
  if (!(LOCALIZED_CODES as readonly string[]).includes(error.code)) return error.message
  const named: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(error.details ?? {})) {
    if (typeof v === 'string' || typeof v === 'number') named[k] = v
  }
  return t(`apiError.${error.code.replace('.', '_')}`, named)
}
