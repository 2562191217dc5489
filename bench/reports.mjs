// Targets and reports (issue 17) in a 1,000-rep company with 1M customers and 10M follow-ups.
// The data set is built once and kept in --cache (default /tmp/quanke-bench-reports; --rebuild
// builds it again); each run works on a copy, which the server migrates forward:
//   `quanke generate --users 1000` (tenant bench: admin, reps u0001…u1000 in 100 teams),
//   1,000,000 customers imported through POST /customers/bulk (bench/import.js; every 10th owned
//   by a rep; their creation then spread over the last 365 days), `quanke generate
//   --opportunities` and `--follow-ups` (10M over the last 365 days, written by the owners).
// The server is started on the copy (migrations applied), and `quanke rebuild-reports` builds the
// reports' day x person aggregate (timed: the backfill).
// Then, with the server running, each measured with C clients for S seconds:
//   1. GET /reports/metrics as the administrator (whole company, groupBy department): this month,
//      this year, and all time, every metric;
//   2. the same for one region (the first department of the company table), this month; then as
//      that region's manager (not the whole company: computed every time), this month, this year
//      and all time;
//   3. GET /targets/attainment (contract amount, this month, the company) after the company,
//      each department and each rep got a target;
//   4. the customer distribution and overview (company and a rep), the home dashboard of a rep:
//      GET /targets/mine and GET /home/todos;
//   5. GET /reports/records/export of the follow-ups of the department with the most of them (at
//      most 100,000, the export's limit), all time, timed one at a time.
//   node bench/reports.mjs [--follow-ups 10000000] [--customers 1000000] [--seconds 10]
//                          [--concurrency 8] [--cache DIR] [--rebuild]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchServer, seconds } from './server.mjs';

const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : def; };
const FOLLOW_UPS = Number(arg('follow-ups', 10000000)), CUSTOMERS = Number(arg('customers', 1000000));
const OPPORTUNITIES = Number(arg('opportunities', 200000));
const SECONDS = Number(arg('seconds', 10)), C = Number(arg('concurrency', 8));
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.env.QUANKE_BIN ?? path.join(root, 'build', 'quanke');
const cache = arg('cache', path.join(tmpdir(), 'quanke-bench-reports'));
const key = `${CUSTOMERS} customers, ${OPPORTUNITIES} opportunities, ${FOLLOW_UPS} follow-ups`;
const dir = mkdtempSync(path.join(tmpdir(), 'quanke-reports-'));
const db = `sqlite:${dir}/q.db`;

// The data set, built into the cache when missing (or --rebuild).
async function build() {
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  const cdb = `sqlite:${cache}/bench.db`;
  let t = performance.now();
  execFileSync(bin, ['generate', '--db', cdb, '--tenant', 'bench', '--users', '1000', '--password', 'demo123456'], { stdio: 'inherit' });
  const srv = benchServer({ bin, db: cdb, seconds: 1 });
  await srv.start();
  try {
    const out = path.join(cache, 'import');
    mkdirSync(out);
    execFileSync('node', [path.join(root, 'bench', 'import.js'), '--base', srv.base, '--tenant', 'bench', '--out', out,
      '--n', String(CUSTOMERS), '--owned-every', '10', '--inflight', '2'], { stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    await srv.stop();
  }
  console.log(`organisation and ${CUSTOMERS} customers: ${seconds(t)} s`);
  t = performance.now();
  execFileSync(bin, ['generate', '--db', cdb, '--tenant', 'bench', '--opportunities', String(OPPORTUNITIES)], { stdio: 'inherit' });
  execFileSync(bin, ['generate', '--db', cdb, '--tenant', 'bench', '--follow-ups', String(FOLLOW_UPS)], { stdio: 'inherit' });
  execFileSync('sqlite3', [`${cache}/bench.db`, 'PRAGMA wal_checkpoint(TRUNCATE);'], { stdio: 'ignore' });
  console.log(`opportunities and follow-ups: ${seconds(t)} s`);
  writeFileSync(path.join(cache, 'key'), key);
}

// One request at a time, n times: the latencies in ms.
async function oneByOne(n, fn) {
  const lat = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    lat.push(performance.now() - t);
  }
  return lat;
}

// The bulk import creates every customer on the day the data set is built; a company's customers
// were created over time. Their creation is spread over the last 365 days (as the follow-ups are),
// once, in the cache: otherwise "today" (read from the records, not the aggregate) would hold a
// million customers for a day after each build.
const spread = `${key}; customers created over 365 days`;
const cachedKey = existsSync(path.join(cache, 'key')) ? readFileSync(path.join(cache, 'key'), 'utf8') : '';
if (process.argv.includes('--rebuild') || (cachedKey !== key && cachedKey !== spread)) await build();
else console.log(`reusing ${cache} (${key})`);
if (readFileSync(path.join(cache, 'key'), 'utf8') !== spread) {
  const t = performance.now();
  execFileSync('sqlite3', [`${cache}/bench.db`, 'UPDATE customers SET created_at = created_at - (id % 365) * 86400000; PRAGMA wal_checkpoint(TRUNCATE);'], { stdio: 'ignore' });
  writeFileSync(path.join(cache, 'key'), spread);
  console.log(`customers' creation spread over 365 days: ${seconds(t)} s`);
}
copyFileSync(path.join(cache, 'bench.db'), path.join(dir, 'q.db'));

const srv = benchServer({ bin, db, seconds: SECONDS });
const { login, call, load } = srv;
try {
  let t = performance.now();
  await srv.start();
  console.log(`server up on the copy (migrations included): ${seconds(t)} s`);
  // The day x person aggregate (the server's job keeps it; here built at once by the backfill
  // command, with the server running, as an upgrade would).
  t = performance.now();
  execFileSync(bin, ['rebuild-reports', '--db', db, '--tenant', 'bench'], { stdio: 'inherit' });
  console.log(`rebuild-reports (the backfill of every day): ${seconds(t)} s`);
  const admin = await login('admin');
  const api = (token, p) => call(token, 'GET', `/api/v1${p}`);

  // A team: the first department with reps in it (the org has 100 teams of 10).
  const company = await api(admin, '/reports/metrics?metrics=followUps&groupBy=department&preset=thisMonth');
  const team = company.rows.find((r) => r.kind === 'department');
  console.log(`company this month: ${company.total.values.followUps} follow-ups over ${company.rows.length} rows; a team: ${team.name}`);

  for (const preset of ['thisMonth', 'thisYear', 'all']) {
    t = performance.now();
    const first = await api(admin, `/reports/metrics?groupBy=department&preset=${preset}`);
    console.log(`GET /reports/metrics (company, ${preset}) first answer: ${seconds(t)} s, ${first.total.values.followUps} follow-ups`);
    await load(`GET /reports/metrics (company, every metric, ${preset})`, C, () => api(admin, `/reports/metrics?groupBy=department&preset=${preset}`));
  }
  await load(`GET /reports/metrics (one region: ${team.name}, every metric, thisMonth)`, C, () => api(admin, `/reports/metrics?departmentId=${team.id}&groupBy=user&preset=thisMonth`));

  // A caller without the whole company is computed every time: a region's manager (a region of
  // 100 reps), every metric, this month, this year and all time.
  const region = team;
  const role = await call(admin, 'POST', '/api/v1/roles', { name: `大区经理${Date.now().toString(36)}`, dataScope: 'department_tree',
    permissions: ['report.view', 'target.view', 'customer.view'] });
  const manager = `m${Date.now().toString(36)}`;
  await call(admin, 'POST', '/api/v1/users', { username: manager, name: '大区经理', password: 'demo123456', departmentId: region.id,
    roleIds: [role.id] });
  const regionManager = await login(manager);
  for (const preset of ['thisMonth', 'thisYear', 'all']) {
    const first = await oneByOne(3, () => api(regionManager, `/reports/metrics?groupBy=user&preset=${preset}`));
    console.log(`GET /reports/metrics (a region's manager, ${preset}) one at a time: ${first.map((x) => x.toFixed(0)).join(', ')} ms`);
    await load(`GET /reports/metrics (a region's manager: ${region.name}, every metric, ${preset}, computed each time)`, C,
      () => api(regionManager, `/reports/metrics?groupBy=user&preset=${preset}`));
  }

  // 客户类型: a customer type has no day aggregate, so its figures are read from the records.
  for (const preset of ['thisMonth', 'thisYear']) {
    const first = await oneByOne(3, () => api(regionManager, `/reports/metrics?groupBy=user&preset=${preset}&customerLevels=A`));
    console.log(`GET /reports/metrics (a region's manager, ${preset}, customerLevels=A) one at a time: ${first.map((x) => x.toFixed(0)).join(', ')} ms`);
    await load(`GET /reports/metrics (a region's manager, every metric, ${preset}, customerLevels=A)`, C,
      () => api(regionManager, `/reports/metrics?groupBy=user&preset=${preset}&customerLevels=A`));
    t = performance.now();
    await api(admin, `/reports/metrics?groupBy=department&preset=${preset}&customerLevels=A`);
    console.log(`GET /reports/metrics (company, every metric, ${preset}, customerLevels=A) first answer: ${seconds(t)} s`);
  }

  // Targets for this month: the company, every department in the company table, every rep.
  const month = new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 7);
  const sheet = await api(admin, `/targets/sheet?metric=contractAmountFen&year=${month.slice(0, 4)}`);
  const items = sheet.assignees.map((a) => ({ period: month, assigneeType: a.assigneeType, assigneeId: a.assigneeId, value: 100000000 }));
  t = performance.now();
  for (let i = 0; i < items.length; i += 500) await call(admin, 'PUT', '/api/v1/targets', { metric: 'contractAmountFen', items: items.slice(i, i + 500) });
  console.log(`${items.length} targets for ${month}: ${seconds(t)} s`);
  await load('GET /targets/attainment (company, contract amount, this month)', C, () => api(admin, `/targets/attainment?metric=contractAmountFen&period=${month}`));

  // The benchmark's reps were generated before targets existed: give their role target.view.
  for (const role of (await api(admin, '/roles')).items.filter((r) => r.code !== 'admin' && !r.permissions.includes('target.view')))
    await call(admin, 'PATCH', `/api/v1/roles/${role.id}`, { permissions: [...role.permissions, 'target.view'] });
  const rep = await login('u0001');
  for (const path of ['/reports/customers?by=city', '/reports/customers/overview']) {
    t = performance.now();
    await api(admin, path);
    console.log(`GET ${path} (company) first answer: ${seconds(t)} s`);
    await load(`GET ${path} (company)`, C, () => api(admin, path));
    await load(`GET ${path} (a rep: their own customers)`, C, () => api(rep, path));
  }
  await load('GET /targets/mine (a rep: the home target card)', C, () => api(rep, '/targets/mine'));
  await load('GET /home/todos (a rep)', C, () => api(rep, '/home/todos'));

  // The export: the follow-ups of the region's department with the most of them, up to 100,000, all time.
  const depts = (await api(admin, `/reports/metrics?metrics=followUps&groupBy=department&preset=all&departmentId=${team.id}`)).rows
    .filter((r) => r.kind === 'department' && r.values.followUps <= 100000)
    .sort((a, b) => b.values.followUps - a.values.followUps);
  const big = depts[0];
  const lat = await oneByOne(3, async () => {
    const r = await fetch(`${srv.base}/api/v1/reports/records/export?metric=followUps&preset=all&departmentId=${big.id}`, { headers: { Authorization: `Bearer ${admin}` } });
    if (!r.ok) throw new Error(`export: ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
  });
  console.log(`GET /reports/records/export (${big.name}, ${big.values.followUps} rows): ${lat.map((x) => (x / 1000).toFixed(2)).join(', ')} s`);
} finally {
  await srv.stop();
  rmSync(dir, { recursive: true, force: true });
}
