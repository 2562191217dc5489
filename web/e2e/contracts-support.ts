// Helpers of the contract journeys (docs/api-contracts.md): the demo's products (on sale, in
// three categories), contracts over the demo customers with partial receipts; money is read
// back through the API in integer fen and compared with what the test derived itself.
import { expect, type Locator, type Page } from '@playwright/test'
import { apiGet, todayInShanghai } from './support'

export interface ProductLite {
  id: string
  code: string
  name: string
  listPriceFen: number
  status: string
}

export interface InstalmentLite {
  id: string
  dueDate: string
  amountFen: number
  owedFen: number
}

export interface ContractLite {
  id: string
  number: string
  name: string
  customerId: string
  customerName: string
  status: string
  approvalStatus: string | null
  totalFen: number
  receivedFen: number
  owedFen: number
  version: number
  items: { productId: string | null; quantity: number; listPriceFen: number; unitPriceFen: number; discountFen: number; totalFen: number }[]
  instalments: InstalmentLite[]
  canReceive: boolean
}

export interface ReceiptLite {
  id: string
  amountFen: number
  status: string
}

/** A product on sale whose list price leaves room for a discount (above ¥10). */
export async function onSaleProduct(page: Page): Promise<ProductLite> {
  const answer = await apiGet<{ items: ProductLite[] }>(page, '/products?status=on&limit=50')
  const product = answer.items.find((p) => p.listPriceFen > 1000)
  expect(product, 'a demo product on sale priced above ¥10').toBeTruthy()
  return product!
}

export async function contract(page: Page, id: string): Promise<ContractLite> {
  return apiGet<ContractLite>(page, `/contracts/${id}`)
}

export async function receiptsOf(page: Page, contractId: string): Promise<ReceiptLite[]> {
  return (await apiGet<{ items: ReceiptLite[] }>(page, `/receipts?contractId=${contractId}&limit=100`)).items
}

/** An active demo contract still owed at least `minOwedFen`, that the signed-in user may take receipts on. */
export async function activeOwedContract(page: Page, minOwedFen = 100_00): Promise<ContractLite> {
  const list = await apiGet<{ items: { id: string; owedFen: number }[] }>(page, '/contracts?status=active&owed=true&sort=-totalFen&limit=50')
  for (const row of list.items.filter((c) => c.owedFen >= minOwedFen)) {
    const detail = await contract(page, row.id)
    if (detail.canReceive) return detail
  }
  throw new Error('no active demo contract with money owed that this user may take receipts on')
}

/** 1234567 fen → "¥12,345.67", as the web formats it (digit by digit, no floating point). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}¥${String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${String(abs % 100).padStart(2, '0')}`
}

/** Fen as typed into a yuan field: 1234567 → "12345.67". */
export function yuanText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
}

/** "YYYY-MM-DD" `days` after today in the demo company's zone. */
export function daysFromToday(days: number): string {
  const [y, m, d] = todayInShanghai().split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** The text input of an Element Plus field: the element carrying the test id, or the input inside it. */
export function inputOf(field: Locator): Locator {
  return field.and(field.page().locator('input')).or(field.locator('input')).first()
}

/** Types a date into an Element Plus date picker. */
export async function fillDate(picker: Locator, date: string): Promise<void> {
  const input = inputOf(picker)
  await input.fill(date)
  await input.press('Enter')
}
