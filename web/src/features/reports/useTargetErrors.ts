// How a failed target write reads: 409 target.locked names its period; anything else shows the
// server's message in the UI language.
import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/client'
import { errorText } from '@/shared/error-text'
import { notifyError } from '@/shared/notify'

export function useTargetErrors() {
  const { t, locale } = useI18n()
  return function showWriteError(error: unknown) {
    if (!(error instanceof ApiError)) return
    if (error.code === 'target.locked') notifyError(t('targets.lockedError', { period: String(error.details.period ?? '') }))
    else notifyError(errorText(error, locale.value, t))
  }
}
