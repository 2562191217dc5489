// 推送规则 editor's state: ordered rules of one lead pool, each with match lists (empty = any),
// a strategy and its members. Rules keep their ids when sent back, so their round-robin place
// stays; positions follow the list's order.
import type { PushMatch, PushRule, PushRuleInput, PushStrategy } from '@/api/leads'

export interface RuleMemberState {
  userId: string
  userName: string
  /** null = no daily cap. */
  dailyCap: number | null
  paused: boolean
}

export interface RuleState {
  /** Absent for a rule not yet saved. */
  id?: string
  /** A key for v-for that stays the same while the rule is edited. */
  key: string
  name: string
  enabled: boolean
  match: PushMatch
  strategy: PushStrategy
  userId: string | null
  /** The named user's name as the server last sent it (for the picker's label). */
  userName: string | null
  members: RuleMemberState[]
}

let sequence = 0

export function emptyMatch(): PushMatch {
  return { provinces: [], cities: [], industries: [], sourceIds: [], campaigns: [] }
}

export function newRule(name: string): RuleState {
  return { key: `new-${++sequence}`, name, enabled: true, match: emptyMatch(), strategy: 'round_robin', userId: null, userName: null, members: [] }
}

export function ruleToState(rule: PushRule): RuleState {
  return {
    id: rule.id,
    key: rule.id,
    name: rule.name,
    enabled: rule.enabled,
    match: {
      provinces: [...rule.match.provinces],
      cities: [...rule.match.cities],
      industries: [...rule.match.industries],
      sourceIds: [...rule.match.sourceIds],
      campaigns: [...rule.match.campaigns],
    },
    strategy: rule.strategy,
    userId: rule.userId,
    userName: rule.userName,
    members: [...rule.members].sort((a, b) => a.order - b.order).map((m) => ({ userId: m.userId, userName: m.userName, dailyCap: m.dailyCap, paused: m.paused })),
  }
}

/** The PUT body, in order. A named-user rule sends no members, the others no user. */
export function statesToInput(rules: readonly RuleState[]): PushRuleInput[] {
  return rules.map((r) => {
    const input: PushRuleInput = {
      name: r.name.trim(),
      enabled: r.enabled,
      match: {
        provinces: clean(r.match.provinces),
        cities: clean(r.match.cities),
        industries: clean(r.match.industries),
        sourceIds: [...r.match.sourceIds],
        campaigns: clean(r.match.campaigns),
      },
      strategy: r.strategy,
      userId: r.strategy === 'user' ? r.userId : null,
      members:
        r.strategy === 'user'
          ? []
          : r.members.map((m, i) => ({ userId: m.userId, order: i + 1, dailyCap: m.dailyCap, paused: m.paused })),
    }
    if (r.id) input.id = r.id
    return input
  })
}

function clean(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))]
}

export type RuleProblem = 'name' | 'user' | 'members'

/** What keeps a rule from being saved (index → problem). */
export function ruleProblems(rules: readonly RuleState[]): { index: number; problem: RuleProblem }[] {
  const problems: { index: number; problem: RuleProblem }[] = []
  rules.forEach((r, index) => {
    if (!r.name.trim()) problems.push({ index, problem: 'name' })
    if (r.strategy === 'user' && !r.userId) problems.push({ index, problem: 'user' })
    if (r.strategy !== 'user' && r.members.length === 0) problems.push({ index, problem: 'members' })
  })
  return problems
}

/** Moves the rule at `index` one place up (-1) or down (+1); the list is returned anew. */
export function moveRule<T>(rules: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta
  if (target < 0 || target >= rules.length) return [...rules]
  const next = [...rules]
  ;[next[index], next[target]] = [next[target], next[index]]
  return next
}

/** "任意" when a list is empty, else its values joined. */
export function matchSummary(values: readonly string[], any: string): string {
  return values.length ? values.join('、') : any
}
