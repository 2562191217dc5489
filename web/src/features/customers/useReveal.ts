// "显示号码" on a customer's detail (desktop and phone): reveals the masked numbers of the customer
// the page holds, puts them in place, and keeps the count of reveals left today to show.
import { ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError, reportError } from '@/api/client'
import { revealCustomer, type CustomerDetail } from '@/api/customers'
import { notifyError } from '@/shared/notify'
import { revealErrorText, withRevealed } from './reveal'

export function useReveal(customer: Ref<CustomerDetail | null>) {
  const { t } = useI18n()
  const revealing = ref(false)
  /** Reveals left today after the last reveal on this page; null before any. */
  const left = ref<number | null>(null)

  watch(() => customer.value?.id, () => (left.value = null))

  async function reveal() {
    const c = customer.value
    if (!c || revealing.value) return
    revealing.value = true
    try {
      const r = await revealCustomer(c.id)
      if (customer.value?.id === c.id) customer.value = withRevealed(customer.value, r)
      left.value = r.revealsLeftToday
    } catch (error) {
      const text = revealErrorText(error, t)
      if (text) notifyError(text)
      else if (error instanceof ApiError) reportError(error)
    } finally {
      revealing.value = false
    }
  }

  return { revealing, left, reveal }
}
