// The product dialog's form ↔ the API's bodies: the list price typed in yuan becomes exact fen, a
// PATCH names only what changed. Pure, tested.
import type { Product, ProductInput, ProductStatus } from '@/api/products'
import { fenToYuanText, parseYuan } from '@/shared/money'

export interface ProductForm {
  code: string
  name: string
  spec: string
  unit: string
  /** Yuan as typed. */
  listPrice: string
  status: ProductStatus
  categoryId: string | null
  imageId: string | null
  description: string
}

export type ProductProblem = 'code' | 'name' | 'listPrice'

/** The form's field names the server's validation issues map onto. */
export const PRODUCT_FIELDS = ['code', 'name', 'spec', 'unit', 'listPriceFen', 'status', 'categoryId', 'imageId', 'description'] as const

export function emptyProductForm(categoryId: string | null = null): ProductForm {
  return { code: '', name: '', spec: '', unit: '', listPrice: '', status: 'on', categoryId, imageId: null, description: '' }
}

export function productToForm(p: Product): ProductForm {
  return {
    code: p.code,
    name: p.name,
    spec: p.spec,
    unit: p.unit,
    listPrice: fenToYuanText(p.listPriceFen),
    status: p.status,
    categoryId: p.categoryId,
    imageId: p.imageId,
    description: p.description,
  }
}

export function validateProductForm(form: ProductForm): Partial<Record<ProductProblem, true>> {
  const problems: Partial<Record<ProductProblem, true>> = {}
  if (!form.code.trim()) problems.code = true
  if (!form.name.trim()) problems.name = true
  if (parseYuan(form.listPrice) === null) problems.listPrice = true
  return problems
}

export function formToProductInput(form: ProductForm): ProductInput & { code: string; name: string; listPriceFen: number } {
  return {
    code: form.code.trim(),
    name: form.name.trim(),
    spec: form.spec.trim(),
    unit: form.unit.trim(),
    listPriceFen: parseYuan(form.listPrice) ?? 0,
    status: form.status,
    categoryId: form.categoryId,
    imageId: form.imageId,
    description: form.description.trim(),
  }
}

/** The PATCH body: only what differs from the product as loaded. */
export function formToProductPatch(form: ProductForm, original: Product): ProductInput {
  const next = formToProductInput(form)
  const before = formToProductInput(productToForm(original))
  const body: ProductInput = {}
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (next[key] !== before[key]) (body as Record<string, unknown>)[key] = next[key]
  }
  return body
}
