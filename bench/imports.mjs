// Imports (docs/api-imports.md): how long an import of N customers with a contact each takes, with
// the conflict check (查重), from the first POST /imports to the last job's `done`. Budget (issue
// 18): 100,000 customers < 30 s. Starts a server on a fresh demo database (SQLite unless --db URL)
// without generated customers, then as the admin
//   1. imports N rows (1 % of them without a name, which the import must refuse) in jobs of at most
//      50,000 rows (the per-job limit), one after another; prints rows/s and checks the counts;
//   2. reference in the same run: the same number of other customers through POST /customers/bulk,
//      500 a request (the same create path without the job's batches, progress and error rows).
//   node bench/imports.mjs [--rows 100000] [--batch 200] [--db postgresql://…]
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : def; };
const N = Number(arg('rows', 100000));
const JOB_ROWS = 50000;
const batch = arg('batch', null); // rows per import transaction (the server's hidden --import-batch; default 200)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.env.QUANKE_BIN ?? path.join(root, 'build', 'quanke');
const dir = mkdtempSync(path.join(tmpdir(), 'quanke-imports-'));
const db = arg('db', `sqlite:${dir}/q.db`);
execFileSync(bin, ['demo', '--db', db, '--activity', 'false', '--customers', '0']);
const port = 28000 + Math.floor(Math.random() * 900);
const base = `http://127.0.0.1:${port}`;
const server = spawn(bin, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`, '--access-log', 'false', '--sweep-check', '0',
  '--data-dir', dir, '--body-limit', String(256 * 1024 * 1024), ...(batch ? ['--import-batch', batch] : [])], { stdio: 'ignore' });
async function call(token, method, p, body) {
  const r = await fetch(`${base}${p}`, { method, headers: { Authorization: `Bearer ${token}` }, body: body && JSON.stringify(body) });
  const text = await r.text();
  if (r.status >= 300) throw new Error(`${method} ${p}: ${r.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}
// Row i of a run: a customer with a company phone and a contact with a mobile, all distinct.
const digits = (i, width) => String(i).padStart(width, '0');
const row = (run, i) => ({
  name: `${run}客户${digits(i, 6)}有限公司`,
  phone: `0${run === '导入' ? 21 : 10}-${digits(i, 8)}`,
  contactName: `联系人${digits(i, 6)}`,
  contactMobile: `1${run === '导入' ? 39 : 37}${digits(i, 8)}`,
});
try {
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/api/v1/health`)).ok) break; } catch { /* starting */ }
    if (i > 300) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const admin = (await (await fetch(`${base}/api/v1/auth/login`, { method: 'POST', body: JSON.stringify({ tenant: 'demo', username: 'admin', password: 'demo123456' }) })).json()).token;
  const rows = Array.from({ length: N }, (_, i) => (i % 100 === 99 ? { ...row('导入', i), name: '' } : row('导入', i)));
  const bad = rows.filter((r) => !r.name).length;
  const start = performance.now();
  let created = 0;
  let failed = 0;
  for (let from = 0; from < N; from += JOB_ROWS) {
    const job = await call(admin, 'POST', '/api/v1/imports', { object: 'customers', policy: 'skip', fileName: 'bench.xlsx', rows: rows.slice(from, from + JOB_ROWS) });
    let now = job;
    while (!['done', 'failed', 'cancelled'].includes(now.status)) {
      await new Promise((r) => setTimeout(r, 200));
      now = await call(admin, 'GET', `/api/v1/imports/${job.id}`);
    }
    if (now.status !== 'done') throw new Error(`import ${now.status}: ${now.error}`);
    created += now.created;
    failed += now.failed;
  }
  const seconds = (performance.now() - start) / 1000;
  if (created !== N - bad || failed !== bad) throw new Error(`created ${created}, failed ${failed}; expected ${N - bad} and ${bad}`);
  console.log(`import: ${N} rows (${bad} bad) in ${Math.ceil(N / JOB_ROWS)} job(s): ${seconds.toFixed(1)} s (${Math.round(N / seconds)} rows/s); created ${created}, failed ${failed}`);

  const refStart = performance.now();
  for (let from = 0; from < N; from += 500) {
    const items = Array.from({ length: Math.min(500, N - from) }, (_, k) => {
      const r = row('批量', from + k);
      return { name: r.name, phone: r.phone, contacts: [{ name: r.contactName, mobile: r.contactMobile }] };
    });
    await call(admin, 'POST', '/api/v1/customers/bulk', { items });
  }
  const ref = (performance.now() - refStart) / 1000;
  console.log(`reference (POST /customers/bulk, 500 a request): ${ref.toFixed(1)} s (${Math.round(N / ref)} rows/s); import / reference ${(seconds / ref).toFixed(2)}`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.on('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
