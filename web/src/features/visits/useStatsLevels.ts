// 客户类型 of the visit statistics, held in the URL (the desktop and the phone page): the levels
// chosen, their setter and the API's comma list.
import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { CustomerLevel } from '@/api/customers'
import { levelsFromQuery } from '@/features/reports/report-query'
import { withCustomerLevels } from './neglect-query'

export function useStatsLevels() {
  const route = useRoute()
  const router = useRouter()
  const customerLevels = computed(() => levelsFromQuery(route.query))
  function setCustomerLevels(levels: CustomerLevel[]) {
    void router.replace({ query: withCustomerLevels(route.query, levels) })
  }
  const levelsParam = computed(() => (customerLevels.value.length ? customerLevels.value.join(',') : undefined))
  return { customerLevels, setCustomerLevels, levelsParam }
}
