// The brute force of the customers nobody visits (客户被拜访统计) for the browser journeys: for
// each of a manager's reps, the live customers they own never visited and last visited more than
// N days ago, from the customers and their follow-ups as the API lists them.
import type { Page } from '@playwright/test'
import { apiGet } from './support'

const DAY = 24 * 3600 * 1000

interface Listed<T> {
  items: T[]
  nextCursor: string | null
}

async function everything<T>(page: Page, path: string): Promise<T[]> {
  const out: T[] = []
  let cursor: string | null = null
  do {
    const sep = path.includes('?') ? '&' : '?'
    const answer: Listed<T> = await apiGet<Listed<T>>(page, `${path}${sep}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    out.push(...answer.items)
    cursor = answer.nextCursor
  } while (cursor)
  return out
}

export interface RepNeglect {
  userId: string
  never: number
  forgotten: number
}

/** One rep's counts (the page must be logged in as someone who sees the rep), with `days` days. */
export async function neglectOf(page: Page, userId: string, days = 150): Promise<RepNeglect> {
  const customers = await everything<{ id: string; ownerId: string | null }>(page, `/customers?ownerId=${userId}`)
  const now = Date.now()
  let never = 0
  let forgotten = 0
  for (const c of customers) {
    const visits = (await everything<{ type: string; createdAt: string }>(page, `/customers/${c.id}/follow-ups`))
      .filter((f) => f.type === 'visit')
      .map((f) => Date.parse(f.createdAt))
    if (!visits.length) never += 1
    else if (Math.max(...visits) < now - days * DAY) forgotten += 1
  }
  return { userId, never, forgotten }
}

/** The id of a user by login name. */
export async function userIdOf(page: Page, username: string): Promise<string> {
  const users = await everything<{ id: string; username: string }>(page, `/users?q=${encodeURIComponent(username)}`)
  const user = users.find((u) => u.username === username)
  if (!user) throw new Error(`no user ${username}`)
  return user.id
}
