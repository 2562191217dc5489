// The 创建公司 form's rules, mirroring the server's (POST /setup): checked in the browser so a new
// user sees what is wrong before sending; the server's field errors are mapped onto the same
// fields. Pure, so it is unit-tested.

export const CODE_PATTERN = /^[a-z0-9-]{2,32}$/
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{2,32}$/
export const MIN_PASSWORD = 8
export const MAX_PASSWORD_BYTES = 128
export const MAX_NAME = 50
export const FALLBACK_TIME_ZONE = 'Asia/Shanghai'

/** Form field → the body field the server names in its validation details. */
export const SERVER_FIELDS = {
  code: 'code',
  name: 'name',
  adminUsername: 'adminUsername',
  adminName: 'adminName',
  adminPassword: 'adminPassword',
  timeZone: 'timeZone',
} as const

export interface SetupForm {
  code: string
  name: string
  adminUsername: string
  adminName: string
  adminPassword: string
  confirmPassword: string
  timeZone: string
}

/** What users type in an enterprise code, made into one: trimmed, lower case, spaces as "-". */
export function normalizeCode(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '-')
}

export function isValidTimeZone(zone: string): boolean {
  // IANA names (Area/City, or UTC); Intl also takes abbreviations like "EST" the server does not.
  if (!zone || (!zone.includes('/') && zone !== 'UTC')) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** The browser's time zone when it names a real zone, else Asia/Shanghai. */
export function defaultTimeZone(browserZone: string | null | undefined = browserTimeZone()): string {
  return browserZone && isValidTimeZone(browserZone) ? browserZone : FALLBACK_TIME_ZONE
}

function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone
  } catch {
    return undefined
  }
}

/** The zones offered in the picker: all the browser knows, the chosen one always among them. */
export function timeZoneOptions(current: string): string[] {
  let zones: string[] = []
  try {
    zones = Intl.supportedValuesOf('timeZone')
  } catch {
    zones = []
  }
  if (zones.length === 0) zones = [FALLBACK_TIME_ZONE, 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/London', 'America/New_York', 'UTC']
  return zones.includes(current) ? zones : [current, ...zones]
}

export type SetupIssue = 'required' | 'code' | 'username' | 'too_short' | 'too_long' | 'mismatch' | 'time_zone'

export interface SetupProblem {
  field: keyof SetupForm
  issue: SetupIssue
}

/** The first problem of each field, in form order; empty when the form can be sent. */
export function validateSetup(form: SetupForm): SetupProblem[] {
  const problems: SetupProblem[] = []
  const code = normalizeCode(form.code)
  if (!code) problems.push({ field: 'code', issue: 'required' })
  else if (!CODE_PATTERN.test(code)) problems.push({ field: 'code', issue: 'code' })

  const name = form.name.trim()
  if (!name) problems.push({ field: 'name', issue: 'required' })
  else if ([...name].length > MAX_NAME) problems.push({ field: 'name', issue: 'too_long' })

  const username = form.adminUsername.trim()
  if (!username) problems.push({ field: 'adminUsername', issue: 'required' })
  else if (!USERNAME_PATTERN.test(username)) problems.push({ field: 'adminUsername', issue: 'username' })

  if ([...form.adminName.trim()].length > MAX_NAME) problems.push({ field: 'adminName', issue: 'too_long' })

  const passwordBytes = new TextEncoder().encode(form.adminPassword).length
  if (!form.adminPassword) problems.push({ field: 'adminPassword', issue: 'required' })
  else if ([...form.adminPassword].length < MIN_PASSWORD) problems.push({ field: 'adminPassword', issue: 'too_short' })
  else if (passwordBytes > MAX_PASSWORD_BYTES) problems.push({ field: 'adminPassword', issue: 'too_long' })

  if (!form.confirmPassword) problems.push({ field: 'confirmPassword', issue: 'required' })
  else if (form.confirmPassword !== form.adminPassword) problems.push({ field: 'confirmPassword', issue: 'mismatch' })

  if (!isValidTimeZone(form.timeZone)) problems.push({ field: 'timeZone', issue: 'time_zone' })
  return problems
}

/** The POST /setup body of a valid form. */
export function setupBody(form: SetupForm) {
  const adminName = form.adminName.trim()
  return {
    code: normalizeCode(form.code),
    name: form.name.trim(),
    adminUsername: form.adminUsername.trim(),
    adminPassword: form.adminPassword,
    ...(adminName ? { adminName } : {}),
    timeZone: form.timeZone,
  }
}
