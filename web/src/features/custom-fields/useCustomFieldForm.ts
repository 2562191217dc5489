// The custom fields part of a record's create / edit form (customers and leads, desktop and
// phone): the fields the caller's layout shows, their values (a new record's defaults, or the
// record's own), the check before saving, the create body and the PATCH diff, and the server's
// field errors on the right items.
import { computed, reactive, watch } from 'vue'
import type { CustomFieldObject, CustomValue } from '@/api/custom-fields'
import type { FieldErrors } from '@/shared/form-errors'
import type { Translate } from '@/shared/translate'
import {
  applyRecordFormError,
  checkCustomValues,
  createPayload,
  errorKey,
  initialValues,
  issueKey,
  patchPayload,
  type CustomValues,
} from './custom-field-values'
import { useCustomFields } from './useCustomFields'

export function useCustomFieldForm(object: CustomFieldObject, t: Translate) {
  const cf = useCustomFields(object)
  const values = reactive<CustomValues>({})
  /** The record being edited's values; null for a new record. */
  let before: CustomValues | null = null

  function fill() {
    const initial = initialValues(cf.formFields.value, before)
    for (const [key, value] of Object.entries(initial)) if (!(key in values)) values[key] = value
  }

  /** Starts the form: from a record's customFields (an edit) or from the defaults (a new one). */
  function reset(record?: { customFields?: Record<string, unknown> | null } | null) {
    for (const key of Object.keys(values)) delete values[key]
    before = record ? { ...(record.customFields ?? {}) } : null
    fill()
  }

  // The fields may arrive after the form opened.
  watch(cf.formFields, fill)

  const keys = computed(() => cf.formFields.value.map((f) => f.key))

  /** Puts the problems of the values on `errors` (by errorKey); true when there are none. */
  function check(errors: FieldErrors): boolean {
    const problems = checkCustomValues(cf.formFields.value, values, before ?? undefined)
    for (const field of cf.formFields.value) {
      const issue = problems[errorKey(field.key)]
      if (issue) errors[errorKey(field.key)] = t(`customFields.issue.${issueKey(field, values[field.key], issue)}`)
    }
    return Object.keys(problems).length === 0
  }

  /** The POST body's customFields, or undefined when nothing is filled in. */
  function createBody(): Record<string, CustomValue> | undefined {
    const body = createPayload(cf.formFields.value, values)
    return Object.keys(body).length ? body : undefined
  }

  /** The PATCH body's customFields (changed keys, null for cleared), or undefined. */
  function patchBody(): Record<string, CustomValue | null> | undefined {
    return patchPayload(cf.formFields.value, values, before ?? {})
  }

  /** A failed save: see applyRecordFormError. */
  function applyError(error: unknown, knownFields: readonly string[], errors: FieldErrors, report: (message: string) => void) {
    applyRecordFormError(
      error,
      {
        knownFields,
        customKeys: keys.value,
        issueText: (i) => t(`validation.issue.${i}`),
        customIssueText: (i) => t(`customFields.issue.${i}`),
      },
      errors,
      report,
    )
  }

  return { ...cf, values, reset, check, createBody, patchBody, applyError, errorKey }
}

export type CustomFieldForm = ReturnType<typeof useCustomFieldForm>
