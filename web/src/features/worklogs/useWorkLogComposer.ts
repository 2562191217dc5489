// The 写日志 form shared by the desktop tab and the phone page: kind (日报/周报/月报), the period
// (today's by default; earlier ones may be written late, later ones not yet), the server's draft
// for it (statistics so far, and the saved text when the log exists), the text fields, linked
// customers, and submit. Switching the period with unsaved text asks first; text typed while a
// draft is loading is kept when it arrives.
import { computed, reactive, ref } from 'vue'
import type { ApiError } from '@/api/client'
import { getWorkLogDraft, submitWorkLog, type PersonRef, type WorkLog, type WorkLogKind } from '@/api/work-logs'
import { confirmAction } from '@/shared/confirm'
import { applyFormError, clearFieldErrors, type FieldErrors } from '@/shared/form-errors'
import { isCurrentPeriod, periodOf, shiftPeriod, todayIn, type Period } from './work-log-period'

export const WORK_LOG_FIELDS = ['summary', 'plan', 'issues', 'customerIds'] as const

export interface ComposerTexts {
  /** "请填写工作总结" */
  summaryRequired: () => string
  /** A validation issue code in words. */
  issue: (code: string) => string
  /** Unsaved text will be lost: go on? */
  discardQuestion: () => string
  /** Shows an error that belongs to no field. */
  report: (error: ApiError) => void
}

export function useWorkLogComposer(timeZone: () => string, texts: ComposerTexts, initialKind: WorkLogKind = 'daily') {
  const today = ref(todayIn(timeZone()))
  const kind = ref<WorkLogKind>(initialKind)
  /** Any day in the chosen period. */
  const date = ref(today.value)
  const draft = ref<WorkLog | null>(null)
  const form = reactive({ summary: '', plan: '', issues: '' })
  const customers = ref<PersonRef[]>([])
  const loading = ref(false)
  const saving = ref(false)
  const errors = reactive<FieldErrors>({})
  let generation = 0

  const period = computed<Period>(() =>
    draft.value ? { start: draft.value.periodStart, end: draft.value.periodEnd } : periodOf(kind.value, date.value),
  )
  const isCurrent = computed(() => isCurrentPeriod(kind.value, date.value, today.value))
  const submitted = computed(() => !!draft.value?.id)
  const dirty = computed(() => {
    const saved = draft.value
    const ids = customers.value.map((c) => c.id).join(',')
    const savedIds = (saved?.customers ?? []).map((c) => c.id).join(',')
    return form.summary !== (saved?.summary ?? '') || form.plan !== (saved?.plan ?? '') || form.issues !== (saved?.issues ?? '') || ids !== savedIds
  })

  function fill(log: WorkLog) {
    draft.value = log
    form.summary = log.summary ?? ''
    form.plan = log.plan ?? ''
    form.issues = log.issues ?? ''
    customers.value = [...(log.customers ?? [])]
  }

  /** Like fill, but what was typed or chosen since `before` was taken stays as typed. */
  function fillKeepingEdits(log: WorkLog, before: { summary: string; plan: string; issues: string; customers: PersonRef[] }) {
    const typed = { summary: form.summary, plan: form.plan, issues: form.issues }
    const chosen = customers.value
    fill(log)
    for (const key of ['summary', 'plan', 'issues'] as const) if (typed[key] !== before[key]) form[key] = typed[key]
    if (chosen !== before.customers) customers.value = chosen
  }

  async function load(): Promise<void> {
    const mine = ++generation
    loading.value = true
    clearFieldErrors(errors)
    const before = { summary: form.summary, plan: form.plan, issues: form.issues, customers: customers.value }
    try {
      const answer = await getWorkLogDraft(kind.value, date.value)
      if (mine === generation) fillKeepingEdits(answer, before)
    } catch {
      if (mine === generation) draft.value = null
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  async function mayLeave(): Promise<boolean> {
    return !dirty.value || confirmAction(texts.discardQuestion(), undefined, false)
  }

  async function setKind(next: WorkLogKind): Promise<void> {
    if (next === kind.value || !(await mayLeave())) return
    kind.value = next
    date.value = today.value
    draft.value = null
    await load()
  }

  /** One period back or forward; never past the current one. */
  async function shift(steps: number): Promise<void> {
    if (steps > 0 && isCurrent.value) return
    if (!(await mayLeave())) return
    const start = shiftPeriod(kind.value, date.value, steps)
    date.value = isCurrentPeriod(kind.value, start, today.value) || start > today.value ? today.value : start
    draft.value = null
    await load()
  }

  async function toCurrent(): Promise<void> {
    if (isCurrent.value || !(await mayLeave())) return
    date.value = today.value
    draft.value = null
    await load()
  }

  function addCustomer(c: PersonRef) {
    if (!customers.value.some((x) => x.id === c.id)) customers.value = [...customers.value, c]
    delete errors.customerIds
  }

  function removeCustomer(id: string) {
    customers.value = customers.value.filter((c) => c.id !== id)
  }

  /** Sends the log; the saved log on success, null when the form shows what is wrong. */
  async function submit(): Promise<WorkLog | null> {
    clearFieldErrors(errors)
    if (!form.summary.trim()) {
      errors.summary = texts.summaryRequired()
      return null
    }
    saving.value = true
    try {
      const saved = await submitWorkLog({
        kind: kind.value,
        date: period.value.start,
        summary: form.summary.trim(),
        plan: form.plan.trim(),
        issues: form.issues.trim(),
        customerIds: customers.value.map((c) => c.id),
      })
      fill(saved)
      return saved
    } catch (error) {
      applyFormError(error, WORK_LOG_FIELDS, texts.issue, errors, () => texts.report(error as ApiError))
      return null
    } finally {
      saving.value = false
    }
  }

  return {
    today,
    kind,
    date,
    draft,
    form,
    customers,
    loading,
    saving,
    errors,
    period,
    isCurrent,
    submitted,
    dirty,
    load,
    setKind,
    shift,
    toCurrent,
    addCustomer,
    removeCustomer,
    submit,
  }
}
