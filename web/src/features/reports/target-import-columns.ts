// 导入目标: which target field each column of a spreadsheet holds (matched by header, Chinese or
// English) and what the preview marks as plainly wrong (docs/api-imports.md, "Targets"). A row is
// one cell of the targets sheet: metric, period, assignee and the three tiers. The server checks
// everything through the targets module (locks, data scope, the assignee's one match).
import { TARGETABLE_METRIC_KEYS, type MetricKey } from '@/api/reports'
import { matchColumns } from '@/shared/column-match'
import { applyTemplateTo, yuanText, type ImportRow } from '@/features/imports/import-mapping'
import { metricUnit } from './metric-format'

/** The fields an import of targets can fill, in the mapping table's order. */
export const TARGET_IMPORT_FIELDS = ['metric', 'period', 'assignee', 'customerLevel', 'value', 'sprintValue', 'challengeValue'] as const
export type TargetImportField = (typeof TARGET_IMPORT_FIELDS)[number]
/** Columns an import of targets cannot start without (the cell a row is). */
export const TARGET_REQUIRED_FIELDS: readonly TargetImportField[] = ['metric', 'period', 'assignee']

/**
 * The metrics' names as the target pages show them (the locales' `metric.*`, zh-CN and en; a test
 * keeps them equal), which a sheet may use instead of the key. The server reads the same names.
 */
export const METRIC_NAMES: Readonly<Record<MetricKey, readonly [string, string]>> = {
  contractAmountFen: ['合同金额', 'Contract amount'],
  paymentAmountFen: ['回款金额', 'Payments received'],
  newCustomers: ['新增客户', 'New customers'],
  newContacts: ['新增联系人', 'New contacts'],
  followUps: ['跟进次数', 'Follow-ups'],
  visits: ['拜访次数', 'Visits'],
  customersVisited: ['拜访客户数', 'Customers visited'],
  newOpportunities: ['新增商机', 'New opportunities'],
  advancedOpportunities: ['推进商机', 'Opportunities advanced'],
  wonOpportunities: ['赢单数', 'Deals won'],
  wonAmountFen: ['赢单金额', 'Amount won'],
  newLeads: ['新增线索', 'New leads'],
  convertedLeads: ['转化线索', 'Leads converted'],
  workLogs: ['工作日志', 'Work logs'],
}

/** The targetable metric a cell names by key or name (case aside for English), else null. */
export function targetMetricOf(text: string): MetricKey | null {
  const lower = text.trim().toLowerCase()
  for (const key of TARGETABLE_METRIC_KEYS) {
    const [zh, en] = METRIC_NAMES[key]
    if (lower === key.toLowerCase() || text.trim() === zh || lower === en.toLowerCase()) return key
  }
  return null
}

/** Header words per field, lower case, without spaces; the first ones are the most specific. */
const HEADER_NAMES: Record<TargetImportField, readonly string[]> = {
  metric: ['指标', '目标指标', '考核指标', 'metric', 'kpi'],
  period: ['期间', '周期', '时间段', '目标期间', 'period'],
  assignee: ['对象', '目标对象', '部门或人员', '负责人', '人员', '部门', 'assignee', 'owner', 'who'],
  customerLevel: ['客户类型', '客户级别', '客户等级', 'customerlevel', 'level'],
  value: ['目标值', '目标', '基础目标', 'value', 'target'],
  sprintValue: ['冲刺目标', '冲刺值', '冲刺', 'sprintvalue', 'sprint'],
  challengeValue: ['挑战目标', '挑战值', '挑战', 'challengevalue', 'challenge'],
}

/** Specific words before general ones: "冲刺目标" is the sprint, not the value's "目标". */
const MATCH_ORDER: readonly TargetImportField[] = ['sprintValue', 'challengeValue', 'customerLevel', 'metric', 'period', 'assignee', 'value']

export function autoMatchTargetColumns(headers: readonly string[]): (TargetImportField | null)[] {
  return matchColumns<TargetImportField>(headers, MATCH_ORDER, HEADER_NAMES)
}

export function applyTargetTemplate(headers: readonly string[], mapping: Readonly<Record<string, string>>): (TargetImportField | null)[] {
  return applyTemplateTo(headers, mapping, TARGET_IMPORT_FIELDS)
}

export type TargetRowProblem = TargetImportField

/** 2026, 2026-Q4, 2026-12, 2026-W49 (the targets API's periods). */
const PERIOD = /^\d{4}(-(Q[1-4]|0[1-9]|1[0-2]|W(0[1-9]|[1-4]\d|5[0-3])))?$/

/**
 * What a row plainly gets wrong (the preview marks these; the server decides): an unknown or
 * untargetable metric, a period the API does not write, no assignee, a level other than A–D, a
 * value that is not an amount (money metrics, in yuan) or a whole number (counts), negative, or
 * a sprint below the value / a challenge below the sprint. A value is needed unless the rows
 * update cells already set.
 */
export function targetRowProblems(fields: ImportRow<TargetImportField>['fields'], updating = false): TargetRowProblem[] {
  const problems: TargetRowProblem[] = []
  const metric = fields.metric ? targetMetricOf(fields.metric) : null
  if (!metric) problems.push('metric')
  if (!fields.period || !PERIOD.test(fields.period)) problems.push('period')
  if (!fields.assignee) problems.push('assignee')
  if (fields.customerLevel && !/^[ABCD]$/.test(fields.customerLevel)) problems.push('customerLevel')
  const amount = (text: string | undefined): number | null => {
    if (text === undefined) return null
    const n = yuanText(text)
    if (n === null || n < 0 || (metric && metricUnit(metric) === 'count' && !Number.isInteger(n))) return Number.NaN
    return n
  }
  const value = amount(fields.value)
  const sprint = amount(fields.sprintValue)
  const challenge = amount(fields.challengeValue)
  if (value === null ? !updating : Number.isNaN(value)) problems.push('value')
  if (sprint !== null && (Number.isNaN(sprint) || (value !== null && sprint < value))) problems.push('sprintValue')
  if (challenge !== null && (Number.isNaN(challenge) || challenge < (sprint ?? value ?? 0))) problems.push('challengeValue')
  return problems
}
