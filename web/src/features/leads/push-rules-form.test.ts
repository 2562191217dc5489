import { describe, expect, it } from 'vitest'
import type { PushRule } from '@/api/leads'
import { matchSummary, moveRule, newRule, ruleProblems, ruleToState, statesToInput } from './push-rules-form'

const saved: PushRule = {
  id: '11',
  name: '华北展会',
  enabled: true,
  position: 1,
  match: { provinces: ['北京市'], cities: [], industries: ['制造业'], sourceIds: ['7'], campaigns: [] },
  strategy: 'round_robin',
  userId: null,
  userName: null,
  members: [
    { userId: '3', userName: '李四', order: 2, dailyCap: null, paused: true },
    { userId: '2', userName: '张三', order: 1, dailyCap: 20, paused: false },
  ],
}

describe('push rules form', () => {
  it('round-trips a saved rule with its id and members in order', () => {
    const state = ruleToState(saved)
    expect(state.members.map((m) => m.userName)).toEqual(['张三', '李四'])
    expect(statesToInput([state])).toEqual([
      {
        id: '11',
        name: '华北展会',
        enabled: true,
        match: saved.match,
        strategy: 'round_robin',
        userId: null,
        members: [
          { userId: '2', order: 1, dailyCap: 20, paused: false },
          { userId: '3', order: 2, dailyCap: null, paused: true },
        ],
      },
    ])
  })

  it('sends a new rule without id; a named-user rule without members; lists trimmed and unique', () => {
    const rule = newRule('新规则')
    rule.strategy = 'user'
    rule.userId = '9'
    rule.members = [{ userId: '2', userName: '张三', dailyCap: null, paused: false }]
    rule.match.campaigns = [' 双11 ', '双11', '']
    const [input] = statesToInput([rule])
    expect(input.id).toBeUndefined()
    expect(input.members).toEqual([])
    expect(input.userId).toBe('9')
    expect(input.match.campaigns).toEqual(['双11'])
  })

  it('finds rules that cannot be saved', () => {
    const a = newRule('')
    const b = newRule('b')
    b.strategy = 'user'
    expect(ruleProblems([a, b])).toEqual([
      { index: 0, problem: 'name' },
      { index: 0, problem: 'members' },
      { index: 1, problem: 'user' },
    ])
  })

  it('moves rules and summarises matches', () => {
    expect(moveRule(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moveRule(['a', 'b'], 0, -1)).toEqual(['a', 'b'])
    expect(matchSummary([], '任意')).toBe('任意')
    expect(matchSummary(['北京市', '天津市'], '任意')).toBe('北京市、天津市')
  })
})
