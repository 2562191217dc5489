import { describe, expect, it } from 'vitest'
import type { FeedbackField } from '@/api/deals'
import { translator } from '@/shared/test-i18n'
import { buildFeedback, emptyFeedback, feedbackLines, missingText, missingToProblems, moveBody } from './feedback-form'
import { BUDGET, DECIDER } from './test-fixtures'

const FIELDS: FeedbackField[] = [
  BUDGET,
  DECIDER,
  { key: 'seats', label: '席位数', type: 'number', required: false, options: [] },
  { key: 'signed_on', label: '签约日', type: 'date', required: false, options: [] },
  { key: 'channel', label: '渠道', type: 'select', required: false, options: ['直销', '代理'] },
  { key: 'minutes', label: '纪要', type: 'attachment', required: false, options: [] },
]

describe('feedback form', () => {
  it('turns the model into the request: money in exact fen, numbers, dates, options, attachment ids', () => {
    const model = { ...emptyFeedback(FIELDS), budget: '12,345.67', decider: ' 张总 ', seats: '30', signed_on: '2026-12-24', channel: '代理', minutes: '9001' }
    const { feedback, problems } = buildFeedback(FIELDS, model)
    expect(problems).toEqual({})
    expect(feedback).toEqual({ budget: 1234567, decider: '张总', seats: 30, signed_on: '2026-12-24', channel: '代理', minutes: '9001' })
  })

  it('reports required fields left empty and values that are not valid', () => {
    const model = { ...emptyFeedback(FIELDS), budget: '1.234', seats: 'many', channel: '朋友' }
    expect(buildFeedback(FIELDS, model).problems).toEqual({ budget: 'invalid', decider: 'required', seats: 'invalid', channel: 'invalid' })
    expect(buildFeedback(FIELDS, emptyFeedback(FIELDS)).problems).toEqual({ budget: 'required', decider: 'required' })
  })

  it('builds the move body with only what the move needs', () => {
    const model = { stageId: 's3', feedback: { budget: '0.1', decider: '李总' }, checklistDone: ['约见决策人'], reason: ' 价格 ', resetProbability: true }
    expect(moveBody(model, 7, [BUDGET, DECIDER], false).body).toEqual({
      stageId: 's3',
      version: 7,
      feedback: { budget: 10, decider: '李总' },
      checklistDone: ['约见决策人'],
      resetProbability: true,
    })
    const back = moveBody({ ...model, checklistDone: [], resetProbability: false }, 7, [], true)
    expect(back.body).toEqual({ stageId: 's3', version: 7, reason: '价格' })
  })

  it('shows the server\'s missing fields on the form and as one line', () => {
    const missing = [
      { key: 'budget', label: '预算' },
      { key: 'decider', label: '决策人' },
    ]
    expect(missingToProblems(missing)).toEqual({ budget: 'required', decider: 'required' })
    expect(missingToProblems('nonsense')).toEqual({})
    expect(missingText(missing, translator('zh-CN'))).toBe('请先填写：预算、决策人')
    expect(missingText(missing, translator('en'))).toBe('Fill in first: 预算, 决策人')
  })

  it('reads a history entry with the labels as they were', () => {
    const lines = feedbackLines({ feedback: { budget: 500000, decider: '王总', gone: 'x' }, feedbackFields: [{ ...BUDGET, label: '预算（旧）' }, DECIDER] })
    expect(lines.map((l) => [l.label, l.value])).toEqual([
      ['预算（旧）', '¥5,000.00'],
      ['决策人', '王总'],
      ['gone', 'x'],
    ])
  })
})
