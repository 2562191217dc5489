// 线索转化: which lead field fills which customer or contact field. The administrator's mapping
// (GET /lead-conversion-mapping) decides on the server; the dialog shows what it will give, so a
// rep who cannot read the mapping (pool.configure) sees the default one the server starts with.
import type { ConversionMappingField, Lead } from '@/api/leads'
import { IMPORT_FIELDS } from './import-columns'

/** Lead fields a mapping may read: the import's, but the tags (a source by its name). */
export const MAPPABLE_LEAD_FIELDS = IMPORT_FIELDS.filter((f) => f !== 'tags')

/** Customer fields, and the contact's as "contact.<field>". */
export const MAPPING_TARGETS = [
  'name',
  'industry',
  'province',
  'city',
  'creditCode',
  'source',
  'phone',
  'address',
  'website',
  'contact.name',
  'contact.title',
  'contact.mobile',
  'contact.phone',
  'contact.email',
  'contact.wechat',
  'contact.notes',
] as const
export type MappingTarget = (typeof MAPPING_TARGETS)[number]

export const DEFAULT_MAPPING: readonly ConversionMappingField[] = [
  { lead: 'company', customer: 'name' },
  { lead: 'industry', customer: 'industry' },
  { lead: 'province', customer: 'province' },
  { lead: 'city', customer: 'city' },
  { lead: 'creditCode', customer: 'creditCode' },
  { lead: 'source', customer: 'source' },
  { lead: 'phone', customer: 'phone' },
  { lead: 'name', customer: 'contact.name' },
  { lead: 'title', customer: 'contact.title' },
  { lead: 'mobile', customer: 'contact.mobile' },
  { lead: 'email', customer: 'contact.email' },
  { lead: 'wechat', customer: 'contact.wechat' },
]

export interface MappedValues {
  customer: Record<string, string>
  contact: Record<string, string>
}

function leadValue(lead: Lead, field: string): string {
  if (field === 'source') return lead.sourceName ?? ''
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
    else customer[to] ??= value
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
