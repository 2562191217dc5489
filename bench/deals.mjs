// Opportunities (issue 15): the funnel, the forecast, the opportunity list and stage moves in a
// 1,000-rep company with N opportunities (default 1,000,000, about 4.8 stage changes each).
// Builds its data set on a fresh SQLite database (or --db URL):
//   `quanke generate --users 1000` (tenant bench: admin, reps u0001…u1000 in 100 teams),
//   100,000 customers owned by the reps imported through POST /customers/bulk (bench/import.js),
//   then `quanke generate --opportunities N` (process 压测流程, histories over the last year).
// Then, with the server running, C concurrent clients for S seconds each:
//   1. GET /opportunities/funnel and /opportunities/forecast as the administrator (whole company)
//      and as a region manager (one of ten regions);
//   2. GET /opportunities (whole company and a rep's own, 20 a page);
//   3. POST /opportunities/{id}/move at M connections (default 32): each client moves its own open
//      opportunities between 方案报价 and 商务谈判 and back, naming the version it last saw.
// Prints requests/s, p50 and p99 of each, and how long the data set took to build.
//   node bench/deals.mjs [--opportunities 1000000] [--seconds 10] [--concurrency 8]
//                        [--move-connections 32] [--db postgresql://…] [--keep]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchServer, seconds } from './server.mjs';

const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : def; };
const N = Number(arg('opportunities', 1000000)), SECONDS = Number(arg('seconds', 10));
const C = Number(arg('concurrency', 8)), MOVERS = Number(arg('move-connections', 32));
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.env.QUANKE_BIN ?? path.join(root, 'build', 'quanke');
const dir = mkdtempSync(path.join(tmpdir(), 'quanke-deals-'));
const db = arg('db', `sqlite:${dir}/q.db`);
const srv = benchServer({ bin, db, seconds: SECONDS });
const { login, call, load } = srv;

try {
  let t = performance.now();
  await srv.company(dir);
  await srv.stop();
  t = performance.now();
  execFileSync(bin, ['generate', '--db', db, '--tenant', 'bench', '--opportunities', String(N)], { stdio: 'inherit' });
  console.log(`${N} opportunities: ${seconds(t)} s`);
  await srv.start();

  const admin = await login('admin');
  const proc = (await call(admin, 'GET', '/api/v1/sales-processes')).items.find((p) => p.name === '压测流程');
  const stage = (name) => proc.stages.find((s) => s.name === name);
  const users = (await call(admin, 'GET', '/api/v1/users?limit=200')).items;
  const deps = (await call(admin, 'GET', '/api/v1/departments')).items;
  const region = deps.find((d) => d.name === '大区1');
  const head = users.find((u) => u.departmentId === region?.id);
  const manager = head ? await login(head.username) : null;
  const rep = await login('u0001');
  const year = `from=${new Date(Date.now() - 365 * 86400000).toISOString().slice(0, 10)}&to=${new Date().toISOString().slice(0, 10)}`;
  const funnel = await call(admin, 'GET', `/api/v1/opportunities/funnel?processId=${proc.id}&${year}`);
  console.log(`funnel (whole company): ${funnel.stages.map((s) => `${s.name} ${s.reached}`).join(', ')}; won ${funnel.won.count}, lost ${funnel.lost.count}`);
  await load('GET /opportunities/funnel (admin, whole company)', C, () => call(admin, 'GET', `/api/v1/opportunities/funnel?processId=${proc.id}&${year}`));
  if (manager) await load(`GET /opportunities/funnel (${head.username}, one region)`, C, () => call(manager, 'GET', `/api/v1/opportunities/funnel?processId=${proc.id}&${year}`));
  await load('GET /opportunities/forecast (admin, 6 months)', C, () => call(admin, 'GET', '/api/v1/opportunities/forecast'));
  await load('GET /opportunities (admin, 20 a page)', C, () => call(admin, 'GET', '/api/v1/opportunities?limit=20'));
  await load('GET /opportunities?mine=true (u0001)', C, () => call(rep, 'GET', '/api/v1/opportunities?mine=true&limit=20'));

  // Moves: every client its own open opportunities in 方案报价 / 商务谈判.
  const [s3, s4] = [stage('方案报价'), stage('商务谈判')];
  const mine = Array.from({ length: MOVERS }, () => []);
  let k = 0;
  for (const s of [s3, s4]) {
    const page = await call(admin, 'GET', `/api/v1/opportunities?processId=${proc.id}&stageId=${s.id}&status=open&limit=200`);
    for (const o of page.items) mine[k++ % MOVERS].push({ id: o.id, stageId: o.stageId, version: o.version });
  }
  await load(`POST /opportunities/{id}/move`, MOVERS, async (c) => {
    const list = mine[c];
    const o = list.shift();
    list.push(o);
    const to = o.stageId === s3.id ? s4.id : s3.id;
    const r = await call(admin, 'POST', `/api/v1/opportunities/${o.id}/move`, { stageId: to, version: o.version });
    o.stageId = r.stageId;
    o.version = r.version;
  });
} finally {
  await srv.stop();
  if (process.argv.includes('--keep')) console.log(`database kept: ${db}`);
  else rmSync(dir, { recursive: true, force: true });
}
