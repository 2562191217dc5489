// The webhook form's checks and its mapping to the API body (pure, tested).
import type { WebhookInput } from '@/api/activity'

export interface WebhookForm {
  url: string
  events: string[]
  enabled: boolean
  allowPrivate: boolean
}

export type UrlProblem = 'required' | 'scheme' | 'invalid'

/** Why the URL cannot be saved, or null. Only http(s) URLs with a host are accepted. */
export function webhookUrlProblem(url: string): UrlProblem | null {
  const text = url.trim()
  if (!text) return 'required'
  let parsed: URL
  try {
    parsed = new URL(text)
  } catch {
    return /^[a-z]+:/i.test(text) && !/^https?:/i.test(text) ? 'scheme' : 'invalid'
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'scheme'
  if (!parsed.hostname) return 'invalid'
  return null
}

/**
 * True when the host is plainly loopback/private/link-local — the server refuses those unless
 * "allow private address" is on (names are resolved on the server, so this is only a hint).
 */
export function looksPrivate(url: string): boolean {
  let host: string
  try {
    host = new URL(url.trim()).hostname.toLowerCase()
  } catch {
    return false
  }
  host = host.replace(/^\[|\]$/g, '')
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true
  if (host === '::1' || host.startsWith('fe80:') || host.startsWith('fc') || host.startsWith('fd')) return host.includes(':')
  const m = host.match(/^(\d+)\.(\d+)\.(\d+)\.(\d+)$/)
  if (!m) return false
  const [a, b] = [Number(m[1]), Number(m[2])]
  return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)
}

export function toWebhookBody(form: WebhookForm): WebhookInput & { url: string } {
  return {
    url: form.url.trim(),
    events: [...new Set(form.events.map((e) => e.trim()).filter(Boolean))],
    enabled: form.enabled,
    allowPrivate: form.allowPrivate,
  }
}
