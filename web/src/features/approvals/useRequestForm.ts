// The state of a new expense claim / leave request, shared by the desktop page and the phone's:
// the form, attachments uploading as soon as they are picked (the follow-up composer's uploads),
// the leave's length following the date range until the user changes it, and the submit —
// problems on the fields (ours, then the server's), the new approval opened on success.
import { computed, reactive, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { createApprovalRequest, type RequestType } from '@/api/approvals'
import { useFollowUpComposer } from '@/features/activity/useFollowUpComposer'
import { applyFormError, clearFieldErrors, type FieldErrors } from '@/shared/form-errors'
import { notifyError, notifySuccess } from '@/shared/notify'
import { halfDaysBetween, halfDaysText } from './approval-text'
import { useApprovalCountStore } from './approval-count-store'
import { emptyRequestForm, formToRequest, REQUEST_FIELDS, validateRequestForm } from './request-form'

export function useRequestForm(type: () => RequestType) {
  const { t } = useI18n()
  const tr = (key: string, named?: Record<string, unknown>) => t(key, named ?? {})
  const router = useRouter()
  const counts = useApprovalCountStore()
  const form = reactive(emptyRequestForm(type()))
  const errors = reactive<FieldErrors>({})
  const saving = ref(false)
  const attachments = useFollowUpComposer(tr)
  const lengthText = computed(() => halfDaysText(form.halfDays, tr))
  let lengthEdited = false

  watch(type, (next) => {
    form.type = next
    clearFieldErrors(errors)
  })
  watch(
    () => [form.startDate, form.endDate],
    () => {
      if (!lengthEdited) form.halfDays = halfDaysBetween(form.startDate, form.endDate)
    },
  )

  /** Half a day more (+1) or less (-1); never below half a day. */
  function stepLength(delta: 1 | -1) {
    lengthEdited = true
    form.halfDays = Math.max(1, form.halfDays + delta)
    delete errors.halfDays
  }

  async function submit(): Promise<void> {
    clearFieldErrors(errors)
    for (const [field, problem] of Object.entries(validateRequestForm(form))) errors[field] = t(`approval.problem.${problem}`)
    if (Object.keys(errors).length) return
    if (attachments.uploading.value) {
      notifyError(t('approval.expense.stillUploading'))
      return
    }
    saving.value = true
    try {
      const ids = form.type === 'expense' ? attachments.uploads.value.flatMap((u) => (u.status === 'done' && u.attachment ? [u.attachment.id] : [])) : []
      const created = await createApprovalRequest(formToRequest(form, ids, tr))
      notifySuccess(t('approval.submitted'))
      void counts.refresh()
      void router.replace({ name: 'approvalDetail', params: { id: created.id } })
    } catch (error) {
      applyFormError(error, REQUEST_FIELDS, (i) => t(`validation.issue.${i}`), errors, notifyError)
    } finally {
      saving.value = false
    }
  }

  return { form, errors, saving, attachments, lengthText, stepLength, submit }
}
