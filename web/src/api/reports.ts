// Reports (报表): the metric catalogue, the metric report per department or person with drill-down,
// the records behind a number, and their .xlsx exports — checked against docs/api-targets.md.
// Ids are strings, dates "YYYY-MM-DD" in the company's time zone, money in integer fen (metrics
// whose unit is "fen"), record times `at` as instants in milliseconds.
import { buildUrl, request } from './client'

export type MetricKey =
  | 'contractAmountFen'
  | 'paymentAmountFen'
  | 'newCustomers'
  | 'newContacts'
  | 'followUps'
  | 'visits'
  | 'customersVisited'
  | 'newOpportunities'
  | 'advancedOpportunities'
  | 'wonOpportunities'
  | 'wonAmountFen'
  | 'newLeads'
  | 'convertedLeads'
  | 'workLogs'

/** The catalogue in the doc's order (GET /reports/metrics/catalogue answers the same). */
export const METRIC_KEYS: readonly MetricKey[] = [
  'contractAmountFen',
  'paymentAmountFen',
  'newCustomers',
  'newContacts',
  'followUps',
  'visits',
  'customersVisited',
  'newOpportunities',
  'advancedOpportunities',
  'wonOpportunities',
  'wonAmountFen',
  'newLeads',
  'convertedLeads',
  'workLogs',
]

export type MetricUnit = 'fen' | 'count'

export interface MetricInfo {
  key: MetricKey
  unit: MetricUnit
  /** False for newContacts, customersVisited, advancedOpportunities and workLogs. */
  targetable: boolean
}

export type RangePreset =
  | 'yesterday'
  | 'today'
  | 'thisWeek'
  | 'lastWeek'
  | 'thisMonth'
  | 'lastMonth'
  | 'thisQuarter'
  | 'lastQuarter'
  | 'thisYear'
  | 'all'

export const RANGE_PRESETS: readonly RangePreset[] = [
  'yesterday',
  'today',
  'thisWeek',
  'lastWeek',
  'thisMonth',
  'lastMonth',
  'thisQuarter',
  'lastQuarter',
  'thisYear',
  'all',
]

/** Either a preset or from + to (inclusive dates, at most 3 years apart). */
export interface RangeQuery {
  preset?: RangePreset
  from?: string
  to?: string
}

/** 客户类型: customer levels, the answers' `customerLevels` (empty: every customer). */
export type CustomerLevelList = ('A' | 'B' | 'C' | 'D')[]

export type GroupBy = 'department' | 'user'

export interface MetricReportQuery extends RangeQuery {
  /** Comma list of keys; default all. */
  metrics?: string
  /** Default: the company, or the caller's department when the scope is narrower. */
  departmentId?: string
  groupBy?: GroupBy
  /** A metric key, "-" prefix for descending; default "-" + the first metric. */
  sort?: string
  /** 客户类型: comma list of customer levels ("A,B"); only their customers' records count. */
  customerLevels?: string
}

/** A value per metric key the report names. */
export type MetricValues = { [key: string]: number }

export interface MetricReportRow {
  kind: 'department' | 'user'
  id: string
  name: string
  departmentName: string | null
  values: MetricValues
  /** By `sort`, 1-based, ties share a rank. */
  rank: number
}

export interface DepartmentLevel {
  /** null: the company. */
  id: string | null
  name: string
}

export interface MetricReport {
  from: string
  to: string
  /** The instant the figures were computed. */
  asOf: string
  department: DepartmentLevel
  metrics: MetricKey[]
  /** The customer levels asked for (sorted; empty: every customer). */
  customerLevels: CustomerLevelList
  /** Over the whole level, equal to the sum of the rows. */
  total: { values: MetricValues }
  rows: MetricReportRow[]
}

export type MetricRecordKind =
  | 'contract'
  | 'receipt'
  | 'customer'
  | 'contact'
  | 'followUp'
  | 'opportunity'
  | 'stageChange'
  | 'lead'
  | 'workLog'

/** The metrics a target may be set on (the catalogue's `targetable`). */
export const TARGETABLE_METRIC_KEYS: readonly MetricKey[] = [
  'contractAmountFen',
  'paymentAmountFen',
  'newCustomers',
  'followUps',
  'visits',
  'newOpportunities',
  'wonOpportunities',
  'wonAmountFen',
  'newLeads',
  'convertedLeads',
]

export interface MetricRecord {
  kind: MetricRecordKind
  id: string
  /** Instant in ms; a receipt's date at 00:00 local. */
  at: number
  title: string
  customerId: string | null
  customerName: string | null
  userId: string
  userName: string
  amountFen: number | null
}

export interface RecordsQuery extends RangeQuery {
  metric: MetricKey
  /** One of userId / departmentId (subtree) / neither (the caller's scope). */
  userId?: string
  departmentId?: string
  /** 客户类型: comma list of customer levels. */
  customerLevels?: string
}

export interface RecordsPage {
  items: MetricRecord[]
  nextCursor: string | null
  total: number
}

// --- endpoints -----------------------------------------------------------------------------

export function getMetricCatalogue(): Promise<{ items: MetricInfo[] }> {
  return request('/reports/metrics/catalogue')
}

export function getMetricReport(query: MetricReportQuery): Promise<MetricReport> {
  return request('/reports/metrics', { query: { ...query } })
}

/** The .xlsx of the rows and the total (a download: the session cookie authenticates). */
export function metricReportExportUrl(query: MetricReportQuery): string {
  return buildUrl('/reports/metrics/export', { ...query })
}

/** Newest first; `limit` 1..200 (default 50). */
export function listMetricRecords(query: RecordsQuery, cursor: string | null = null, limit = 50): Promise<RecordsPage> {
  return request('/reports/records', { query: { ...query, cursor, limit } })
}

/** The .xlsx of every record (at most 100,000; more answers 400 report.too_large). */
export function metricRecordsExportUrl(query: RecordsQuery): string {
  return buildUrl('/reports/records/export', { ...query })
}

// --- customers (客户分布 / 客户概况) ----------------------------------------------------------

/** The customer columns a distribution counts by (the server's default is industry). */
export type CustomerDistributionBy = 'industry' | 'level' | 'source' | 'status' | 'province' | 'city'

export const CUSTOMER_DISTRIBUTION_BYS: readonly CustomerDistributionBy[] = ['industry', 'level', 'source', 'status', 'province', 'city']

export interface CustomerDistributionQuery {
  by?: CustomerDistributionBy
  /** Default: the company, or the caller's department when the scope is narrower. */
  departmentId?: string
  /** Comma list (at most 20): only customers whose province is one of these spellings. */
  provinces?: string
  /** 客户类型: comma list of customer levels. */
  customerLevels?: string
}

/** The customers GET /customers lists, counted per value; "" is a customer without it. */
export interface CustomerDistribution {
  by: string
  /** null: the company (the caller's whole scope). */
  departmentId: string | null
  /** The provinces filter as asked (empty: none). */
  provinces: string[]
  customerLevels: CustomerLevelList
  asOf: string
  /** The sum of the counts. */
  total: number
  /** Largest first, ties by the value's bytes. */
  items: { value: string; count: number }[]
}

export interface CustomerOverview {
  departmentId: string | null
  customerLevels: CustomerLevelList
  asOf: string
  /** "YYYY-MM-DD" in the company's time zone. */
  today: string
  total: number
  newYesterday: number
  newThisMonth: number
  /** 30 local days, the last one today. */
  trend: { date: string; count: number }[]
}

export function getCustomerDistribution(query: CustomerDistributionQuery): Promise<CustomerDistribution> {
  return request('/reports/customers', { query: { ...query } })
}

/** `silent`: a failure is not shown as a message (the home card just stays hidden). */
export function getCustomerOverview(query: { departmentId?: string; customerLevels?: string } = {}, silent = false): Promise<CustomerOverview> {
  return request('/reports/customers/overview', { query: { ...query }, silent })
}
