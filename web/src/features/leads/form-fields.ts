// The fields a public lead form may ask for, and the form's default set: a name and a mobile
// number (required) and the company. Labels start as the UI's words and can be changed per form.
import type { LeadFormField } from '@/api/leads'
import type { Translate } from '@/shared/translate'

export const FORM_FIELD_KEYS = ['name', 'mobile', 'company', 'phone', 'email', 'wechat', 'title', 'province', 'city', 'industry', 'notes'] as const

export function defaultFormFields(t: Translate): LeadFormField[] {
  return [
    { key: 'name', label: t('lead.field.name'), required: true },
    { key: 'mobile', label: t('lead.field.mobile'), required: true },
    { key: 'company', label: t('lead.field.company'), required: false },
  ]
}

export interface FieldChoice extends LeadFormField {
  shown: boolean
}

/** Every possible field with whether the form shows it, the shown ones first in their order. */
export function fieldChoices(fields: readonly LeadFormField[], t: Translate): FieldChoice[] {
  const shown: FieldChoice[] = fields.map((f) => ({ ...f, shown: true }))
  const rest: FieldChoice[] = FORM_FIELD_KEYS.filter((k) => !fields.some((f) => f.key === k)).map((key) => ({
    key,
    label: t(`lead.field.${key}`),
    required: false,
    shown: false,
  }))
  return [...shown, ...rest]
}

/** The fields to save: the shown ones, labels trimmed (an empty label takes the default). */
export function chosenFields(choices: readonly FieldChoice[], t: Translate): LeadFormField[] {
  return choices.filter((c) => c.shown).map((c) => ({ key: c.key, label: c.label.trim() || t(`lead.field.${c.key}`), required: c.required }))
}

/** The public address of a form on this site. */
export function publicFormUrl(origin: string, url: string, token: string): string {
  return origin + (url || `/f/${token}`)
}
