// Custom fields for the 自定义字段 journeys: made through the API (as an administrator would in
// 系统设置 › 自定义字段), put into the form the signed-in user fills, and taken away afterwards so
// the journeys repeat against the same database.
import type { Page } from '@playwright/test'
import { apiGet, apiSend } from './support'

export interface FieldLite {
  id: string
  key: string
  label: string
}

interface LayoutLite {
  departmentId: string | null
  own: boolean
  inheritedFrom: string | null
  groups: { title: string; fields: string[] }[]
}

/**
 * Adds the fields (POST /custom-fields bodies) and a group holding them to the form layout the
 * signed-in user's department uses (its own, or the one it inherits — the company's). Returns the
 * fields and `cleanUp`, which restores the layout and deletes the fields.
 */
export async function addFormFields(
  page: Page,
  object: 'customer' | 'lead',
  bodies: Record<string, unknown>[],
): Promise<{ fields: FieldLite[]; cleanUp: () => Promise<void> }> {
  const fields: FieldLite[] = []
  for (const body of bodies) fields.push(await apiSend<FieldLite>(page, 'POST', '/custom-fields', { object, ...body }))
  const keys = fields.map((f) => f.key)
  const mine = await apiGet<{ layout: LayoutLite }>(page, `/custom-fields?object=${object}`)
  const departmentId = mine.layout.own ? mine.layout.departmentId : mine.layout.inheritedFrom
  const where = `/form-layouts?object=${object}${departmentId ? `&departmentId=${departmentId}` : ''}`
  const before = await apiGet<LayoutLite>(page, where)
  const kept = before.groups.map((g) => ({ title: g.title, fields: g.fields.filter((k) => !keys.includes(k)) })).filter((g) => g.fields.length)
  await apiSend(page, 'PUT', '/form-layouts', { object, departmentId, groups: [...kept, { title: 'E2E', fields: keys }] })
  return {
    fields,
    cleanUp: async () => {
      if (before.own) await apiSend(page, 'PUT', '/form-layouts', { object, departmentId, groups: kept })
      else await apiSend(page, 'DELETE', where)
      for (const f of fields) await apiSend(page, 'DELETE', `/custom-fields/${f.id}`)
    },
  }
}
