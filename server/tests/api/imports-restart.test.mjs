// An import cut off by a crash is not lost: the job stays running with the batches it committed,
// and once its lease has passed (--import-lease-ms, short here) the restarted server takes it over
// where it stood — every row imported exactly once, none twice.
import assert from 'node:assert/strict';
import { useServer, test, sleep } from './lib/harness.mjs';
import { as, assertOk, allPages, unique } from './lib/crm.mjs';

const BATCH = 100;
const srv = useServer({ customers: 0, sweepCheck: 0, extraArgs: ['--import-batch', String(BATCH), '--import-batch-pause-ms', '150', '--import-lease-ms', '1500'] });

test('a crash mid-import: the restarted server finishes the job, each row once', async () => {
  let admin = await as(srv.baseUrl, 'admin');
  const core = `续${unique().slice(-5)}`;
  const base = 100000000 + Math.floor(Math.random() * 1e8);
  const rows = Array.from({ length: 1500 }, (_, i) => ({ name: `${core}${i}号商贸有限公司`, contactName: `续${i}`, contactMobile: `13${base + i}` }));
  const job = assertOk(await admin.post('/api/v1/imports', { object: 'customers', rows }), 202);
  let seen = job;
  const deadline = Date.now() + 30000;
  while (seen.done < 2 * BATCH) {
    assert.ok(Date.now() < deadline, 'two batches committed before the crash');
    await sleep(20);
    seen = assertOk(await admin.get(`/api/v1/imports/${job.id}`), 200);
  }
  await srv.server.crashAndRestart();
  admin = await as(srv.baseUrl, 'admin');
  const cut = assertOk(await admin.get(`/api/v1/imports/${job.id}`), 200);
  assert.ok(cut.done >= 2 * BATCH && cut.done % BATCH === 0, `whole batches survived the crash: ${cut.done}`);
  let final = cut;
  const end = Date.now() + 60000;
  while (final.status !== 'done') {
    assert.ok(Date.now() < end, `the job was taken over and finished: ${JSON.stringify(final)}`);
    await sleep(200);
    final = assertOk(await admin.get(`/api/v1/imports/${job.id}`), 200);
  }
  assert.deepEqual([final.done, final.created, final.failed, final.skipped], [rows.length, rows.length, 0, 0]);
  const names = (await allPages(admin, `/api/v1/customers?q=${encodeURIComponent(core)}`)).map((c) => c.name).sort();
  assert.deepEqual(names, rows.map((r) => r.name).sort(), 'each row exactly once');
});
