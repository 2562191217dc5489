// Exports (docs/api-exports.md): a list read by a background job through the list's own handler
// into an .xlsx. Every expected row comes from what the test created or from the list API read
// by the same user with the same filters — never from the job's own counts. Pages pause 300 ms
// here (--export-page-pause-ms) so that a job can be caught running.
import assert from 'node:assert/strict';
import { useServer, test, sleep } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, allPages, createCustomer, makeUsers, unique } from './lib/crm.mjs';
import { readSheet, unzip } from './lib/xlsx.mjs';

const srv = useServer({ tenants: ['demo', 'other'], sweepCheck: 0, activity: true, extraArgs: ['--export-page-pause-ms', '300'] });
let admin;
let viewer; // a user with customer.export and the whole company in view, not field.view_protected
const core = `出${unique().slice(-6)}`;
const tag = `标${core}`;
const COUNT = 450; // three pages of 200
const names = [];
const seed = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
const phones = new Map(); // name -> the clear phone it was created with

const FINISHED = new Set(['done', 'cancelled', 'failed']);
async function waitFinished(api, id, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = assertOk(await api.get(`/api/v1/exports/${id}`), 200, 'GET export');
    if (FINISHED.has(job.status)) return job;
    assert.ok(Date.now() < deadline, `export ${id} did not finish: ${JSON.stringify(job)}`);
    await sleep(100);
  }
}

async function exportRows(api, object, query) {
  const job = assertOk(await api.post('/api/v1/exports', { object, query }), 202, `POST /exports ${object}`);
  assert.equal(job.status, 'queued');
  const done = await waitFinished(api, job.id);
  assert.equal(done.status, 'done', JSON.stringify(done));
  const file = await api.get(`/api/v1/exports/${job.id}/file`);
  assert.equal(file.status, 200, file.text);
  assert.equal(file.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.match(file.headers.get('content-disposition'), new RegExp(`filename="${object}-\\d{8}-\\d{4}\\.xlsx"`));
  assert.equal(file.bytes.length, done.fileBytes);
  const sheet = readSheet(unzip(file.bytes));
  return { job: done, header: sheet[0], rows: sheet.slice(1) };
}

const qs = (query) => new URLSearchParams(query).toString();

test('setup: customers of a unique name, each with a phone', async () => {
  admin = await as(srv.baseUrl, 'admin');
  for (let i = 0; i < COUNT; i++) {
    const name = `${core}客户${String(i).padStart(3, '0')}有限公司`;
    const phone = `0379-8${seed}${String(i).padStart(3, '0')}`; // no demo phone looks like it
    await createCustomer(admin, { name, phone, status: i % 3 === 0 ? 'deal' : 'potential', level: 'B', tags: [tag] });
    names.push(name);
    phones.set(name, phone);
  }
});

test('an export holds exactly the list\'s rows for its filters, in its sort, over several pages', async () => {
  const { job, header, rows } = await exportRows(admin, 'customers', { tag, sort: 'name' });
  assert.deepEqual(header.slice(0, 3), ['客户名称', '简称', '客户状态']);
  const expected = [...names].sort();
  assert.deepEqual(rows.map((r) => r[0]), expected, 'every created customer once, sorted by name');
  assert.equal(job.done, COUNT);
  assert.equal(job.truncated, false);
  const phoneCol = header.indexOf('电话');
  const statusCol = header.indexOf('客户状态');
  for (const r of rows) {
    assert.equal(r[phoneCol], phones.get(r[0]), 'the admin sees phones in clear, as in the list');
    const i = Number(r[0].slice(core.length + 2, core.length + 5));
    assert.equal(r[statusCol], i % 3 === 0 ? '成交' : '潜在');
  }
  // A filter narrows the file as it narrows the list; the sort reverses it.
  const deal = await exportRows(admin, 'customers', { tag, status: 'deal', sort: '-name' });
  assert.deepEqual(deal.rows.map((r) => r[0]), names.filter((_, i) => i % 3 === 0).sort().reverse());
  // A search answers newest first (the list ignores sort then): the reverse of creation.
  const found = await exportRows(admin, 'customers', { q: core, sort: 'name' });
  assert.deepEqual(found.rows.map((r) => r[0]), [...names].reverse());
});

test('a counted list counts once: total=false omits the count, and the export\'s total is the first page\'s', async () => {
  const me = assertOk(await admin.get('/api/v1/me'), 200).user.id;
  const base = `/api/v1/customers?ownerId=${me}&tag=${encodeURIComponent(tag)}&limit=200`;
  const first = assertOk(await admin.get(base), 200);
  assert.equal(first.total, COUNT, 'one owner\'s list counts');
  const quiet = assertOk(await admin.get(`${base}&total=false`), 200);
  assert.equal('total' in quiet, false, 'total=false omits the count');
  assert.deepEqual(quiet.items.map((c) => c.id), first.items.map((c) => c.id), 'the same rows');
  const next = assertOk(await admin.get(`${base}&total=false&cursor=${encodeURIComponent(first.nextCursor)}`), 200);
  assert.equal('total' in next, false);
  assertValidation(await admin.get(`${base}&total=maybe`), 'total', 'invalid_value');
  const { job, rows } = await exportRows(admin, 'customers', { ownerId: me, tag });
  assert.equal(rows.length, COUNT);
  assert.equal(job.total, COUNT, 'the export reads its total from the first page');
});

test('masking follows the exporter: a viewer without field.view_protected gets the masked phones the list shows', async () => {
  const role = assertOk(await admin.post('/api/v1/roles', {
    name: `导出查看${unique()}`, dataScope: 'all', permissions: ['customer.view', 'customer.export'],
  }), 201);
  const root = assertOk(await admin.get('/api/v1/departments')).items.find((d) => !d.parentId);
  [viewer] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: root.id, roleId: role.id, prefix: 'ex' });
  const { header, rows } = await exportRows(viewer.api, 'customers', { tag, sort: 'name' });
  const listed = await allPages(viewer.api, `/api/v1/customers?${qs({ tag, sort: 'name' })}`);
  assert.equal(rows.length, COUNT);
  const phoneCol = header.indexOf('电话');
  assert.deepEqual(rows.map((r) => r[phoneCol]), listed.map((c) => c.phone), 'the file shows what the list shows');
  for (const r of rows) {
    assert.notEqual(r[phoneCol], phones.get(r[0]), 'never the clear number');
    assert.match(r[phoneCol], /\*{4}/);
  }
  // English header when asked in English.
  const job = assertOk(await viewer.api.post('/api/v1/exports', { object: 'customers', query: { q: core } }, { headers: { 'accept-language': 'en' } }), 202);
  await waitFinished(viewer.api, job.id);
  const file = await viewer.api.get(`/api/v1/exports/${job.id}/file`);
  assert.deepEqual(readSheet(unzip(file.bytes))[0].slice(0, 2), ['Name', 'Short name']);
});

test('who may export: the permission, the object, the list\'s own 400s, and nothing queued on refusal', async () => {
  const role = assertOk(await admin.post('/api/v1/roles', {
    name: `不可导出${unique()}`, dataScope: 'all', permissions: ['customer.view', 'lead.view'],
  }), 201);
  const root = assertOk(await admin.get('/api/v1/departments')).items.find((d) => !d.parentId);
  const [plain] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: root.id, roleId: role.id, prefix: 'nx' });
  assertError(await plain.api.post('/api/v1/exports', { object: 'customers', query: {} }), 403, 'permission.denied');
  assertError(await plain.api.post('/api/v1/exports', { object: 'leads', query: {} }), 403, 'permission.denied');
  assertError(await plain.api.post('/api/v1/exports', { object: 'contracts', query: {} }), 403, 'permission.denied');
  assert.equal(assertOk(await plain.api.get('/api/v1/exports')).items.length, 0);

  const before = assertOk(await admin.get('/api/v1/exports')).items.length;
  assertValidation(await admin.post('/api/v1/exports', { object: 'users', query: {} }), 'object', 'invalid_value');
  assertValidation(await admin.post('/api/v1/exports', { query: {} }), 'object', 'required');
  assertValidation(await admin.post('/api/v1/exports', { object: 'customers', query: { status: 'nope' } }), 'status', 'invalid_value');
  assertValidation(await admin.post('/api/v1/exports', { object: 'customers', query: { sort: 'phone' } }), 'sort');
  assertValidation(await admin.post('/api/v1/exports', { object: 'customers', query: { level: 3 } }), 'query', 'invalid_value');
  assertValidation(await admin.post('/api/v1/exports', { object: 'customers', query: 'status=deal' }), 'query', 'invalid_value');
  assert.equal(assertOk(await admin.get('/api/v1/exports')).items.length, before, 'nothing queued');
});

test('a job belongs to its exporter alone; cancel mid-way leaves no file; at most 3 open', async () => {
  // A job caught running (two pages, 300 ms after each) and cancelled.
  const job = assertOk(await admin.post('/api/v1/exports', { object: 'customers', query: { tag } }), 202);
  let seen = job;
  for (let i = 0; i < 100 && seen.status === 'queued'; i++) {
    await sleep(50);
    seen = assertOk(await admin.get(`/api/v1/exports/${job.id}`));
  }
  assert.equal(seen.status, 'running', JSON.stringify(seen));
  const cancelled = assertOk(await admin.post(`/api/v1/exports/${job.id}/cancel`));
  assert.ok(['running', 'cancelled'].includes(cancelled.status));
  const end = await waitFinished(admin, job.id);
  assert.equal(end.status, 'cancelled');
  assert.equal(end.fileBytes, null);
  assert.ok(end.done < COUNT, `stopped before the end (${end.done})`);
  assertError(await admin.get(`/api/v1/exports/${job.id}/file`), 409, 'export.not_ready');
  // A finished job is answered unchanged by another cancel.
  assert.equal(assertOk(await admin.post(`/api/v1/exports/${job.id}/cancel`)).status, 'cancelled');

  // Another exporter of the same company sees none of it.
  assertError(await viewer.api.get(`/api/v1/exports/${job.id}`), 404, 'not_found');
  assertError(await viewer.api.get(`/api/v1/exports/${job.id}/file`), 404, 'not_found');
  assertError(await viewer.api.post(`/api/v1/exports/${job.id}/cancel`), 404, 'not_found');
  assert.ok(!assertOk(await viewer.api.get('/api/v1/exports')).items.some((j) => j.id === job.id));

  // Three open at once; the fourth is refused until one ends.
  const open = [];
  for (let i = 0; i < 3; i++) open.push(assertOk(await admin.post('/api/v1/exports', { object: 'customers', query: { q: core } }), 202));
  assertError(await admin.post('/api/v1/exports', { object: 'customers', query: { q: core } }), 409, 'export.too_many_open');
  for (const j of open) assert.equal((await waitFinished(admin, j.id)).status, 'done');
  assertOk(await admin.post('/api/v1/exports', { object: 'customers', query: { q: core, status: 'deal' } }), 202);
});

test('leads, opportunities and contracts: the file holds the list\'s rows, money in yuan', async () => {
  const leads = await allPages(admin, '/api/v1/leads?sort=-createdAt');
  assert.ok(leads.length > 0, 'the demo has leads');
  const l = await exportRows(admin, 'leads', { sort: '-createdAt' });
  assert.equal(l.header[0], '姓名');
  assert.deepEqual(l.rows.map((r) => r[0]), leads.map((x) => x.name));
  const mobileCol = l.header.indexOf('手机');
  assert.deepEqual(l.rows.map((r) => r[mobileCol] ?? null), leads.map((x) => x.mobile ?? null));

  const deals = await allPages(admin, '/api/v1/opportunities?status=open');
  assert.ok(deals.length > 0, 'the demo has open opportunities');
  const d = await exportRows(admin, 'opportunities', { status: 'open' });
  assert.deepEqual(d.rows.map((r) => r[0]), deals.map((x) => x.name));
  const amountCol = d.header.indexOf('金额（元）');
  assert.deepEqual(d.rows.map((r) => r[amountCol]), deals.map((x) => x.amountFen / 100));
  assert.ok(d.rows.every((r) => r[d.header.indexOf('状态')] === '进行中'));

  const contracts = await allPages(admin, '/api/v1/contracts');
  assert.ok(contracts.length > 0, 'the demo has contracts');
  const c = await exportRows(admin, 'contracts', {});
  assert.deepEqual(c.rows.map((r) => r[0]), contracts.map((x) => x.number));
  const totalCol = c.header.indexOf('合同金额（元）');
  const owedCol = c.header.indexOf('应收（元）');
  assert.deepEqual(c.rows.map((r) => [r[totalCol], r[owedCol]]), contracts.map((x) => [x.totalFen / 100, x.owedFen / 100]));
});

test('every export is in the audit log: start, finish with its rows, each download', async () => {
  const { job } = await exportRows(admin, 'customers', { q: core, status: 'deal' });
  const entries = await allPages(admin, '/api/v1/audit-log?action=export.finish');
  const finish = entries.find((e) => e.objectId === job.id);
  assert.ok(finish, 'export.finish recorded');
  assert.equal(finish.details.rows, names.filter((_, i) => i % 3 === 0).length);
  assert.equal(finish.details.object, 'customers');
  assert.deepEqual(finish.details.query, { q: core, status: 'deal' });
  const starts = await allPages(admin, '/api/v1/audit-log?action=export.start');
  assert.ok(starts.some((e) => e.objectId === job.id));
  await admin.get(`/api/v1/exports/${job.id}/file`);
  const downloads = (await allPages(admin, '/api/v1/audit-log?action=export.download')).filter((e) => e.objectId === job.id);
  assert.equal(downloads.length, 2, 'the helper\'s download and this one');
});

test('another company sees none of it: job, file, cancel, list and audit entries', async () => {
  const { job } = await exportRows(admin, 'customers', { tag });
  const stranger = await as(srv.baseUrl, 'admin', 'other');
  assertError(await stranger.get(`/api/v1/exports/${job.id}`), 404, 'not_found');
  assertError(await stranger.get(`/api/v1/exports/${job.id}/file`), 404, 'not_found');
  assertError(await stranger.post(`/api/v1/exports/${job.id}/cancel`), 404, 'not_found');
  assert.ok(!assertOk(await stranger.get('/api/v1/exports')).items.some((j) => j.id === job.id));
  assert.equal((await allPages(stranger, `/api/v1/audit-log?objectType=export&objectId=${job.id}`)).length, 0);
  assert.ok((await allPages(admin, `/api/v1/audit-log?objectType=export&objectId=${job.id}`)).length >= 3, 'start, finish, download at home');
});
