// Contracts, money and approvals (issue 16) in a 1,000-rep company: contract creation with number
// allocation, the receivables ageing over N instalments, the approval inbox.
// Builds its data set on a fresh SQLite database (or --db URL):
//   `quanke generate --users 1000` (tenant bench: admin, reps u0001…u1000 in 100 teams),
//   100,000 customers owned by the reps imported through POST /customers/bulk (bench/import.js).
// Then, with the server running:
//   1. POST /contracts at M connections (default 32) for S seconds: each a contract of a random
//      customer with two product-free lines and four instalments, submitted (no approval flow yet,
//      so active at once) — the number allocation is in every one;
//   2. more contracts, unmeasured, of F instalments each (default 40), until the company holds N
//      instalments (default 1,000,000), due from 200 days ago to 120 days ahead, so every ageing
//      bucket is full;
//   3. GET /receivables/ageing as the administrator (whole company), C clients, then one at a time;
//   4. an expense flow whose one step is a named rep; P expense claims (default 5,000) by other
//      reps, then GET /approvals?box=pending and /approvals/counts as that rep.
// Prints requests/s, p50 and p99 of each, and how long the data set took to build.
//   node bench/contracts.mjs [--instalments 1000000] [--seconds 10] [--concurrency 8]
//                            [--create-connections 32] [--fill-per-contract 40] [--claims 5000] [--db postgresql://…] [--keep]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchServer, seconds } from './server.mjs';

const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : def; };
const N = Number(arg('instalments', 1000000)), SECONDS = Number(arg('seconds', 10));
const C = Number(arg('concurrency', 8)), CREATORS = Number(arg('create-connections', 32));
const CLAIMS = Number(arg('claims', 5000));
const PER_CONTRACT = 4, FILL_PER_CONTRACT = Number(arg('fill-per-contract', 40));
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.env.QUANKE_BIN ?? path.join(root, 'build', 'quanke');
const dir = mkdtempSync(path.join(tmpdir(), 'quanke-contracts-'));
const db = arg('db', `sqlite:${dir}/q.db`);
const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
const srv = benchServer({ bin, db, seconds: SECONDS });
const { login, call, load } = srv;

// A contract of customer `c` with four instalments due between 200 days ago and 100 days ahead.
let made = 0;
function contractBody(customers, per = PER_CONTRACT) {
  const c = customers[Math.floor(Math.random() * customers.length)];
  const unit = 10000 * (1 + Math.floor(Math.random() * 500));
  const items = [{ name: '软件许可', quantity: 2, unitPriceFen: unit, discountFen: 0 }, { name: '实施服务', quantity: 1, unitPriceFen: unit, discountFen: 100 }];
  const total = 3 * unit - 100;
  const first = -200 + Math.floor(Math.random() * 240);
  const step = Math.max(1, Math.floor(80 / per));
  const instalments = Array.from({ length: per }, (_, i) => ({
    dueDate: day(first + step * i),
    amountFen: i < per - 1 ? Math.floor(total / per) : total - Math.floor(total / per) * (per - 1),
  }));
  made += 1;
  return { customerId: c, name: `压测合同${made}`, items, totalFen: total, signDate: day(first - 10), startDate: day(first - 10), endDate: day(first + 355), instalments, submit: true };
}

try {
  let t = performance.now();
  await srv.company(dir);

  const admin = await login('admin');
  const customers = [];
  for (let cursor = null, pages = 0; pages < 25; pages++) {
    const page = await call(admin, 'GET', `/api/v1/customers?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
    customers.push(...page.items.map((c) => c.id));
    cursor = page.nextCursor;
    if (!cursor) break;
  }

  // 1. Contract creation with number allocation.
  const created = await load('POST /contracts (submit, 4 instalments)', CREATORS, () => call(admin, 'POST', '/api/v1/contracts', contractBody(customers)));
  // 2. The rest of the data set.
  t = performance.now();
  let instalments = created * PER_CONTRACT;
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (instalments < N) {
      instalments += FILL_PER_CONTRACT;
      await call(admin, 'POST', '/api/v1/contracts', contractBody(customers, FILL_PER_CONTRACT));
    }
  }));
  console.log(`${made} contracts, ${instalments} instalments: ${seconds(t)} s more`);

  // 3. Receivables ageing.
  const ageing = await call(admin, 'GET', '/api/v1/receivables/ageing');
  console.log(`ageing (whole company): ${ageing.buckets.map((b) => `${b.bucket} ${b.count}`).join(', ')}`);
  await load('GET /receivables/ageing (admin, whole company)', C, () => call(admin, 'GET', '/api/v1/receivables/ageing'));
  const single = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await call(admin, 'GET', '/api/v1/receivables/ageing');
    single.push(performance.now() - t0);
  }
  console.log(`GET /receivables/ageing (admin, one client): ${single.map((x) => x.toFixed(0)).join(', ')} ms`);

  // 4. The approval inbox of a department head.
  const users = (await call(admin, 'GET', '/api/v1/users?limit=20&sort=name')).items.filter((u) => u.username.startsWith('u'));
  const [head, ...team] = users;
  await call(admin, 'POST', '/api/v1/approval-flows', { subjectType: 'expense', name: '压测报销', enabled: true,
    steps: [{ name: '审批人', approverType: 'users', userIds: [head.id], mode: 'any' }] });
  t = performance.now();
  const tokens = await Promise.all(team.map((u) => login(u.username)));
  let claims = 0;
  await Promise.all(Array.from({ length: 16 }, async (_, k) => {
    while (claims < CLAIMS) {
      claims += 1;
      await call(tokens[k % tokens.length], 'POST', '/api/v1/approval-requests', { type: 'expense', title: `差旅报销 ${claims}`, amountFen: 12345, category: '差旅', reason: '压测' });
    }
  }));
  console.log(`${CLAIMS} expense claims waiting on ${head.username}: ${seconds(t)} s`);
  const manager = await login(head.username);
  console.log(`inbox: ${(await call(manager, 'GET', '/api/v1/approvals/counts')).pending} pending`);
  await load(`GET /approvals?box=pending (${head.username})`, C, () => call(manager, 'GET', '/api/v1/approvals?box=pending&limit=20'));
  await load(`GET /approvals/counts (${head.username})`, C, () => call(manager, 'GET', '/api/v1/approvals/counts'));
} finally {
  await srv.stop();
  if (process.argv.includes('--keep')) console.log(`database kept: ${db}`);
  else rmSync(dir, { recursive: true, force: true });
}
