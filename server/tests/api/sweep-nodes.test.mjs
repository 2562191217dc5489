// Several nodes on one PostgreSQL database (docs/operations.md, "Scheduled jobs on several
// nodes"): every node runs the daily reclaim sweep, and each tenant's sweep of the day still
// happens once — each due customer reclaimed once, one notification per owner, one reminder per
// customer due soon, one audit entry. A node killed in the middle of a sweep leaves whole batches
// only, and another node finishes that sweep.
// The test makes customers due by moving their reclaim clock back in the database (the server
// runs on the real clock), sets every pool's sweep hour to 0 so that the sweep is due at any
// hour, and only then starts the sweeping nodes. Expected numbers come from the customers made
// here. Nodes run with the test-only flags `--sweep-batch 1 --sweep-batch-pause-ms N`: batches
// of one owner's customers and a pause after each — so that sweeps overlap, and so that a node
// can be killed between two batches.
// PostgreSQL only: on SQLite one process owns the database file (several nodes need PostgreSQL).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { BACKEND, BIN, freePort, startServer, test, directory, sleep } from './lib/harness.mjs';
import { as, assertOk, createCustomer, pools, unique, localDate } from './lib/crm.mjs';

const DAY = 24 * 3600 * 1000;
// Per owner: customers due now, customers due in 2 days (reminded), customers not due.
const PLAN = { rep01: { due: 3, soon: 1, fresh: 1 }, rep02: { due: 2, soon: 0, fresh: 0 }, rep03: { due: 4, soon: 1, fresh: 1 } };

const psql = (dbUrl, sql) => execFileSync('psql', [dbUrl, '-q', '-tA', '-v', 'ON_ERROR_STOP=1', '-c', sql], { encoding: 'utf8' }).trim();
const idList = (ids) => ids.map((id) => `'${id}'::bigint`).join(',');

// A `quanke serve` on `dbUrl` with its background jobs on; resolves once it answers /health.
async function startNode(dbUrl, extra = []) {
  const port = await freePort();
  const proc = spawn(BIN, ['serve', '--db', dbUrl, '--listen', `127.0.0.1:${port}`, '--sweep-check', '1',
    '--web-root', '/nonexistent', '--access-log', 'false', ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
  const node = { proc, log: '', exited: new Promise((r) => proc.on('exit', (code, signal) => r({ code, signal }))) };
  proc.stderr.on('data', (d) => { node.log += d; });
  for (let i = 0; ; ++i) {
    try { if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).status === 200) break; } catch { /* not yet */ }
    assert.ok(i < 200, `node did not start: ${node.log}`);
    await sleep(50);
  }
  return node;
}

// SIGTERM, and SIGKILL after 10 s: a node paused in a sweep batch does not stop before the pause ends.
async function stopNodes(nodes) {
  await Promise.all(nodes.map(async (n) => {
    if (n.proc.exitCode !== null || n.proc.signalCode !== null) return;
    n.proc.kill('SIGTERM');
    const timer = setTimeout(() => n.proc.kill('SIGKILL'), 10000);
    await n.exited;
    clearTimeout(timer);
  }));
}

// Just before local midnight the sweep of "today" and the next day's could both run: start after it.
async function awayFromMidnight() {
  const msOfDay = (Date.now() + 8 * 3600 * 1000) % DAY;
  if (msOfDay > DAY - 3 * 60 * 1000) await sleep(DAY - msOfDay + 1000);
}

// On a fresh server (jobs off): the planned customers of 华北 reps, their clocks moved back, and
// every pool's sweep hour at 0. Answers what the sweep must do.
async function prepare(server) {
  const admin = await as(server.baseUrl, 'admin');
  const dir = await directory(admin);
  const list = await pools(admin);
  for (const p of list.items) {
    const rules = assertOk(await admin.get(`/api/v1/pools/${p.id}`), 200, 'pool').rules;
    assertOk(await admin.put(`/api/v1/pools/${p.id}/rules`, { rules: { ...rules, sweepHour: 0 } }), 201, 'sweep hour 0');
  }
  const hb = list.byName('华北公海');
  const now = Date.now();
  const plan = { admin, hb, owners: [], due: [], soon: [], fresh: [] };
  const tag = unique();
  for (const [username, counts] of Object.entries(PLAN)) {
    const owner = { username, id: dir.user(username).id, due: [], soon: [] };
    plan.owners.push(owner);
    for (const [kind, n] of Object.entries(counts)) {
      for (let i = 0; i < n; ++i) {
        const c = await createCustomer(admin, { name: `多节点回收${tag}-${username}-${kind}${i}有限公司`, ownerId: owner.id });
        assert.equal(c.homePoolId, hb.id, 'a 华北 rep\'s customer belongs to 华北公海');
        plan[kind].push(c.id);
        if (kind !== 'fresh') owner[kind].push(c.id);
      }
    }
  }
  // 15 days without follow-up (the demo's rule, on for 60 days): started 20 days ago → due;
  // 14 days ago → reclaimed in 2 days, within the 3-day reminder window.
  psql(server.dbUrl, `UPDATE customers SET clock_start_at = ${now - 20 * DAY}, claimed_at = ${now - 20 * DAY} WHERE id IN (${idList(plan.due)})`);
  psql(server.dbUrl, `UPDATE customers SET clock_start_at = ${now - 14 * DAY}, claimed_at = ${now - 14 * DAY} WHERE id IN (${idList(plan.soon)})`);
  plan.all = [...plan.due, ...plan.soon, ...plan.fresh];
  return plan;
}

// No customer of the plan is half-moved (no owner and no pool, or both), and each reclaim left
// exactly one owner-history row. Answers how many of them are reclaimed.
function assertWhole(dbUrl, plan) {
  const ids = idList(plan.all);
  const half = psql(dbUrl, `SELECT count(*) FROM customers WHERE id IN (${ids}) AND (owner_id IS NULL) = (pool_id IS NULL)`);
  assert.equal(half, '0', 'a customer without owner and pool, or with both');
  const reclaimed = Number(psql(dbUrl, `SELECT count(*) FROM customers WHERE id IN (${ids}) AND owner_id IS NULL`));
  const history = Number(psql(dbUrl, `SELECT count(*) FROM customer_owner_history WHERE customer_id IN (${ids}) AND action = 'reclaim'`));
  assert.equal(history, reclaimed, 'one reclaim history row per reclaimed customer');
  return reclaimed;
}

const sweepAudits = async (admin) => assertOk(await admin.get('/api/v1/audit-log?action=pool.sweep&limit=50'), 200, 'audit').items;

async function waitForSweepAudit(admin, what) {
  const deadline = Date.now() + 30000;
  for (;;) {
    const items = await sweepAudits(admin);
    if (items.length > 0) return;
    assert.ok(Date.now() < deadline, `no sweep audit entry ${what}`);
    await sleep(200);
  }
}

// Every node's sweep together did the work once.
async function assertSweptOnce(server, plan) {
  const { admin, hb } = plan;
  for (const id of plan.due) {
    const c = assertOk(await admin.get(`/api/v1/customers/${id}`), 200, 'customer');
    assert.equal(c.ownerId, null, `${c.name} was reclaimed`);
    assert.equal(c.poolId, hb.id, `${c.name} is in 华北公海`);
    const h = assertOk(await admin.get(`/api/v1/customers/${id}/owner-history`), 200, 'history').items;
    assert.equal(h.filter((e) => e.action === 'reclaim').length, 1, `${c.name} reclaimed once`);
  }
  for (const id of [...plan.soon, ...plan.fresh]) {
    const c = assertOk(await admin.get(`/api/v1/customers/${id}`), 200, 'customer');
    assert.notEqual(c.ownerId, null, `${c.name} is not due and keeps its owner`);
  }
  assert.equal(assertWhole(server.dbUrl, plan), plan.due.length);
  for (const owner of plan.owners) {
    const api = await as(server.baseUrl, owner.username);
    const notes = assertOk(await api.get('/api/v1/notifications?limit=200'), 200, 'notifications').items;
    const reclaimed = notes.filter((n) => n.type === 'customer.reclaimed');
    assert.deepEqual(reclaimed.map((n) => n.params.count), [String(owner.due.length)],
      `${owner.username}: one reclaim notification for ${owner.due.length} customers`);
    const soon = notes.filter((n) => n.type === 'customer.reclaim_soon').map((n) => n.objectId).sort();
    assert.deepEqual(soon, [...owner.soon].sort(), `${owner.username}: one reminder per customer due soon`);
  }
  const audits = await sweepAudits(admin);
  assert.equal(audits.length, 1, `one sweep audit entry: ${JSON.stringify(audits)}`);
  assert.equal(audits[0].details.reclaimed, plan.due.length);
  assert.equal(audits[0].details.reminded, plan.soon.length);
  assert.equal(localDate(audits[0].at), localDate(new Date().toISOString()));
  return audits[0];
}

if (BACKEND === 'postgres') {
  let failed = false;
  const logs = [];
  // A test on a server of its own (jobs off) with the plan prepared; `nodes` (the sweeping ones
  // the test starts) are stopped afterwards, and all logs printed at the end if anything failed.
  const run = (name, fn) => test(name, { timeout: 120000 }, async () => {
    await awayFromMidnight();
    const server = await startServer({ tenants: ['demo'], customers: 0, sweepCheck: 0, reuseDemo: true });
    const nodes = [];
    try {
      await fn(server, await prepare(server), nodes);
    } catch (e) {
      failed = true;
      throw e;
    } finally {
      await stopNodes(nodes);
      logs.push(server.log, ...nodes.map((n) => n.log));
      await server.stop();
    }
  });

  run('three nodes sweep at once: each due customer reclaimed once, one notification per owner, one audit entry', async (server, plan, nodes) => {
    // A pause after each batch (one owner each) stretches a sweep over two seconds, so the three
    // nodes' first checks, made as each starts, certainly overlap it.
    nodes.push(...await Promise.all([0, 1, 2].map(() => startNode(server.dbUrl, ['--sweep-batch', '1', '--sweep-batch-pause-ms', '1000']))));
    await waitForSweepAudit(plan.admin, 'from three nodes');
    await sleep(2500);  // each node checks every second: a second sweep would have run by now
    await assertSweptOnce(server, plan);
  });

  run('a node killed between two batches: whole batches only, another node finishes the sweep once', async (server, plan, nodes) => {
    // Batches are whole owners in id order: the first is the lowest owner id's customers.
    const first = [...plan.owners].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))[0];
    const killed = await startNode(server.dbUrl, ['--sweep-batch', '1', '--sweep-batch-pause-ms', '600000']);
    nodes.push(killed);
    const deadline = Date.now() + 30000;
    while (assertWhole(server.dbUrl, plan) === 0) {
      assert.ok(Date.now() < deadline, 'the first batch was not committed');
      await sleep(100);
    }
    // The first batch and nothing more: its customers, their owner's notification; no audit.
    assert.equal(assertWhole(server.dbUrl, plan), first.due.length, `the first batch holds ${first.username}'s customers`);
    assert.equal(psql(server.dbUrl, `SELECT count(*) FROM customers WHERE id IN (${idList(first.due)}) AND owner_id IS NULL`),
      String(first.due.length));
    assert.equal(psql(server.dbUrl, `SELECT count(*) FROM notifications WHERE user_id = ${first.id} AND type = 'customer.reclaimed'`), '1');
    assert.deepEqual(await sweepAudits(plan.admin), [], 'no audit entry before the sweep ends');
    // Meanwhile a manual sweep is refused, and two more nodes leave the locked tenant alone
    // (3 s: three checks each).
    const manual = await plan.admin.post('/api/v1/reclaim/run', {});
    assert.equal(manual.status, 503, manual.text);
    assert.equal(manual.json.error.code, 'unavailable');
    nodes.push(...await Promise.all([0, 1].map(() => startNode(server.dbUrl))));
    await sleep(3000);
    assert.equal(assertWhole(server.dbUrl, plan), first.due.length, 'the other nodes left the locked sweep alone');
    killed.proc.kill('SIGKILL');
    assert.equal((await killed.exited).signal, 'SIGKILL');
    await waitForSweepAudit(plan.admin, 'after the kill');
    await sleep(2500);
    const audit = await assertSweptOnce(server, plan);
    assert.ok(audit.details.resumedFrom, `the audit entry says the sweep was resumed: ${JSON.stringify(audit.details)}`);
    assert.equal(psql(server.dbUrl, 'SELECT count(*) FROM sweep_progress'), '0');
  });

  test('logs of the servers and nodes when a test failed', () => {
    if (failed) process.stderr.write(`\n----- server and node logs -----\n${logs.join('\n-----\n')}\n`);
  });
}
