// What the API benchmarks share (bench/deals.mjs, bench/contracts.mjs): a quanke server on a
// database, logins of the tenant `bench`, JSON calls that throw on an error, and a closed-loop
// load of N clients for S seconds printing requests/s, p50 and p99.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
export const seconds = (t) => ((performance.now() - t) / 1000).toFixed(1);

export function benchServer({ bin, db, seconds: loadSeconds }) {
  const port = 28000 + Math.floor(Math.random() * 900);
  const base = `http://127.0.0.1:${port}`;
  let server = null;
  return {
    base,
    async start() {
      server = spawn(bin, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`, '--access-log', 'false', '--sweep-check', '0'], { stdio: 'ignore' });
      for (let i = 0; ; i++) {
        try { if ((await fetch(`${base}/api/v1/health`)).ok) return; } catch { /* starting */ }
        if (i > 6000) throw new Error('server did not start');
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    // The benchmark company on a fresh database: `quanke generate --users 1000` (tenant bench:
    // admin, reps u0001…u1000 in 100 teams) and 100,000 customers owned by the reps imported
    // through POST /customers/bulk (bench/import.js). Leaves the server running.
    async company(dir) {
      const t = performance.now();
      execFileSync(bin, ['generate', '--db', db, '--tenant', 'bench', '--users', '1000', '--password', 'demo123456'], { stdio: 'inherit' });
      await this.start();
      const out = path.join(dir, 'import');
      mkdirSync(out);
      const importer = path.join(path.dirname(fileURLToPath(import.meta.url)), 'import.js');
      execFileSync('node', [importer, '--base', base, '--tenant', 'bench', '--out', out, '--n', '100000', '--owned-every', '1', '--inflight', '2'], { stdio: ['ignore', 'ignore', 'inherit'] });
      console.log(`organisation and 100,000 owned customers: ${seconds(t)} s`);
    },
    async stop() {
      if (!server) return;
      const s = server;
      server = null;
      await new Promise((r) => { s.once('exit', r); s.kill('SIGTERM'); });
    },
    async login(username) {
      const r = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', body: JSON.stringify({ tenant: 'bench', username, password: 'demo123456' }) });
      if (!r.ok) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
      return (await r.json()).token;
    },
    async call(token, method, p, body) {
      const r = await fetch(`${base}${p}`, { method, headers: { Authorization: `Bearer ${token}` }, body: body && JSON.stringify(body) });
      const text = await r.text();
      if (r.status >= 300) throw new Error(`${method} ${p}: ${r.status} ${text.slice(0, 300)}`);
      return text ? JSON.parse(text) : null;
    },
    // `clients` clients calling next(k) for the load seconds; prints req/s, p50, p99; answers the count.
    async load(label, clients, next) {
      const lat = [];
      const end = Date.now() + loadSeconds * 1000;
      await Promise.all(Array.from({ length: clients }, async (_, k) => {
        while (Date.now() < end) {
          const t = performance.now();
          await next(k);
          lat.push(performance.now() - t);
        }
      }));
      console.log(`${label} (${clients} clients): ${Math.round(lat.length / loadSeconds)} req/s, p50 ${pct(lat, 0.5).toFixed(2)} ms, p99 ${pct(lat, 0.99).toFixed(2)} ms`);
      return lat.length;
    },
  };
}
