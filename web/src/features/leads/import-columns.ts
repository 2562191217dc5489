// 批量导入线索: which lead field each column of a spreadsheet holds. Columns are matched by their
// header in Chinese or English (exact names first, then a header that contains a known name), each
// field at most once; the person can change the mapping before anything is sent. Rows become
// LeadInput objects and go to POST /leads/bulk in chunks of at most BULK_CHUNK.
import type { LeadInput } from '@/api/leads'
import { LEAD_TEXT_FIELDS, type LeadTextField } from './lead-form'
import { matchColumns } from '@/shared/column-match'

export const BULK_CHUNK = 1000

/** The lead fields an import can fill, in the mapping dialog's order: a source by its name. */
export type ImportField = Exclude<LeadTextField, 'sourceId'> | 'source' | 'tags'
export const IMPORT_FIELDS: readonly ImportField[] = [
  ...LEAD_TEXT_FIELDS.filter((f): f is Exclude<LeadTextField, 'sourceId'> => f !== 'sourceId'),
  'source',
  'tags',
]

/** Header words per field, lower case, without spaces; the first ones are the most specific. */
const HEADER_NAMES: Record<ImportField, readonly string[]> = {
  name: ['姓名', '联系人', '联系人姓名', '客户姓名', 'name', 'contactname', 'contact', 'fullname'],
  company: ['公司', '公司名称', '企业', '企业名称', '单位', '单位名称', '客户名称', 'company', 'companyname', 'organization', 'organisation'],
  mobile: ['手机', '手机号', '手机号码', '移动电话', 'mobile', 'mobilephone', 'cell', 'cellphone'],
  phone: ['电话', '座机', '固定电话', '办公电话', '联系电话', 'phone', 'telephone', 'tel', 'officephone'],
  email: ['邮箱', '电子邮箱', '电子邮件', '邮件', 'email', 'e-mail', 'mail'],
  wechat: ['微信', '微信号', 'wechat', 'weixin', 'wechatid'],
  title: ['职位', '职务', '岗位', 'title', 'jobtitle', 'position'],
  source: ['来源', '线索来源', '渠道', 'source', 'leadsource', 'channel'],
  campaign: ['活动', '推广活动', '市场活动', '广告计划', 'campaign'],
  province: ['省份', '省', '所在省', 'province', 'state'],
  city: ['城市', '市', '所在城市', 'city'],
  industry: ['行业', '所属行业', 'industry'],
  creditCode: ['统一社会信用代码', '信用代码', '社会信用代码', 'creditcode', 'uscc'],
  tags: ['标签', 'tags', 'tag'],
  notes: ['备注', '说明', '描述', 'notes', 'note', 'remark', 'remarks', 'comment', 'comments'],
}

/**
 * The field of each column (null: not imported). Exact header names win over partial ones; a
 * field is given to one column only (the first that matches best).
 */
export function autoMatchColumns(headers: readonly string[]): (ImportField | null)[] {
  return matchColumns(headers, IMPORT_FIELDS, HEADER_NAMES)
}

/** A source name → its id (the import names sources by name; unknown names stay unset). */
export type SourceLookup = (name: string) => string | null

export interface MappedRow {
  /** The row's number in the file, as a spreadsheet shows it (the header is row 1). */
  line: number
  input: LeadInput
}

/** The file's rows as lead inputs under the mapping; wholly empty rows are left out. */
export function mapRows(rows: readonly (readonly string[])[], mapping: readonly (ImportField | null)[], sourceId: SourceLookup): MappedRow[] {
  const result: MappedRow[] = []
  rows.forEach((row, index) => {
    const input: LeadInput = {}
    let any = false
    mapping.forEach((field, column) => {
      if (!field) return
      const value = (row[column] ?? '').trim()
      if (!value) return
      any = true
      if (field === 'tags') {
        const tags = value.split(/[,，;；、\s]+/).filter(Boolean)
        if (tags.length) input.tags = [...new Set([...(input.tags ?? []), ...tags])]
      } else if (field === 'source') {
        const id = sourceId(value)
        if (id) input.sourceId = id
      } else {
        input[field] = value
      }
    })
    if (any) result.push({ line: index + 2, input })
  })
  return result
}

/** What a row misses before the server is asked: a name or company, and a way to contact. */
export type RowProblem = 'nameOrCompany' | 'contactWay'

export function rowProblems(input: LeadInput): RowProblem[] {
  const problems: RowProblem[] = []
  if (!input.name?.trim() && !input.company?.trim()) problems.push('nameOrCompany')
  if (!input.mobile?.trim() && !input.phone?.trim() && !input.email?.trim() && !input.wechat?.trim()) problems.push('contactWay')
  return problems
}

/** Splits items into consecutive chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size = BULK_CHUNK): T[][] {
  const result: T[][] = []
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size))
  return result
}

/** Which fields the mapping uses more than once (the dialog refuses to send then). */
export { duplicateFields } from '@/shared/column-match'
