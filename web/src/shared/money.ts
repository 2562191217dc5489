// Money in integer fen (1 yuan = 100 fen), as the API sends it. Shown and typed in yuan, always
// through integers and decimal strings, never through floating-point multiplication: 0.1 yuan
// must become exactly 10 fen, and 1234567 fen must read exactly "¥12,345.67".

/** "1234567" → "1,234,567". */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** 1234567 fen → "¥12,345.67"; -50 → "-¥0.50"; null/undefined/NaN → `missing`. */
export function formatFen(fen: number | null | undefined, missing = '—'): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return missing
  const value = Math.trunc(fen)
  const sign = value < 0 ? '-' : ''
  const abs = Math.abs(value)
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}¥${groupDigits(String(Math.floor(abs / 100)))}.${cents}`
}

/** Fen as an input shows it in yuan, without grouping: 1234500 → "12345", 1234567 → "12345.67". */
export function fenToYuanText(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return ''
  const value = Math.trunc(fen)
  const sign = value < 0 ? '-' : ''
  const abs = Math.abs(value)
  const cents = abs % 100
  const whole = String(Math.floor(abs / 100))
  return cents === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(cents).padStart(2, '0')}`
}

const YUAN_TEXT = /^(\d+)(?:\.(\d{0,2}))?$/

/**
 * A yuan amount as typed → fen, exactly: "0.1" → 10, "12345.67" → 1234567, "1,234.5" → 123450,
 * "¥ 5,000" → 500000. Grouping commas (also "，"), spaces and a leading ¥ are ignored. null for
 * anything else: empty, negative, more than two decimals ("1.234"), or beyond the safe integers.
 */
export function parseYuan(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null
  const cleaned = String(text).trim().replace(/^[¥￥]/, '').replace(/[,，\s]/g, '')
  const match = YUAN_TEXT.exec(cleaned)
  if (!match) return null
  const whole = Number(match[1])
  const cents = Number((match[2] ?? '').padEnd(2, '0'))
  const fen = whole * 100 + cents
  return Number.isSafeInteger(fen) && Number.isSafeInteger(whole) ? fen : null
}
