// Several nodes on one PostgreSQL database (docs/operations.md, "Several nodes"): every node runs
// the webhook delivery job, and each delivery is still sent exactly once. Two `quanke serve`
// processes share the database; the receiver answers slowly (250 ms), so a batch takes seconds
// to send and both nodes' jobs (every 2 s) are certain to look at the same pending rows.
// PostgreSQL only: on SQLite one process owns the database file (several nodes need PostgreSQL).
import assert from 'node:assert/strict';
import http from 'node:http';
import { spawn } from 'node:child_process';
import { BACKEND, BIN, freePort, useServer, test, directory, sleep } from './lib/harness.mjs';
import { as, assertOk, createCustomer, pools, unique } from './lib/crm.mjs';

if (BACKEND === 'postgres') {
  const srv = useServer({ reuseDemo: true, customers: { other: 0 }, sweepCheck: 3600, webhookAttempts: 3, webhookBackoffMs: 200 });
  const N = 24;
  const received = [];
  let receiver, nodeB, nodeBExit;

  test('two nodes, one database: each of 24 deliveries reaches the receiver once', { timeout: 120000 }, async () => {
    receiver = http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        setTimeout(() => { res.statusCode = 200; res.end('ok'); }, 250);
      });
    });
    await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${receiver.address().port}/hook`;

    // Node B: a second server on the same database, its background jobs on.
    const port = await freePort();
    nodeB = spawn(BIN, ['serve', '--db', srv.server.dbUrl, '--listen', `127.0.0.1:${port}`, '--sweep-check', '3600',
      '--web-root', '/nonexistent', '--access-log', 'false'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let logB = '';
    nodeB.stderr.on('data', (d) => { logB += d; });
    nodeBExit = new Promise((r) => nodeB.on('exit', r));
    for (let i = 0; ; ++i) {
      try { if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).status === 200) break; } catch { /* not yet */ }
      assert.ok(i < 200, `node B did not start: ${logB}`);
      await sleep(50);
    }

    const admin = await as(srv.baseUrl, 'admin');
    const dir = await directory(admin);
    const hb = (await pools(admin)).byName('华北公海');
    const hook = assertOk(await admin.post('/api/v1/webhooks', { url, allowPrivate: true, events: ['customer.assigned'] }), 201);
    // 24 assignments, half through each node: 24 notifications, 24 deliveries.
    const adminB = await as(`http://127.0.0.1:${port}`, 'admin');
    const tag = unique();
    // Receivers: members of 华北公海 below their holding limit (the demo fills some up).
    const reps = dir.users.filter((u) => /^rep\d+$/.test(u.username)).map((u) => u.id);
    for (let i = 0, r = 0; i < N; ++i) {
      const api = i % 2 ? adminB : admin;
      const c = await createCustomer(api, { name: `多节点推送${tag}-${i}有限公司`, poolId: hb.id });
      for (;;) {
        assert.ok(r < reps.length, 'a rep with room for one more customer');
        const res = await api.post(`/api/v1/customers/${c.id}/assign`, { userId: reps[r] });
        if (res.status === 200) break;
        assert.ok(['pool.limit_reached', 'pool.not_member'].includes(res.json?.error?.code), `assign: ${res.status} ${res.text}`);
        ++r;
      }
    }
    // Until every delivery is recorded as delivered (both nodes' jobs keep running meanwhile).
    const deadline = Date.now() + 90000;
    for (;;) {
      const items = assertOk(await admin.get(`/api/v1/webhooks/${hook.id}/deliveries?limit=200`)).items;
      if (items.length === N && items.every((d) => d.status === 'delivered')) break;
      assert.ok(Date.now() < deadline, `deliveries not all delivered: ${JSON.stringify(items.map((d) => d.status))}`);
      await sleep(250);
    }
    await sleep(3000);  // a late duplicate from the other node's next run would arrive by now
    const mine = received.filter((b) => b.includes(tag));
    const byBody = new Map();
    for (const b of mine) byBody.set(b, (byBody.get(b) ?? 0) + 1);
    assert.equal(byBody.size, N, 'every assignment was delivered');
    const twice = [...byBody.values()].filter((n) => n > 1).length;
    assert.equal(twice, 0, `${twice} deliveries were sent more than once (${mine.length} requests for ${N} deliveries)`);
  });

  test('teardown: node B and the receiver stop', async () => {
    nodeB.kill('SIGTERM');
    await nodeBExit;
    await new Promise((r) => { receiver.closeAllConnections?.(); receiver.close(() => r()); });
  });
}
