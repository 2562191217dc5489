// 客户分布 for the desktop and the phone page alike: the filters in the URL, the answer, each row's
// label, share and drill-down (the customer list filtered by the value), the chart slices; on the
// province map, the cities while a province is drilled into.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { getCustomerDistribution, type CustomerDistribution } from '@/api/reports'
import { useSessionStore } from '@/features/auth/session-store'
import { formatInstant } from '@/shared/format'
import {
  customerListQuery,
  distributionFromQuery,
  distributionToQuery,
  fetchedBy,
  foldTop,
  provinceSpellings,
  shareText,
  valueLabel,
  type ValueNames,
} from './customer-distribution'
import { useReportData } from './useReportData'
import { useRouteFilters } from './useRouteFilters'

/**
 * A province's customers by city: the spellings people typed for it (from the province report,
 * matched to the map's provinces), then the cities of the customers with one of them.
 */
async function provinceCities(province: string, departmentId: string | undefined, customerLevels: string | undefined): Promise<CustomerDistribution> {
  const [byProvince, { loadRegionMap, CHINA }, { regionMatcher }] = await Promise.all([
    getCustomerDistribution({ by: 'province', departmentId, customerLevels }),
    import('./china-map'),
    import('./region-match'),
  ])
  const country = await loadRegionMap(CHINA)
  const spellings = provinceSpellings(byProvince.items, province, regionMatcher(country.features.map((f) => f.name)))
  if (spellings.length === 0) return { ...byProvince, by: 'city', provinces: [], total: 0, items: [] }
  return getCustomerDistribution({ by: 'city', departmentId, provinces: spellings.join(','), customerLevels })
}

export interface DistributionRow {
  value: string
  label: string
  count: number
  share: string
  /** The customer list's query, null when the list cannot filter by the value (""). */
  link: Record<string, string> | null
}

export function useCustomerDistribution() {
  const { t } = useI18n()
  const session = useSessionStore()
  const { filters, update, router } = useRouteFilters(distributionFromQuery, distributionToQuery)
  const { data: report, loading } = useReportData(
    () => ({ ...filters.value }),
    (f): Promise<CustomerDistribution> => {
      const departmentId = f.departmentId ?? undefined
      const customerLevels = f.customerLevels.length ? f.customerLevels.join(',') : undefined
      return f.view === 'map' && f.province
        ? provinceCities(f.province, departmentId, customerLevels)
        : getCustomerDistribution({ by: f.by, departmentId, customerLevels })
    },
  )
  const names: ValueNames = {
    empty: t('customerReport.notFilled'),
    other: t('customerReport.other'),
    level: (level) => t('customer.levelValue', { level }),
    status: (status) => t(`customer.statusValue.${status}`),
  }
  const canOpenList = session.can('customer.view')
  const rows = computed<DistributionRow[]>(() => {
    const r = report.value
    if (!r) return []
    const by = filters.value.by
    return r.items.map((i) => ({
      value: i.value,
      label: valueLabel(by, i.value, names),
      count: i.count,
      share: shareText(i.count, r.total),
      link: canOpenList ? customerListQuery(by, i.value, filters.value.customerLevels) : null,
    }))
  })
  const slices = computed(() => foldTop(report.value?.items ?? []).map((s) => ({ label: valueLabel(filters.value.by, s.value, names), count: s.count })))
  /** The answer the map shows: none while the one for another column (province ↔ city) is on screen. */
  const mapReport = computed(() => (report.value && report.value.by === fetchedBy(filters.value) ? report.value : null))
  /** "HH:mm" in the company's time zone. */
  const asOfTime = computed(() => (report.value ? formatInstant(report.value.asOf, session.tenant?.timeZone).slice(11) : ''))

  function open(row: DistributionRow) {
    if (row.link) void router.push({ name: 'customers', query: row.link })
  }

  /** Into a province's cities on the map (null: back to the provinces), as a new history entry. */
  function drillProvince(province: string | null) {
    void router.push({ query: distributionToQuery({ ...filters.value, province }) })
  }

  return { filters, update, report, mapReport, loading, rows, slices, asOfTime, open, drillProvince }
}
