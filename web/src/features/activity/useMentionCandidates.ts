// Who can be @mentioned: the people already around the record (owner, team, whoever wrote or
// commented) first — offered at once — then any active colleague found by name in the address
// book (GET /users/lookup), which every signed-in user may search, reps included.
import type { Ref } from 'vue'
import type { MentionRef } from '@/api/activity'
import { lookupUsers, type UserLookup } from '@/api/users'
import { useSessionStore } from '@/features/auth/session-store'
import { filterCandidates } from './mentions'

export interface MentionCandidate extends MentionRef {
  departmentName?: string | null
}

/** The most people the list offers at a time (the address book answers at most 20 too). */
export const MAX_CANDIDATES = 20

export interface CandidateSearch {
  /** People around the record whose name contains the query: no request, answered at once. */
  near: (query: string) => MentionCandidate[]
  /** The near people, then colleagues from the address book; the caller never among them. */
  all: (query: string) => Promise<MentionCandidate[]>
}

/** Near people first, then colleagues not already listed; the caller left out. */
export function mergeCandidates(
  near: readonly MentionCandidate[],
  found: readonly UserLookup[],
  selfId?: string | null,
): MentionCandidate[] {
  const remote = found.map((u) => ({ id: u.id, name: u.name, departmentName: u.departmentName }))
  return filterCandidates([...near, ...remote], '', selfId).slice(0, MAX_CANDIDATES)
}

export function createCandidateSearch(
  known: Ref<readonly MentionCandidate[]>,
  selfId: () => string | null | undefined,
  lookup: (query: string) => Promise<UserLookup[]> = lookupUsers,
): CandidateSearch {
  const near = (query: string) => filterCandidates(known.value, query, selfId()).slice(0, MAX_CANDIDATES)
  return {
    near,
    async all(query: string) {
      const local = near(query)
      try {
        return mergeCandidates(local, await lookup(query), selfId())
      } catch {
        return local
      }
    },
  }
}

export function useMentionCandidates(known: Ref<readonly MentionCandidate[]>): CandidateSearch {
  const session = useSessionStore()
  return createCandidateSearch(known, () => session.user?.id)
}
