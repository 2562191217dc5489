import { describe, expect, it } from 'vitest'
import type { PoolRules } from '@/api/pools'
import { DEFAULT_RULES, formToRules, rulesToForm, validateRulesForm } from './rules-form'

const rules: PoolRules = {
  holdingLimit: 25,
  countDealCustomers: true,
  holdingLimitOverrides: [{ userId: '42', limit: 40 }],
  noFollowUp: { enabled: true, days: 15, daysByLevel: { A: 7, C: 30 } },
  noDeal: { enabled: false, days: 60, daysByLevel: {} },
  protection: { enabled: true, days: 7, extendDays: 5, maxDays: 30 },
  reminderDays: 3,
  dailyClaimLimit: 5,
  cooldownDays: 30,
  lockLimit: 5,
  sweepHour: 2,
  reclaimToPoolId: '9',
  unassignedReminderHours: 6,
}

describe('rules form mapping', () => {
  it('round-trips PoolRules unchanged', () => {
    expect(formToRules(rulesToForm(rules))).toEqual(rules)
    expect(formToRules(rulesToForm(DEFAULT_RULES))).toEqual(DEFAULT_RULES)
  })

  it('shows per-level days as four optional numbers', () => {
    const form = rulesToForm(rules)
    expect(form.noFollowUp.byLevel).toEqual({ A: 7, B: null, C: 30, D: null })
    expect(form.noDeal.byLevel).toEqual({ A: null, B: null, C: null, D: null })
  })

  it('drops blank levels and keeps filled ones', () => {
    const form = rulesToForm(rules)
    form.noFollowUp.byLevel.A = null
    form.noFollowUp.byLevel.D = 45
    expect(formToRules(form).noFollowUp.daysByLevel).toEqual({ C: 30, D: 45 })
  })

  it('maps "this pool" to null and back', () => {
    const form = rulesToForm({ ...rules, reclaimToPoolId: null })
    expect(form.reclaimToPoolId).toBe('')
    expect(formToRules(form).reclaimToPoolId).toBeNull()
  })

  it('fills defaults for missing fields', () => {
    const form = rulesToForm({ holdingLimit: 10 })
    expect(form.holdingLimit).toBe(10)
    expect(form.noFollowUp.days).toBe(15)
    expect(form.sweepHour).toBe(2)
    expect(rulesToForm(null).holdingLimit).toBe(20)
  })

  it('rounds and bounds numbers', () => {
    const form = rulesToForm(rules)
    form.sweepHour = 30
    form.holdingLimit = 12.6
    form.noFollowUp.days = 0
    const out = formToRules(form)
    expect(out.sweepHour).toBe(23)
    expect(out.holdingLimit).toBe(13)
    expect(out.noFollowUp.days).toBe(1)
  })

  it('cleans override rows: no user dropped, a repeated user keeps the last row', () => {
    const form = rulesToForm(rules)
    form.overrides.push({ userId: '', limit: 9 }, { userId: '42', limit: 50 }, { userId: '43', limit: 10 })
    expect(formToRules(form).holdingLimitOverrides).toEqual([
      { userId: '42', limit: 50 },
      { userId: '43', limit: 10 },
    ])
  })

  it('keeps fields of the stored rules this UI does not know', () => {
    const stored = { ...rules, contractEndDays: 90 } as PoolRules & { contractEndDays: number }
    expect(formToRules(rulesToForm(stored), stored)).toMatchObject({ contractEndDays: 90, holdingLimit: 25 })
  })

  it('does not share arrays or objects with the input', () => {
    const form = rulesToForm(rules)
    form.overrides[0].limit = 1
    expect(rules.holdingLimitOverrides[0].limit).toBe(40)
  })
})

describe('rules form checks', () => {
  it('accepts sane rules', () => {
    expect(validateRulesForm(rulesToForm(rules), '7')).toEqual([])
  })

  it('finds what the inputs alone cannot', () => {
    const form = rulesToForm(rules)
    form.protection.maxDays = 3
    form.overrides.push({ userId: '42', limit: 1 }, { userId: '', limit: 1 })
    form.reclaimToPoolId = '7'
    expect(validateRulesForm(form, '7')).toEqual([
      'protection_max_below_days',
      'duplicate_override',
      'override_without_user',
      'reclaim_to_self',
    ])
  })

  it('ignores the protection maximum while protection is off', () => {
    const form = rulesToForm(rules)
    form.protection.enabled = false
    form.protection.maxDays = 1
    expect(validateRulesForm(form)).toEqual([])
  })
})
