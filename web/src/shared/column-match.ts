// Matching a spreadsheet's columns to fields by their headers (imports of leads and customers):
// exact names first, then a header that contains a known name of 2+ characters, each field at
// most once (the first column that matches best).

/** Lower case, without spaces, underscores, colons, asterisks and brackets. */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_:：*（）()]/g, '')
}

/**
 * The field of each column (null: not imported). `names` gives each field's header words, lower
 * case and without spaces, the most specific first; `fields` is the order fields are tried in.
 */
export function matchColumns<F extends string>(
  headers: readonly string[],
  fields: readonly F[],
  names: Readonly<Record<F, readonly string[]>>,
): (F | null)[] {
  const normalized = headers.map(normalizeHeader)
  const result: (F | null)[] = headers.map(() => null)
  const taken = new Set<F>()
  for (const exact of [true, false]) {
    for (let i = 0; i < normalized.length; i++) {
      if (result[i] || !normalized[i]) continue
      for (const field of fields) {
        if (taken.has(field)) continue
        const words = names[field]
        const hit = exact ? words.includes(normalized[i]) : words.some((n) => n.length >= 2 && normalized[i].includes(n))
        if (hit) {
          result[i] = field
          taken.add(field)
          break
        }
      }
    }
  }
  return result
}

/** Which fields a mapping uses more than once (an import refuses to start then). */
export function duplicateFields<F extends string>(mapping: readonly (F | null)[]): F[] {
  const seen = new Set<F>()
  const twice = new Set<F>()
  for (const f of mapping) {
    if (!f) continue
    if (seen.has(f)) twice.add(f)
    seen.add(f)
  }
  return [...twice]
}
