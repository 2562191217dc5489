// Colleagues for the people-picker journeys, chosen from what the address book (GET /users/lookup)
// answers the signed-in rep, so the journeys repeat against the same database.
import { apiGet } from './support'
import type { Page } from '@playwright/test'

export interface Colleague {
  id: string
  name: string
  departmentName: string | null
}

/**
 * A colleague of the signed-in user who is not on the customer's team: the one named `prefer`
 * when they qualify (a colleague from another group, so they are not among the people around the
 * record), else the first one the address book lists.
 */
export async function pickColleague(page: Page, customerId: string, prefer: string): Promise<Colleague> {
  const me = await apiGet<{ user: { id: string } }>(page, '/me')
  const team = await apiGet<{ items: { userId: string }[] } | { userId: string }[]>(page, `/customers/${customerId}/team`)
  const members = new Set((Array.isArray(team) ? team : team.items).map((m) => m.userId))
  const eligible = (c: Colleague) => c.id !== me.user.id && !members.has(c.id)
  const preferred = await apiGet<{ items: Colleague[] }>(page, `/users/lookup?q=${encodeURIComponent(prefer)}`)
  const hit = preferred.items.find((c) => c.name === prefer && eligible(c))
  if (hit) return hit
  const all = await apiGet<{ items: Colleague[] }>(page, '/users/lookup?q=')
  const other = all.items.find(eligible)
  if (!other) throw new Error('no colleague outside the team')
  return other
}
