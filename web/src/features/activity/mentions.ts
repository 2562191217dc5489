// @mentions in comments: the text keeps "@姓名 " as typed; the ids go separately in `mentions`.
// These helpers find the "@query" being typed at the caret, insert a picked user, collect the
// ids of picked users still named in the text, and split a saved comment into plain and
// mention segments for display.
import type { MentionRef } from '@/api/activity'

/** Longest name fragment searched after "@". */
const MAX_QUERY = 20
/** What may follow a mention: end, whitespace or punctuation (ASCII and full-width). */
const AFTER = /^(?:$|[\s,.;:!?，。；：！？、)）\]】"'“”‘’@])/

export interface ActiveMention {
  /** Index of the "@". */
  start: number
  /** What was typed after it (may be empty). */
  query: string
}

/** The "@query" that ends at `caret`, if the user is typing one. */
export function activeMention(text: string, caret: number): ActiveMention | null {
  const before = text.slice(0, caret)
  const at = before.lastIndexOf('@')
  if (at < 0) return null
  const query = before.slice(at + 1)
  if (query.length > MAX_QUERY || /\s/.test(query)) return null
  // "a@b" is an e-mail address, not a mention.
  if (at > 0 && /[A-Za-z0-9._%+-]/.test(before[at - 1])) return null
  return { start: at, query }
}

/** Replaces the "@query" at the caret with "@Name " and tells where the caret goes. */
export function insertMention(text: string, caret: number, user: MentionRef): { text: string; caret: number } {
  const active = activeMention(text, caret)
  const start = active ? active.start : caret
  const token = `@${user.name} `
  const next = text.slice(0, start) + token + text.slice(caret)
  return { text: next, caret: start + token.length }
}

function namedAt(text: string, name: string): number[] {
  const found: number[] = []
  const token = `@${name}`
  let from = 0
  for (;;) {
    const at = text.indexOf(token, from)
    if (at < 0) return found
    if (AFTER.test(text.slice(at + token.length))) found.push(at)
    from = at + token.length
  }
}

/**
 * Ids of the picked users whose "@name" is still in the text, each once, in the order first
 * picked. A user picked and then deleted from the text is not mentioned.
 */
export function collectMentions(text: string, picked: readonly MentionRef[]): string[] {
  const ids: string[] = []
  for (const user of picked) {
    if (!user.name || ids.includes(user.id)) continue
    if (namedAt(text, user.name).length > 0) ids.push(user.id)
  }
  return ids
}

export interface Segment {
  text: string
  mention?: MentionRef
}

/** Splits a saved comment into plain text and "@name" segments of its mentioned users. */
export function mentionSegments(text: string, mentions: readonly MentionRef[] = []): Segment[] {
  // Longest names first, so "@张伟伟" is not read as "@张伟" + "伟".
  const users = [...mentions].filter((m) => m.name).sort((a, b) => b.name.length - a.name.length)
  const hits: { at: number; end: number; user: MentionRef }[] = []
  for (const user of users) {
    for (const at of namedAt(text, user.name)) {
      const end = at + user.name.length + 1
      if (!hits.some((h) => at < h.end && end > h.at)) hits.push({ at, end, user })
    }
  }
  hits.sort((a, b) => a.at - b.at)
  const segments: Segment[] = []
  let pos = 0
  for (const hit of hits) {
    if (hit.at > pos) segments.push({ text: text.slice(pos, hit.at) })
    segments.push({ text: text.slice(hit.at, hit.end), mention: hit.user })
    pos = hit.end
  }
  if (pos < text.length) segments.push({ text: text.slice(pos) })
  return segments
}

/** Candidates whose name contains the query (case-insensitive), the caller excluded. */
export function filterCandidates<T extends MentionRef>(candidates: readonly T[], query: string, selfId?: string | null): T[] {
  const q = query.trim().toLowerCase()
  const seen = new Set<string>()
  const out: T[] = []
  for (const c of candidates) {
    if (c.id === selfId || seen.has(c.id)) continue
    if (q && !c.name.toLowerCase().includes(q)) continue
    seen.add(c.id)
    out.push(c)
  }
  return out
}
