// The public web form (/f/:token): what a visitor must fill, and the words for what the server
// answered — each refusal of POST /public/forms/{token} has its own message.
import { ApiError } from '@/api/client'
import type { LeadFormField } from '@/api/leads'

/** The fields left empty that the form requires. */
export function missingRequired(fields: readonly LeadFormField[], values: Record<string, string>): string[] {
  return fields.filter((f) => f.required && !(values[f.key] ?? '').trim()).map((f) => f.key)
}

/** The values worth sending: trimmed, the form's own fields only, empty ones left out. */
export function publicFormBody(fields: readonly LeadFormField[], values: Record<string, string>): Record<string, string> {
  const body: Record<string, string> = {}
  for (const f of fields) {
    const v = (values[f.key] ?? '').trim()
    if (v) body[f.key] = v
  }
  return body
}

export type PublicFormErrorKind = 'notFound' | 'rateLimited' | 'invalid' | 'tooLarge' | 'rejected' | 'network' | 'other'

/** The kind of failure, from the status and code of the answer. */
export function publicFormErrorKind(error: unknown): PublicFormErrorKind {
  if (!(error instanceof ApiError)) return 'other'
  if (error.status === 0) return 'network'
  if (error.status === 404 || error.code === 'form.not_found') return 'notFound'
  if (error.status === 429 || error.code === 'rate_limited') return 'rateLimited'
  if (error.status === 413) return 'tooLarge'
  if (error.status === 422 || error.code === 'form.rejected') return 'rejected'
  if (error.status === 400) return 'invalid'
  return 'other'
}

/** The fields a 400 named (details.fields), for marking them on the form. */
export function invalidFieldKeys(error: unknown): string[] {
  if (!(error instanceof ApiError)) return []
  return error.fieldIssues.map((i) => i.field.replace(/^fields\./, ''))
}

/** A mobile-keyboard input type for a field key. */
export function inputType(key: string): 'tel' | 'email' | 'text' | 'textarea' {
  if (key === 'mobile' || key === 'phone') return 'tel'
  if (key === 'email') return 'email'
  if (key === 'notes') return 'textarea'
  return 'text'
}
