// One opportunity and its stage history, loaded together and reloaded after a move or an edit;
// shared by the desktop detail page and the phone's.
import { ref } from 'vue'
import { ApiError } from '@/api/client'
import { getOpportunity, listOpportunityHistory, type OpportunityDetail, type StageChange } from '@/api/deals'
import type { MoveSubject } from './useMoveForm'

export function useOpportunity(id: () => string) {
  const opportunity = ref<OpportunityDetail | null>(null)
  const history = ref<StageChange[]>([])
  const loading = ref(false)
  const notFound = ref(false)
  let generation = 0

  async function load() {
    const mine = ++generation
    loading.value = true
    notFound.value = false
    try {
      const [detail, changes] = await Promise.all([getOpportunity(id()), listOpportunityHistory(id()).catch(() => ({ items: [] as StageChange[] }))])
      if (mine !== generation) return
      opportunity.value = detail
      history.value = changes.items
    } catch (error) {
      if (mine === generation && error instanceof ApiError && error.status === 404) notFound.value = true
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  /** After a move: the answer is the new state; the history gains an entry. */
  async function applied(detail: OpportunityDetail) {
    opportunity.value = detail
    try {
      history.value = (await listOpportunityHistory(detail.id)).items
    } catch {
      // toast shown by the client
    }
  }

  function subject(): MoveSubject | null {
    const o = opportunity.value
    return o ? { opportunity: o, process: o.process } : null
  }

  return { opportunity, history, loading, notFound, load, applied, subject }
}
