// 线索转化: which lead field fills which customer or contact field. The administrator's mapping
// (GET /lead-conversion-mapping) decides on the server; the dialog shows what it will give, so a
// rep who cannot read the mapping (pool.configure) sees the default one the server starts with.
import type { ConversionMappingField, Lead } from '@/api/leads'
import { LEAD_TEXT_FIELDS } from './lead-form'

/** Lead fields a mapping may read (the server's names: a source by its name). */
export const MAPPABLE_LEAD_FIELDS = [
  ...LEAD_TEXT_FIELDS.filter((f) => f !== 'sourceId'),
  'sourceName',
] as const

/** Customer fields as "customer.<field>", the contact's as "contact.<field>" (the server's set). */
export const MAPPING_TARGETS = [
  ...(['name', 'creditCode', 'industry', 'province', 'city', 'source', 'phone', 'address'] as const).map((f) => `customer.${f}` as const),
  ...(['name', 'title', 'mobile', 'phone', 'email', 'wechat', 'notes'] as const).map((f) => `contact.${f}` as const),
]

/** The server's default mapping (lead_actions.cc), used when the caller may not read the mapping. */
export const DEFAULT_MAPPING: readonly ConversionMappingField[] = [
  { lead: 'company', customer: 'customer.name' },
  { lead: 'creditCode', customer: 'customer.creditCode' },
  { lead: 'industry', customer: 'customer.industry' },
  { lead: 'province', customer: 'customer.province' },
  { lead: 'city', customer: 'customer.city' },
  { lead: 'sourceName', customer: 'customer.source' },
  { lead: 'phone', customer: 'customer.phone' },
  { lead: 'name', customer: 'contact.name' },
  { lead: 'title', customer: 'contact.title' },
  { lead: 'mobile', customer: 'contact.mobile' },
  { lead: 'email', customer: 'contact.email' },
  { lead: 'wechat', customer: 'contact.wechat' },
  { lead: 'notes', customer: 'contact.notes' },
]

export interface MappedValues {
  customer: Record<string, string>
  contact: Record<string, string>
}

function leadValue(lead: Lead, field: string): string {
  if (field === 'sourceName' || field === 'source') return lead.sourceName ?? ''
  const value = (lead as unknown as Record<string, unknown>)[field]
  return typeof value === 'string' ? value.trim() : ''
}

/**
 * The customer and contact values a lead gives under a mapping. A customer without a name takes
 * the lead's name (a person's lead without a company becomes a customer named after them).
 */
export function mapLead(lead: Lead, mapping: readonly ConversionMappingField[]): MappedValues {
  const customer: Record<string, string> = {}
  const contact: Record<string, string> = {}
  for (const { lead: from, customer: to } of mapping) {
    const value = leadValue(lead, from)
    if (!value) continue
    if (to.startsWith('contact.')) contact[to.slice('contact.'.length)] ??= value
    else if (to.startsWith('customer.')) customer[to.slice('customer.'.length)] ??= value
  }
  if (!customer.name) customer.name = lead.company.trim() || lead.name.trim()
  return { customer, contact }
}

/** The mapping rows the editor shows: one per lead field that has a target. */
export function normalizeMapping(fields: readonly ConversionMappingField[]): ConversionMappingField[] {
  const seen = new Set<string>()
  const result: ConversionMappingField[] = []
  for (const f of fields) {
    const key = `${f.lead}>${f.customer}`
    if (!f.lead || !f.customer || seen.has(key)) continue
    seen.add(key)
    result.push({ lead: f.lead, customer: f.customer })
  }
  return result
}

/** Targets used by more than one row (each target takes one lead field). */
export function duplicateTargets(fields: readonly ConversionMappingField[]): string[] {
  const counts = new Map<string, number>()
  for (const f of fields) counts.set(f.customer, (counts.get(f.customer) ?? 0) + 1)
  return [...counts].filter(([, n]) => n > 1).map(([k]) => k)
}
