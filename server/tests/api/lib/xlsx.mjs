// Reading the .xlsx exports in tests: a small unzip (node:zlib) and a sheet as rows of cells.
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';

// ---- A small unzip: the central directory, then each entry (stored or deflated). ----
export function unzip(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'a zip file (end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    assert.equal(buf.readUInt32LE(local), 0x04034b50, 'local header');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
  }
  return files;
}

const unescapeXml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

// Sheet `n` (1 = the first) as rows of cells (text or number; null for an empty cell), by cell
// reference.
export function readSheet(files, n = 1) {
  const shared = [...(files.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>(.*?)<\/si>/gs)]
    .map((m) => unescapeXml([...m[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')));
  const xml = files.get(`xl/worksheets/sheet${n}.xml`).toString('utf8');
  const rows = [];
  for (const cell of xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const [, col, row, attrs, inner = ''] = cell;
    const r = Number(row) - 1;
    const c = [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1; // A = 0, AA = 26
    const v = inner.match(/<v>(.*?)<\/v>/s)?.[1];
    let value = null;
    if (/t="s"/.test(attrs)) value = shared[Number(v)];
    else if (/t="inlineStr"/.test(attrs)) value = unescapeXml(inner.match(/<t[^>]*>(.*?)<\/t>/s)[1]);
    else if (v !== undefined) value = Number(v);
    (rows[r] ??= [])[c] = value;
  }
  return rows;
}
