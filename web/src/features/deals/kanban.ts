// The kanban of one process: a column per open stage (by position), then won and lost; cards are
// the opportunities in the column's stage; the header shows the count (the server's total when
// known) and the amount (summed in integer fen over the cards loaded). Pure, tested.
import type { Opportunity, Stage } from '@/api/deals'
import { orderedStages } from './stage-moves'

export interface KanbanColumn {
  stage: Stage
  items: Opportunity[]
  /** The number of opportunities in the stage (the list's total when given, else the cards). */
  count: number
  amountFen: number
  /** Fewer cards than `count` are loaded (the amount covers the loaded ones only). */
  partial: boolean
}

/** The stages that get a column: open ones by position, then won and lost (invalid is left out). */
export function kanbanStages(stages: readonly Stage[]): Stage[] {
  return orderedStages(stages).filter((s) => s.kind !== 'invalid')
}

export function kanbanColumns(stages: readonly Stage[], items: readonly Opportunity[], totals: Readonly<Record<string, number>> = {}): KanbanColumn[] {
  const byStage = new Map<string, Opportunity[]>()
  for (const item of items) {
    const list = byStage.get(item.stageId)
    if (list) list.push(item)
    else byStage.set(item.stageId, [item])
  }
  return kanbanStages(stages).map((stage) => {
    const cards = byStage.get(stage.id) ?? []
    const total = totals[stage.id]
    const count = typeof total === 'number' ? Math.max(total, cards.length) : cards.length
    const amountFen = cards.reduce((sum, o) => sum + o.amountFen, 0)
    return { stage, items: cards, count, amountFen, partial: count > cards.length }
  })
}

/** A card moved to `stage` (optimistically, before the server answers or after it did). */
export function placeCard(items: readonly Opportunity[], moved: Opportunity): Opportunity[] {
  return items.map((o) => (o.id === moved.id ? moved : o))
}
