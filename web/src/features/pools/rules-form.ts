// The pool-rules editor works on a form model that is easier to bind than PoolRules:
// per-level days as four optional numbers (blank = the rule's default days), overrides as rows,
// "reclaim to" as '' for the pool itself, and an optional effective instant. These functions
// map both ways and check what the inputs alone cannot.
import type { CustomerLevel } from '@/api/customers'
import { CUSTOMER_LEVELS } from '@/api/customers'
import type { LevelDays, PoolRules, ReclaimClockRule } from '@/api/pools'

export type LevelDaysForm = Record<CustomerLevel, number | null>

export interface ClockRuleForm {
  enabled: boolean
  days: number
  byLevel: LevelDaysForm
}

export interface OverrideRow {
  userId: string
  limit: number
}

export interface RulesForm {
  holdingLimit: number
  countDealCustomers: boolean
  overrides: OverrideRow[]
  noFollowUp: ClockRuleForm
  noDeal: ClockRuleForm
  protection: { enabled: boolean; days: number; extendDays: number; maxDays: number }
  reminderDays: number
  dailyClaimLimit: number
  cooldownDays: number
  lockLimit: number
  sweepHour: number
  unassignedReminderHours: number
  /** '' = back to the customer's own pool. */
  reclaimToPoolId: string
  /** ISO instant the new version takes effect; null = now. */
  effectiveAt: string | null
}

/** PRODUCT.md §3 defaults. */
export const DEFAULT_RULES: PoolRules = {
  holdingLimit: 20,
  countDealCustomers: false,
  holdingLimitOverrides: [],
  noFollowUp: { enabled: true, days: 15, daysByLevel: {} },
  noDeal: { enabled: true, days: 30, daysByLevel: {} },
  protection: { enabled: false, days: 7, extendDays: 7, maxDays: 30 },
  reminderDays: 3,
  dailyClaimLimit: 5,
  cooldownDays: 30,
  lockLimit: 5,
  sweepHour: 2,
  reclaimToPoolId: null,
  unassignedReminderHours: 4,
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

function levelsToForm(byLevel: LevelDays | undefined | null): LevelDaysForm {
  const result = {} as LevelDaysForm
  for (const level of CUSTOMER_LEVELS) {
    const v = byLevel?.[level]
    result[level] = typeof v === 'number' && Number.isFinite(v) ? v : null
  }
  return result
}

function clockToForm(rule: Partial<ReclaimClockRule> | undefined, fallback: ReclaimClockRule): ClockRuleForm {
  return {
    enabled: typeof rule?.enabled === 'boolean' ? rule.enabled : fallback.enabled,
    days: num(rule?.days, fallback.days),
    byLevel: levelsToForm(rule?.daysByLevel),
  }
}

/** The editor's model for a pool's rules; missing fields get the defaults. */
export function rulesToForm(rules: Partial<PoolRules> | null | undefined): RulesForm {
  const r = rules ?? {}
  const d = DEFAULT_RULES
  return {
    holdingLimit: num(r.holdingLimit, d.holdingLimit),
    countDealCustomers: typeof r.countDealCustomers === 'boolean' ? r.countDealCustomers : d.countDealCustomers,
    overrides: (r.holdingLimitOverrides ?? []).map((o) => ({ userId: String(o.userId), limit: num(o.limit, 0) })),
    noFollowUp: clockToForm(r.noFollowUp, d.noFollowUp),
    noDeal: clockToForm(r.noDeal, d.noDeal),
    protection: {
      enabled: typeof r.protection?.enabled === 'boolean' ? r.protection.enabled : d.protection.enabled,
      days: num(r.protection?.days, d.protection.days),
      extendDays: num(r.protection?.extendDays, d.protection.extendDays),
      maxDays: num(r.protection?.maxDays, d.protection.maxDays),
    },
    reminderDays: num(r.reminderDays, d.reminderDays),
    dailyClaimLimit: num(r.dailyClaimLimit, d.dailyClaimLimit),
    cooldownDays: num(r.cooldownDays, d.cooldownDays),
    lockLimit: num(r.lockLimit, d.lockLimit),
    sweepHour: num(r.sweepHour, d.sweepHour),
    unassignedReminderHours: num(r.unassignedReminderHours, d.unassignedReminderHours),
    reclaimToPoolId: r.reclaimToPoolId ? String(r.reclaimToPoolId) : '',
    effectiveAt: null,
  }
}

function whole(value: number | null | undefined, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : min
  return Math.min(max, Math.max(min, n))
}

function levelsFromForm(byLevel: LevelDaysForm): LevelDays {
  const result: LevelDays = {}
  for (const level of CUSTOMER_LEVELS) {
    const v = byLevel[level]
    if (typeof v === 'number' && Number.isFinite(v)) result[level] = whole(v, 1)
  }
  return result
}

function clockFromForm(rule: ClockRuleForm): ReclaimClockRule {
  return { enabled: rule.enabled, days: whole(rule.days, 1), daysByLevel: levelsFromForm(rule.byLevel) }
}

/**
 * PoolRules for PUT /pools/{id}/rules. Fields of `base` this UI does not know are kept, so
 * saving from an older UI does not drop settings a newer server added. Override rows without a
 * user are dropped; a user listed twice keeps the last row.
 */
export function formToRules(form: RulesForm, base?: Partial<PoolRules> | null): PoolRules {
  const overrides = new Map<string, number>()
  for (const row of form.overrides) {
    if (row.userId) overrides.set(row.userId, whole(row.limit))
  }
  return {
    ...(base ?? {}),
    holdingLimit: whole(form.holdingLimit),
    countDealCustomers: form.countDealCustomers,
    holdingLimitOverrides: [...overrides].map(([userId, limit]) => ({ userId, limit })),
    noFollowUp: clockFromForm(form.noFollowUp),
    noDeal: clockFromForm(form.noDeal),
    protection: {
      enabled: form.protection.enabled,
      days: whole(form.protection.days, 1),
      extendDays: whole(form.protection.extendDays),
      maxDays: whole(form.protection.maxDays, 1),
    },
    reminderDays: whole(form.reminderDays),
    dailyClaimLimit: whole(form.dailyClaimLimit),
    cooldownDays: whole(form.cooldownDays),
    lockLimit: whole(form.lockLimit),
    sweepHour: whole(form.sweepHour, 0, 23),
    reclaimToPoolId: form.reclaimToPoolId || null,
    unassignedReminderHours: whole(form.unassignedReminderHours, 1, 720),
  }
}

export type RulesIssue =
  | 'protection_max_below_days'
  | 'duplicate_override'
  | 'override_without_user'
  | 'reclaim_to_self'

/** Problems the number inputs cannot catch on their own (i18n keys under poolRules.issue). */
export function validateRulesForm(form: RulesForm, poolId?: string): RulesIssue[] {
  const issues: RulesIssue[] = []
  if (form.protection.enabled && form.protection.maxDays < form.protection.days) issues.push('protection_max_below_days')
  const users = form.overrides.map((o) => o.userId).filter(Boolean)
  if (new Set(users).size !== users.length) issues.push('duplicate_override')
  if (form.overrides.some((o) => !o.userId)) issues.push('override_without_user')
  if (poolId && form.reclaimToPoolId === poolId) issues.push('reclaim_to_self')
  return issues
}
