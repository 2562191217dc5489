// Tells the user why the server refused a contract action (the contract endpoints are silent):
// the codes the pages know in their own words with the money the details name, else the
// server's message. Returns the code, so the caller can reload on a conflict.
import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/client'
import { formatFen } from '@/shared/money'
import { applyFormError, type FieldErrors } from '@/shared/form-errors'
import { notifyError } from '@/shared/notify'
import { CONTRACT_FIELDS } from './contract-form'
import { contractErrorText } from './contract-text'

export function useContractError() {
  const { t } = useI18n()
  const tr = (key: string, named?: Record<string, unknown>) => t(key, named ?? {})

  /** The words for a refusal (null when it is not an API error). */
  function text(error: unknown): string | null {
    if (!(error instanceof ApiError)) return null
    return contractErrorText(error, tr, (v) => formatFen(v)) ?? error.message
  }

  /** Shows the refusal as a toast; rethrows what is not an API error. */
  function report(error: unknown): string {
    if (!(error instanceof ApiError)) throw error
    if (error.status !== 401) notifyError(text(error) ?? error.message)
    return error.code
  }

  /** A refused contract form: validation issues on the fields (totalFen on the total), anything else told. Returns the code. */
  function applyForm(error: unknown, errors: FieldErrors): string {
    if (error instanceof ApiError && error.fieldIssues.length) {
      applyFormError(error, CONTRACT_FIELDS, (i) => t(`validation.issue.${i}`), errors, notifyError)
      if (errors.totalFen) errors.total = errors.totalFen
      return error.code
    }
    return report(error)
  }

  return { text, report, applyForm }
}
