// The create / edit form of a lead, shared by the desktop dialog and the phone's quick create:
// at most two things are required — a name or a company, and one way to reach them (mobile,
// phone, email or WeChat). Everything else is optional and sent only when filled.
import { CLEARABLE_LEAD_FIELDS, type Lead, type LeadCreateInput, type LeadUpdateInput } from '@/api/leads'

export interface LeadFormState {
  name: string
  company: string
  mobile: string
  phone: string
  email: string
  wechat: string
  title: string
  sourceId: string
  campaign: string
  province: string
  city: string
  industry: string
  creditCode: string
  tags: string[]
  notes: string
}

/** The lead's text fields a form or an import fills, in the forms' order. */
export const LEAD_TEXT_FIELDS = [
  'name',
  'company',
  'mobile',
  'phone',
  'email',
  'wechat',
  'title',
  'sourceId',
  'campaign',
  'province',
  'city',
  'industry',
  'creditCode',
  'notes',
] as const
export type LeadTextField = (typeof LEAD_TEXT_FIELDS)[number]

const CONTACT_FIELDS = ['mobile', 'phone', 'email', 'wechat'] as const

export function emptyLeadForm(): LeadFormState {
  return {
    name: '',
    company: '',
    mobile: '',
    phone: '',
    email: '',
    wechat: '',
    title: '',
    sourceId: '',
    campaign: '',
    province: '',
    city: '',
    industry: '',
    creditCode: '',
    tags: [],
    notes: '',
  }
}

/** The form filled from a lead; a masked contact way is left empty (it cannot be edited back). */
export function leadToForm(lead: Lead): LeadFormState {
  const contact = (v: string | null) => (v && !lead.contactMasked ? v : '')
  return {
    name: lead.name,
    company: lead.company,
    mobile: contact(lead.mobile),
    phone: contact(lead.phone),
    email: contact(lead.email),
    wechat: contact(lead.wechat),
    title: lead.title,
    sourceId: lead.sourceId ?? '',
    campaign: lead.campaign,
    province: lead.province,
    city: lead.city,
    industry: lead.industry,
    creditCode: lead.creditCode ?? '',
    tags: [...lead.tags],
    notes: lead.notes,
  }
}

export type LeadFormProblem = 'nameOrCompany' | 'contactWay' | 'mobile' | 'email'

const MOBILE = /^\+?[\d-]{5,20}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * What keeps the form from being sent, per field. `hasMaskedContact`: editing a lead whose
 * contact ways are masked — it has one the caller cannot see, so none needs typing.
 */
export function validateLeadForm(form: LeadFormState, hasMaskedContact = false): Partial<Record<'name' | 'mobile' | 'email', LeadFormProblem>> {
  const problems: Partial<Record<'name' | 'mobile' | 'email', LeadFormProblem>> = {}
  if (!form.name.trim() && !form.company.trim()) problems.name = 'nameOrCompany'
  const anyContact = CONTACT_FIELDS.some((f) => form[f].trim() !== '')
  if (!anyContact && !hasMaskedContact) problems.mobile = 'contactWay'
  else if (form.mobile.trim() && !MOBILE.test(form.mobile.trim())) problems.mobile = 'mobile'
  if (form.email.trim() && !EMAIL.test(form.email.trim())) problems.email = 'email'
  return problems
}

/** The POST body: filled fields only. */
export function formToCreateInput(form: LeadFormState): LeadCreateInput {
  const body: LeadCreateInput = {}
  for (const key of LEAD_TEXT_FIELDS) {
    const value = form[key].trim()
    if (value) body[key] = value
  }
  if (form.tags.length) body.tags = [...form.tags]
  return body
}

/** The PATCH body: the fields that differ from the lead (a masked contact way is never sent). */
export function formToUpdateInput(form: LeadFormState, lead: Lead): LeadUpdateInput {
  const before = leadToForm(lead)
  const body: Record<string, string | null | string[]> = {}
  for (const key of LEAD_TEXT_FIELDS) {
    const value = form[key].trim()
    if (value === before[key].trim()) continue
    const isContact = (CONTACT_FIELDS as readonly string[]).includes(key)
    if (isContact && lead.contactMasked && !value) continue
    body[key] = value === '' && (CLEARABLE_LEAD_FIELDS as readonly string[]).includes(key) ? null : value
  }
  if (form.tags.join('\u0000') !== before.tags.join('\u0000')) body.tags = [...form.tags]
  return body as LeadUpdateInput
}

/** The name a lead is shown by: the person, else the company. */
export function leadDisplayName(lead: Pick<Lead, 'name' | 'company'>): string {
  return lead.name.trim() || lead.company.trim() || '—'
}

/** The first way to reach a lead, for a call or copy button: mobile, phone, WeChat, email. */
export function primaryContact(lead: Pick<Lead, 'mobile' | 'phone' | 'email' | 'wechat' | 'contactMasked'>): {
  kind: 'mobile' | 'phone' | 'wechat' | 'email'
  value: string
  callable: boolean
} | null {
  for (const kind of ['mobile', 'phone', 'wechat', 'email'] as const) {
    const value = lead[kind]
    if (value) return { kind, value, callable: (kind === 'mobile' || kind === 'phone') && !lead.contactMasked && !value.includes('*') }
  }
  return null
}
