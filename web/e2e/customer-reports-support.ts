// Helpers of the customer report journeys (docs/api-targets.md "Customers"): the test's own count
// of the customers a user sees, from every page of GET /customers, grouped by a column.
import type { ApiSession } from './approvals-support'

interface CustomerRow {
  id: string
  industry: string | null
  ownerDepartmentName: string | null
}

export interface OwnCount {
  total: number
  /** Industry → how many customers have it ("" for none). */
  byIndustry: Map<string, number>
  /** The owner's department's name → how many customers. */
  byOwnerDepartment: Map<string, number>
}

/** Every page of GET /customers as the user, grouped by industry and by the owner's department. */
export async function countCustomersByIndustry(session: ApiSession): Promise<OwnCount> {
  const byIndustry = new Map<string, number>()
  const byOwnerDepartment = new Map<string, number>()
  const ids = new Set<string>()
  let cursor: string | null = null
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
    const page: { items: CustomerRow[]; nextCursor: string | null } = await session.get(`/customers?limit=200${query}`)
    for (const c of page.items) {
      if (ids.has(c.id)) continue
      ids.add(c.id)
      const key = c.industry ?? ''
      byIndustry.set(key, (byIndustry.get(key) ?? 0) + 1)
      const department = c.ownerDepartmentName ?? ''
      byOwnerDepartment.set(department, (byOwnerDepartment.get(department) ?? 0) + 1)
    }
    cursor = page.nextCursor
  } while (cursor)
  return { total: ids.size, byIndustry, byOwnerDepartment }
}

/** The industry (not "") most customers have among those at most `max` (one page of a list). */
export function industryToDrill(count: OwnCount, max: number): [string, number] {
  const candidates = [...count.byIndustry].filter(([value, n]) => value !== '' && n <= max).sort((a, b) => b[1] - a[1])
  if (!candidates.length) throw new Error(`no industry with 1..${max} customers`)
  return candidates[0]
}
