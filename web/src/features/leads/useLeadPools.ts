// The lead pools (线索池) among GET /pools: pools of kind "lead", in their order. Customer pool
// pages filter them out the other way (see features/pools/pool-access.ts).
import { ref } from 'vue'
import { poolKind } from '@/api/leads'
import { listPools, type Pool } from '@/api/pools'

export function useLeadPools() {
  const pools = ref<Pool[]>([])
  const loaded = ref(false)

  async function load(): Promise<Pool[]> {
    try {
      const all = (await listPools('lead')).items
      pools.value = all.filter((p) => poolKind(p) === 'lead').sort((a, b) => a.sortOrder - b.sortOrder)
    } catch {
      pools.value = []
    } finally {
      loaded.value = true
    }
    return pools.value
  }

  return { pools, loaded, load }
}
