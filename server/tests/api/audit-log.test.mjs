// The audit log page's API (docs/api-org.md "Audit log"): each edit records what it changed as
// before/after pairs, the client and address it came from; the filters by person, object, action
// prefix and period; protected values masked for readers without field.view_protected; the log
// exported like a list. Expected values are what the test itself sent.
import assert from 'node:assert/strict';
import { useServer, test, sleep, PASSWORD } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, allPages, createCustomer, makeUsers, unique } from './lib/crm.mjs';
import { readSheet, unzip } from './lib/xlsx.mjs';

const srv = useServer({ tenants: ['demo'], customers: 20, sweepCheck: 0 });
const AGENT = 'QuankeAuditTest/1.0 (Linux; test)';
let admin;
let root;
const seed = String(Math.floor(Math.random() * 1000)).padStart(3, '0');

const ofObject = (api, type, id, more = '') => allPages(api, `/api/v1/audit-log?objectType=${type}&objectId=${id}${more}`);
const changesOf = (entry) => Object.fromEntries(entry.details.changes.map((c) => [c.field, [c.before, c.after]]));

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  root = assertOk(await admin.get('/api/v1/departments')).items.find((d) => !d.parentId);
});

test('an edit records exactly the fields it changed, before and after, with the client and address', async () => {
  const name = `审计${unique()}有限公司`;
  const c = await createCustomer(admin, { name, phone: `0371-6${seed}1111`, level: 'C', tags: ['甲'] });
  const newName = `${name}（新）`;
  assertOk(await admin.patch(`/api/v1/customers/${c.id}`, { name: newName, phone: `0371-6${seed}2222`, level: 'C', tags: ['甲', '乙'] },
    { headers: { 'user-agent': AGENT } }));
  const entries = await ofObject(admin, 'customer', c.id);
  assert.deepEqual(entries.map((e) => e.action), ['customer.update', 'customer.create'], 'newest first');
  const edit = entries[0];
  assert.deepEqual(changesOf(edit), {
    name: [name, newName],
    phone: [`0371-6${seed}1111`, `0371-6${seed}2222`],
    tags: [['甲'], ['甲', '乙']],
  }, 'level was sent unchanged and is not listed');
  assert.equal(edit.client, AGENT);
  assert.ok(entries.every((e) => e.objectName === newName), 'each entry names the customer as it is called now');
  assert.equal(edit.ip, '127.0.0.1');

  // An edit that changes nothing says so.
  assertOk(await admin.patch(`/api/v1/customers/${c.id}`, { level: 'C' }));
  const again = (await ofObject(admin, 'customer', c.id))[0];
  assert.equal(again.action, 'customer.update');
  assert.deepEqual(again.details.changes, []);
  // A login records its client too.
  const r = await fetch(`${srv.baseUrl}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': AGENT },
    body: JSON.stringify({ tenant: 'demo', username: 'admin', password: PASSWORD }),
  });
  assert.equal(r.status, 200);
  const [login] = assertOk(await admin.get('/api/v1/audit-log?action=auth.login&limit=1')).items;
  assert.equal(login.client, AGENT);
  // A long client string is kept to 200 bytes.
  assertOk(await admin.patch(`/api/v1/customers/${c.id}`, { level: 'B' }, { headers: { 'user-agent': 'x'.repeat(500) } }));
  assert.equal((await ofObject(admin, 'customer', c.id))[0].client, 'x'.repeat(200));
});

test('other edits: contact, lead, product, user, role, department', async () => {
  const c = await createCustomer(admin, { name: `审计联系人${unique()}公司` });
  const ct = assertOk(await admin.post(`/api/v1/customers/${c.id}/contacts`, { name: '张三', mobile: `139${seed}00001` }), 201);
  assertOk(await admin.patch(`/api/v1/contacts/${ct.id}`, { name: '张三丰', title: '经理' }));
  const ce = (await ofObject(admin, 'contact', ct.id))[0];
  assert.equal(ce.action, 'contact.update');
  assert.deepEqual(changesOf(ce), { name: ['张三', '张三丰'], title: ['', '经理'] });
  assert.equal(ce.details.customerId, c.id);

  const lead = assertOk(await admin.post('/api/v1/leads', { name: '李四', company: `审计线索${unique()}公司`, mobile: `137${seed}00002` }), 201);
  assertOk(await admin.patch(`/api/v1/leads/${lead.id}`, { industry: '制造', campaign: '秋季展会' }));
  const le = (await ofObject(admin, 'lead', lead.id))[0];
  assert.deepEqual(changesOf(le), { industry: ['', '制造'], campaign: ['', '秋季展会'] });

  const p = assertOk(await admin.post('/api/v1/products', { code: `A${unique()}`, name: '标准版', listPriceFen: 100 }), 201);
  assertOk(await admin.patch(`/api/v1/products/${p.id}`, { listPriceFen: 250 }));
  assert.deepEqual(changesOf((await ofObject(admin, 'product', p.id))[0]), { listPriceFen: [100, 250] });

  const role = assertOk(await admin.post('/api/v1/roles', { name: `审计角色${unique()}`, dataScope: 'self', permissions: ['customer.view'] }), 201);
  assertOk(await admin.patch(`/api/v1/roles/${role.id}`, { dataScope: 'department', permissions: ['customer.view', 'customer.edit'] }));
  assert.deepEqual(changesOf((await ofObject(admin, 'role', role.id))[0]), {
    dataScope: ['self', 'department'], permissions: [['customer.view'], ['customer.edit', 'customer.view']],
  });

  const [u] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: root.id, roleId: role.id, prefix: 'au' });
  assertOk(await admin.patch(`/api/v1/users/${u.id}`, { name: '改名后', isDepartmentHead: true }));
  const ue = (await ofObject(admin, 'user', u.id))[0];
  assert.deepEqual(changesOf(ue), { name: [u.name, '改名后'], isDepartmentHead: [false, true] });
  assert.equal(ue.details.status, 'active', 'the status stays in the details as before');

  const dep = assertOk(await admin.post('/api/v1/departments', { name: `审计部${unique()}`, parentId: root.id }), 201);
  assertOk(await admin.patch(`/api/v1/departments/${dep.id}`, { name: `${dep.name}二` }));
  assert.deepEqual(changesOf((await ofObject(admin, 'department', dep.id))[0]), { name: [dep.name, `${dep.name}二`] });
});

test('filters: person, action prefix, object, period; bad values are 400s', async () => {
  const role = assertOk(await admin.post('/api/v1/roles', { name: `审计筛选${unique()}`, dataScope: 'all', permissions: ['customer.view', 'customer.create', 'customer.edit'] }), 201);
  const [rep] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: root.id, roleId: role.id, prefix: 'af' });
  const before = new Date().toISOString();
  await sleep(5);
  const made = [];
  for (let i = 0; i < 3; i++) made.push(await createCustomer(rep.api, { name: `筛选${unique()}公司` }));
  assertOk(await rep.api.patch(`/api/v1/customers/${made[0].id}`, { level: 'A' }));
  await sleep(5);
  const after = new Date().toISOString();

  const byRep = await allPages(admin, `/api/v1/audit-log?actorId=${rep.id}`);
  assert.ok(byRep.every((e) => e.actorId === rep.id));
  const repCustomer = byRep.filter((e) => e.objectType === 'customer');
  assert.deepEqual(repCustomer.map((e) => e.action).sort(), ['customer.create', 'customer.create', 'customer.create', 'customer.update']);

  const prefixed = await allPages(admin, `/api/v1/audit-log?actorId=${rep.id}&action=customer.`);
  assert.deepEqual(prefixed.map((e) => e.id), repCustomer.map((e) => e.id), 'customer. = every customer.* action, newest first');
  const exact = await allPages(admin, `/api/v1/audit-log?actorId=${rep.id}&action=customer.update`);
  assert.deepEqual(exact.map((e) => e.objectId), [made[0].id]);
  // "customer." does not match "customer_x" or "customers…": only the dot-prefixed family.
  assert.ok(prefixed.every((e) => e.action.startsWith('customer.')));

  const inPeriod = await allPages(admin, `/api/v1/audit-log?actorId=${rep.id}&from=${encodeURIComponent(before)}&to=${encodeURIComponent(after)}`);
  assert.equal(inPeriod.filter((e) => e.objectType === 'customer').length, 4);
  assert.equal((await allPages(admin, `/api/v1/audit-log?actorId=${rep.id}&from=${encodeURIComponent(after)}`)).length, 0);
  assert.equal((await allPages(admin, `/api/v1/audit-log?actorId=${rep.id}&objectType=customer&to=${encodeURIComponent(before)}`)).length, 0);

  assertValidation(await admin.get('/api/v1/audit-log?from=yesterday'), 'from', 'invalid_value');
  assertValidation(await admin.get('/api/v1/audit-log?to=2026-13-01T00:00:00Z'), 'to', 'invalid_value');
  assertValidation(await admin.get('/api/v1/audit-log?actorId=abc'), 'actorId', 'invalid_value');
  assertValidation(await admin.get(`/api/v1/audit-log?objectType=${'x'.repeat(51)}`), 'objectType', 'too_long');
  assertError(await rep.api.get('/api/v1/audit-log'), 403, 'permission.denied');
});

test('protected values in changes are masked for a reader without field.view_protected, nowhere else', async () => {
  const c = await createCustomer(admin, { name: `掩码${unique()}公司`, phone: `0371-7${seed}3333` });
  assertOk(await admin.patch(`/api/v1/customers/${c.id}`, { phone: `0371-7${seed}4444`, website: 'example.com' }));
  const role = assertOk(await admin.post('/api/v1/roles', { name: `审计员${unique()}`, dataScope: 'all', permissions: ['org.view'] }), 201);
  const [auditor] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: root.id, roleId: role.id, prefix: 'am' });
  const seen = changesOf((await ofObject(auditor.api, 'customer', c.id))[0]);
  assert.deepEqual(seen.website, ['', 'example.com']);
  for (const v of seen.phone) {
    assert.match(v, /\*{4}/);
    assert.ok(!v.includes('3333') || !v.includes(`7${seed}`), `masked: ${v}`);
  }
  assert.notEqual(seen.phone[0], `0371-7${seed}3333`);
  assert.notEqual(seen.phone[1], `0371-7${seed}4444`);
  // The admin (field.view_protected) sees them in clear.
  assert.deepEqual(changesOf((await ofObject(admin, 'customer', c.id))[0]).phone, [`0371-7${seed}3333`, `0371-7${seed}4444`]);

  // The export of the log follows the same masking: it reads the same list.
  const job = assertOk(await auditor.api.post('/api/v1/exports', { object: 'audit', query: { objectType: 'customer', objectId: c.id } }), 202);
  let done = job;
  for (let i = 0; i < 200 && !['done', 'failed', 'cancelled'].includes(done.status); i++) {
    await sleep(100);
    done = assertOk(await auditor.api.get(`/api/v1/exports/${job.id}`));
  }
  assert.equal(done.status, 'done', JSON.stringify(done));
  const sheet = readSheet(unzip((await auditor.api.get(`/api/v1/exports/${job.id}/file`)).bytes));
  assert.deepEqual(sheet[0], ['时间', '操作人', '操作', '对象类型', '对象 ID', 'IP 地址', '客户端', '详情']);
  assert.deepEqual(sheet.slice(1).map((r) => r[2]), ['customer.update', 'customer.create']);
  const details = sheet[1][7];
  assert.match(details, /website: — → example\.com/);
  assert.ok(!details.includes(`7${seed}4444`), 'no clear phone in the file');
  // Whoever may not read the log may not export it either.
  const [rep] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: root.id, roleId: role.id, prefix: 'an' });
  assertOk(await admin.patch(`/api/v1/roles/${role.id}`, { dataScope: 'department' }));
  await sleep(50);
  assertError(await rep.api.post('/api/v1/exports', { object: 'audit', query: {} }), 403, 'permission.denied');
});
