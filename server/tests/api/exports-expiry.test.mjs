// An export's file lives 7 days (docs/api-exports.md): then the download answers 410
// export.expired and the runner removes the bytes from the file store — unless the same bytes
// are an attachment too. The server's clock is moved by the test (testClock).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useServer, test, sleep } from './lib/harness.mjs';
import { as, assertError, assertOk } from './lib/crm.mjs';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'quanke-export-files-'));
const srv = useServer({ tenants: ['demo'], customers: 20, sweepCheck: 0, testClock: true, extraArgs: ['--data-dir', dataDir] });
const DAY = 24 * 3600 * 1000;
const stored = (sha) => path.join(dataDir, 'files', sha.slice(0, 2), sha.slice(2));

async function finished(api, id) {
  for (let i = 0; i < 200; i++) {
    const job = assertOk(await api.get(`/api/v1/exports/${id}`));
    if (['done', 'failed', 'cancelled'].includes(job.status)) return job;
    await sleep(50);
  }
  throw new Error(`export ${id} did not finish`);
}

async function sha256(bytes) {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

test('after 7 days the download is 410 and the file leaves the store; bytes that are an attachment stay', async () => {
  const start = Date.now();
  srv.server.setClock(start);
  const admin = await as(srv.baseUrl, 'admin');
  const a = assertOk(await admin.post('/api/v1/exports', { object: 'customers', query: { status: 'deal' } }), 202);
  const done = await finished(admin, a.id);
  assert.equal(done.status, 'done');
  assert.equal(Date.parse(done.expiresAt), Date.parse(done.finishedAt) + 7 * DAY);
  const file = await admin.get(`/api/v1/exports/${a.id}/file`);
  assert.equal(file.status, 200);
  const sha = await sha256(file.bytes);
  assert.ok(existsSync(stored(sha)), 'the file is in the store');

  // A second export whose file is also uploaded as an attachment (someone attached the download).
  srv.server.setClock(start + 1000);
  const b = assertOk(await admin.post('/api/v1/exports', { object: 'customers', query: { status: 'potential' } }), 202);
  assert.equal((await finished(admin, b.id)).status, 'done');
  const second = await admin.get(`/api/v1/exports/${b.id}/file`);
  const shaB = await sha256(second.bytes);
  const form = new FormData();
  form.append('file', new Blob([second.bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), 'deals.xlsx');
  const up = await fetch(`${srv.baseUrl}/api/v1/attachments`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` }, body: form });
  assert.equal(up.status, 201, await up.text());

  // Six days on: still there.
  srv.server.setClock(start + 6 * DAY);
  await sleep(1500);
  assert.equal((await admin.get(`/api/v1/exports/${a.id}/file`)).status, 200);

  // Seven days and an hour on: expired, and the runner (once a minute of the server's clock) removes it.
  srv.server.setClock(start + 7 * DAY + 3600 * 1000);
  const later = await as(srv.baseUrl, 'admin'); // the first session has ended by now
  assertError(await later.get(`/api/v1/exports/${a.id}/file`), 410, 'export.expired');
  assertError(await later.get(`/api/v1/exports/${b.id}/file`), 410, 'export.expired');
  for (let i = 0; i < 60 && existsSync(stored(sha)); i++) await sleep(100);
  assert.ok(!existsSync(stored(sha)), 'the expired file is gone from the store');
  assert.ok(existsSync(stored(shaB)), 'bytes that are also an attachment stay');
  const listed = assertOk(await later.get('/api/v1/exports')).items.find((j) => j.id === a.id);
  assert.equal(listed.status, 'done', 'the job stays in 导出记录, expired');
});
