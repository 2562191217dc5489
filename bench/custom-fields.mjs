// Custom fields (docs/api-custom-fields.md): a customer list filtered on a custom field at
// 1,000,000 customers (issue 18's budget: p99 < 50 ms). Builds its own data set: a fresh SQLite
// database (unless --db URL) with `quanke generate` (admin, 1,000 reps, 10 pools), the fields
// `grade` (select of 10) and `stores` (number), and N customers (default 1,000,000) imported
// through POST /customers/bulk by bench/import.js --custom-fields 1 (every 10th row owned, the
// rest in the pools; each grade on a tenth of each). Then, as the admin, for --seconds each with
// each count of --connections requests in flight (1: latency alone; 8: on a busy server), first pages (limit 20, sort -updatedAt) of:
//   owned + cf.grade        the 100,000 owned customers, one grade (a tenth of them)
//   pool + cf.grade         the 900,000 pooled customers of every pool, one grade
//   owned + cf.stores range stores in a random 10-wide range (about 1 %)
//   owned + industry        reference in the same run: the same list on a built-in column
//   pool + industry         reference: the pool list on a built-in column
// and prints req/s, p50, p99 of each and each custom-field scenario's p99 over its reference.
// --dir DIR keeps the data set there and reuses it on the next run (the import takes minutes).
//   node bench/custom-fields.mjs [--customers 1000000] [--seconds 20] [--connections 1,8] [--db URL] [--dir DIR]
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : def; };
const N = Number(arg('customers', 1000000));
const SECONDS = Number(arg('seconds', 20));
const CONNECTIONS = String(arg('connections', '1,8')).split(',').map(Number);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.env.QUANKE_BIN ?? path.join(root, 'build', 'quanke');
const kept = arg('dir', '');
if (kept) mkdirSync(kept, { recursive: true });
const dir = kept || mkdtempSync(path.join(tmpdir(), 'quanke-cf-'));
const db = arg('db', `sqlite:${dir}/q.db`);
const reuse = kept && existsSync(path.join(dir, 'complete'));
const GRADES = ['甲一', '甲二', '甲三', '乙一', '乙二', '乙三', '丙一', '丙二', '丙三', '丁'];
const INDUSTRIES = ['制造业', '软件和信息技术', '批发零售', '金融', '医疗健康', '教育培训', '物流运输', '建筑工程', '文化传媒', '能源化工'];

let t = performance.now();
if (!reuse) {
  execFileSync(bin, ['generate', '--db', db, '--tenant', 'bench', '--users', '1000']);
  console.log(`organisation generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
} else {
  execFileSync(bin, ['migrate', '--db', db]);
  console.log(`reusing the data set in ${dir}`);
}
const port = 28000 + Math.floor(Math.random() * 900);
const base = `http://127.0.0.1:${port}`;
const server = spawn(bin, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`, '--access-log', 'false', '--sweep-check', '0', '--data-dir', dir], { stdio: 'ignore' });
const stop = () => { server.kill('SIGTERM'); };
process.on('exit', stop);

async function waitUp() {
  for (let i = 0; i < 200; i++) {
    try { if ((await fetch(`${base}/api/v1/health`)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

async function load(token, pathOf, connections) {
  const latencies = [];
  const end = performance.now() + SECONDS * 1000;
  let errors = 0;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < end) {
      const start = performance.now();
      const r = await fetch(`${base}${pathOf()}`, { headers: { Authorization: `Bearer ${token}` } });
      await r.arrayBuffer();
      if (r.status !== 200) errors++;
      latencies.push(performance.now() - start);
    }
  }));
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { requests: latencies.length, rps: latencies.length / SECONDS, p50: at(0.5), p99: at(0.99), errors };
}

try {
  await waitUp();
  if (!reuse) {
    t = performance.now();
    execFileSync('node', [path.join(root, 'bench', 'import.js'), '--base', base, '--tenant', 'bench', '--out', path.join(dir, 'import'),
      '--n', String(N), '--custom-fields', '1', '--contact-every', '0'], { stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`${N} customers with custom values imported in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    if (kept) writeFileSync(path.join(dir, 'complete'), `${N}\n`);
  }
  const login = await (await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tenant: 'bench', username: 'admin', password: 'demo123456' }) })).json();
  const token = login.token;
  const pick = (list) => encodeURIComponent(list[Math.floor(Math.random() * list.length)]);
  const page = '&sort=-updatedAt&limit=20&fields=name,city,industry,ownerName,updatedAt,customFields';
  // Each filter must match what the data set says before it is timed.
  const check = async (p, want) => {
    const r = await (await fetch(`${base}${p}`, { headers: { Authorization: `Bearer ${token}` } })).json();
    if (!r.items?.length || !r.items.every(want)) throw new Error(`${p}: unexpected answer ${JSON.stringify(r).slice(0, 300)}`);
  };
  await check(`/api/v1/customers?cf.grade=${encodeURIComponent(GRADES[3])}${page}`, (c) => c.customFields.grade === GRADES[3]);
  await check(`/api/v1/customers?inPool=true&cf.grade=${encodeURIComponent(GRADES[4])}${page}`, (c) => c.customFields.grade === GRADES[4]);
  await check(`/api/v1/customers?cf.storesFrom=100&cf.storesTo=109${page}`, (c) => c.customFields.stores >= 100 && c.customFields.stores <= 109);
  const scenarios = [
    ['owned + cf.grade', () => `/api/v1/customers?cf.grade=${pick(GRADES)}${page}`, 'owned + industry'],
    ['pool + cf.grade', () => `/api/v1/customers?inPool=true&cf.grade=${pick(GRADES)}${page}`, 'pool + industry'],
    ['owned + cf.stores range', () => { const from = Math.floor(Math.random() * 990); return `/api/v1/customers?cf.storesFrom=${from}&cf.storesTo=${from + 9}${page}`; }, 'owned + industry'],
    ['owned + industry', () => `/api/v1/customers?industry=${pick(INDUSTRIES)}${page}`],
    ['pool + industry', () => `/api/v1/customers?inPool=true&industry=${pick(INDUSTRIES)}${page}`],
  ];
  for (const connections of CONNECTIONS) {
    console.log(`--- ${connections} connection(s)`);
    const results = {};
    for (const [name, pathOf] of scenarios) {
      results[name] = await load(token, pathOf, connections);
      const r = results[name];
      console.log(`${name.padEnd(24)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  (${r.requests} requests, ${r.errors} errors)`);
    }
    for (const [name, , ref] of scenarios)
      if (ref) console.log(`${name} p99 / ${ref} p99 = ${(results[name].p99 / results[ref].p99).toFixed(2)}  (budget p99 < 50 ms: ${results[name].p99 < 50 ? 'PASS' : 'FAIL'})`);
  }
} finally {
  stop();
  await new Promise((r) => setTimeout(r, 500));
  if (!kept) rmSync(dir, { recursive: true, force: true });
}
