// 导入客户: which customer field each column of a spreadsheet holds (matched by header, changeable
// and savable as a named template), and the rows as the text fields POST /imports takes
// (docs/api-imports.md). The server checks everything; the preview only marks what is plainly wrong.
import { matchColumns, normalizeHeader } from '@/shared/column-match'
import { applyTemplateTo, mapRows, type ImportRow } from '@/features/imports/import-mapping'

/** The fields an import of customers can fill, in the mapping table's order. */
export const CUSTOMER_IMPORT_FIELDS = [
  'name',
  'shortName',
  'creditCode',
  'industry',
  'scale',
  'level',
  'status',
  'source',
  'province',
  'city',
  'district',
  'address',
  'phone',
  'website',
  'tags',
  'owner',
  'contactName',
  'contactTitle',
  'contactMobile',
  'contactPhone',
  'contactEmail',
  'contactWechat',
  'createdBy',
  'createdAt',
] as const
export type CustomerImportField = (typeof CUSTOMER_IMPORT_FIELDS)[number]

/** A custom field a column may fill (docs/api-custom-fields.md "Imports"): the row key is `customFields.<key>`. */
export interface ImportCustomField {
  key: string
  label: string
}
export type CustomFieldTarget = `customFields.${string}`
/** What a column may fill: a built-in field or a custom one. */
export type CustomerImportTarget = CustomerImportField | CustomFieldTarget

export function customFieldTarget(key: string): CustomFieldTarget {
  return `customFields.${key}`
}

/** Custom field types a sheet's cell can hold (places, images and files cannot be imported). */
export const IMPORTABLE_CUSTOM_TYPES: readonly string[] = ['text', 'long_text', 'number', 'money', 'date', 'datetime', 'select', 'multi_select', 'user', 'department']

/** Header words per field, lower case, without spaces; the first ones are the most specific. */
const HEADER_NAMES: Record<CustomerImportField, readonly string[]> = {
  name: ['客户名称', '公司名称', '企业名称', '客户', '公司', '单位名称', '名称', 'name', 'customer', 'customername', 'company', 'companyname'],
  shortName: ['简称', '客户简称', '公司简称', 'shortname', 'abbreviation'],
  creditCode: ['统一社会信用代码', '信用代码', '社会信用代码', 'creditcode', 'uscc'],
  industry: ['行业', '所属行业', 'industry'],
  scale: ['规模', '人员规模', '公司规模', 'scale', 'size'],
  level: ['客户级别', '级别', '等级', '客户等级', 'level', 'grade'],
  status: ['客户状态', '状态', 'status'],
  source: ['客户来源', '来源', '渠道', 'source', 'channel'],
  province: ['省份', '省', '所在省', 'province', 'state'],
  city: ['城市', '市', '所在城市', 'city'],
  district: ['区县', '区', '县', 'district', 'county'],
  address: ['详细地址', '地址', '公司地址', 'address'],
  phone: ['公司电话', '电话', '座机', '总机', 'phone', 'telephone', 'tel'],
  website: ['网址', '官网', '网站', 'website', 'web', 'url'],
  tags: ['标签', 'tags', 'tag'],
  owner: ['负责人', '客户负责人', '归属人', '所属销售', '销售', 'owner', 'salesrep'],
  contactName: ['联系人', '联系人姓名', '姓名', 'contact', 'contactname'],
  contactTitle: ['联系人职位', '职位', '职务', 'title', 'jobtitle', 'position'],
  contactMobile: ['联系人手机', '手机', '手机号', '手机号码', 'mobile', 'cellphone', 'contactmobile'],
  contactPhone: ['联系人电话', '联系电话', '联系人座机', 'contactphone'],
  contactEmail: ['联系人邮箱', '邮箱', '电子邮箱', 'email', 'e-mail', 'mail'],
  contactWechat: ['联系人微信', '微信', '微信号', 'wechat', 'weixin'],
  createdBy: ['创建人', '录入人', 'createdby', 'creator'],
  createdAt: ['创建时间', '录入时间', '创建日期', 'createdat', 'created'],
}

/**
 * The order fields are tried in: a contact's specific columns before the customer's general ones
 * ("联系人电话" is the contact's phone, not the company's) and before the contact's name.
 */
const MATCH_ORDER: readonly CustomerImportField[] = [
  'contactMobile',
  'contactPhone',
  'contactTitle',
  'contactEmail',
  'contactWechat',
  'contactName',
  'createdBy',
  'createdAt',
  'creditCode',
  'shortName',
  ...CUSTOMER_IMPORT_FIELDS.filter(
    (f) => !['contactMobile', 'contactPhone', 'contactTitle', 'contactEmail', 'contactWechat', 'contactName', 'createdBy', 'createdAt', 'creditCode', 'shortName'].includes(f),
  ),
]

/**
 * The field of each column (null: not imported), matched by header. A custom field's label is
 * its header word and is tried first: the company named it, so it is the most specific.
 */
export function autoMatchCustomerColumns(
  headers: readonly string[],
  custom: readonly ImportCustomField[] = [],
): (CustomerImportTarget | null)[] {
  const names = { ...HEADER_NAMES } as Record<CustomerImportTarget, readonly string[]>
  const order: CustomerImportTarget[] = []
  for (const f of custom) {
    const target = customFieldTarget(f.key)
    names[target] = [normalizeHeader(f.label)]
    order.push(target)
  }
  return matchColumns<CustomerImportTarget>(headers, [...order, ...MATCH_ORDER], names)
}

/**
 * A saved template's mapping (header → field) applied to a file's headers; unknown fields (and
 * custom fields the company no longer has) are dropped.
 */
export function applyTemplate(
  headers: readonly string[],
  mapping: Readonly<Record<string, string>>,
  custom: readonly ImportCustomField[] = [],
): (CustomerImportTarget | null)[] {
  return applyTemplateTo<CustomerImportTarget>(headers, mapping, [...CUSTOMER_IMPORT_FIELDS, ...custom.map((f) => customFieldTarget(f.key))])
}

export type CustomerImportRow = ImportRow<CustomerImportTarget>

/** The file's rows under the mapping; wholly empty rows are left out (they are not sent). */
export function mapCustomerRows(rows: readonly (readonly string[])[], mapping: readonly (CustomerImportTarget | null)[]): CustomerImportRow[] {
  return mapRows(rows, mapping)
}

export type CustomerRowProblem = 'name' | 'level' | 'status' | 'contactMobile' | 'contactEmail' | 'createdAt' | 'contactName'

const LEVELS = /^[abcdABCD](级|类)?$/
const STATUSES = new Set(['potential', 'interested', 'deal', 'lost', '潜在', '潜在客户', '意向', '意向客户', '成交', '成交客户', '已成交', '流失', '流失客户', '已流失'])

/** What a row plainly gets wrong (the preview marks these; the server decides). */
export function customerRowProblems(fields: CustomerImportRow['fields']): CustomerRowProblem[] {
  const problems: CustomerRowProblem[] = []
  if (!fields.name) problems.push('name')
  if (fields.level && !LEVELS.test(fields.level)) problems.push('level')
  if (fields.status && !STATUSES.has(fields.status)) problems.push('status')
  if (fields.contactMobile && fields.contactMobile.replace(/\D/g, '').length < 5) problems.push('contactMobile')
  if (fields.contactEmail && !fields.contactEmail.includes('@')) problems.push('contactEmail')
  if (fields.createdAt && !/^\d{4}[-/]\d{1,2}[-/]\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2})?)?/.test(fields.createdAt)) problems.push('createdAt')
  const hasContact = fields.contactTitle || fields.contactMobile || fields.contactPhone || fields.contactEmail || fields.contactWechat
  if (hasContact && !fields.contactName) problems.push('contactName')
  return problems
}

export { duplicateFields } from '@/shared/column-match'
export { templateOf } from '@/features/imports/import-mapping'
