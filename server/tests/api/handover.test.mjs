// Hand-over of a leaver's customers (离职交接, PRODUCT.md §1 and §11): preview, round-robin to
// two users (even split), to one user, back to the pools; history moves with the customers.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, makeUsers, createCustomer, pools, allPages, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 200, sweepCheck: 0 });
let admin;
let dir;
let hb;
const rep = () => dir.role('rep').id;

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  hb = (await pools(admin)).byName('华北公海');
});

const owned = (id) => allPages(admin, `/api/v1/customers?ownerId=${id}`);
const resign = async (u) => assertOk(await admin.patch(`/api/v1/users/${u.id}`, { status: 'resigned' }), 200, 'resign');

test('round_robin to two users: preview shows the count, the split is even (±1), history has handover entries', async () => {
  const [leaver, r1, r2] = await makeUsers(admin, srv.baseUrl, { count: 3, departmentId: dir.dep('北京一组').id, roleId: rep(), prefix: 'ho' });
  for (let i = 0; i < 9; i++) await createCustomer(admin, { name: `交接客户${i}号${unique()}有限公司`, ownerId: leaver.id });
  const claimed = await createCustomer(admin, { name: `交接领取${unique()}有限公司`, poolId: hb.id });
  assertOk(await leaver.api.post(`/api/v1/customers/${claimed.id}/claim`, {}), 200, 'leaver claims one');
  const before = await owned(leaver.id);
  assert.equal(before.length, 10);
  await resign(leaver);
  const preview = assertOk(await admin.get(`/api/v1/users/${leaver.id}/handover`), 200, 'preview');
  assert.equal(preview.customers, 10, JSON.stringify(preview).slice(0, 300));
  assert.deepEqual(preview.items.map((c) => c.id).sort(), before.map((c) => c.id).sort());
  const r = assertOk(await admin.post(`/api/v1/users/${leaver.id}/handover`, { mode: 'round_robin', toUserIds: [r1.id, r2.id] }), 200, 'handover');
  assert.equal(r.moved, 10);
  assert.equal((await owned(leaver.id)).length, 0, 'the leaver holds nothing');
  const a = await owned(r1.id);
  const b = await owned(r2.id);
  assert.equal(a.length + b.length, 10);
  assert.ok(Math.abs(a.length - b.length) <= 1, `even split: ${a.length} / ${b.length}`);
  for (const c of [...a, ...b]) {
    const h = assertOk(await admin.get(`/api/v1/customers/${c.id}/owner-history`), 200).items;
    assert.equal(h[0].action, 'handover', `${c.name}: newest entry is the handover`);
    assert.equal(h[0].fromUserId, leaver.id);
    assert.equal(h[0].toUserId, c.ownerId);
    assert.ok(h.length >= 2, 'earlier history kept');
  }
  const after = assertOk(await admin.get(`/api/v1/users/${leaver.id}/handover`), 200);
  assert.equal(after.customers, 0);
  assert.deepEqual(after.items, []);
  // The recipients were told.
  const notes = assertOk(await r1.api.get('/api/v1/notifications?limit=200'), 200).items;
  assert.ok(notes.length >= 1, 'recipient r1 got a notification');
});

test('mode user: everything to one user', async () => {
  const [leaver, to] = await makeUsers(admin, srv.baseUrl, { count: 2, departmentId: dir.dep('天津组').id, roleId: rep(), prefix: 'hu' });
  for (let i = 0; i < 3; i++) await createCustomer(admin, { name: `交接单人${i}号${unique()}有限公司`, ownerId: leaver.id });
  await resign(leaver);
  const r = assertOk(await admin.post(`/api/v1/users/${leaver.id}/handover`, { mode: 'user', toUserId: to.id }), 200);
  assert.equal(r.moved, 3);
  assert.equal((await owned(to.id)).length, 3);
});

test('mode pool: the customers go back to their home pool, without owner', async () => {
  const [leaver] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: dir.dep('北京二组').id, roleId: rep(), prefix: 'hp' });
  const ids = [];
  for (let i = 0; i < 4; i++) {
    const c = await createCustomer(admin, { name: `交接回池${i}号${unique()}有限公司`, poolId: hb.id });
    assertOk(await leaver.api.post(`/api/v1/customers/${c.id}/claim`, {}), 200);
    ids.push(c.id);
  }
  const countBefore = (await admin.get(`/api/v1/pools/${hb.id}`)).json.customerCount;
  await resign(leaver);
  const r = assertOk(await admin.post(`/api/v1/users/${leaver.id}/handover`, { mode: 'pool' }), 200);
  assert.equal(r.moved, 4);
  for (const id of ids) {
    const c = assertOk(await admin.get(`/api/v1/customers/${id}`), 200);
    assert.equal(c.ownerId, null);
    assert.equal(c.poolId, hb.id);
    const h = assertOk(await admin.get(`/api/v1/customers/${id}/owner-history`), 200).items[0];
    assert.equal(h.action, 'handover');
    assert.equal(h.fromUserId, leaver.id);
    assert.equal(h.toUserId, null);
    assert.equal(h.poolId, hb.id);
  }
  assert.equal((await admin.get(`/api/v1/pools/${hb.id}`)).json.customerCount, countBefore + 4);
});

test('mode pool with poolId: into the named pool', async () => {
  const [leaver] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: dir.dep('北京二组').id, roleId: rep(), prefix: 'hq' });
  const ids = [];
  for (let i = 0; i < 2; i++) ids.push((await createCustomer(admin, { name: `交接指定池${i}号${unique()}有限公司`, ownerId: leaver.id })).id);
  await resign(leaver);
  const r = assertOk(await admin.post(`/api/v1/users/${leaver.id}/handover`, { mode: 'pool', poolId: hb.id }), 200);
  assert.equal(r.moved, 2);
  for (const id of ids) assert.equal((await admin.get(`/api/v1/customers/${id}`)).json.poolId, hb.id);
});

test('hand-over needs org.edit; recipients must exist in the tenant', async () => {
  const [leaver] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: dir.dep('北京一组').id, roleId: rep(), prefix: 'hx' });
  await createCustomer(admin, { name: `交接权限${unique()}有限公司`, ownerId: leaver.id });
  await resign(leaver);
  const lead = await as(srv.baseUrl, 'bj1.lead'); // manager: no org.edit
  assertError(await lead.post(`/api/v1/users/${leaver.id}/handover`, { mode: 'user', toUserId: dir.user('rep01').id }), 403, 'permission.denied', 'bj1.lead');
  const r = await admin.post(`/api/v1/users/${leaver.id}/handover`, { mode: 'user', toUserId: '999999999' });
  assert.equal(r.status, 400, r.text);
  assert.equal(r.json.error.code, 'validation.failed');
  assert.ok(r.json.error.details.fields.some((f) => f.field === 'toUserId'), r.text);
  assert.equal((await owned(leaver.id)).length, 1, 'nothing moved');
});
