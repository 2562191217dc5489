// Puts server validation errors (details.fields) on the form fields they belong to.
import { ApiError } from '@/api/client'
import type { FieldIssue } from '@/api/types'

export type FieldErrors = Record<string, string>

/**
 * Returns a message per field for the fields the form knows; `issueText` turns an issue code
 * (required, too_long, …) into words. Issues on unknown fields are left out (the toast has them).
 */
export function fieldErrorsFrom(
  issues: FieldIssue[],
  knownFields: readonly string[],
  issueText: (issue: string) => string,
): FieldErrors {
  const result: FieldErrors = {}
  for (const { field, issue } of issues) {
    // Some servers name nested fields ("roleIds[0]"); the form item is the top-level name.
    const name = field.replace(/[[.].*$/, '')
    if (knownFields.includes(name) && !result[name]) result[name] = issueText(issue)
  }
  return result
}

/** Empties the field errors (call when a submit starts, so a repeated error shows again). */
export function clearFieldErrors(target: FieldErrors): void {
  for (const key of Object.keys(target)) delete target[key]
}

/**
 * Handles a failed form submit: field errors go on the fields; anything not shown there
 * is reported through `report` (a toast). Non-API errors are rethrown.
 */
export function applyFormError(
  error: unknown,
  knownFields: readonly string[],
  issueText: (issue: string) => string,
  target: FieldErrors,
  report: (message: string) => void,
): void {
  if (!(error instanceof ApiError)) throw error
  clearFieldErrors(target)
  const fields = fieldErrorsFrom(error.fieldIssues, knownFields, issueText)
  Object.assign(target, fields)
  if (Object.keys(fields).length === 0 || error.fieldIssues.length > Object.keys(fields).length) {
    report(error.message)
  }
}
