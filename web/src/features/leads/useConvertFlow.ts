// The duplicate check before a conversion, shared by the desktop dialog and the phone sheet:
// POST /leads/check-conflict for the lead, the customers among the matches, and which of them
// the lead will be attached to (the first one the caller may open, preselected). Also the
// optional opportunity made with the customer (同时创建商机): its amount is typed in yuan and
// sent as exact integer fen.
import { computed, reactive, ref } from 'vue'
import { checkLeadConflict, type ConvertInput, type ConvertOpportunity, type Lead, type LeadConflictMatch } from '@/api/leads'
import { dedupeMatches } from '@/features/customers/conflict-text'
import { parseYuan } from '@/shared/money'

export function useConvertFlow() {
  const matches = ref<LeadConflictMatch[]>([])
  const checking = ref(false)
  const attachTo = ref<string | null>(null)

  const deal = reactive({ on: false, name: '', amount: '', closeDate: '' as string | null })
  /** undefined: no amount typed; null: not a yuan amount. */
  const dealAmountFen = computed(() => (deal.amount.trim() ? parseYuan(deal.amount) : undefined))
  const dealReady = computed(() => !deal.on || (deal.name.trim() !== '' && dealAmountFen.value !== null))

  function resetDeal(name: string) {
    Object.assign(deal, { on: false, name, amount: '', closeDate: null })
  }

  function dealBody(): ConvertOpportunity | undefined {
    if (!deal.on) return undefined
    return { name: deal.name.trim(), amountFen: dealAmountFen.value ?? undefined, expectedCloseDate: deal.closeDate || undefined }
  }

  const customerMatches = computed(() => dedupeMatches(matches.value.filter((m) => (m.kind ?? 'customer') === 'customer')))
  const attachable = computed(() => {
    const seen = new Set<string>()
    return customerMatches.value.filter((m) => m.customerId && !seen.has(m.customerId) && seen.add(m.customerId))
  })

  async function check(lead: Pick<Lead, 'id' | 'name' | 'company' | 'creditCode' | 'mobile' | 'phone' | 'contactMasked'>) {
    checking.value = true
    matches.value = []
    attachTo.value = null
    try {
      const phone = lead.contactMasked ? undefined : (lead.mobile ?? lead.phone ?? undefined)
      const answer = await checkLeadConflict({
        name: lead.company || lead.name || undefined,
        company: lead.company || undefined,
        creditCode: lead.creditCode ?? undefined,
        phone,
        excludeLeadId: lead.id,
      })
      matches.value = answer.matches ?? []
      attachTo.value = attachable.value[0]?.customerId ?? null
    } catch {
      // The server checks again on conversion and attaches to a duplicate itself.
    } finally {
      checking.value = false
    }
  }

  /** The conversion body: attach to the chosen customer, or create one with the overrides. */
  function body(overrides: Pick<ConvertInput, 'customer' | 'contact' | 'opportunity'>): ConvertInput {
    const { customer, ...rest } = overrides
    return attachTo.value ? { customerId: attachTo.value, ...rest } : { customer, ...rest }
  }

  return { matches, checking, attachTo, customerMatches, attachable, check, body, deal, dealAmountFen, dealReady, resetDeal, dealBody }
}
