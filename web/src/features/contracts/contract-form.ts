// The create / edit form of a contract ↔ the API's bodies: the total typed in yuan becomes exact
// fen (left empty, the items' sum), line items picked from products keep their product, the
// instalment plan (due date + amount) is sent with the create body or as the whole plan, and a
// PATCH names only what changed — never a money field once the contract is active (those go
// through a change order). Pure, tested.
import type { ContractCreateInput, ContractDetail, ContractInput, ContractItem, ContractItemInput, InstalmentInput } from '@/api/contracts'
import { fenToYuanText, parseYuan } from '@/shared/money'
import { itemProblem, itemsToInput, itemsTotalFen, type ItemProblem, type ItemRow } from '@/shared/line-items'

export interface PlanRow {
  /** Set for an instalment that exists. */
  id?: string
  dueDate: string
  /** Yuan as typed. */
  amount: string
  notes: string
  /** What the instalment already received (it may not go below that). */
  receivedFen: number
}

export interface ContractForm {
  customerId: string
  customerName: string
  name: string
  opportunityId: string
  contactId: string
  signerId: string
  /** Yuan as typed; "" = the items' sum. */
  total: string
  items: ItemRow[]
  signDate: string
  startDate: string
  endDate: string
  notes: string
  attachmentIds: string[]
  instalments: PlanRow[]
}

export type ContractProblem = 'customerId' | 'name' | 'total' | 'endDate' | 'totalVsItems'
export type PlanProblem = 'dueDate' | 'amount'

export interface ContractProblems {
  fields: Partial<Record<ContractProblem, true>>
  items: Record<number, ItemProblem>
  plan: Record<number, PlanProblem>
}

/** The form's field names the server's validation issues map onto. */
export const CONTRACT_FIELDS = [
  'customerId',
  'name',
  'opportunityId',
  'contactId',
  'signerId',
  'totalFen',
  'items',
  'signDate',
  'startDate',
  'endDate',
  'notes',
  'attachmentIds',
  'instalments',
] as const

export function emptyContractForm(customer?: { id: string; name: string } | null): ContractForm {
  return {
    customerId: customer?.id ?? '',
    customerName: customer?.name ?? '',
    name: '',
    opportunityId: '',
    contactId: '',
    signerId: '',
    total: '',
    items: [],
    signDate: '',
    startDate: '',
    endDate: '',
    notes: '',
    attachmentIds: [],
    instalments: [],
  }
}

export function contractItemRow(item: ContractItem): ItemRow {
  return {
    name: item.name,
    quantity: item.quantity,
    unitPrice: fenToYuanText(item.unitPriceFen),
    discount: item.discountFen ? fenToYuanText(item.discountFen) : '',
    productId: item.productId,
    spec: item.spec,
    unit: item.unit,
    listPriceFen: item.listPriceFen,
  }
}

export function planRow(dueDate = '', amountFen: number | null = null): PlanRow {
  return { dueDate, amount: amountFen === null ? '' : fenToYuanText(amountFen), notes: '', receivedFen: 0 }
}

export function contractToForm(c: ContractDetail): ContractForm {
  return {
    customerId: c.customerId,
    customerName: c.customerName,
    name: c.name,
    opportunityId: c.opportunityId ?? '',
    contactId: c.contactId ?? '',
    signerId: c.signerId ?? '',
    total: fenToYuanText(c.totalFen),
    items: c.items.map(contractItemRow),
    signDate: c.signDate ?? '',
    startDate: c.startDate ?? '',
    endDate: c.endDate ?? '',
    notes: c.notes,
    attachmentIds: [...c.attachmentIds],
    instalments: c.instalments.map((i) => ({ id: i.id, dueDate: i.dueDate, amount: fenToYuanText(i.amountFen), notes: i.notes, receivedFen: i.receivedFen })),
  }
}

/** The contract's total: as typed, else the items' sum; null while the typed text is not money. */
export function formTotalFen(form: Pick<ContractForm, 'total' | 'items'>): number | null {
  if (!form.total.trim()) return itemsTotalFen(form.items)
  return parseYuan(form.total)
}

/** The plan's sum in fen (rows whose amount is not money count as 0). */
export function planSumFen(rows: readonly PlanRow[]): number {
  return rows.reduce((sum, r) => sum + (parseYuan(r.amount) ?? 0), 0)
}

/** total − plan: 0 when the plan covers the total exactly (or there is no plan). */
export function planMismatchFen(totalFen: number, rows: readonly PlanRow[]): number {
  return rows.length ? totalFen - planSumFen(rows) : 0
}

/** Splits a total into `count` instalments a month apart from `firstDue`, the rest of the division on the last. */
export function evenPlan(totalFen: number, count: number, firstDue: string): PlanRow[] {
  if (count < 1 || totalFen <= 0) return []
  const share = Math.floor(totalFen / count)
  const rows: PlanRow[] = []
  for (let i = 0; i < count; i++) {
    const amount = i === count - 1 ? totalFen - share * (count - 1) : share
    rows.push(planRow(addMonths(firstDue, i), amount))
  }
  return rows
}

/** "2026-01-31" + 1 month → "2026-02-28" (the day clamped to the month's end). */
export function addMonths(date: string, months: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return ''
  const total = Number(match[1]) * 12 + (Number(match[2]) - 1) + months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const day = Math.min(Number(match[3]), last)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function validatePlan(rows: readonly PlanRow[]): Record<number, PlanProblem> {
  const problems: Record<number, PlanProblem> = {}
  rows.forEach((r, i) => {
    const amount = parseYuan(r.amount)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.dueDate)) problems[i] = 'dueDate'
    else if (amount === null || amount <= 0 || amount < r.receivedFen) problems[i] = 'amount'
  })
  return problems
}

export function validateContractForm(form: ContractForm): ContractProblems {
  const fields: ContractProblems['fields'] = {}
  const items: ContractProblems['items'] = {}
  if (!form.customerId) fields.customerId = true
  if (!form.name.trim()) fields.name = true
  if (!form.total.trim() && !form.items.length) fields.total = true
  else if (form.total.trim() && parseYuan(form.total) === null) fields.total = true
  else if (form.total.trim() && form.items.length && parseYuan(form.total) !== itemsTotalFen(form.items)) fields.totalVsItems = true
  if (form.startDate && form.endDate && form.endDate < form.startDate) fields.endDate = true
  form.items.forEach((row, i) => {
    const problem = itemProblem(row)
    if (problem) items[i] = problem
  })
  return { fields, items, plan: validatePlan(form.instalments) }
}

export function hasProblems(p: ContractProblems): boolean {
  return Object.keys(p.fields).length > 0 || Object.keys(p.items).length > 0 || Object.keys(p.plan).length > 0
}

export function contractItemsToInput(rows: readonly ItemRow[]): ContractItemInput[] {
  return itemsToInput(rows).map((line) => ({ ...line, productId: line.productId ?? null }))
}

export function planToInput(rows: readonly PlanRow[]): InstalmentInput[] {
  return rows.map((r) => {
    const line: InstalmentInput = { dueDate: r.dueDate, amountFen: parseYuan(r.amount) ?? 0 }
    if (r.id) line.id = r.id
    if (r.notes.trim()) line.notes = r.notes.trim()
    return line
  })
}

export function formToCreateInput(form: ContractForm, submit = false): ContractCreateInput {
  const body: ContractCreateInput = { customerId: form.customerId, name: form.name.trim() }
  if (form.opportunityId) body.opportunityId = form.opportunityId
  if (form.contactId) body.contactId = form.contactId
  if (form.signerId) body.signerId = form.signerId
  if (form.items.length) body.items = contractItemsToInput(form.items)
  const total = form.total.trim() ? parseYuan(form.total) : null
  if (total !== null) body.totalFen = total
  if (form.signDate) body.signDate = form.signDate
  if (form.startDate) body.startDate = form.startDate
  if (form.endDate) body.endDate = form.endDate
  if (form.notes.trim()) body.notes = form.notes.trim()
  if (form.attachmentIds.length) body.attachmentIds = [...form.attachmentIds]
  if (form.instalments.length) body.instalments = planToInput(form.instalments)
  if (submit) body.submit = true
  return body
}

/** Whether the contract's money fields (total, items, dates) may be PATCHed: not once active. */
export function moneyLocked(c: Pick<ContractDetail, 'status'>): boolean {
  return c.status === 'active' || c.status === 'ended'
}

/**
 * The PATCH body: only the fields that differ from the contract as loaded; once the contract is
 * active the money fields are left out (the server refuses them: contract.amount_locked).
 */
export function formToUpdateInput(form: ContractForm, original: ContractDetail): ContractInput {
  const before = contractToForm(original)
  const body: ContractInput = {}
  if (form.name.trim() !== before.name) body.name = form.name.trim()
  if (form.opportunityId !== before.opportunityId) body.opportunityId = form.opportunityId || null
  if (form.contactId !== before.contactId) body.contactId = form.contactId || null
  if (form.signerId !== before.signerId) body.signerId = form.signerId || null
  if (form.notes.trim() !== before.notes) body.notes = form.notes.trim()
  if (JSON.stringify(form.attachmentIds) !== JSON.stringify(before.attachmentIds)) body.attachmentIds = [...form.attachmentIds]
  if (moneyLocked(original)) return body
  const items = contractItemsToInput(form.items)
  if (JSON.stringify(items) !== JSON.stringify(contractItemsToInput(before.items))) body.items = items
  const total = formTotalFen(form)
  if (total !== null && total !== original.totalFen) body.totalFen = total
  if (form.signDate !== before.signDate) body.signDate = form.signDate || null
  if (form.startDate !== before.startDate) body.startDate = form.startDate || null
  if (form.endDate !== before.endDate) body.endDate = form.endDate || null
  return body
}
