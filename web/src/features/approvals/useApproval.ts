// One approval, shared by the desktop detail page and the phone's: load it, act on it with its
// version, and say why an action was refused — someone else acted first (409: the approval is
// loaded again) or it is not the caller's turn (403) — else the server's message. A success
// refreshes the inbox badge.
import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/client'
import { commentApproval, decideApproval, getApproval, withdrawApproval, type ApprovalDetail } from '@/api/approvals'
import { confirmAction } from '@/shared/confirm'
import { errorText } from '@/shared/error-text'
import { notifyError, notifySuccess } from '@/shared/notify'
import { ACTION_SPECS, commentProblem, refusalOf, type ApprovalAction } from './actions'
import { useApprovalCountStore } from './approval-count-store'

export type ActResult = 'done' | 'reloaded' | 'failed'

export function useApproval(id: () => string) {
  const { t, locale } = useI18n()
  const tr = (key: string, named?: Record<string, unknown>) => t(key, named ?? {})
  const counts = useApprovalCountStore()
  const approval = ref<ApprovalDetail | null>(null)
  const loading = ref(false)
  const notFound = ref(false)
  const acting = ref<ApprovalAction | null>(null)
  /** Why the last action was refused ("" after a success or a reload by the user). */
  const message = ref('')
  let generation = 0

  async function load(): Promise<void> {
    const mine = ++generation
    loading.value = true
    notFound.value = false
    try {
      const detail = await getApproval(id())
      if (mine === generation) approval.value = detail
    } catch (error) {
      if (mine === generation && error instanceof ApiError && error.status === 404) notFound.value = true
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  function send(a: ApprovalDetail, action: ApprovalAction, comment: string): Promise<ApprovalDetail> {
    if (action === 'comment') return commentApproval(a.id, comment)
    if (action === 'withdraw') return withdrawApproval(a.id, a.version)
    return decideApproval(a.id, action, a.version, comment)
  }

  /**
   * Sends the action: 'done' (the answer is the new state), 'reloaded' (refused because someone
   * acted first or it is not the caller's turn: the approval as it is now was loaded), 'failed'.
   */
  async function act(action: ApprovalAction, comment = ''): Promise<ActResult> {
    const a = approval.value
    if (!a || acting.value) return 'failed'
    acting.value = action
    message.value = ''
    try {
      approval.value = await send(a, action, comment.trim())
      generation++
      notifySuccess(t(`approval.done.${action}`))
      void counts.refresh()
      return 'done'
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      const refusal = refusalOf(error)
      message.value = refusal === 'other' ? errorText(error, locale.value, tr) : t(`approval.refused.${refusal}`)
      notifyError(message.value)
      if (refusal === 'other') return 'failed'
      await load()
      void counts.refresh()
      return 'reloaded'
    } finally {
      acting.value = null
    }
  }

  return { approval, loading, notFound, acting, message, load, act }
}

/**
 * The comment prompt of an action (the desktop's dialog, the phone's popup): withdraw only asks for
 * a confirmation; the others open the prompt, which checks the comment is there when required and
 * closes once the action is done or the approval was reloaded.
 */
export function useActionPrompt(state: ReturnType<typeof useApproval>) {
  const { t } = useI18n()
  const prompt = reactive({ open: false, action: 'approve' as ApprovalAction, comment: '', error: '' })

  async function start(action: ApprovalAction) {
    if (!ACTION_SPECS[action].withComment) {
      if (await confirmAction(t('approval.withdrawConfirm'), t('approval.action.withdraw'))) await state.act(action)
      return
    }
    Object.assign(prompt, { open: true, action, comment: '', error: '' })
  }

  async function submit() {
    prompt.error = commentProblem(prompt.action, prompt.comment) ? t(`approval.commentRequired.${prompt.action}`) : ''
    if (prompt.error) return
    if ((await state.act(prompt.action, prompt.comment)) === 'failed') prompt.error = state.message.value
    else prompt.open = false
  }

  return { prompt, start, submit }
}
