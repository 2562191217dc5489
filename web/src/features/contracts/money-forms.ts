// The 登记回款 and 开票 forms ↔ the API's bodies: amounts typed in yuan become exact fen; a receipt
// may name how much goes to which instalment (optional: without it the server spreads the amount
// over the open instalments by due date). Pure, tested.
import type { Instalment, InvoiceInput, InvoiceType, ReceiptInput, ReceiptMethod } from '@/api/contracts'
import { parseYuan } from '@/shared/money'

export interface ReceiptForm {
  amount: string
  receivedOn: string
  method: ReceiptMethod
  account: string
  notes: string
  /** Allocate by hand; off = the server spreads it. */
  allocate: boolean
  /** Yuan as typed, by instalment id. */
  allocations: Record<string, string>
}

export type ReceiptProblem = 'amount' | 'receivedOn' | 'allocations'

export function emptyReceiptForm(today: string): ReceiptForm {
  return { amount: '', receivedOn: today, method: 'bank', account: '', notes: '', allocate: false, allocations: {} }
}

/** The allocations in fen (instalments left empty or 0 are left out). */
export function allocationsFen(form: Pick<ReceiptForm, 'allocations'>): { instalmentId: string; amountFen: number }[] {
  const result: { instalmentId: string; amountFen: number }[] = []
  for (const [instalmentId, text] of Object.entries(form.allocations)) {
    if (!text.trim()) continue
    const fen = parseYuan(text)
    if (fen !== null && fen > 0) result.push({ instalmentId, amountFen: fen })
  }
  return result
}

export function validateReceiptForm(form: ReceiptForm, today: string, instalments: readonly Instalment[] = []): Partial<Record<ReceiptProblem, true>> {
  const problems: Partial<Record<ReceiptProblem, true>> = {}
  const amount = parseYuan(form.amount)
  if (amount === null || amount <= 0) problems.amount = true
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.receivedOn) || form.receivedOn > today) problems.receivedOn = true
  if (form.allocate) {
    const bad = Object.entries(form.allocations).some(([id, text]) => {
      if (!text.trim()) return false
      const fen = parseYuan(text)
      const owed = instalments.find((i) => i.id === id)?.owedFen ?? 0
      return fen === null || fen > owed
    })
    const sum = allocationsFen(form).reduce((n, a) => n + a.amountFen, 0)
    if (bad || (amount !== null && sum !== amount)) problems.allocations = true
  }
  return problems
}

export function receiptFormToInput(form: ReceiptForm): ReceiptInput {
  const body: ReceiptInput = { amountFen: parseYuan(form.amount) ?? 0, receivedOn: form.receivedOn, method: form.method }
  if (form.account.trim()) body.account = form.account.trim()
  if (form.notes.trim()) body.notes = form.notes.trim()
  if (form.allocate) body.allocations = allocationsFen(form)
  return body
}

export interface InvoiceForm {
  type: InvoiceType
  number: string
  title: string
  taxNo: string
  amount: string
  issuedOn: string
  notes: string
}

export type InvoiceProblem = 'number' | 'amount' | 'issuedOn'

export function emptyInvoiceForm(today: string, title = ''): InvoiceForm {
  return { type: 'vat_normal', number: '', title, taxNo: '', amount: '', issuedOn: today, notes: '' }
}

export function validateInvoiceForm(form: InvoiceForm): Partial<Record<InvoiceProblem, true>> {
  const problems: Partial<Record<InvoiceProblem, true>> = {}
  if (!form.number.trim()) problems.number = true
  const amount = parseYuan(form.amount)
  if (amount === null || amount <= 0) problems.amount = true
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.issuedOn)) problems.issuedOn = true
  return problems
}

export function invoiceFormToInput(form: InvoiceForm): InvoiceInput {
  const body: InvoiceInput = { type: form.type, number: form.number.trim(), amountFen: parseYuan(form.amount) ?? 0, issuedOn: form.issuedOn }
  if (form.title.trim()) body.title = form.title.trim()
  if (form.taxNo.trim()) body.taxNo = form.taxNo.trim()
  if (form.notes.trim()) body.notes = form.notes.trim()
  return body
}
