// The state of a move (推进) form, shared by the desktop dialog and the phone's one-screen form:
// the target stage (the next one preselected), the feedback of the stage being left, checklist
// ticks, the reason of a close, "reset probability"; the submit and what the server may refuse —
// 422 opportunity.feedback_required on the fields it names, 409 opportunity.version_conflict
// (the caller reloads, the form says so), reasons and skipped stages.
import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/client'
import { uploadAttachment, type Attachment } from '@/api/activity'
import { moveOpportunity, type Opportunity, type OpportunityDetail, type ProcessSummary, type Stage } from '@/api/deals'
import { errorText } from '@/shared/error-text'
import { emptyFeedback, missingText, missingToProblems, moveBody, type FeedbackProblem, type MoveFormModel } from './feedback-form'
import { fieldsToFill, moveTargets, needsReason, nextStage, reasonsFor } from './stage-moves'

export interface MoveSubject {
  opportunity: Pick<Opportunity, 'id' | 'version' | 'stageId' | 'probabilitySet'>
  process: Pick<ProcessSummary, 'allowSkip' | 'stages' | 'lostReasons' | 'invalidReasons'>
}

export interface MoveFormHooks {
  /** The move went through. */
  moved: (detail: OpportunityDetail) => void
  /** The opportunity changed meanwhile (409): fetch it again; the form stays open. */
  conflict: () => Promise<void> | void
}

export function useMoveForm(subject: () => MoveSubject | null, hooks: MoveFormHooks) {
  const { t, locale } = useI18n()
  const tr = (key: string, named?: Record<string, unknown>) => t(key, named ?? {})
  const model = reactive<MoveFormModel>({ stageId: '', feedback: {}, checklistDone: [], reason: '', resetProbability: false })
  const problems = reactive<Record<string, FeedbackProblem>>({})
  /** A line over the form: what the server refused, or that the opportunity was reloaded. */
  const message = ref('')
  const saving = ref(false)
  const uploads = reactive<Record<string, { name: string; progress: number | null }>>({})

  const current = computed<Stage | null>(() => {
    const s = subject()
    return s?.process.stages.find((x) => x.id === s.opportunity.stageId) ?? null
  })
  const targets = computed(() => {
    const s = subject()
    return s && current.value ? moveTargets(s.process, current.value) : []
  })
  const target = computed(() => targets.value.find((m) => m.stage.id === model.stageId) ?? null)
  const fields = computed(() => (current.value && target.value ? fieldsToFill(current.value, target.value.kind) : []))
  const withReason = computed(() => !!target.value && needsReason(target.value.stage))
  const reasons = computed(() => {
    const s = subject()
    return s && target.value ? reasonsFor(s.process, target.value.stage) : []
  })
  const canResetProbability = computed(() => !!subject()?.opportunity.probabilitySet && target.value?.stage.kind === 'open')

  function clearProblems() {
    for (const key of Object.keys(problems)) delete problems[key]
    message.value = ''
  }

  /** Starts over, with `targetId` or else the next stage chosen. */
  function reset(targetId?: string) {
    const s = subject()
    const from = current.value
    clearProblems()
    for (const key of Object.keys(uploads)) delete uploads[key]
    model.stageId = targetId ?? (s && from ? (nextStage(s.process.stages, from)?.id ?? '') : '')
    model.feedback = emptyFeedback(from?.feedbackFields ?? [])
    model.checklistDone = []
    model.reason = ''
    model.resetProbability = false
  }

  async function upload(key: string, file: File) {
    uploads[key] = { name: file.name, progress: 0 }
    try {
      const attachment: Attachment = await uploadAttachment(file, {
        onProgress: (f) => {
          if (uploads[key]) uploads[key].progress = f
        },
      }).promise
      model.feedback[key] = attachment.id
      uploads[key] = { name: attachment.name, progress: null }
    } catch {
      delete uploads[key]
    }
  }

  /** Sends the move; false when the form or the server refused it (the problems are shown). */
  async function submit(): Promise<boolean> {
    const s = subject()
    if (!s || !target.value) return false
    clearProblems()
    if (target.value.skipped) {
      message.value = t('deal.move.skipped')
      return false
    }
    const { body, problems: found } = moveBody(model, s.opportunity.version, fields.value, withReason.value)
    Object.assign(problems, found)
    if (withReason.value && !body.reason) problems.reason = 'required'
    if (Object.keys(problems).length) return false
    saving.value = true
    try {
      hooks.moved(await moveOpportunity(s.opportunity.id, body))
      return true
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      if (error.code === 'opportunity.feedback_required') {
        Object.assign(problems, missingToProblems(error.details.missing))
        message.value = missingText(error.details.missing, tr)
      } else if (error.code === 'opportunity.version_conflict') {
        message.value = t('deal.move.conflict')
        await hooks.conflict()
      } else if (error.code === 'opportunity.reason_required') {
        problems.reason = 'required'
        message.value = errorText(error, locale.value, tr)
      } else {
        for (const issue of error.fieldIssues) {
          const key = issue.field.startsWith('feedback.') ? issue.field.slice('feedback.'.length) : ''
          if (key) problems[key] = 'invalid'
        }
        message.value = errorText(error, locale.value, tr)
      }
      return false
    } finally {
      saving.value = false
    }
  }

  return { model, problems, message, saving, uploads, current, targets, target, fields, withReason, reasons, canResetProbability, reset, upload, submit }
}
