// Exports (docs/api-exports.md): how long a list export takes from POST /exports to its file.
// Starts a server on a fresh demo database (SQLite unless --db URL) with N customers (default
// 100,000, through `quanke demo --customers N`), then as the admin
//   1. exports the customers in the pools (most of the demo's N; 19 columns) and times POST -> done, and the
//      download of the file; prints rows/s and the file's size;
//   2. reference in the same run: a client reading the same list over HTTP, 200 a page, as the
//      export's runner reads it in process (without writing a workbook); prints the ratio
//      export / reference;
//   3. the owned customers' list (a few hundred) the same way: dominated by the runner's 1 s tick.
//   node bench/exports.mjs [--customers 100000] [--db postgresql://…]
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : def; };
const N = Number(arg('customers', 100000));
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.env.QUANKE_BIN ?? path.join(root, 'build', 'quanke');
const dir = mkdtempSync(path.join(tmpdir(), 'quanke-exports-'));
const db = arg('db', `sqlite:${dir}/q.db`);
let t = performance.now();
execFileSync(bin, ['demo', '--db', db, '--activity', 'false', '--customers', String(N)]);
console.log(`demo with ${N} customers loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
const port = 28000 + Math.floor(Math.random() * 900);
const base = `http://127.0.0.1:${port}`;
const server = spawn(bin, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`, '--access-log', 'false', '--sweep-check', '0', '--data-dir', dir], { stdio: 'ignore' });
async function call(token, method, p, body) {
  const r = await fetch(`${base}${p}`, { method, headers: { Authorization: `Bearer ${token}` }, body: body && JSON.stringify(body) });
  const text = await r.text();
  if (r.status >= 300) throw new Error(`${method} ${p}: ${r.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}
async function exportTimed(token, query) {
  const start = performance.now();
  const job = await call(token, 'POST', '/api/v1/exports', { object: 'customers', query });
  let now = job;
  while (!['done', 'failed', 'cancelled'].includes(now.status)) {
    await new Promise((r) => setTimeout(r, 50));
    now = await call(token, 'GET', `/api/v1/exports/${job.id}`);
  }
  const done = performance.now();
  if (now.status !== 'done') throw new Error(`export ${now.status}: ${now.error}`);
  const file = await fetch(`${base}/api/v1/exports/${job.id}/file`, { headers: { Authorization: `Bearer ${token}` } });
  const bytes = (await file.arrayBuffer()).byteLength;
  return { seconds: (done - start) / 1000, download: (performance.now() - done) / 1000, rows: now.done, bytes };
}
async function readTimed(token, query) {
  const start = performance.now();
  let cursor = null;
  let rows = 0;
  do {
    const qs = new URLSearchParams({ ...query, limit: '200', fields: 'name,shortName,status,level,industry,source,province,city,district,address,phone,website,tags,ownerName,poolName,lastFollowUpAt,nextFollowUpAt,createdAt,updatedAt' });
    if (cursor) qs.set('cursor', cursor);
    const page = await call(token, 'GET', `/api/v1/customers?${qs}`);
    rows += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return { seconds: (performance.now() - start) / 1000, rows };
}
try {
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/api/v1/health`)).ok) break; } catch { /* starting */ }
    if (i > 300) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const admin = (await (await fetch(`${base}/api/v1/auth/login`, { method: 'POST', body: JSON.stringify({ tenant: 'demo', username: 'admin', password: 'demo123456' }) })).json()).token;
  // Wait for the demo's own queued export to be written first (it is not measured).
  for (let i = 0; i < 600; i++) {
    const jobs = (await call(admin, 'GET', '/api/v1/exports')).items;
    if (jobs.every((j) => ['done', 'failed', 'cancelled'].includes(j.status))) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const [label, query] of [['the pools (inPool)', { inPool: 'true' }], ['owned customers', {}]]) {
    const ref = await readTimed(admin, query);
    const ex = await exportTimed(admin, query);
    if (ex.rows !== ref.rows) throw new Error(`${label}: export ${ex.rows} rows, list ${ref.rows}`);
    console.log(`${label}: ${ex.rows} rows; export ${ex.seconds.toFixed(2)} s (${Math.round(ex.rows / ex.seconds)} rows/s), ` +
      `file ${(ex.bytes / 1e6).toFixed(1)} MB downloaded in ${ex.download.toFixed(2)} s; ` +
      `reference (the same pages over HTTP) ${ref.seconds.toFixed(2)} s; export / reference ${(ex.seconds / ref.seconds).toFixed(2)}`);
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.on('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
