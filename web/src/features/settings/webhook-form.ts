// The webhook form's checks and its mapping to the API body (pure, tested).
import type { Webhook, WebhookFormat, WebhookInput, WebhookKind } from '@/api/activity'

/** What saving does with the signing secret: keep the stored one, set `secret`, or clear it. */
export type SecretAction = 'keep' | 'set' | 'clear'

export interface WebhookForm {
  kind: WebhookKind
  format: WebhookFormat
  url: string
  events: string[]
  enabled: boolean
  allowPrivate: boolean
  secretAction: SecretAction
  secret: string
}

/** The server's limit on a secret's length. */
export const SECRET_MAX_LENGTH = 200

/** The form for a new webhook, or filled from an existing one (its secret is kept unless changed). */
export function webhookFormFrom(w: Webhook | null): WebhookForm {
  return {
    kind: w?.kind ?? 'generic',
    format: w?.format ?? 'text',
    url: w?.url ?? '',
    events: [...(w?.events ?? [])],
    enabled: w?.enabled ?? true,
    allowPrivate: w?.allowPrivate ?? false,
    secretAction: w?.hasSecret ? 'keep' : 'set',
    secret: '',
  }
}

export function isRobot(kind: WebhookKind): boolean {
  return kind !== 'generic'
}

/** DingTalk (加签) and Feishu (签名校验) robots can check a signature made with a secret. */
export function usesSecret(kind: WebhookKind): boolean {
  return kind === 'dingtalk' || kind === 'feishu'
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

type RobotKind = Exclude<WebhookKind, 'generic'>

/** Where each robot service takes messages, and where the robot's token sits in its URL. */
const ROBOT_ENDPOINTS: Record<RobotKind, { hosts: string[]; matches: (u: URL) => boolean; hasToken: (u: URL) => boolean }> = {
  wecom: {
    hosts: ['qyapi.weixin.qq.com'],
    matches: (u) => u.pathname === '/cgi-bin/webhook/send',
    hasToken: (u) => !!u.searchParams.get('key'),
  },
  dingtalk: {
    hosts: ['oapi.dingtalk.com'],
    matches: (u) => u.pathname === '/robot/send',
    hasToken: (u) => !!u.searchParams.get('access_token'),
  },
  feishu: {
    // Lark, Feishu's international edition, has the same path on its own host.
    hosts: ['open.feishu.cn', 'open.larksuite.com'],
    matches: (u) => u.pathname.startsWith('/open-apis/bot/v2/hook/'),
    hasToken: (u) => u.pathname.length > '/open-apis/bot/v2/hook/'.length,
  },
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url.trim())
  } catch {
    return null
  }
}

/** The robot service a URL belongs to (by host and path), or null for any other address. */
export function robotKindOfUrl(url: string): RobotKind | null {
  const parsed = parseUrl(url)
  if (!parsed) return null
  const host = parsed.hostname.toLowerCase()
  for (const [kind, endpoint] of Object.entries(ROBOT_ENDPOINTS) as [RobotKind, (typeof ROBOT_ENDPOINTS)[RobotKind]][])
    if (endpoint.hosts.includes(host) && endpoint.matches(parsed)) return kind
  return null
}

/**
 * Why a robot URL does not look like its service's: 'other' (another host or path — fine for a
 * private relay, so the form only warns) or 'token' (the right endpoint without the robot's key).
 * Null when it looks right, for generic webhooks, and for URLs that do not parse.
 */
export function robotUrlWarning(kind: WebhookKind, url: string): 'other' | 'token' | null {
  if (kind === 'generic') return null
  const parsed = parseUrl(url)
  if (!parsed || webhookUrlProblem(url)) return null
  if (robotKindOfUrl(url) !== kind) return 'other'
  return ROBOT_ENDPOINTS[kind].hasToken(parsed) ? null : 'token'
}

/** A robot service's URL under another kind (e.g. a DingTalk URL saved as generic): the kind to suggest. */
export function suggestedKind(kind: WebhookKind, url: string): RobotKind | null {
  const robot = robotKindOfUrl(url)
  return robot && robot !== kind ? robot : null
}

export type SecretProblem = 'too_long'

export function secretProblem(form: WebhookForm): SecretProblem | null {
  if (!usesSecret(form.kind) || form.secretAction !== 'set') return null
  return form.secret.trim().length > SECRET_MAX_LENGTH ? 'too_long' : null
}

/** DingTalk shows its 加签 secret starting with "SEC"; anything else is probably the wrong string. */
export function secretLooksWrong(form: WebhookForm): boolean {
  const secret = form.secret.trim()
  return form.kind === 'dingtalk' && form.secretAction === 'set' && secret !== '' && !secret.startsWith('SEC')
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

/**
 * The POST/PATCH body. `hadSecret` is whether the webhook being edited stores a secret: a kind
 * that signs nothing clears it (it would sit unused), and a blank new secret keeps what is stored.
 */
export function toWebhookBody(form: WebhookForm, hadSecret = false): WebhookInput & { url: string } {
  const body: WebhookInput & { url: string } = {
    kind: form.kind,
    format: isRobot(form.kind) ? form.format : 'text',
    url: form.url.trim(),
    events: [...new Set(form.events.map((e) => e.trim()).filter(Boolean))],
    enabled: form.enabled,
    allowPrivate: form.allowPrivate,
  }
  const secret = form.secret.trim()
  if (!usesSecret(form.kind)) {
    if (hadSecret) body.secret = null
  } else if (form.secretAction === 'clear') {
    body.secret = null
  } else if (form.secretAction === 'set' && secret) {
    body.secret = secret
  }
  return body
}
