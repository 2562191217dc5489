// Suggestions for free-text customer fields. Values are data (stored as typed, usually Chinese),
// not UI strings: users may type any other value too.
import type { LocationQuery } from 'vue-router'
import { CUSTOMER_LEVELS, CUSTOMER_STATUSES, type CustomerListQuery, type CustomerSort, type CustomerStatus } from '@/api/customers'
import type { CustomFilterQuery } from '@/features/custom-fields/custom-field-values'

export const INDUSTRY_SUGGESTIONS = [
  '制造业',
  '电子',
  '互联网',
  'IT服务',
  '批发零售',
  '食品饮料',
  '餐饮',
  '医药',
  '医疗',
  '教育',
  '传媒',
  '能源',
  '环保',
  '建筑',
  '物流',
  '金融',
  '房地产',
  '农业',
  '政府机构',
  '其他',
]

export const SOURCE_SUGGESTIONS = ['电话开发', '官网表单', '展会', '转介绍', '广告投放', '购买名单', '地推', '线上活动', '其他']

export const SCALE_SUGGESTIONS = ['1-20人', '20-99人', '100-499人', '500-999人', '1000人以上']

export const PROVINCES = [
  '北京市',
  '天津市',
  '河北省',
  '山西省',
  '内蒙古自治区',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '上海市',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '广西壮族自治区',
  '海南省',
  '重庆市',
  '四川省',
  '贵州省',
  '云南省',
  '西藏自治区',
  '陕西省',
  '甘肃省',
  '青海省',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
  '香港特别行政区',
  '澳门特别行政区',
  '台湾省',
]

/** Sort choices of the customer list, with the i18n key of their label. */
export const SORT_OPTIONS: readonly { value: CustomerSort; key: string }[] = [
  { value: '-updatedAt', key: 'customer.sort.updatedDesc' },
  { value: 'updatedAt', key: 'customer.sort.updatedAsc' },
  { value: '-createdAt', key: 'customer.sort.createdDesc' },
  { value: 'name', key: 'customer.sort.nameAsc' },
  { value: '-lastFollowUpAt', key: 'customer.sort.followUpDesc' },
  { value: 'lastFollowUpAt', key: 'customer.sort.followUpAsc' },
]

/** Element Plus tag type per customer level. */
export const LEVEL_TAG: Record<string, 'danger' | 'warning' | 'primary' | 'info'> = {
  A: 'danger',
  B: 'warning',
  C: 'primary',
  D: 'info',
}

export const STATUS_TAG: Record<string, 'info' | 'primary' | 'success' | 'danger'> = {
  potential: 'info',
  interested: 'primary',
  deal: 'success',
  lost: 'danger',
}

/** "河北省 石家庄市"; a city equal to its province (北京市 北京市) is shown once. */
export function regionText(...parts: (string | null | undefined)[]): string {
  const result: string[] = []
  for (const part of parts) {
    const p = part?.trim()
    if (p && !result.includes(p)) result.push(p)
  }
  return result.join(' ')
}

/** The columns a link may ask to be not filled in (?empty=industry: a distribution's 未填写 row). */
export const EMPTY_COLUMNS = ['industry', 'province', 'city', 'source'] as const
export type EmptyColumn = (typeof EMPTY_COLUMNS)[number]

/** The list filters a link may set (/customers?industry=…, as the customer distribution drills down). */
export interface LinkedFilters {
  status: CustomerStatus | ''
  /** One level or a comma list ("A,B": 客户类型), the known levels in order. */
  level: string
  industry: string
  province: string
  city: string
  source: string
  /** A comma list of EMPTY_COLUMNS: those not filled in. */
  empty: string
}

/** The known items of a comma list, in `known`'s order, each once. */
function knownList(text: string, known: readonly string[]): string {
  const asked = text.split(',')
  return known.filter((k) => asked.includes(k)).join(',')
}

/** The filters named in a route query; an unknown status, level or column is left out. */
export function filtersFromQuery(query: LocationQuery): LinkedFilters {
  const text = (key: string): string => {
    const v = query[key]
    const first = Array.isArray(v) ? v[0] : v
    return typeof first === 'string' ? first : ''
  }
  const status = text('status')
  const level = text('level')
  return {
    status: (CUSTOMER_STATUSES as readonly string[]).includes(status) ? (status as CustomerStatus) : '',
    level: knownList(level, CUSTOMER_LEVELS),
    industry: text('industry'),
    province: text('province'),
    city: text('city'),
    source: text('source'),
    empty: knownList(text('empty'), EMPTY_COLUMNS),
  }
}

/** Every filter of the desktop customer list. */
export interface ListFilters extends LinkedFilters {
  q: string
  tag: string
  locked: '' | 'true' | 'false'
  ownerId: string | null
  sort: CustomerSort
}

/**
 * The list request for the filters, without paging (the list and its 导出 send the same): `mine`
 * for 我的客户, the owner only for who sees others' customers, no sort while searching (by match).
 * `custom`: the custom field filters (cf.<key>…, customFilterQuery).
 */
export function customerListQuery(
  f: ListFilters,
  scope: { mine: boolean; canSeeOthers: boolean },
  custom: CustomFilterQuery = {},
): CustomerListQuery & CustomFilterQuery {
  const q = f.q.trim()
  return {
    ...custom,
    q: q || undefined,
    mine: scope.mine || undefined,
    ownerId: scope.canSeeOthers ? (f.ownerId ?? undefined) : undefined,
    status: f.status || undefined,
    level: f.level || undefined,
    empty: f.empty || undefined,
    industry: f.industry.trim() || undefined,
    province: f.province || undefined,
    city: f.city.trim() || undefined,
    source: f.source.trim() || undefined,
    tag: f.tag.trim() || undefined,
    locked: f.locked === '' ? undefined : f.locked === 'true',
    sort: q ? undefined : f.sort,
  }
}
