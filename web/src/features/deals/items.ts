// The line items editor of an opportunity: quantity × unit price − discount = total, all in
// integer fen, with the unit price and discount typed in yuan. Pure, tested.
import type { ItemInput, OpportunityItem } from '@/api/deals'
import { fenToYuanText, parseYuan } from '@/shared/money'

export interface ItemRow {
  name: string
  quantity: number
  /** Yuan as typed. */
  unitPrice: string
  discount: string
}

export type ItemProblem = 'name' | 'quantity' | 'unitPrice' | 'discount'

export function itemRow(item?: OpportunityItem): ItemRow {
  if (!item) return { name: '', quantity: 1, unitPrice: '', discount: '' }
  return { name: item.name, quantity: item.quantity, unitPrice: fenToYuanText(item.unitPriceFen), discount: item.discountFen ? fenToYuanText(item.discountFen) : '' }
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

/** What is wrong with a row, first problem only; null when it is fine. */
export function itemProblem(row: ItemRow): ItemProblem | null {
  if (!row.name.trim()) return 'name'
  if (!Number.isInteger(row.quantity) || row.quantity < 1) return 'quantity'
  if (parseYuan(row.unitPrice) === null) return 'unitPrice'
  if (row.discount.trim() && parseYuan(row.discount) === null) return 'discount'
  if (itemTotalFen(row) === null) return 'discount'
  return null
}

export function itemsToInput(rows: readonly ItemRow[]): ItemInput[] {
  return rows.map((r) => ({
    name: r.name.trim(),
    quantity: r.quantity,
    unitPriceFen: parseYuan(r.unitPrice) ?? 0,
    discountFen: r.discount.trim() ? (parseYuan(r.discount) ?? 0) : 0,
  }))
}

/** The sum of the rows' totals (rows that do not add up count as 0). */
export function itemsTotalFen(rows: readonly ItemRow[]): number {
  return rows.reduce((sum, r) => sum + (itemTotalFen(r) ?? 0), 0)
}
