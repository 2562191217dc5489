// The 消息设置 form's check of the public base URL (pure, tested), mirroring the server: empty, or
// an http(s) URL with a host and without query or fragment.

export type BaseUrlProblem = 'scheme' | 'invalid' | 'query'

export function baseUrlProblem(url: string): BaseUrlProblem | null {
  const text = url.trim()
  if (!text) return null
  let parsed: URL
  try {
    parsed = new URL(text)
  } catch {
    return 'invalid'
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'scheme'
  if (!parsed.hostname) return 'invalid'
  if (text.includes('?') || text.includes('#')) return 'query'
  return null
}

/**
 * The address this browser opened Quanke at, offered as the base URL — unless it is one other
 * people cannot open (this machine), which would make every link in a robot message dead.
 */
export function suggestedBaseUrl(origin: string): string | null {
  let host: string
  try {
    host = new URL(origin).hostname
  } catch {
    return null
  }
  if (host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host)) return null
  return origin
}
