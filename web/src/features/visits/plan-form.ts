// The 拜访计划 form (new plan and edit): its values, its checks and the body sent to the server.
// Times are local "YYYY-MM-DD HH:mm" in the company's time zone. Pure, tested.
import type { VisitPlan, VisitPlanChange, VisitPlanInput } from '@/api/visits'
import { instantToLocal, localToInstant } from '@/shared/format'
import { REMIND_OPTIONS } from './plan-week'

export interface PlanForm {
  customerId: string
  /** "2026-11-26 10:00" in the company's time zone. */
  local: string
  remind: number | null
  notes: string
}

/** The server's field names the form shows errors on. */
export const PLAN_FIELDS = ['customerId', 'plannedAt', 'remindMinutesBefore', 'notes'] as const
export type PlanField = (typeof PLAN_FIELDS)[number]

export interface PlanFormProblem {
  field: PlanField
  /** Message key under visit.plans. */
  message: 'pickCustomer' | 'pickTime' | 'timeInPast'
}

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/

export function planFormFrom(plan: VisitPlan, tz = 'Asia/Shanghai'): PlanForm {
  return { customerId: plan.customerId, local: instantToLocal(plan.plannedAt, tz), remind: plan.remindMinutesBefore, notes: plan.notes }
}

/**
 * What is wrong with the form, first problem only; null when it can be sent. A new time must not
 * be in the past; an edit that keeps the time it had is not held to that (a missed plan can get
 * new notes).
 */
export function planFormProblem(form: PlanForm, editing: VisitPlan | null, now: Date, tz = 'Asia/Shanghai'): PlanFormProblem | null {
  if (!editing && !form.customerId) return { field: 'customerId', message: 'pickCustomer' }
  if (!LOCAL_TIME.test(form.local)) return { field: 'plannedAt', message: 'pickTime' }
  const timeChanged = !editing || form.local !== instantToLocal(editing.plannedAt, tz)
  if (timeChanged && new Date(localToInstant(form.local, tz)).getTime() < now.getTime()) return { field: 'plannedAt', message: 'timeInPast' }
  return null
}

/** The body of POST /visit-plans. */
export function planCreateBody(form: PlanForm, tz = 'Asia/Shanghai'): VisitPlanInput {
  return {
    customerId: form.customerId,
    plannedAt: localToInstant(form.local, tz),
    remindMinutesBefore: form.remind,
    notes: form.notes.trim() || undefined,
  }
}

/**
 * The body of PATCH /visit-plans/{id}: only what changed (a changed time or reminder re-arms the
 * reminder on the server, so an unchanged one is not sent). Empty when nothing changed.
 */
export function planPatch(plan: VisitPlan, form: PlanForm, tz = 'Asia/Shanghai'): VisitPlanChange {
  const body: VisitPlanChange = {}
  if (form.local !== instantToLocal(plan.plannedAt, tz)) body.plannedAt = localToInstant(form.local, tz)
  if (form.remind !== plan.remindMinutesBefore) body.remindMinutesBefore = form.remind
  const notes = form.notes.trim()
  if (notes !== plan.notes) body.notes = notes
  return body
}

/** The reminder choices, with a plan's own value when it is not one of them (set through the API). */
export function remindChoices(current: number | null): (number | null)[] {
  if (REMIND_OPTIONS.includes(current)) return [...REMIND_OPTIONS]
  return [null, ...[...REMIND_OPTIONS.filter((m): m is number => m !== null), current as number].sort((a, b) => a - b)]
}
