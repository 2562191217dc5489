import { describe, expect, it } from 'vitest'
import { dropIntent, fieldsToFill, moveKind, moveTargets, nextStage, reasonsFor } from './stage-moves'
import { CONTACT, INVALID, LOST, NEEDS, QUOTE, WON, demoProcess } from './test-fixtures'

describe('stage moves', () => {
  it('finds the next open stage by position, and won after the last', () => {
    const { stages } = demoProcess()
    expect(nextStage(stages, CONTACT)?.id).toBe(NEEDS.id)
    expect(nextStage(stages, QUOTE)?.id).toBe(WON.id)
    expect(nextStage(stages, WON)).toBeUndefined()
  })

  it('names each move', () => {
    expect(moveKind(CONTACT, QUOTE)).toBe('forward')
    expect(moveKind(QUOTE, CONTACT)).toBe('back')
    expect(moveKind(QUOTE, WON)).toBe('forward')
    expect(moveKind(NEEDS, LOST)).toBe('close')
    expect(moveKind(LOST, NEEDS)).toBe('reopen')
    expect(moveKind(LOST, WON)).toBeNull()
    expect(moveKind(NEEDS, NEEDS)).toBeNull()
  })

  it('marks later stages as skipped unless the process allows skipping', () => {
    const strict = moveTargets(demoProcess(false), CONTACT)
    expect(strict.map((m) => [m.stage.id, m.kind, m.skipped])).toEqual([
      [NEEDS.id, 'forward', false],
      [QUOTE.id, 'forward', true],
      [WON.id, 'forward', true],
      [LOST.id, 'close', false],
      [INVALID.id, 'close', false],
    ])
    expect(moveTargets(demoProcess(true), CONTACT).every((m) => !m.skipped)).toBe(true)
  })

  it('asks for the feedback of the stage being left only when moving forward', () => {
    expect(fieldsToFill(NEEDS, 'forward').map((f) => f.key)).toEqual(['budget', 'decider'])
    expect(fieldsToFill(NEEDS, 'back')).toEqual([])
    expect(fieldsToFill(NEEDS, 'close')).toEqual([])
  })

  it('offers the process reasons for lost and invalid', () => {
    expect(reasonsFor(demoProcess(), LOST)).toEqual(['价格太高', '选择了竞品'])
    expect(reasonsFor(demoProcess(), INVALID)).toEqual([])
  })

  it('decides what a kanban drop does', () => {
    const p = demoProcess()
    expect(dropIntent(p, CONTACT, NEEDS)).toBe('move')
    expect(dropIntent(p, NEEDS, QUOTE)).toBe('dialog') // required budget and decider
    expect(dropIntent(p, QUOTE, NEEDS)).toBe('move') // back: nothing to ask
    expect(dropIntent(p, CONTACT, LOST)).toBe('dialog') // a reason
    expect(dropIntent(p, CONTACT, QUOTE)).toBe('refused') // skipping
    expect(dropIntent(demoProcess(true), CONTACT, QUOTE)).toBe('move')
    expect(dropIntent(p, WON, LOST)).toBe('refused')
    expect(dropIntent(p, QUOTE, QUOTE)).toBe('none')
  })
})
