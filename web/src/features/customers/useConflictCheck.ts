// "Check before you create" (查重): while the user types a name, credit code or phone, ask
// POST /customers/check-conflict (debounced) and keep the masked matches for the form to show.
import { onBeforeUnmount, ref, watch } from 'vue'
import { checkCustomerConflict, type ConflictCheckInput, type ConflictMatch } from '@/api/customers'
import { dedupeMatches } from './conflict-text'

export const CONFLICT_DELAY_MS = 400

export interface ConflictFields {
  name: string
  creditCode: string
  phone: string
}

/** What is worth asking about: a name of 2+ characters, a credit code, 5+ phone digits. */
export function conflictQuery(fields: ConflictFields, excludeId?: string | null): ConflictCheckInput | null {
  const query: ConflictCheckInput = {}
  const name = fields.name.trim()
  const creditCode = fields.creditCode.trim()
  const phone = fields.phone.trim()
  if (name.length >= 2) query.name = name
  if (creditCode.length >= 2) query.creditCode = creditCode
  if (phone.replace(/\D/g, '').length >= 5) query.phone = phone
  if (!query.name && !query.creditCode && !query.phone) return null
  if (excludeId) query.excludeId = excludeId
  return query
}

export function useConflictCheck(fields: () => ConflictFields, excludeId: () => string | null | undefined = () => null) {
  const matches = ref<ConflictMatch[]>([])
  const conflict = ref(false)
  const checking = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let generation = 0
  let enabled = true

  async function checkNow(): Promise<boolean> {
    clearTimeout(timer)
    const query = conflictQuery(fields(), excludeId())
    const mine = ++generation
    if (!query) {
      matches.value = []
      conflict.value = false
      checking.value = false
      return false
    }
    checking.value = true
    try {
      const answer = await checkCustomerConflict(query)
      if (mine === generation) {
        matches.value = dedupeMatches(answer.matches ?? [])
        conflict.value = answer.conflict
      }
    } catch {
      // A failed check does not block the user: the server checks again on create (409).
    } finally {
      if (mine === generation) checking.value = false
    }
    return conflict.value
  }

  function schedule() {
    if (!enabled) return
    clearTimeout(timer)
    timer = setTimeout(() => void checkNow(), CONFLICT_DELAY_MS)
  }

  /** Shows matches that came from elsewhere (a 409 on create). */
  function show(found: ConflictMatch[]) {
    generation++
    matches.value = dedupeMatches(found)
    conflict.value = found.length > 0 || conflict.value
    checking.value = false
  }

  function reset() {
    clearTimeout(timer)
    generation++
    matches.value = []
    conflict.value = false
    checking.value = false
  }

  /** Pause while a form is being filled programmatically (opening an edit dialog). */
  function pause(value: boolean) {
    enabled = !value
  }

  watch(() => {
    const f = fields()
    return `${f.name}\u0000${f.creditCode}\u0000${f.phone}`
  }, schedule)
  onBeforeUnmount(() => clearTimeout(timer))

  return { matches, conflict, checking, checkNow, show, reset, pause }
}
