// Whether the first-run page (/setup) is due, asked once per page load. "Not needed" is final —
// a company never disappears — so it is kept; "needed" is asked again after a failed creation
// attempt. A server that does not answer (or predates /setup) means "show the login".
import { getSetupStatus } from '@/api/setup'

let known: boolean | null = null
let pending: Promise<boolean> | null = null

export function setupNeeded(ask: () => Promise<{ needed: boolean }> = getSetupStatus): Promise<boolean> {
  if (known !== null) return Promise.resolve(known)
  pending ??= ask()
    .then((answer) => {
      known = answer.needed === true
      return known
    })
    .catch(() => false)
    .finally(() => {
      pending = null
    })
  return pending
}

/** The company exists now (created here, or the server said setup.done). */
export function markSetupDone(): void {
  known = false
}

/** Forget the answer (tests). */
export function resetSetupStatus(): void {
  known = null
  pending = null
}
