// A yes/no question that looks native in either layout: Element Plus on desktop, Vant on phones.
// Resolves true when confirmed. Element Plus is imported on demand (element-feedback.ts): phones
// never load it.
import { showConfirmDialog } from 'vant'
import 'vant/es/dialog/style'
import { i18n } from '@/locales'
import { useIsMobile } from './useIsMobile'

export async function confirmAction(message: string, confirmText?: string, danger = true): Promise<boolean> {
  const t = i18n.global.t
  try {
    if (useIsMobile().value) {
      await showConfirmDialog({
        title: t('common.confirmTitle'),
        message,
        confirmButtonText: confirmText ?? t('common.confirm'),
        cancelButtonText: t('common.cancel'),
        confirmButtonColor: danger ? '#ee0a24' : undefined,
      })
    } else {
      const { ElMessageBox } = await import('./element-feedback')
      await ElMessageBox.confirm(message, t('common.confirmTitle'), {
        type: danger ? 'warning' : 'info',
        confirmButtonText: confirmText ?? t('common.confirm'),
        cancelButtonText: t('common.cancel'),
      })
    }
    return true
  } catch {
    return false
  }
}

/**
 * Asks for one line of text (desktop): a reason, a name. Resolves the trimmed text, or null when
 * cancelled; an empty answer is refused in the box with `requiredText`.
 */
export async function promptText(
  message: string,
  title: string,
  options: { initial?: string; requiredText: string; confirmText?: string; danger?: boolean },
): Promise<string | null> {
  const t = i18n.global.t
  const { ElMessageBox } = await import('./element-feedback')
  try {
    const answer = await ElMessageBox.prompt(message, title, {
      inputValue: options.initial ?? '',
      inputValidator: (v: string) => (v.trim() ? true : options.requiredText),
      confirmButtonText: options.confirmText ?? t('common.confirm'),
      cancelButtonText: t('common.cancel'),
      type: options.danger ? 'warning' : undefined,
    })
    return answer.value.trim()
  } catch {
    return null
  }
}
