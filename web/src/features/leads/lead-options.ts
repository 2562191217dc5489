// Display choices of the lead pages: tag colours per status, sort choices with their label keys.
import type { LeadSort, LeadStatus, LeadStatusInput } from '@/api/leads'

export const LEAD_STATUS_TAG: Record<LeadStatus, 'info' | 'primary' | 'warning' | 'success' | 'danger'> = {
  new: 'primary',
  contacting: 'warning',
  qualified: 'success',
  converted: 'success',
  invalid: 'info',
}

/** The statuses a person moves a lead to by hand, from a given one (converted is final). */
export function nextStatuses(status: LeadStatus): LeadStatusInput[] {
  if (status === 'converted') return []
  const all: LeadStatusInput[] = ['new', 'contacting', 'qualified', 'invalid']
  return all.filter((s) => s !== status)
}

export const LEAD_SORT_OPTIONS: readonly { value: LeadSort; key: string }[] = [
  { value: '-createdAt', key: 'lead.sort.createdDesc' },
  { value: 'createdAt', key: 'lead.sort.createdAsc' },
  { value: '-updatedAt', key: 'lead.sort.updatedDesc' },
  { value: 'updatedAt', key: 'lead.sort.updatedAsc' },
]
