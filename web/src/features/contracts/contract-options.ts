// Tag colours and sort options of the contract pages (Element Plus tag types).
import type { ApprovalStatus, ContractSort, ContractStatus, InstalmentState, InvoiceStatus, ReceiptStatus } from '@/api/contracts'

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

export const CONTRACT_STATUS_TAG: Record<ContractStatus, TagType> = {
  draft: 'info',
  pending: 'warning',
  active: 'success',
  ended: 'primary',
  void: 'danger',
}

export const APPROVAL_STATUS_TAG: Record<ApprovalStatus, TagType> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
  returned: 'info',
  withdrawn: 'info',
}

export const INSTALMENT_STATE_TAG: Record<InstalmentState, TagType> = {
  paid: 'success',
  not_due: 'info',
  overdue: 'danger',
}

export const RECEIPT_STATUS_TAG: Record<ReceiptStatus, TagType> = {
  pending: 'warning',
  confirmed: 'success',
  rejected: 'danger',
}

export const INVOICE_STATUS_TAG: Record<InvoiceStatus, TagType> = {
  issued: 'success',
  void: 'info',
}

export const CONTRACT_SORT_OPTIONS: readonly { value: ContractSort; key: string }[] = [
  { value: '-createdAt', key: 'contract.sort.createdAt' },
  { value: '-signDate', key: 'contract.sort.signDate' },
  { value: 'endDate', key: 'contract.sort.endDate' },
  { value: '-totalFen', key: 'contract.sort.totalFen' },
  { value: 'number', key: 'contract.sort.number' },
]
