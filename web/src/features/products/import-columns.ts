// 导入产品: which product field each column of a spreadsheet holds (matched by header, Chinese or
// English; changeable and savable as a named template) and what the preview marks as plainly wrong
// (docs/api-imports.md, "Products"). The server checks everything through the products module.
import { matchColumns } from '@/shared/column-match'
import { applyTemplateTo, yuanText, type ImportRow } from '@/features/imports/import-mapping'

/** The fields an import of products can fill, in the mapping table's order. */
export const PRODUCT_IMPORT_FIELDS = ['code', 'name', 'category', 'specification', 'unit', 'listPrice', 'status', 'description'] as const
export type ProductImportField = (typeof PRODUCT_IMPORT_FIELDS)[number]
/** Columns an import of products cannot start without (the key a row is matched by). */
export const PRODUCT_REQUIRED_FIELDS: readonly ProductImportField[] = ['code']

/** Header words per field, lower case, without spaces; the first ones are the most specific. */
const HEADER_NAMES: Record<ProductImportField, readonly string[]> = {
  code: ['产品编码', '产品编号', '编码', '编号', '货号', 'sku', 'code', 'productcode'],
  name: ['产品名称', '品名', '名称', '产品', 'name', 'productname', 'product'],
  category: ['产品分类', '分类', '类别', '品类', 'category'],
  specification: ['规格型号', '规格', '型号', 'specification', 'spec', 'model'],
  unit: ['单位', '计量单位', 'unit', 'uom'],
  listPrice: ['标准价格', '标价', '价格', '售价', '单价', '定价', 'listprice', 'price', 'unitprice'],
  status: ['销售状态', '上架状态', '状态', 'status'],
  description: ['产品描述', '描述', '说明', '备注', 'description', 'remark', 'notes'],
}

/** Specific words before general ones: "产品分类" is the category, not the name's "产品". */
const MATCH_ORDER: readonly ProductImportField[] = ['code', 'category', 'specification', 'listPrice', 'status', 'description', 'unit', 'name']

export function autoMatchProductColumns(headers: readonly string[]): (ProductImportField | null)[] {
  return matchColumns<ProductImportField>(headers, MATCH_ORDER, HEADER_NAMES)
}

export function applyProductTemplate(headers: readonly string[], mapping: Readonly<Record<string, string>>): (ProductImportField | null)[] {
  return applyTemplateTo(headers, mapping, PRODUCT_IMPORT_FIELDS)
}

export type ProductRowProblem = 'code' | 'name' | 'listPrice' | 'status' | 'category'

const STATUSES = new Set(['on', 'off', '在售', '停售', '上架', '下架'])

/**
 * What a row plainly gets wrong (the preview marks these; the server decides). A name and a price
 * are needed to create a product; when rows update the products of their codes they may be left out.
 */
export function productRowProblems(fields: ImportRow<ProductImportField>['fields'], updating = false): ProductRowProblem[] {
  const problems: ProductRowProblem[] = []
  if (!fields.code) problems.push('code')
  if (!fields.name && !updating) problems.push('name')
  const price = fields.listPrice === undefined ? null : yuanText(fields.listPrice)
  if (fields.listPrice === undefined ? !updating : price === null || price < 0) problems.push('listPrice')
  if (fields.status && !STATUSES.has(fields.status)) problems.push('status')
  if (fields.category && fields.category.split(/[/／]/).some((name) => !name.trim())) problems.push('category')
  return problems
}
