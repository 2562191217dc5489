// How many opportunities each stage of a process holds for a list query (one small request per
// stage, counting by the list's total): the phone's stage tabs show them.
import { ref } from 'vue'
import { listOpportunities, type OpportunityListQuery, type Stage } from '@/api/deals'

export function useStageCounts() {
  const counts = ref<Record<string, number>>({})
  let generation = 0

  async function load(processId: string, stages: readonly Stage[], query: OpportunityListQuery) {
    const mine = ++generation
    try {
      const pages = await Promise.all(stages.map((s) => listOpportunities({ ...query, processId, stageId: s.id, limit: 1 })))
      if (mine === generation) counts.value = Object.fromEntries(stages.map((s, i) => [s.id, pages[i].total ?? pages[i].items.length]))
    } catch {
      if (mine === generation) counts.value = {}
    }
  }

  return { counts, load }
}
