// Display options of opportunities: tag colours per status, the sort choices.
import type { OpportunitySort, OpportunityStatus } from '@/api/deals'

export const DEAL_STATUS_TAG: Record<OpportunityStatus, 'primary' | 'success' | 'info' | 'warning'> = {
  open: 'primary',
  won: 'success',
  lost: 'info',
  invalid: 'warning',
}

export const DEAL_SORT_OPTIONS: readonly { value: OpportunitySort; key: string }[] = [
  { value: '-createdAt', key: 'deal.sort.createdDesc' },
  { value: 'createdAt', key: 'deal.sort.createdAsc' },
  { value: '-amountFen', key: 'deal.sort.amountDesc' },
  { value: 'expectedCloseDate', key: 'deal.sort.closeDateAsc' },
  { value: '-updatedAt', key: 'deal.sort.updatedDesc' },
]
