// The customer's sales team (owner + collaborators with read or write access), shared by the
// desktop and phone panels: load, add, remove (the caller confirms first).
import { computed, ref, watch, type Ref } from 'vue'
import { addTeamMember, listTeam, removeTeamMember, type TeamAccess, type TeamMember } from '@/api/activity'
import type { MentionCandidate } from './useMentionCandidates'

export function useCustomerTeam(customerId: Ref<string | null | undefined>) {
  const members = ref<TeamMember[]>([])
  const loading = ref(false)
  let generation = 0

  async function load() {
    const id = customerId.value
    if (!id) return
    const mine = ++generation
    loading.value = true
    try {
      const list = await listTeam(id)
      if (mine === generation) members.value = list
    } catch {
      if (mine === generation) members.value = []
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  async function add(userId: string, access: TeamAccess) {
    await addTeamMember(customerId.value!, userId, access)
    await load()
  }

  async function remove(userId: string) {
    await removeTeamMember(customerId.value!, userId)
    members.value = members.value.filter((m) => m.userId !== userId)
  }

  /** Owner and team, for the @mention pickers. */
  const people = computed<MentionCandidate[]>(() =>
    members.value.map((m) => ({ id: m.userId, name: m.name, departmentName: m.departmentName })),
  )

  watch(customerId, () => void load(), { immediate: true })
  return { members, loading, load, add, remove, people }
}
