// Line items (产品明细) of an opportunity or a contract: quantity × unit price − discount =
// total, all in integer fen, with the unit price and discount typed in yuan. A row picked from a
// product also carries the product's id, spec, unit and list price, so the list total and the
// discount off list show (contracts). Pure, tested.
import { fenToYuanText, parseYuan } from './money'

export interface ItemRow {
  name: string
  quantity: number
  /** Yuan as typed. */
  unitPrice: string
  discount: string
  /** Set when the row was picked from a product (contracts). */
  productId?: string | null
  spec?: string
  unit?: string
  /** The product's list price when the row was written; null/absent = the unit price is the list. */
  listPriceFen?: number | null
}

export type ItemProblem = 'name' | 'quantity' | 'unitPrice' | 'discount'

/** A line as the API sends it (the fields every kind of line has). */
export interface LineItem {
  name: string
  quantity: number
  unitPriceFen: number
  discountFen: number
}

/** A line as the API takes it. */
export interface LineItemInput extends LineItem {
  productId?: string | null
}

export function itemRow(item?: LineItem & { productId?: string | null; totalFen?: number }): ItemRow {
  if (!item) return { name: '', quantity: 1, unitPrice: '', discount: '' }
  return { name: item.name, quantity: item.quantity, unitPrice: fenToYuanText(item.unitPriceFen), discount: item.discountFen ? fenToYuanText(item.discountFen) : '' }
}

/** A new row for a picked product: its name, spec, unit, and its list price as the unit price. */
export function productRow(product: { id: string; name: string; spec: string; unit: string; listPriceFen: number }): ItemRow {
  return {
    name: product.name,
    quantity: 1,
    unitPrice: fenToYuanText(product.listPriceFen),
    discount: '',
    productId: product.id,
    spec: product.spec,
    unit: product.unit,
    listPriceFen: product.listPriceFen,
  }
}

/** The row's total in fen; null while the row does not add up (a bad number or too big a discount). */
export function itemTotalFen(row: ItemRow): number | null {
  const unit = parseYuan(row.unitPrice)
  const discount = row.discount.trim() ? parseYuan(row.discount) : 0
  if (unit === null || discount === null || !Number.isInteger(row.quantity) || row.quantity < 1) return null
  const gross = row.quantity * unit
  if (!Number.isSafeInteger(gross) || discount > gross) return null
  return gross - discount
}

/** quantity × list price (the unit price when the row has no list price); null while it does not add up. */
export function itemListTotalFen(row: ItemRow): number | null {
  if (!Number.isInteger(row.quantity) || row.quantity < 1) return null
  const list = row.listPriceFen ?? parseYuan(row.unitPrice)
  if (list === null) return null
  const total = row.quantity * list
  return Number.isSafeInteger(total) ? total : null
}

/** What is wrong with a row, first problem only; null when it is fine. */
export function itemProblem(row: ItemRow): ItemProblem | null {
  if (!row.name.trim()) return 'name'
  if (!Number.isInteger(row.quantity) || row.quantity < 1) return 'quantity'
  if (parseYuan(row.unitPrice) === null) return 'unitPrice'
  if (row.discount.trim() && parseYuan(row.discount) === null) return 'discount'
  if (itemTotalFen(row) === null) return 'discount'
  return null
}

/** The rows as the API takes them; `productId` only for rows picked from a product. */
export function itemsToInput(rows: readonly ItemRow[]): LineItemInput[] {
  return rows.map((r) => {
    const line: LineItemInput = {
      name: r.name.trim(),
      quantity: r.quantity,
      unitPriceFen: parseYuan(r.unitPrice) ?? 0,
      discountFen: r.discount.trim() ? (parseYuan(r.discount) ?? 0) : 0,
    }
    if (r.productId) line.productId = r.productId
    return line
  })
}

/** The sum of the rows' totals (rows that do not add up count as 0). */
export function itemsTotalFen(rows: readonly ItemRow[]): number {
  return rows.reduce((sum, r) => sum + (itemTotalFen(r) ?? 0), 0)
}

/** The sum of the rows' list totals (rows that do not add up count as 0). */
export function itemsListTotalFen(rows: readonly ItemRow[]): number {
  return rows.reduce((sum, r) => sum + (itemListTotalFen(r) ?? 0), 0)
}

/**
 * The discount off list in basis points, as the server computes it: floor((list − total) ×
 * 10000 / list), 0 when the list total is 0 or not above the total. Exact for any safe fen
 * amounts (BigInt, no floating point).
 */
export function discountBp(listTotalFen: number, totalFen: number): number {
  if (listTotalFen <= 0 || listTotalFen <= totalFen) return 0
  return Number((BigInt(listTotalFen - totalFen) * 10000n) / BigInt(listTotalFen))
}

/** Basis points as a percentage with two decimals: 2000 → "20.00%", 1234 → "12.34%", 5 → "0.05%". */
export function formatBpPercent(bp: number): string {
  const value = Math.trunc(bp)
  const sign = value < 0 ? '-' : ''
  const abs = Math.abs(value)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}%`
}
