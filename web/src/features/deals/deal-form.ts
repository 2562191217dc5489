// The create / edit form of an opportunity ↔ the API's bodies: the amount typed in yuan becomes
// exact fen (left empty, the server sums the line items), items in fen, a PATCH names only what
// changed. Pure, tested.
import type { OpportunityCreateInput, OpportunityDetail, OpportunityInput } from '@/api/deals'
import { fenToYuanText, parseYuan } from '@/shared/money'
import { itemProblem, itemRow, itemsToInput, type ItemProblem, type ItemRow } from '@/shared/line-items'

export interface DealForm {
  customerId: string
  customerName: string
  name: string
  /** Yuan as typed; "" = from the items (or 0). */
  amount: string
  expectedCloseDate: string
  processId: string
  stageId: string
  contactId: string
  competitors: string[]
  notes: string
  items: ItemRow[]
}

export type DealProblem = 'customerId' | 'name' | 'amount'

export interface DealProblems {
  fields: Partial<Record<DealProblem, true>>
  items: Record<number, ItemProblem>
}

/** The form's field names the server's validation issues map onto. */
export const DEAL_FIELDS = ['customerId', 'name', 'amountFen', 'expectedCloseDate', 'contactId', 'items', 'competitors', 'notes', 'stageId', 'processId'] as const

export function emptyDealForm(customer?: { id: string; name: string } | null): DealForm {
  return {
    customerId: customer?.id ?? '',
    customerName: customer?.name ?? '',
    name: '',
    amount: '',
    expectedCloseDate: '',
    processId: '',
    stageId: '',
    contactId: '',
    competitors: [],
    notes: '',
    items: [],
  }
}

export function dealToForm(o: OpportunityDetail): DealForm {
  return {
    customerId: o.customerId,
    customerName: o.customerName,
    name: o.name,
    amount: fenToYuanText(o.amountFen),
    expectedCloseDate: o.expectedCloseDate ?? '',
    processId: o.processId,
    stageId: o.stageId,
    contactId: o.contactId ?? '',
    competitors: [...o.competitors],
    notes: o.notes,
    items: o.items.map((i) => itemRow(i)),
  }
}

export function validateDealForm(form: DealForm): DealProblems {
  const fields: DealProblems['fields'] = {}
  const items: DealProblems['items'] = {}
  if (!form.customerId) fields.customerId = true
  if (!form.name.trim()) fields.name = true
  if (form.amount.trim() && parseYuan(form.amount) === null) fields.amount = true
  form.items.forEach((row, i) => {
    const problem = itemProblem(row)
    if (problem) items[i] = problem
  })
  return { fields, items }
}

export function hasProblems(p: DealProblems): boolean {
  return Object.keys(p.fields).length > 0 || Object.keys(p.items).length > 0
}

export function formToCreateInput(form: DealForm): OpportunityCreateInput {
  const body: OpportunityCreateInput = { customerId: form.customerId, name: form.name.trim() }
  const amount = form.amount.trim() ? parseYuan(form.amount) : null
  if (amount !== null) body.amountFen = amount
  if (form.expectedCloseDate) body.expectedCloseDate = form.expectedCloseDate
  if (form.processId) body.processId = form.processId
  if (form.stageId) body.stageId = form.stageId
  if (form.contactId) body.contactId = form.contactId
  if (form.competitors.length) body.competitors = [...form.competitors]
  if (form.notes.trim()) body.notes = form.notes.trim()
  if (form.items.length) body.items = itemsToInput(form.items)
  return body
}

/** The PATCH body: only the fields that differ from the opportunity as loaded. */
export function formToUpdateInput(form: DealForm, original: OpportunityDetail): OpportunityInput {
  const before = dealToForm(original)
  const body: OpportunityInput = {}
  if (form.name.trim() !== before.name) body.name = form.name.trim()
  if (form.amount.trim() !== before.amount) {
    const amount = parseYuan(form.amount)
    if (amount !== null) body.amountFen = amount
  }
  if (form.expectedCloseDate !== before.expectedCloseDate) body.expectedCloseDate = form.expectedCloseDate || null
  if (form.contactId !== before.contactId) body.contactId = form.contactId || null
  if (JSON.stringify(form.competitors) !== JSON.stringify(before.competitors)) body.competitors = [...form.competitors]
  if (form.notes.trim() !== before.notes) body.notes = form.notes.trim()
  if (JSON.stringify(itemsToInput(form.items)) !== JSON.stringify(itemsToInput(before.items))) body.items = itemsToInput(form.items)
  return body
}
