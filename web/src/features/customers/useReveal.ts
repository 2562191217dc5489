// "显示号码" on a customer's or a lead's detail (desktop and phone): reveals the masked fields of
// the record the page holds (or one contact of it), puts them in place, and keeps the count of
// reveals left today to show.
import { ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError, reportError } from '@/api/client'
import { revealContact, revealCustomer, type CustomerDetail } from '@/api/customers'
import { revealLead, type LeadDetail } from '@/api/leads'
import { notifyError } from '@/shared/notify'
import { revealErrorText, withRevealed, withRevealedContact, withRevealedLead } from './reveal'

function useRevealer<T extends { id: string }>(record: Ref<T | null>) {
  const { t } = useI18n()
  const revealing = ref(false)
  /** Reveals left today after the last reveal on this page; null before any. */
  const left = ref<number | null>(null)

  watch(() => record.value?.id, () => (left.value = null))

  /** Calls `call`, then puts its answer in place with `apply` if the page still shows the record. */
  async function run<R extends { revealsLeftToday: number }>(call: (id: string) => Promise<R>, apply: (r: T, answer: R) => T) {
    const current = record.value
    if (!current || revealing.value) return
    revealing.value = true
    try {
      const answer = await call(current.id)
      if (record.value?.id === current.id) record.value = apply(record.value, answer)
      left.value = answer.revealsLeftToday
    } catch (error) {
      const text = revealErrorText(error, t)
      if (text) notifyError(text)
      else if (error instanceof ApiError) reportError(error)
    } finally {
      revealing.value = false
    }
  }

  return { revealing, left, run }
}

export function useReveal(customer: Ref<CustomerDetail | null>) {
  const { revealing, left, run } = useRevealer(customer)
  const reveal = () => run(revealCustomer, withRevealed)
  /** One contact only (it spends a reveal as the whole customer does). */
  const revealOne = (contactId: string) => run(() => revealContact(contactId), withRevealedContact)
  return { revealing, left, reveal, revealOne }
}

export function useLeadReveal(lead: Ref<LeadDetail | null>) {
  const { revealing, left, run } = useRevealer(lead)
  const reveal = () => run(revealLead, withRevealedLead)
  return { revealing, left, reveal }
}
