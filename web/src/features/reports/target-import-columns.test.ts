import { describe, expect, it } from 'vitest'
import { en } from '@/locales/en'
import { zhCN } from '@/locales/zh-CN'
import { applyTargetTemplate, autoMatchTargetColumns, METRIC_NAMES, targetMetricOf, targetRowProblems } from './target-import-columns'

describe('target import: header auto-match', () => {
  it('matches Chinese headers, the sprint and challenge before the value', () => {
    expect(autoMatchTargetColumns(['指标', '期间', '对象', '客户类型', '冲刺目标', '挑战目标', '目标值', '备注'])).toEqual([
      'metric',
      'period',
      'assignee',
      'customerLevel',
      'sprintValue',
      'challengeValue',
      'value',
      null,
    ])
  })

  it('matches English headers, each field once', () => {
    expect(autoMatchTargetColumns(['Metric', 'Period', 'Assignee', 'Target', 'Sprint', 'Challenge', 'Value'])).toEqual([
      'metric',
      'period',
      'assignee',
      'value',
      'sprintValue',
      'challengeValue',
      null,
    ])
    expect(applyTargetTemplate(['指标', '人'], { 指标: 'metric', 人: 'owner' })).toEqual(['metric', null])
  })
})

describe('target import: metrics and preview problems', () => {
  it('names metrics as the locales do', () => {
    for (const [key, [zh, english]] of Object.entries(METRIC_NAMES)) {
      expect(zh).toBe(zhCN.metric[key as keyof typeof zhCN.metric])
      expect(english).toBe(en.metric[key as keyof typeof en.metric])
    }
    expect(targetMetricOf('新增客户')).toBe('newCustomers')
    expect(targetMetricOf('follow-ups')).toBe('followUps')
    expect(targetMetricOf('contractAmountFen')).toBe('contractAmountFen')
    expect(targetMetricOf('工作日志')).toBeNull() // not targetable
    expect(targetMetricOf('营收')).toBeNull()
  })

  it('marks what the server will refuse', () => {
    expect(targetRowProblems({ metric: '合同金额', period: '2026', assignee: '公司', value: '¥1,200,000', sprintValue: '1,500,000.50', challengeValue: '2000000' })).toEqual([])
    expect(targetRowProblems({ metric: '新增客户', period: '2026-W49', assignee: '张三', value: '12', customerLevel: 'A' })).toEqual([])
    expect(targetRowProblems({ metric: '新增客户', period: '2026-13', value: '12.5', customerLevel: 'E' })).toEqual(['period', 'assignee', 'customerLevel', 'value'])
    expect(targetRowProblems({ metric: 'visits', period: '2026-Q2', assignee: '公司', value: '10', sprintValue: '5', challengeValue: '4' })).toEqual([
      'sprintValue',
      'challengeValue',
    ])
    expect(targetRowProblems({ metric: 'x', period: '2026-12', assignee: '公司' })).toEqual(['metric', 'value'])
  })

  it('rows that update cells already set need no value', () => {
    expect(targetRowProblems({ metric: 'visits', period: '2026-12', assignee: '公司', sprintValue: '30' }, true)).toEqual([])
  })
})
