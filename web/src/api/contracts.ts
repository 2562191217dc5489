// Contracts (合同), change orders (变更), payment plans (回款计划), receipts (回款), receivables
// (应收) and invoices (发票) — checked against docs/api-contracts.md. Ids are strings, instants
// ISO-8601 UTC, dates "YYYY-MM-DD" in the company's time zone, money in integer fen (fields
// ending in `Fen`), rates in basis points (fields ending in `Bp`).
import { request } from './client'
import type { ListResponse } from './types'

// --- settings ------------------------------------------------------------------------------

export type NumberDate = 'YYYYMMDD' | 'YYYYMM' | 'YYYY' | ''
export const NUMBER_DATES: readonly NumberDate[] = ['YYYYMMDD', 'YYYYMM', 'YYYY', '']
export type NumberReset = 'daily' | 'monthly' | 'yearly' | 'never'
export const NUMBER_RESETS: readonly NumberReset[] = ['daily', 'monthly', 'yearly', 'never']

export interface ContractSettings {
  numberPrefix: string
  numberDate: NumberDate
  /** 3..8. */
  numberDigits: number
  numberReset: NumberReset
  /** 0 = off. */
  endRemindDays: number
  /** 0 = off. */
  dueRemindDays: number
  /** A discount off list above this goes to the `discount` approval flow (2000 = 20.00 %). */
  discountApprovalBp: number
}

// --- contracts -----------------------------------------------------------------------------

export type ContractStatus = 'draft' | 'pending' | 'active' | 'ended' | 'void'
export const CONTRACT_STATUSES: readonly ContractStatus[] = ['draft', 'pending', 'active', 'ended', 'void']

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'returned' | 'withdrawn'

export interface ContractItem {
  productId: string | null
  name: string
  spec: string
  unit: string
  quantity: number
  listPriceFen: number
  unitPriceFen: number
  discountFen: number
  totalFen: number
}

/** A line as sent: `name` and `unitPriceFen` default to the product's. */
export interface ContractItemInput {
  productId: string | null
  name: string
  quantity: number
  unitPriceFen: number
  discountFen: number
}

export type InstalmentState = 'paid' | 'not_due' | 'overdue'

export interface Instalment {
  id: string
  contractId: string
  seq: number
  dueDate: string
  amountFen: number
  receivedFen: number
  owedFen: number
  notes: string
  state: InstalmentState
  overdueDays: number
}

export interface InstalmentInput {
  id?: string
  dueDate: string
  amountFen: number
  notes?: string
}

export interface Contract {
  id: string
  number: string
  name: string
  customerId: string
  customerName: string
  opportunityId: string | null
  opportunityName: string | null
  /** The customer's signer. */
  contactId: string | null
  contactName: string | null
  /** Our signer (a user). */
  signerId: string | null
  signerName: string | null
  ownerId: string
  ownerName: string
  departmentId: string
  departmentName: string
  totalFen: number
  listTotalFen: number
  discountBp: number
  signDate: string | null
  startDate: string | null
  endDate: string | null
  status: ContractStatus
  approvalId: string | null
  approvalStatus: ApprovalStatus | null
  renewalOfId: string | null
  renewedById: string | null
  notes: string
  attachmentIds: string[]
  receivedFen: number
  owedFen: number
  invoicedFen: number
  planFen: number
  /** totalFen − planFen; ≠ 0 is flagged. */
  planMismatchFen: number
  overdueFen: number
  version: number
  createdBy: string | null
  createdAt: string
  updatedAt: string
}

export interface ContractDetail extends Contract {
  items: ContractItem[]
  instalments: Instalment[]
  canEdit: boolean
  canSubmit: boolean
  canVoid: boolean
  canDelete: boolean
  canChange: boolean
  canReceive: boolean
  canInvoice: boolean
}

export interface ContractInput {
  name?: string
  opportunityId?: string | null
  contactId?: string | null
  signerId?: string | null
  ownerId?: string
  totalFen?: number
  items?: ContractItemInput[]
  signDate?: string | null
  startDate?: string | null
  endDate?: string | null
  notes?: string
  attachmentIds?: string[]
}

export interface ContractCreateInput extends ContractInput {
  customerId: string
  name: string
  instalments?: InstalmentInput[]
  /** Submit for approval at once. */
  submit?: boolean
}

export type ContractSort = '-createdAt' | '-signDate' | 'endDate' | '-totalFen' | 'number'
export const CONTRACT_SORTS: readonly ContractSort[] = ['-createdAt', '-signDate', 'endDate', '-totalFen', 'number']

export interface ContractListQuery {
  /** Number, name or customer name. */
  q?: string
  mine?: boolean
  ownerId?: string
  departmentId?: string
  customerId?: string
  opportunityId?: string
  /** Comma list of statuses. */
  status?: string
  signedFrom?: string
  signedTo?: string
  endingWithinDays?: number
  owed?: boolean
  sort?: ContractSort
  limit?: number
  cursor?: string | null
}

export interface ChangeValues {
  totalFen: number
  items: ContractItem[]
  signDate: string | null
  startDate: string | null
  endDate: string | null
}

export interface ChangeOrder {
  id: string
  contractId: string
  status: ApprovalStatus
  reason: string
  before: ChangeValues
  after: ChangeValues
  approvalId: string | null
  createdBy: string
  createdByName: string
  createdAt: string
  decidedAt: string | null
}

export interface ChangeOrderInput {
  reason: string
  version: number
  totalFen?: number
  items?: ContractItemInput[]
  signDate?: string | null
  startDate?: string | null
  endDate?: string | null
}

export interface ContractsSummary {
  contracts: number
  activeContracts: number
  totalFen: number
  receivedFen: number
  owedFen: number
  overdueFen: number
  invoicedFen: number
}

// --- receipts, receivables, invoices -------------------------------------------------------

export type ReceiptMethod = 'bank' | 'cash' | 'cheque' | 'alipay' | 'wechat' | 'other'
export const RECEIPT_METHODS: readonly ReceiptMethod[] = ['bank', 'cash', 'cheque', 'alipay', 'wechat', 'other']
export type ReceiptStatus = 'pending' | 'confirmed' | 'rejected'
export const RECEIPT_STATUSES: readonly ReceiptStatus[] = ['pending', 'confirmed', 'rejected']

export interface Allocation {
  instalmentId: string
  seq: number
  amountFen: number
}

export interface Receipt {
  id: string
  contractId: string
  contractNumber: string
  customerId: string
  customerName: string
  amountFen: number
  receivedOn: string
  method: ReceiptMethod
  account: string
  notes: string
  status: ReceiptStatus
  approvalId: string | null
  allocations: Allocation[]
  createdBy: string
  createdByName: string
  createdAt: string
}

export interface ReceiptInput {
  amountFen: number
  receivedOn: string
  method: ReceiptMethod
  account?: string
  notes?: string
  allocations?: { instalmentId: string; amountFen: number }[]
}

export type ReceiptSort = '-receivedOn' | '-amountFen'
export const RECEIPT_SORTS: readonly ReceiptSort[] = ['-receivedOn', '-amountFen']

export interface ReceiptListQuery {
  contractId?: string
  customerId?: string
  mine?: boolean
  ownerId?: string
  departmentId?: string
  status?: ReceiptStatus
  from?: string
  to?: string
  sort?: ReceiptSort
  limit?: number
  cursor?: string | null
}

export type AgeingBucket = 'not_due' | 'd1_30' | 'd31_90' | 'd90_plus'
export const AGEING_BUCKETS: readonly AgeingBucket[] = ['not_due', 'd1_30', 'd31_90', 'd90_plus']

export interface Receivable extends Instalment {
  contractNumber: string
  contractName: string
  customerId: string
  customerName: string
  ownerId: string
  ownerName: string
}

export type ReceivableSort = 'dueDate' | '-owedFen'
export const RECEIVABLE_SORTS: readonly ReceivableSort[] = ['dueDate', '-owedFen']

export interface ReceivableListQuery {
  mine?: boolean
  ownerId?: string
  departmentId?: string
  customerId?: string
  bucket?: AgeingBucket
  sort?: ReceivableSort
  limit?: number
  cursor?: string | null
}

export interface AgeingBucketSum {
  bucket: AgeingBucket
  count: number
  owedFen: number
  /** The receivables list query behind the number ("bucket=d1_30&…"). */
  query: string
}

export interface Ageing {
  asOf: string
  buckets: AgeingBucketSum[]
  totalOwedFen: number
  contractsWithoutPlanOwedFen: number
}

export interface AgeingQuery {
  ownerId?: string
  departmentId?: string
  customerId?: string
}

export type InvoiceType = 'vat_special' | 'vat_normal' | 'electronic' | 'other'
export const INVOICE_TYPES: readonly InvoiceType[] = ['vat_special', 'vat_normal', 'electronic', 'other']
export type InvoiceStatus = 'issued' | 'void'
export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['issued', 'void']

export interface Invoice {
  id: string
  contractId: string
  contractNumber: string
  customerId: string
  customerName: string
  type: InvoiceType
  number: string
  title: string
  taxNo: string
  amountFen: number
  issuedOn: string
  status: InvoiceStatus
  notes: string
  createdBy: string
  createdAt: string
}

export interface InvoiceInput {
  type: InvoiceType
  number: string
  title?: string
  taxNo?: string
  amountFen: number
  issuedOn: string
  notes?: string
}

export interface InvoiceListQuery {
  contractId?: string
  customerId?: string
  mine?: boolean
  status?: InvoiceStatus
  from?: string
  to?: string
  limit?: number
  cursor?: string | null
}

// --- home to-dos (GET /home/todos) ---------------------------------------------------------

export interface ContractEndingTodo {
  id: string
  number: string
  name: string
  customerName: string
  endDate: string
}

export interface ReceivableDueTodo {
  instalmentId: string
  contractId: string
  contractNumber: string
  customerName: string
  dueDate: string
  owedFen: number
  overdueDays: number
}

// --- a contract's approval (docs/api-approvals.md, GET /approvals/{id}) ----------------------

export type ApprovalAction = 'submit' | 'approve' | 'reject' | 'return' | 'comment' | 'withdraw' | 'skip' | 'auto_approve'

/** The part of an ApprovalDetail the contract page shows: where it stands and its history. */
export interface ApprovalTrail {
  id: string
  title: string
  status: ApprovalStatus
  flowName: string
  currentStep: number | null
  waitingOn: { userId: string; name: string }[]
  steps: { name: string; mode: 'any' | 'all'; state: string; note: string }[]
  history: { action: ApprovalAction; step: number | null; userId: string | null; userName: string; comment: string; at: string }[]
}

// --- endpoints -----------------------------------------------------------------------------

const enc = encodeURIComponent

export function getContractSettings(): Promise<ContractSettings> {
  return request('/contract-settings')
}

export function updateContractSettings(body: ContractSettings): Promise<ContractSettings> {
  return request('/contract-settings', { method: 'PUT', body, silent: true })
}

export function listContracts(query: ContractListQuery = {}): Promise<ListResponse<Contract>> {
  return request('/contracts', { query: { ...query } })
}

/** Silent: the forms put validation issues on their fields. */
export function createContract(body: ContractCreateInput): Promise<ContractDetail> {
  return request('/contracts', { method: 'POST', body, silent: true })
}

export function getContract(id: string): Promise<ContractDetail> {
  return request(`/contracts/${enc(id)}`)
}

export function updateContract(id: string, body: ContractInput): Promise<ContractDetail> {
  return request(`/contracts/${enc(id)}`, { method: 'PATCH', body, silent: true })
}

export function deleteContract(id: string): Promise<void> {
  return request(`/contracts/${enc(id)}`, { method: 'DELETE', silent: true })
}

export function submitContract(id: string, version: number): Promise<ContractDetail> {
  return request(`/contracts/${enc(id)}/submit`, { method: 'POST', body: { version }, silent: true })
}

export function voidContract(id: string, reason: string): Promise<ContractDetail> {
  return request(`/contracts/${enc(id)}/void`, { method: 'POST', body: { reason }, silent: true })
}

export function renewContract(id: string, body: Partial<ContractCreateInput> = {}): Promise<ContractDetail> {
  return request(`/contracts/${enc(id)}/renew`, { method: 'POST', body, silent: true })
}

export function listChangeOrders(id: string): Promise<{ items: ChangeOrder[] }> {
  return request(`/contracts/${enc(id)}/changes`)
}

export function createChangeOrder(id: string, body: ChangeOrderInput): Promise<ChangeOrder> {
  return request(`/contracts/${enc(id)}/changes`, { method: 'POST', body, silent: true })
}

export function getContractsSummary(customerId: string): Promise<ContractsSummary> {
  return request(`/customers/${enc(customerId)}/contracts-summary`)
}

export function putInstalments(id: string, version: number, instalments: InstalmentInput[]): Promise<ContractDetail> {
  return request(`/contracts/${enc(id)}/instalments`, { method: 'PUT', body: { version, instalments }, silent: true })
}

export function listReceipts(query: ReceiptListQuery = {}): Promise<ListResponse<Receipt>> {
  return request('/receipts', { query: { ...query } })
}

/** Silent: the dialog shows 422 receipt.exceeds_owed with what is owed. */
export function createReceipt(contractId: string, body: ReceiptInput): Promise<Receipt> {
  return request(`/contracts/${enc(contractId)}/receipts`, { method: 'POST', body, silent: true })
}

export function getReceipt(id: string): Promise<Receipt> {
  return request(`/receipts/${enc(id)}`)
}

export function deleteReceipt(id: string): Promise<void> {
  return request(`/receipts/${enc(id)}`, { method: 'DELETE' })
}

export function listReceivables(query: ReceivableListQuery = {}): Promise<ListResponse<Receivable>> {
  return request('/receivables', { query: { ...query } })
}

export function getAgeing(query: AgeingQuery = {}): Promise<Ageing> {
  return request('/receivables/ageing', { query: { ...query } })
}

export function listInvoices(query: InvoiceListQuery = {}): Promise<ListResponse<Invoice>> {
  return request('/invoices', { query: { ...query } })
}

/** Silent: the dialog shows 422 invoice.exceeds_total with what may still be invoiced. */
export function createInvoice(contractId: string, body: InvoiceInput): Promise<Invoice> {
  return request(`/contracts/${enc(contractId)}/invoices`, { method: 'POST', body, silent: true })
}

export function voidInvoice(id: string, reason: string): Promise<Invoice> {
  return request(`/invoices/${enc(id)}/void`, { method: 'POST', body: { reason } })
}

export function getApprovalTrail(id: string): Promise<ApprovalTrail> {
  return request(`/approvals/${enc(id)}`)
}
