// Compression (issue 19): precompressed static files chosen by Accept-Encoding (br > gzip >
// identity) with Vary and immutable caching of hashed assets; JSON answers of 1 KB and more
// gzipped for clients that accept it; small answers, downloads and event streams never.
// The web root is a directory made here, with its .br/.gz copies written by Node's zlib as the
// web build does (web/build-plugins/precompress.ts).
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { useServer, test, login } from './lib/harness.mjs';
import { openStream } from './lib/activity.mjs';

const webRoot = mkdtempSync(path.join(tmpdir(), 'quanke-web-'));
mkdirSync(path.join(webRoot, 'assets'));
const files = {
  '/index.html': `<!doctype html><html><head><title>圈客</title></head><body><div id="app"></div>${'<!-- padding -->'.repeat(100)}</body></html>`,
  '/assets/index-1a2B3c4D.js': `export const rows = [${Array.from({ length: 500 }, (_, i) => `{id:"${i}",name:"客户${i}"}`).join(',')}];\n`,
  '/assets/index-1a2B3c4D.css': `${Array.from({ length: 200 }, (_, i) => `.row-${i}{padding:${i}px;color:#1989fa}`).join('\n')}\n`,
};
for (const [rel, text] of Object.entries(files)) {
  writeFileSync(path.join(webRoot, rel), text);
  writeFileSync(path.join(webRoot, rel + '.br'), brotliCompressSync(text));
  writeFileSync(path.join(webRoot, rel + '.gz'), gzipSync(text));
}
// An image: stored as is, never given copies.
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(3000, 1)]);
writeFileSync(path.join(webRoot, 'assets', 'logo-9f8e7d6c.png'), PNG);

const srv = useServer({ customers: 150, tenants: ['demo'], webRoot, sweepCheck: 0 });
let token;

// A GET with exactly the given headers (no Accept-Encoding unless given); the body as raw bytes.
function get(pathname, headers = {}) {
  return new Promise((resolve, reject) => {
    const u = new URL(srv.baseUrl + pathname);
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: 'GET', headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const decode = (r) => {
  const coding = r.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(r.body);
  if (coding === 'gzip') return gunzipSync(r.body);
  assert.equal(coding, undefined, 'a coding this test knows');
  return r.body;
};
const auth = (more = {}) => ({ authorization: `Bearer ${token}`, ...more });

test('setup', async () => {
  token = await login(srv.baseUrl, 'demo', 'admin');
});

const choices = [
  { accept: 'gzip, deflate, br', coding: 'br' },
  { accept: 'br', coding: 'br' },
  { accept: 'gzip', coding: 'gzip' },
  { accept: 'br;q=0, gzip', coding: 'gzip' },
  { accept: 'deflate', coding: undefined },
  { accept: undefined, coding: undefined },
  { accept: 'gzip;q=0, br;q=0', coding: undefined },
];

for (const file of ['/assets/index-1a2B3c4D.js', '/assets/index-1a2B3c4D.css']) {
  for (const { accept, coding } of choices) {
    test(`static ${file} with Accept-Encoding ${accept ?? '(none)'} → ${coding ?? 'identity'}`, async () => {
      const r = await get(file, accept === undefined ? {} : { 'accept-encoding': accept });
      assert.equal(r.status, 200);
      assert.equal(r.headers['content-encoding'], coding);
      assert.equal(r.headers.vary, 'Accept-Encoding');
      assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.match(r.headers['content-type'], file.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
      assert.equal(Number(r.headers['content-length']), r.body.length);
      const plain = Buffer.from(files[file]);
      if (coding) assert.ok(r.body.length < plain.length / 2, `${coding} is smaller (${r.body.length} of ${plain.length})`);
      assert.deepEqual(decode(r), plain, 'the decoded body is the file');
    });
  }
}

test('index.html and client-side routes: the precompressed shell, revalidated (no-cache)', async () => {
  for (const p of ['/', '/index.html', '/customers/123']) {
    const r = await get(p, { 'accept-encoding': 'gzip, br' });
    assert.equal(r.status, 200, p);
    assert.equal(r.headers['content-encoding'], 'br', p);
    assert.equal(r.headers['cache-control'], 'no-cache', p);
    assert.equal(r.headers.vary, 'Accept-Encoding', p);
    assert.match(r.headers['content-type'], /^text\/html/);
    assert.equal(decode(r).toString(), files['/index.html'], p);
  }
});

test('each coding has its own ETag; If-None-Match answers 304 only for the same coding', async () => {
  const br = await get('/assets/index-1a2B3c4D.js', { 'accept-encoding': 'br' });
  const gz = await get('/assets/index-1a2B3c4D.js', { 'accept-encoding': 'gzip' });
  const id = await get('/assets/index-1a2B3c4D.js');
  const tags = [br.headers.etag, gz.headers.etag, id.headers.etag];
  assert.ok(tags.every(Boolean));
  assert.equal(new Set(tags).size, 3, tags.join(' '));
  const again = await get('/assets/index-1a2B3c4D.js', { 'accept-encoding': 'br', 'if-none-match': br.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  const other = await get('/assets/index-1a2B3c4D.js', { 'accept-encoding': 'br', 'if-none-match': id.headers.etag });
  assert.equal(other.status, 200);
  assert.equal(other.headers['content-encoding'], 'br');
});

test('an image is sent as it is: no coding, no Vary, still immutable', async () => {
  const r = await get('/assets/logo-9f8e7d6c.png', { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-encoding'], undefined);
  assert.equal(r.headers.vary, undefined);
  assert.equal(r.headers['content-type'], 'image/png');
  assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.deepEqual(r.body, PNG);
});

test('a large JSON answer (a customer list) is gzipped for a client that accepts gzip; it decodes to the identity answer', async () => {
  const list = '/api/v1/customers?limit=100';
  const plain = await get(list, auth());
  assert.equal(plain.status, 200, plain.body.toString());
  assert.ok(plain.body.length > 10 * 1024, `the list is large (${plain.body.length} B)`);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.headers.vary, 'Accept-Encoding', 'the answer varies even when this client gets identity');
  assert.ok(JSON.parse(plain.body).items.length > 10, 'a page of customers');

  const packed = await get(list, auth({ 'accept-encoding': 'gzip, deflate, br' }));
  assert.equal(packed.status, 200);
  assert.equal(packed.headers['content-encoding'], 'gzip', 'JSON is gzipped (no brotli on the fly)');
  assert.equal(packed.headers.vary, 'Accept-Encoding');
  assert.match(packed.headers['content-type'], /^application\/json/);
  assert.equal(Number(packed.headers['content-length']), packed.body.length);
  assert.ok(packed.body.length < plain.body.length / 3, `${packed.body.length} of ${plain.body.length}`);
  assert.deepEqual(gunzipSync(packed.body), plain.body);

  const brOnly = await get(list, auth({ 'accept-encoding': 'br' }));
  assert.equal(brOnly.headers['content-encoding'], undefined);
  assert.deepEqual(brOnly.body, plain.body);
  const refused = await get(list, auth({ 'accept-encoding': 'gzip;q=0' }));
  assert.equal(refused.headers['content-encoding'], undefined);
});

test('small JSON answers (health, an error) are not compressed and do not vary', async () => {
  const small = await get('/api/v1/health', { 'accept-encoding': 'gzip' });
  assert.equal(small.status, 200);
  assert.ok(small.body.length < 1024, `health is small (${small.body.length} B)`);
  assert.equal(small.headers['content-encoding'], undefined);
  assert.equal(small.headers.vary, undefined);

  const smallError = await get('/api/v1/nope', { 'accept-encoding': 'gzip' });
  assert.equal(smallError.status, 404);
  assert.equal(smallError.headers['content-encoding'], undefined);
  assert.equal(JSON.parse(smallError.body).error.code, 'not_found');
});

test('the OpenAPI document (large JSON) is gzipped; the .xlsx download is not', async () => {
  const doc = await get('/api/v1/openapi.json', { 'accept-encoding': 'gzip' });
  assert.equal(doc.status, 200);
  assert.equal(doc.headers['content-encoding'], 'gzip');
  assert.equal(JSON.parse(gunzipSync(doc.body)).openapi.startsWith('3'), true);

  const today = new Date().toISOString().slice(0, 10);
  const xlsx = await get(`/api/v1/lead-analysis/export?from=${today}&to=${today}&groupBy=source`, auth({ 'accept-encoding': 'gzip, br' }));
  assert.equal(xlsx.status, 200, xlsx.body.toString().slice(0, 300));
  assert.match(xlsx.headers['content-type'], /spreadsheetml/);
  assert.equal(xlsx.headers['content-encoding'], undefined);
  assert.equal(xlsx.body.subarray(0, 2).toString('latin1'), 'PK', 'a zip (the .xlsx) as it is');
});

test('an event stream is never compressed', async () => {
  const s = await openStream(srv.baseUrl, token, { headers: { 'accept-encoding': 'gzip, br' } });
  try {
    assert.equal(s.status, 200);
    assert.match(s.headers['content-type'], /^text\/event-stream/);
    assert.equal(s.headers['content-encoding'], undefined);
  } finally {
    s.close();
  }
});
