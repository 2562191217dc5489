// Imports (docs/api-imports.md): a file's mapped rows as a background job, in batches of 100
// here (--import-batch), each batch one transaction through the customers module's create path;
// progress as JSON and as a live event stream; the refused and skipped rows as JSON and .xlsx;
// the conflict policies; cancelling between batches; who may import, whom rows may name, and
// tenant isolation; saved column mappings. Every expected count is derived from the rows sent.
import assert from 'node:assert/strict';
import { useServer, test, directory, sleep } from './lib/harness.mjs';
import { FINISHED, waitFinished } from './lib/imports.mjs';
import { as, assertError, assertOk, allPages, createCustomer, departmentWithTwoGroups, makeUsers, unique } from './lib/crm.mjs';
import { readSheet, unzip } from './lib/xlsx.mjs';

const BATCH = 100;
const srv = useServer({ customers: 20, sweepCheck: 0, extraArgs: ['--import-batch', String(BATCH), '--import-batch-pause-ms', '100'] });
let admin;
let dir;
const core = `导${unique().slice(-5)}`;
// Distinct mobile numbers for this file's rows: 13 + 9 digits.
let mobileSeq = Math.floor(Math.random() * 1e6) * 1000;
const nextMobile = () => `13${String(100000000 + (mobileSeq++ % 800000000)).padStart(9, '0')}`;

const searchCore = (api, q) => allPages(api, `/api/v1/customers?q=${encodeURIComponent(q)}`);

// Reads `progress` events of an import's stream until the job has finished; answers the jobs seen.
async function readProgress(baseUrl, token, id) {
  const res = await fetch(`${baseUrl}/api/v1/imports/${id}/events`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /text\/event-stream/);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const seen = [];
  let text = '';
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    let end;
    while ((end = text.indexOf('\n\n')) >= 0) {
      const block = text.slice(0, end);
      text = text.slice(end + 2);
      if (!block.startsWith('event: progress')) continue;
      seen.push(JSON.parse(block.slice(block.indexOf('data: ') + 6)));
    }
    if (seen.length && FINISHED.has(seen[seen.length - 1].status)) break;
  }
  await reader.cancel();
  return seen;
}

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
});

test('a 1,000-row import with bad rows: exact counts, the errors list and file name exactly the bad rows, live progress', async () => {
  const rows = [];
  const expected = []; // per row: 'created' | 'failed' | 'skipped'
  const name = (i) => `${core}甲${i}号科技有限公司`;
  for (let i = 0; i < 1000; i++) {
    const row = { name: name(i), contactName: `联系人${i}`, contactMobile: nextMobile(), level: 'B级', industry: '制造' };
    let outcome = 'created';
    if (i % 97 === 5) { delete row.name; outcome = 'failed'; }                   // no name
    else if (i % 89 === 7) { row.level = 'Z'; outcome = 'failed'; }              // not a level
    else if (i % 83 === 11 && expected[i - 1] === 'created') {                   // the previous row again
      row.name = name(i - 1);
      outcome = 'skipped';
    }
    rows.push(row);
    expected.push(outcome);
  }
  const count = (o) => expected.filter((e) => e === o).length;
  assert.ok(count('failed') > 15 && count('skipped') > 5, 'the file has bad rows of each kind');

  const job = assertOk(await admin.post('/api/v1/imports', { object: 'customers', policy: 'skip', fileName: 'big.xlsx', rows }), 202, 'start');
  assert.equal(job.total, 1000);
  assert.ok(['queued', 'running'].includes(job.status), job.status);
  const events = await readProgress(srv.baseUrl, admin.token, job.id);
  const final = await waitFinished(admin, job.id);
  assert.equal(final.status, 'done', JSON.stringify(final));
  assert.deepEqual(
    { done: final.done, created: final.created, failed: final.failed, skipped: final.skipped, attached: final.attached, updated: final.updated },
    { done: 1000, created: count('created'), failed: count('failed'), skipped: count('skipped'), attached: 0, updated: 0 },
  );
  // The stream: several progress events, whole batches only, ending with the finished job.
  assert.ok(events.length >= 3, `progress events: ${events.length}`);
  for (let k = 1; k < events.length; k++) assert.ok(events[k].done >= events[k - 1].done, 'progress only grows');
  for (const e of events) assert.ok(e.done % BATCH === 0 || e.done === 1000, `whole batches: ${e.done}`);
  assert.equal(events[events.length - 1].status, 'done');

  // The errors: exactly the bad rows, in order, with their outcomes and reasons.
  const bad = expected.map((o, i) => [i + 1, o]).filter(([, o]) => o !== 'created');
  const errors = assertOk(await admin.get(`/api/v1/imports/${job.id}/errors`), 200).items;
  assert.deepEqual(errors.map((e) => [e.row, e.outcome]), bad);
  for (const e of errors) {
    const i = e.row - 1;
    if (!rows[i].name) assert.deepEqual([e.code, e.fields], ['validation.failed', [{ field: 'name', issue: 'required' }]]);
    else if (rows[i].level === 'Z') assert.deepEqual([e.code, e.fields], ['validation.failed', [{ field: 'level', issue: 'invalid_value' }]]);
    else assert.equal(e.code, 'customer.conflict');
    assert.equal(e.label, rows[i].name ?? '');
  }
  const file = await admin.get(`/api/v1/imports/${job.id}/errors.xlsx`);
  assert.equal(file.status, 200);
  assert.equal(file.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const sheet = readSheet(unzip(file.bytes));
  assert.deepEqual(sheet[0].slice(0, 3), ['行号', '名称', '结果']);
  assert.deepEqual(sheet.slice(1).map((r) => [r[0], r[2]]), bad.map(([n, o]) => [n, o === 'skipped' ? '已跳过' : '失败']));

  // What was created is whole: the customers (each once) with their primary contact.
  const found = await searchCore(admin, `${core}甲`);
  assert.equal(found.length, count('created'));
  const sample = expected.indexOf('created');
  const one = found.find((c) => c.name === name(sample));
  const detail = assertOk(await admin.get(`/api/v1/customers/${one.id}`), 200);
  assert.equal(detail.level, 'B');
  assert.deepEqual(detail.contacts.map((c) => [c.name, c.isPrimary]), [[`联系人${sample}`, true]]);
  // Audited: start and finish.
  for (const action of ['import.start', 'import.finish']) {
    const audit = assertOk(await admin.get(`/api/v1/audit-log?action=${action}&limit=50`), 200).items.filter((e) => e.objectId === job.id);
    assert.equal(audit.length, 1, `${action} audited once`);
  }
});

test('policies: skip, attach (the contact joins the existing customer) and update (its fields)', async () => {
  const existing = await createCustomer(admin, { name: `${core}乙存量贸易有限公司`, industry: '旧行业', level: 'C', contacts: [{ name: '老联系人', mobile: nextMobile() }] });
  const run = async (policy, rows) => {
    const job = assertOk(await admin.post('/api/v1/imports', { object: 'customers', policy, fileName: `${policy}.csv`, rows }), 202);
    return waitFinished(admin, job.id);
  };
  const contactsOf = async () => assertOk(await admin.get(`/api/v1/customers/${existing.id}/contacts`), 200).items.map((c) => c.name).sort();

  const skip = await run('skip', [
    { name: existing.name, contactName: '新联系人甲', contactMobile: nextMobile() },
    { name: `${core}乙新客户一有限公司` },
  ]);
  assert.deepEqual([skip.created, skip.skipped, skip.attached, skip.updated, skip.failed], [1, 1, 0, 0, 0]);
  assert.deepEqual(await contactsOf(), ['老联系人']);

  const attachMobile = nextMobile();
  const attach = await run('attach', [
    { name: existing.name, contactName: '新联系人乙', contactMobile: attachMobile },
    { name: existing.name },                                   // nothing to attach
    { name: `${core}乙新客户二有限公司` },
  ]);
  assert.deepEqual([attach.created, attach.attached, attach.skipped, attach.updated, attach.failed], [1, 1, 1, 0, 0]);
  assert.deepEqual(await contactsOf(), ['新联系人乙', '老联系人']);
  const attachErrors = assertOk(await admin.get(`/api/v1/imports/${attach.id}/errors`), 200).items;
  assert.deepEqual(attachErrors.map((e) => [e.row, e.outcome]), [[2, 'skipped']]);

  const update = await run('update', [
    { name: existing.name, industry: '新行业', level: 'A' },
    { name: `${core}乙新客户三有限公司` },
  ]);
  assert.deepEqual([update.created, update.updated, update.attached, update.skipped, update.failed], [1, 1, 0, 0, 0]);
  const after = assertOk(await admin.get(`/api/v1/customers/${existing.id}`), 200);
  assert.deepEqual([after.industry, after.level, after.name], ['新行业', 'A', existing.name]);
});

test('cancel stops between batches: whole batches stay imported, nothing after them', async () => {
  const rows = Array.from({ length: 3000 }, (_, i) => ({ name: `${core}丙${i}号物流有限公司`, contactName: `丙${i}`, contactMobile: nextMobile() }));
  const job = assertOk(await admin.post('/api/v1/imports', { object: 'customers', policy: 'skip', fileName: 'cancel.csv', rows }), 202);
  let seen = job;
  const deadline = Date.now() + 30000;
  while (seen.done < BATCH) {
    assert.ok(Date.now() < deadline, 'the first batch committed');
    await sleep(20);
    seen = assertOk(await admin.get(`/api/v1/imports/${job.id}`), 200);
  }
  const asked = assertOk(await admin.post(`/api/v1/imports/${job.id}/cancel`), 200, 'cancel');
  assert.equal(asked.cancelRequested, true);
  const final = await waitFinished(admin, job.id);
  assert.equal(final.status, 'cancelled');
  assert.ok(final.done < rows.length, `stopped early: ${final.done}`);
  assert.equal(final.done % BATCH, 0, `whole batches: ${final.done}`);
  assert.equal(final.created, final.done, 'every row of the handled batches was created');
  // Exactly the rows of the handled batches exist.
  const found = (await searchCore(admin, `${core}丙`)).map((c) => c.name).sort();
  assert.deepEqual(found, rows.slice(0, final.done).map((r) => r.name).sort());
  // A finished job is answered as it is.
  const again = assertOk(await admin.post(`/api/v1/imports/${job.id}/cancel`), 200);
  assert.deepEqual([again.status, again.done], ['cancelled', final.done]);
});

test('permissions and scope: who may import, whom rows may name, who keeps the origin', async () => {
  const rep01 = await as(srv.baseUrl, 'rep01');
  assertError(await rep01.post('/api/v1/imports', { object: 'customers', rows: [{ name: 'x' }] }), 403, 'permission.denied');
  assertError(await rep01.get('/api/v1/import-templates'), 403, 'permission.denied');

  const org = await departmentWithTwoGroups(admin, '导入');
  const [manager] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: org.a.id, roleId: org.role('manager'), prefix: 'imm' });
  const [inside] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: org.a.id, roleId: org.role('rep'), prefix: 'imi' });
  const [outside] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: org.b.id, roleId: org.role('rep'), prefix: 'imo' });
  const rows = [
    { name: `${core}丁一有限公司`, owner: inside.username },       // in the manager's scope
    { name: `${core}丁二有限公司`, owner: outside.username },      // not
    { name: `${core}丁三有限公司`, owner: '没有这个人' },
    { name: `${core}丁四有限公司`, createdBy: 'rep01' },           // origin: admins only
    { name: `${core}丁五有限公司`, owner: inside.name },           // by name
  ];
  const job = assertOk(await manager.api.post('/api/v1/imports', { object: 'customers', policy: 'skip', rows }), 202);
  const final = await waitFinished(manager.api, job.id);
  assert.deepEqual([final.created, final.failed], [2, 3]);
  const errors = assertOk(await manager.api.get(`/api/v1/imports/${job.id}/errors`), 200).items;
  assert.deepEqual(errors.map((e) => [e.row, e.fields]), [
    [2, [{ field: 'owner', issue: 'invalid_value' }]],
    [3, [{ field: 'owner', issue: 'invalid_value' }]],
    [4, [{ field: 'createdBy', issue: 'not_allowed' }]],
  ]);
  const mine = await allPages(admin, `/api/v1/customers?q=${encodeURIComponent(`${core}丁`)}`);
  assert.deepEqual(mine.map((c) => [c.name, c.ownerId]).sort(), [[rows[0].name, inside.id], [rows[4].name, inside.id]].sort());

  // Someone else's import is not found; admins see every import of the tenant.
  assertError(await rep01.get(`/api/v1/imports/${job.id}`), 404, 'not_found');
  assertError(await rep01.post(`/api/v1/imports/${job.id}/cancel`), 404, 'not_found');
  assert.equal(assertOk(await admin.get(`/api/v1/imports/${job.id}`), 200).id, job.id);
  const managerList = assertOk(await manager.api.get('/api/v1/imports'), 200).items;
  assert.deepEqual(managerList.map((j) => j.id), [job.id]);
  assert.ok(assertOk(await admin.get('/api/v1/imports'), 200).items.some((j) => j.id === job.id));

  // An admin keeps the creator and the creation time (a local time of the tenant).
  const kept = assertOk(await admin.post('/api/v1/imports', {
    object: 'customers',
    rows: [{ name: `${core}戊旧客户有限公司`, createdBy: 'rep02', createdAt: '2024-03-01 09:30' }, { name: `${core}戊坏时间有限公司`, createdAt: '去年' }],
  }), 202);
  const keptFinal = await waitFinished(admin, kept.id);
  assert.deepEqual([keptFinal.created, keptFinal.failed], [1, 1]);
  const old = (await searchCore(admin, `${core}戊旧客户`))[0];
  assert.equal(old.createdAt, '2024-03-01T01:30:00Z');
});

test('validation and limits: object, policy, rows; more than 50,000 rows is 422', async () => {
  assertError(await admin.post('/api/v1/imports', { object: 'leads', rows: [{ name: 'x' }] }), 400, 'validation.failed');
  assertError(await admin.post('/api/v1/imports', { object: 'customers', policy: 'merge', rows: [{ name: 'x' }] }), 400, 'validation.failed');
  assertError(await admin.post('/api/v1/imports', { object: 'customers', rows: [] }), 400, 'validation.failed');
  assertError(await admin.post('/api/v1/imports', { object: 'customers', rows: 'x' }), 400, 'validation.failed');
  const many = await admin.post('/api/v1/imports', { object: 'customers', rows: Array.from({ length: 50001 }, () => ({ name: 'x' })) });
  assertError(many, 422, 'import.too_many_rows');
  assert.equal(many.json.error.details.max, 50000);
  assertError(await admin.get('/api/v1/imports/123'), 404, 'not_found');
});

test('templates: save, replace by name, list, delete', async () => {
  const name = `模板${unique()}`;
  const a = assertOk(await admin.put('/api/v1/import-templates', { object: 'customers', name, mapping: { 公司: 'name', 手机: 'contactMobile' } }), 200);
  const b = assertOk(await admin.put('/api/v1/import-templates', { name, mapping: { 公司名: 'name' } }), 200);
  assert.equal(b.id, a.id, 'the same name replaces');
  const list = assertOk(await admin.get('/api/v1/import-templates?object=customers'), 200).items.filter((t) => t.name === name);
  assert.deepEqual(list.map((t) => t.mapping), [{ 公司名: 'name' }]);
  assertError(await admin.put('/api/v1/import-templates', { name: '', mapping: {} }), 400, 'validation.failed');
  assertError(await admin.put('/api/v1/import-templates', { name: 'x', mapping: { a: 1 } }), 400, 'validation.failed');
  assert.equal((await admin.del(`/api/v1/import-templates/${a.id}`)).status, 204);
  assertError(await admin.del(`/api/v1/import-templates/${a.id}`), 404, 'not_found');
});

test('tenant isolation: another company sees neither the imports nor the templates', async () => {
  const job = assertOk(await admin.post('/api/v1/imports', { object: 'customers', rows: [{ name: `${core}己有限公司` }] }), 202);
  await waitFinished(admin, job.id);
  const tpl = assertOk(await admin.put('/api/v1/import-templates', { name: `隔离${unique()}`, mapping: { a: 'name' } }), 200);
  const other = await as(srv.baseUrl, 'admin', 'other');
  assertError(await other.get(`/api/v1/imports/${job.id}`), 404, 'not_found');
  assertError(await other.get(`/api/v1/imports/${job.id}/errors`), 404, 'not_found');
  assertError(await other.get(`/api/v1/imports/${job.id}/errors.xlsx`), 404, 'not_found');
  assertError(await other.get(`/api/v1/imports/${job.id}/events`), 404, 'not_found');
  assertError(await other.post(`/api/v1/imports/${job.id}/cancel`), 404, 'not_found');
  assert.ok(!assertOk(await other.get('/api/v1/imports'), 200).items.some((j) => j.id === job.id));
  assert.ok(!assertOk(await other.get('/api/v1/import-templates'), 200).items.some((t) => t.id === tpl.id));
  assertError(await other.del(`/api/v1/import-templates/${tpl.id}`), 404, 'not_found');
  assert.equal((await searchCore(other, `${core}己`)).length, 0);
});
