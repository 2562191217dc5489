// Reading an import file in the browser: a .csv in UTF-8 (with or without BOM) or GBK — what
// Excel on a Chinese Windows saves — or an .xlsx (first worksheet, read with exceljs, loaded only
// when one is picked). The answer is a table of strings: the header row and the data rows.

export interface ImportTable {
  headers: string[]
  rows: string[][]
  /** "utf-8", "gbk" or "xlsx". */
  encoding: string
}

/**
 * Bytes of a text file as a string: UTF-8 when they are valid UTF-8 (a BOM is dropped), else GBK
 * (TextDecoder's 'gbk' is GB18030, a superset).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    return { text, encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' }
  }
}

/**
 * RFC 4180 CSV: fields separated by commas (or the tab of a "Unicode text" save, when the first
 * line has tabs and no commas), quoted fields with "" for a quote and line breaks inside, CRLF or
 * LF. Trailing empty lines are dropped.
 */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const separator = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ','
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else {
        field += c
      }
      i++
      continue
    }
    if (c === '"' && field === '') {
      quoted = true
    } else if (c === separator) {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      if (c === '\r' && text[i + 1] === '\n') i++
    } else {
      field += c
    }
    i++
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  while (rows.length > 0 && rows[rows.length - 1].every((f) => f.trim() === '')) rows.pop()
  return rows
}

/**
 * The first row as headers, the rest as rows padded or cut to the header's width. Blank rows stay
 * (the import skips them) so that rows keep their numbers in the file; trailing ones go.
 */
export function toTable(cells: string[][], encoding: string): ImportTable {
  const [head = [], ...rest] = cells
  const width = head.length
  const headers = head.map((h) => h.trim())
  while (rest.length > 0 && rest[rest.length - 1].every((f) => f.trim() === '')) rest.pop()
  const rows = rest.map((r) => (r.length >= width ? r.slice(0, width) : [...r, ...Array<string>(width - r.length).fill('')]))
  return { headers, rows, encoding }
}

/** A cell of exceljs as text: dates as YYYY-MM-DD, formulas by their result, rich text joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[]; hyperlink?: unknown }
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('')
    if (v.result !== undefined) return cellText(v.result)
    if (typeof v.text === 'string') return v.text
    if (typeof v.hyperlink === 'string') return v.hyperlink
    return ''
  }
  return String(value)
}

/** The first worksheet of an .xlsx as rows of text. */
export async function readXlsx(data: ArrayBuffer): Promise<string[][]> {
  // A CommonJS package: bundlers and Node hand it over as the default export or as the module.
  const loaded = await import('exceljs')
  const ExcelJS = loaded.default ?? loaded
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(data)
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const rows: string[][] = []
  const width = sheet.columnCount
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim())
    rows[rowNumber - 1] = cells
  })
  return Array.from(rows, (r) => r ?? [])
}

export function isXlsx(fileName: string): boolean {
  return /\.xlsx$/i.test(fileName)
}

/** Reads a picked file (.csv or .xlsx) into a table. */
export async function readImportFile(file: File): Promise<ImportTable> {
  const data = await file.arrayBuffer()
  if (isXlsx(file.name)) return toTable(await readXlsx(data), 'xlsx')
  const { text, encoding } = decodeText(new Uint8Array(data))
  return toTable(parseCsv(text), encoding)
}
