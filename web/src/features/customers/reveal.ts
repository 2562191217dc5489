// Showing masked fields in clear (POST /customers/{id}/reveal, /contacts/{id}/reveal,
// /leads/{id}/reveal): the revealed values put in place on the record the page holds, and the
// words for a refusal.
import type { CustomerDetail, RevealedContact, RevealedCustomer } from '@/api/customers'
import type { LeadDetail, RevealedLead } from '@/api/leads'
import { ApiError } from '@/api/client'

const contactWith = <C extends RevealedContact>(c: C, r: RevealedContact): C => ({
  ...c,
  mobile: r.mobile,
  phone: r.phone,
  email: r.email,
  wechat: r.wechat,
})

/** The detail with the revealed phone and contact fields in place of the masked ones. */
export function withRevealed(detail: CustomerDetail, revealed: RevealedCustomer): CustomerDetail {
  const byId = new Map(revealed.contacts.map((c) => [c.id, c]))
  return {
    ...detail,
    phone: revealed.phone,
    address: revealed.address,
    customFields: { ...detail.customFields, ...revealed.customFields },
    phoneMasked: false,
    contacts: detail.contacts.map((c) => {
      const r = byId.get(c.id)
      return r ? contactWith(c, r) : c
    }),
  }
}

/** The detail with one contact's revealed fields in place (the rest stays masked). */
export function withRevealedContact(detail: CustomerDetail, revealed: RevealedContact): CustomerDetail {
  return { ...detail, contacts: detail.contacts.map((c) => (c.id === revealed.id ? contactWith(c, revealed) : c)) }
}

/** The lead with its revealed fields in place of the masked ones. */
export function withRevealedLead(lead: LeadDetail, revealed: RevealedLead): LeadDetail {
  return {
    ...lead,
    mobile: revealed.mobile,
    phone: revealed.phone,
    email: revealed.email,
    wechat: revealed.wechat,
    customFields: { ...lead.customFields, ...revealed.customFields },
    contactMasked: false,
  }
}

/** Whether a contact shows a masked value (138****5678). */
export const contactMasked = (c: RevealedContact) => [c.mobile, c.phone, c.email, c.wechat].some((v) => !!v && v.includes('*'))

type Translate = (key: string, params?: Record<string, unknown>) => string

/** What to tell the user when a reveal is refused; null for errors the client reports itself. */
export function revealErrorText(error: unknown, t: Translate): string | null {
  if (!(error instanceof ApiError)) return null
  if (error.code === 'customer.claim_first') return t('reveal.claimFirst')
  if (error.code === 'lead.claim_first') return t('reveal.claimLeadFirst')
  if (error.code === 'reveal.quota_exceeded') {
    const quota = (error.details as Record<string, unknown>).dailyQuota
    return t('reveal.quotaExceeded', { quota: typeof quota === 'number' ? quota : '—' })
  }
  return null
}
