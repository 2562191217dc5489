// Leads (issue 14): push assignment of imported leads and the lead list.
// Starts a server on a fresh demo database (SQLite unless --db URL), makes a lead pool whose
// round-robin push rule serves 7 reps, then
//   1. imports N leads (default 100,000) through POST /leads/bulk (1,000 a request) into the pool:
//      every lead is pushed to a rep. Reference in the same run: the same import owned by the
//      importer (no pool, no push). Prints seconds and the push/owned ratio.
//   2. GET /leads (a rep's leads, 20 a page, newest first) and the pool admin's whole-company
//      list, C concurrent clients for S seconds: requests/s, p50, p99.
//   3. the public web form: wrk (bench/wrk/form.lua) posts a new lead per request, each from
//      its own client address (X-Forwarded-For, the server trusts 127.0.0.1), W connections for
//      F seconds into a form on the pool (every accepted lead is pushed too); prints accepted
//      leads/s, p50, p99 and checks that the pool holds exactly the accepted leads.
//   node bench/leads.mjs [--leads 100000] [--seconds 8] [--concurrency 8] [--no-reference]
//                        [--form-seconds 10] [--form-connections 32] [--form-threads 2] [--db postgresql://…]
// --no-reference skips the owned import (for --leads 1000000, where only the list matters);
// --keep leaves the database in place (its path is printed) for a look at the plans.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : def; };
const N = Number(arg('leads', 100000)), SECONDS = Number(arg('seconds', 8)), C = Number(arg('concurrency', 8));
const FORM_SECONDS = Number(arg('form-seconds', 10)), FORM_CONNECTIONS = Number(arg('form-connections', 32));
const FORM_THREADS = Number(arg('form-threads', 2));
const REFERENCE = !process.argv.includes('--no-reference');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.env.QUANKE_BIN ?? path.join(root, 'build', 'quanke');
const dir = mkdtempSync(path.join(tmpdir(), 'quanke-leads-'));
const db = arg('db', `sqlite:${dir}/q.db`);
execFileSync(bin, ['demo', '--db', db, '--activity', 'false', '--customers', '200']);
const port = 28000 + Math.floor(Math.random() * 900);
const base = `http://127.0.0.1:${port}`;
const server = spawn(bin, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`, '--access-log', 'false', '--sweep-check', '0', '--trusted-proxies', '127.0.0.1'], { stdio: 'ignore' });
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
async function login(u) {
  return (await (await fetch(`${base}/api/v1/auth/login`, { method: 'POST', body: JSON.stringify({ tenant: 'demo', username: u, password: 'demo123456' }) })).json()).token;
}
async function call(token, method, p, body) {
  const r = await fetch(`${base}${p}`, { method, headers: { Authorization: `Bearer ${token}` }, body: body && JSON.stringify(body) });
  const text = await r.text();
  if (r.status >= 300) throw new Error(`${method} ${p}: ${r.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}
try {
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/api/v1/health`)).ok) break; } catch { /* starting */ }
    if (i > 200) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const admin = await login('admin');
  const users = (await call(admin, 'GET', '/api/v1/users?limit=200')).items;
  const reps = ['rep01', 'rep02', 'rep03', 'rep04', 'rep05', 'rep06', 'rep07'].map((u) => users.find((x) => x.username === u).id);
  const pool = await call(admin, 'POST', '/api/v1/pools', { name: '压测线索池', kind: 'lead', members: reps.map((id) => ({ type: 'user', id })), admins: [users.find((x) => x.username === 'admin').id] });
  await call(admin, 'PUT', `/api/v1/pools/${pool.id}/push-rules`, { rules: [{ name: '轮流', strategy: 'round_robin', members: reps.map((userId) => ({ userId })) }] });
  async function importAll(tag, poolId) {
    const t = performance.now();
    for (let start = 0; start < N; start += 1000) {
      const items = [];
      for (let i = start; i < Math.min(N, start + 1000); i++)
        items.push({ name: `联系人${i}`, company: `${tag}压测公司${i}号`, mobile: `1${tag === 'push' ? 5 : 6}${String(i).padStart(9, '0')}`, campaign: tag });
      const r = await call(admin, 'POST', '/api/v1/leads/bulk', poolId ? { poolId, items } : { items });
      if (r.failed) throw new Error(`${r.failed} rows failed: ${JSON.stringify(r.items.find((x) => x.error))}`);
    }
    return (performance.now() - t) / 1000;
  }
  const owned = REFERENCE ? await importAll('own', null) : null;
  const pushed = await importAll('push', pool.id);
  console.log(`import ${N} leads: ` + (owned === null ? '' : `owned (no push) ${owned.toFixed(2)} s, `) +
    `into the pool with push ${pushed.toFixed(2)} s (${Math.round(N / pushed)} leads/s)` + (owned === null ? '' : `, push/owned ${(pushed / owned).toFixed(2)}`));
  const rep = await login('rep01');
  for (const [who, token, query] of [['rep01 mine', rep, 'mine=true'], ['admin all', admin, '']]) {
    const lat = [];
    const end = Date.now() + SECONDS * 1000;
    await Promise.all(Array.from({ length: C }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        await call(token, 'GET', `/api/v1/leads?${query}&limit=20`);
        lat.push(performance.now() - t);
      }
    }));
    console.log(`GET /leads (${who}, ${C} clients): ${Math.round(lat.length / SECONDS)} req/s, p50 ${pct(lat, 0.5).toFixed(2)} ms, p99 ${pct(lat, 0.99).toFixed(2)} ms`);
  }
  if (FORM_SECONDS > 0) {
    const form = await call(admin, 'POST', '/api/v1/lead-forms', { name: '压测表单', poolId: pool.id, campaign: 'form-bench', perMinute: 1000000 });
    const out = execFileSync('wrk', [`-t${FORM_THREADS}`, `-c${FORM_CONNECTIONS}`, `-d${FORM_SECONDS}s`, '--latency', '-s', path.join(root, 'bench', 'wrk', 'form.lua'), base],
      { env: { ...process.env, BENCH_WRK_DIR: path.join(root, 'bench', 'wrk'), BENCH_FORM_TOKEN: form.token }, encoding: 'utf8' });
    const r = JSON.parse(out.split('\n').find((l) => l.startsWith('BENCH_RESULT ')).slice('BENCH_RESULT '.length));
    const accepted = r.requests - r.errors.status;
    let stored = 0;
    for (let cursor = ''; ;) {
      const page = await call(admin, 'GET', `/api/v1/leads?campaign=form-bench&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      stored += page.items.length;
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    console.log(`POST /public/forms/{token} (${FORM_CONNECTIONS} connections, ${FORM_SECONDS} s): ${Math.round(accepted / (r.duration_us / 1e6))} accepted leads/s ` +
      `(${accepted} accepted, ${r.errors.status} refused, ${r.errors.connect + r.errors.read + r.errors.write + r.errors.timeout} socket errors), ` +
      `p50 ${(r.latency_us.p50 / 1000).toFixed(2)} ms, p99 ${(r.latency_us.p99 / 1000).toFixed(2)} ms; leads stored ${stored}`);
    // wrk stops counting at the end of the run while up to one request per connection is still
    // being answered: those are stored but not counted.
    if (stored < accepted || stored > accepted + FORM_CONNECTIONS)
      throw new Error(`the pool holds ${stored} form leads, ${accepted} were accepted (+ at most ${FORM_CONNECTIONS} in flight)`);
  }
} finally {
  server.kill('SIGTERM');
  if (process.argv.includes('--keep')) console.log(`database kept: ${db}`);
  else rmSync(dir, { recursive: true, force: true });
}
