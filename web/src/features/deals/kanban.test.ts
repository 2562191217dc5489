import { describe, expect, it } from 'vitest'
import { kanbanColumns, kanbanStages, placeCard } from './kanban'
import { CONTACT, LOST, NEEDS, QUOTE, WON, demoProcess, opportunity } from './test-fixtures'

describe('kanban', () => {
  it('has a column per open stage by position, then won and lost', () => {
    expect(kanbanStages(demoProcess().stages).map((s) => s.id)).toEqual([CONTACT.id, NEEDS.id, QUOTE.id, WON.id, LOST.id])
  })

  it('groups cards by stage and sums the amounts in fen', () => {
    const items = [opportunity('a', NEEDS, 10), opportunity('b', CONTACT, 5), opportunity('c', NEEDS, 1234567), opportunity('d', WON, 1)]
    const columns = kanbanColumns(demoProcess().stages, items)
    expect(columns.map((c) => [c.stage.id, c.items.map((o) => o.id), c.count, c.amountFen])).toEqual([
      [CONTACT.id, ['b'], 1, 5],
      [NEEDS.id, ['a', 'c'], 2, 1234577],
      [QUOTE.id, [], 0, 0],
      [WON.id, ['d'], 1, 1],
      [LOST.id, [], 0, 0],
    ])
  })

  it('takes the count from the server totals and says when cards are missing', () => {
    const columns = kanbanColumns(demoProcess().stages, [opportunity('a', NEEDS, 10)], { [NEEDS.id]: 41, [QUOTE.id]: 0 })
    const needs = columns.find((c) => c.stage.id === NEEDS.id)!
    expect([needs.count, needs.partial]).toEqual([41, true])
    expect(columns.find((c) => c.stage.id === QUOTE.id)!.partial).toBe(false)
  })

  it('places a moved card in its new column', () => {
    const items = [opportunity('a', NEEDS, 10), opportunity('b', CONTACT, 5)]
    const moved = { ...items[0], stageId: QUOTE.id }
    const columns = kanbanColumns(demoProcess().stages, placeCard(items, moved))
    expect(columns.find((c) => c.stage.id === QUOTE.id)!.items.map((o) => o.id)).toEqual(['a'])
    expect(columns.find((c) => c.stage.id === NEEDS.id)!.items).toEqual([])
  })
})
