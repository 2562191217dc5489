// Showing a customer's masked numbers in clear (POST /customers/{id}/reveal): the revealed values
// put in place on the detail the page holds, and the words for a refusal.
import type { CustomerDetail, RevealedCustomer } from '@/api/customers'
import { ApiError } from '@/api/client'

/** The detail with the revealed phone and contact fields in place of the masked ones. */
export function withRevealed(detail: CustomerDetail, revealed: RevealedCustomer): CustomerDetail {
  const byId = new Map(revealed.contacts.map((c) => [c.id, c]))
  return {
    ...detail,
    phone: revealed.phone,
    phoneMasked: false,
    contacts: detail.contacts.map((c) => {
      const r = byId.get(c.id)
      return r ? { ...c, mobile: r.mobile, phone: r.phone, email: r.email, wechat: r.wechat } : c
    }),
  }
}

type Translate = (key: string, params?: Record<string, unknown>) => string

/** What to tell the user when a reveal is refused; null for errors the client reports itself. */
export function revealErrorText(error: unknown, t: Translate): string | null {
  if (!(error instanceof ApiError)) return null
  if (error.code === 'customer.claim_first') return t('reveal.claimFirst')
  if (error.code === 'reveal.quota_exceeded') {
    const quota = (error.details as Record<string, unknown>).dailyQuota
    return t('reveal.quotaExceeded', { quota: typeof quota === 'number' ? quota : '—' })
  }
  return null
}
