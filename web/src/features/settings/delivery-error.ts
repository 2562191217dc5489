// Reading a delivery's lastError (pure, tested): a robot that refused the message answers HTTP 200
// with its own code — "errcode 93000: invalid webhook url" (WeCom, DingTalk) or "code 19021: sign
// match fail" (Feishu) — and a few of those codes have a well-known cure worth saying in words.

export interface RobotRefusal {
  code: number
  message: string
}

/** The robot's code and message when lastError is a robot's refusal, else null. */
export function robotRefusal(lastError: string | null): RobotRefusal | null {
  const m = lastError?.match(/^\s*(?:errcode|code)\s+(-?\d+)\s*:\s*(.*)$/s)
  return m ? { code: Number(m[1]), message: m[2].trim() } : null
}

/**
 * Codes the robot services document with a clear cause; the value names the i18n hint
 * (webhook.refusalHint.<name>). Codes of different services do not overlap.
 */
const KNOWN_REFUSALS: Record<number, string> = {
  93000: 'wecom_url', // WeCom: invalid webhook url (robot removed or key mistyped)
  45009: 'rate_limit', // WeCom: api freq out of limit (20 messages a minute per robot)
  310000: 'dingtalk_security', // DingTalk: signature, keyword or IP allow-list not satisfied
  130101: 'rate_limit', // DingTalk: send too fast
  19021: 'feishu_sign', // Feishu: sign match fail / timestamp out of range
  19022: 'feishu_ip', // Feishu: IP not allowed
  19024: 'feishu_keyword', // Feishu: key words not found
}

/** The i18n hint name for a refusal's code, or null when the code has no known cure. */
export function refusalHint(refusal: RobotRefusal | null): string | null {
  return refusal ? (KNOWN_REFUSALS[refusal.code] ?? null) : null
}
