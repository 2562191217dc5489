// Cost of an Idempotency-Key on a write (issue 11): the key, the request's writes and the stored
// answer now commit in one transaction that holds SQLite's writer for the whole request.
// POST /customers/{id}/follow-ups by 8 reps, C concurrent clients, alternating rounds of plain and
// keyed requests (every keyed request a new key), against a server the script starts on a fresh
// demo database. Prints requests/s and p50/p99 per round and the keyed/plain ratio.
//   node bench/idempotency.mjs [--seconds 8] [--rounds 3] [--concurrency 16]
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : def; };
const SECONDS = arg('seconds', 8), ROUNDS = arg('rounds', 3), C = arg('concurrency', 16);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.env.QUANKE_BIN ?? path.join(root, 'build', 'quanke');
const dir = mkdtempSync(path.join(tmpdir(), 'quanke-idem-'));
const db = `sqlite:${dir}/q.db`;
execFileSync(bin, ['demo', '--db', db, '--activity', 'false']);
const port = 28000 + Math.floor(Math.random() * 900);
const base = `http://127.0.0.1:${port}`;
const server = spawn(bin, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`, '--access-log', 'false', '--sweep-check', '0'], { stdio: 'ignore' });
try {
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/api/v1/health`)).ok) break; } catch { /* starting */ }
    if (i > 100) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const reps = [];
  for (const u of ['rep01', 'rep02', 'rep03', 'rep04', 'rep05', 'rep06', 'rep07', 'rep08']) {
    const token = (await (await fetch(`${base}/api/v1/auth/login`, { method: 'POST', body: JSON.stringify({ tenant: 'demo', username: u, password: 'demo123456' }) })).json()).token;
    const mine = (await (await fetch(`${base}/api/v1/customers?mine=true&limit=20`, { headers: { Authorization: `Bearer ${token}` } })).json()).items;
    reps.push({ token, ids: mine.map((c) => c.id) });
  }
  let serial = 0;
  async function round(keyed) {
    const lat = [];
    let errors = 0;
    const end = Date.now() + SECONDS * 1000;
    await Promise.all(Array.from({ length: C }, async (_, w) => {
      const rep = reps[w % reps.length];
      while (Date.now() < end) {
        const headers = { Authorization: `Bearer ${rep.token}` };
        if (keyed) headers['Idempotency-Key'] = `bench-${process.pid}-${serial++}`;
        const t = performance.now();
        const r = await fetch(`${base}/api/v1/customers/${rep.ids[serial % rep.ids.length]}/follow-ups`, { method: 'POST', headers, body: JSON.stringify({ text: `压测跟进 ${serial}`, type: 'call' }) });
        await r.arrayBuffer();
        if (r.status !== 201) errors++;
        lat.push(performance.now() - t);
      }
    }));
    lat.sort((a, b) => a - b);
    return { rps: lat.length / SECONDS, p50: lat[Math.floor(lat.length * 0.5)], p99: lat[Math.floor(lat.length * 0.99)], errors };
  }
  const results = { plain: [], keyed: [] };
  await round(false); // warm-up
  for (let i = 0; i < ROUNDS; i++) for (const keyed of [false, true]) {
    const r = await round(keyed);
    results[keyed ? 'keyed' : 'plain'].push(r);
    console.log(`${keyed ? 'keyed' : 'plain'}  ${r.rps.toFixed(0)} req/s  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  errors ${r.errors}`);
  }
  const median = (xs) => xs.map((x) => x.rps).sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`median: plain ${median(results.plain).toFixed(0)} req/s, keyed ${median(results.keyed).toFixed(0)} req/s, keyed/plain ${(median(results.keyed) / median(results.plain)).toFixed(2)}`);
} finally {
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
