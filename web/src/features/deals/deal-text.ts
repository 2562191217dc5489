// Short texts of an opportunity shared by the list, the cards and the detail. Pure, tested.
import type { Opportunity, StageChange } from '@/api/deals'
import type { Translate } from '@/shared/translate'
import { formatMsAsDays } from './funnel-format'

/** "2026-12-01 起无活动" — why the opportunity is stale; "" when it is not. */
export function staleText(o: Pick<Opportunity, 'stale'>, t: Translate): string {
  return o.stale ? t(`deal.stale.${o.stale.reason}`, { since: o.stale.since }) : ''
}

/** The headline of a history entry: "创建于「初步接洽」" or "需求确认 → 方案报价". */
export function changeTitle(c: Pick<StageChange, 'direction' | 'fromName' | 'toName'>, t: Translate): string {
  if (c.direction === 'create' || !c.fromName) return t('deal.history.created', { to: c.toName })
  return t('deal.history.moved', { from: c.fromName, to: c.toName })
}

/** "在「需求确认」停留 3.5 天"; "" for a creation. */
export function timeInStageText(c: Pick<StageChange, 'msInFrom' | 'fromName'>, t: Translate): string {
  if (c.msInFrom === null || c.msInFrom === undefined || !c.fromName) return ''
  return t('deal.history.timeInStage', { from: c.fromName, days: formatMsAsDays(c.msInFrom) })
}
