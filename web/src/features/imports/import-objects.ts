// What the desktop import page needs to know of each object it imports (customers, products,
// targets — docs/api-imports.md):
// its fields and how headers match them, the columns it cannot start without, the conflict
// policies it takes, the preview's plain problems, where its texts live in the locale files and
// where its records are listed.
import type { ImportJob, ImportObject, ImportPolicy } from '@/api/imports'
import {
  applyTemplate,
  autoMatchCustomerColumns,
  CUSTOMER_IMPORT_FIELDS,
  customerRowProblems,
  type ImportCustomField,
} from '@/features/customers/import-columns'
import { applyProductTemplate, autoMatchProductColumns, PRODUCT_IMPORT_FIELDS, PRODUCT_REQUIRED_FIELDS, productRowProblems } from '@/features/products/import-columns'
import { applyTargetTemplate, autoMatchTargetColumns, TARGET_IMPORT_FIELDS, TARGET_REQUIRED_FIELDS, targetRowProblems } from '@/features/reports/target-import-columns'

/** A row's mapped cells by field key. */
export type ImportFields = Partial<Record<string, string>>

export interface ImportObjectSpec {
  object: ImportObject
  /** The locale namespace of the object's texts: title, needed, policy…, counts, problem.*, field.*. */
  ns: string
  /** The prefix of the page's data-testid attributes. */
  testId: string
  /** The route of the list the page is reached from (and the imported records are in). */
  listRoute: string
  fields: readonly string[]
  /** Columns the import cannot start without. */
  required: readonly string[]
  policies: readonly ImportPolicy[]
  /** Whether the company's custom fields of the object can be filled. */
  customFields: boolean
  /** Fields only admins (org.edit) may fill: who entered a record and when. */
  adminFields: readonly string[]
  autoMatch(headers: readonly string[], custom: readonly ImportCustomField[]): (string | null)[]
  applyTemplate(headers: readonly string[], mapping: Readonly<Record<string, string>>, custom: readonly ImportCustomField[]): (string | null)[]
  problems(fields: ImportFields, policy: ImportPolicy): string[]
}

export const IMPORT_OBJECTS: Record<ImportObject, ImportObjectSpec> = {
  customers: {
    object: 'customers',
    ns: 'customerImport',
    testId: 'customer-import',
    listRoute: 'customers',
    fields: CUSTOMER_IMPORT_FIELDS,
    required: ['name'],
    policies: ['skip', 'attach', 'update'],
    customFields: true,
    adminFields: ['createdBy', 'createdAt'],
    autoMatch: autoMatchCustomerColumns,
    applyTemplate,
    problems: (fields) => customerRowProblems(fields),
  },
  products: {
    object: 'products',
    ns: 'productImport',
    testId: 'product-import',
    listRoute: 'products',
    fields: PRODUCT_IMPORT_FIELDS,
    required: PRODUCT_REQUIRED_FIELDS,
    policies: ['skip', 'update'],
    customFields: false,
    adminFields: [],
    autoMatch: (headers) => autoMatchProductColumns(headers),
    applyTemplate: (headers, mapping) => applyProductTemplate(headers, mapping),
    problems: (fields, policy) => productRowProblems(fields, policy === 'update'),
  },
  targets: {
    object: 'targets',
    ns: 'targetImport',
    testId: 'target-import',
    listRoute: 'targetSettings',
    fields: TARGET_IMPORT_FIELDS,
    required: TARGET_REQUIRED_FIELDS,
    policies: ['skip', 'update'],
    customFields: false,
    adminFields: [],
    autoMatch: (headers) => autoMatchTargetColumns(headers),
    applyTemplate: (headers, mapping) => applyTargetTemplate(headers, mapping),
    problems: (fields, policy) => targetRowProblems(fields, policy === 'update'),
  },
}

/** The spec of a job's object. */
export function importSpecOf(object: ImportObject): ImportObjectSpec {
  return IMPORT_OBJECTS[object]
}

/** A job's counts in the words of its object (customers add contacts, the others do not). */
export function importCountsText(job: ImportJob, t: (key: string, params: Record<string, number>) => string): string {
  const { done, total, created, attached, updated, skipped, failed } = job
  return t(`${importSpecOf(job.object).ns}.counts`, { done, total, created, attached, updated, skipped, failed })
}
