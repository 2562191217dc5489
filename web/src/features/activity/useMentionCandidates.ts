// Who can be @mentioned: the people already around the record (owner, team, whoever wrote or
// commented) and — for users allowed to browse the organisation — anyone found by name via
// GET /users. Reps have no user directory (GET /users needs org.view), so they pick from the
// people around the record.
import { computed, type Ref } from 'vue'
import type { MentionRef } from '@/api/activity'
import { listUsers } from '@/api/users'
import { useSessionStore } from '@/features/auth/session-store'
import { filterCandidates } from './mentions'

export interface MentionCandidate extends MentionRef {
  departmentName?: string | null
}

export type CandidateSearch = (query: string) => Promise<MentionCandidate[]>

export function useMentionCandidates(known: Ref<readonly MentionCandidate[]>): CandidateSearch {
  const session = useSessionStore()
  const canBrowse = computed(() => session.can('org.view'))
  return async (query: string) => {
    const local = filterCandidates(known.value, query, session.user?.id)
    if (!canBrowse.value) return local.slice(0, 20)
    try {
      const page = await listUsers({ q: query.trim() || undefined, status: 'active', limit: 20 })
      const remote = page.items.map((u) => ({ id: u.id, name: u.name, departmentName: u.departmentName }))
      return filterCandidates([...local, ...remote], '', session.user?.id).slice(0, 20)
    } catch {
      return local.slice(0, 20)
    }
  }
}
