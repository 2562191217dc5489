// What every import's column mapping shares (customers, products, targets — docs/api-imports.md):
// a saved template applied to a file's headers, the mapping as a template stores it, and the
// file's rows as the text fields POST /imports takes.

/**
 * A saved template's mapping (header → field) applied to a file's headers: fields not in `known`
 * are dropped, and each field is used once (the first column naming it).
 */
export function applyTemplateTo<F extends string>(
  headers: readonly string[],
  mapping: Readonly<Record<string, string>>,
  known: readonly F[],
): (F | null)[] {
  const knownSet = new Set<string>(known)
  const used = new Set<string>()
  return headers.map((h) => {
    const field = mapping[h.trim()]
    if (!field || !knownSet.has(field) || used.has(field)) return null
    used.add(field)
    return field as F
  })
}

/** The mapping as a template stores it: header → field, for mapped columns. */
export function templateOf(headers: readonly string[], mapping: readonly (string | null)[]): Record<string, string> {
  const out: Record<string, string> = {}
  headers.forEach((h, i) => {
    const f = mapping[i]
    if (f && h.trim()) out[h.trim()] = f
  })
  return out
}

export interface ImportRow<F extends string> {
  /** The row's number in the file, as a spreadsheet shows it (the header is row 1). */
  line: number
  fields: Partial<Record<F, string>>
}

/** The file's rows under the mapping; wholly empty rows are left out (they are not sent). */
export function mapRows<F extends string>(rows: readonly (readonly string[])[], mapping: readonly (F | null)[]): ImportRow<F>[] {
  const result: ImportRow<F>[] = []
  rows.forEach((row, index) => {
    const fields: Partial<Record<F, string>> = {}
    let any = false
    mapping.forEach((field, column) => {
      if (!field) return
      const value = (row[column] ?? '').trim()
      if (!value) return
      fields[field] = value
      any = true
    })
    if (any) result.push({ line: index + 2, fields })
  })
  return result
}

/**
 * An amount in yuan as a sheet writes it ("¥12,345.60", "1200", "￥ 8,000") — what the server
 * reads as fen; null when it is not a number.
 */
export function yuanText(text: string): number | null {
  const plain = text.replace(/[¥￥,\s]/g, '')
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(plain)) return null
  return Number(plain)
}
