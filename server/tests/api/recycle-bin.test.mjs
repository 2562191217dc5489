// The recycle bin (回收站, docs/api-recycle-bin.md): deleted records listed with who deleted them
// and when they are purged; an administrator restores within 90 days (a customer goes back to its
// owner when that user is active, else to its home pool; its contacts with it; the conflict check
// runs again) or purges now; children of a deleted customer wait for it; 403 for non-admins and
// nothing across tenants.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, createCustomer, makeUsers, unique } from './lib/crm.mjs';

const srv = useServer({ customers: { demo: 50, other: 10 }, sweepCheck: 0, testClock: true });
const DAY = 24 * 3600 * 1000;
let admin;
let otherAdmin;
let dir;
let reps; // two reps of rep01's department: [keeper, leaver]

const bin = async (query = '') => assertOk(await admin.get(`/api/v1/recycle-bin${query}`), 200, `GET /recycle-bin${query}`);
const restore = (api, kind, id) => api.post(`/api/v1/recycle-bin/${kind}/${id}/restore`, {});
const purge = (api, kind, id) => api.del(`/api/v1/recycle-bin/${kind}/${id}`);
const conflictWhere = async (name) => {
  const r = assertOk(await admin.post('/api/v1/customers/check-conflict', { name }), 200, 'check-conflict');
  return r.matches.filter((m) => m.kind === 'customer').map((m) => m.where);
};

test('setup', async () => {
  srv.server.setClock(null);
  admin = await as(srv.baseUrl, 'admin');
  otherAdmin = await as(srv.baseUrl, 'admin', 'other');
  dir = await directory(admin);
  const dep = dir.user('rep01').departmentId;
  reps = await makeUsers(admin, srv.baseUrl, { count: 2, departmentId: dep, roleId: dir.role('rep').id, prefix: 'rb' });
});

test('delete → listed with who and when → restore: back with its owner, contacts and all', async () => {
  const [keeper] = reps;
  const name = `回收${unique()}科技有限公司`;
  const c = await createCustomer(keeper.api, { name, phone: '010-8765 4301', contacts: [{ name: '留下的联系人', mobile: '13987654301' }] });
  assert.equal(c.ownerId, keeper.id);
  const before = Date.now();
  assert.equal((await admin.del(`/api/v1/customers/${c.id}`)).status, 204);
  const after = Date.now();
  assertError(await keeper.api.get(`/api/v1/customers/${c.id}`), 404, 'not_found', 'gone while in the bin');

  const listed = await bin(`?kind=customer&q=${encodeURIComponent(name)}`);
  assert.equal(listed.items.length, 1, JSON.stringify(listed));
  assert.equal(listed.total, 1);
  const item = listed.items[0];
  assert.equal(item.kind, 'customer');
  assert.equal(item.id, c.id);
  assert.equal(item.title, name);
  assert.deepEqual(item.deletedBy, { id: dir.user('admin').id, name: dir.user('admin').name });
  const deletedAt = Date.parse(item.deletedAt);
  assert.ok(deletedAt >= before - 1000 && deletedAt <= after + 1000, `deletedAt ${item.deletedAt}`);
  assert.equal(Date.parse(item.purgeAt) - deletedAt, 90 * DAY);
  assert.deepEqual(await conflictWhere(name), ['deleted'], 'a deleted customer still counts in the conflict check');
  const again = await keeper.api.post('/api/v1/customers', { name });
  assertError(again, 409, 'customer.conflict', 'no new customer of the same name while the old one is in the bin');

  const r = assertOk(await restore(admin, 'customer', c.id), 200, 'restore');
  assert.equal(r.ownerId, keeper.id, 'back with its owner');
  assert.equal(r.poolId, null);
  const back = assertOk(await keeper.api.get(`/api/v1/customers/${c.id}`), 200, 'the owner sees it again');
  assert.equal(back.ownerId, keeper.id);
  assert.deepEqual(back.contacts.map((x) => x.name), ['留下的联系人'], 'its contacts came back with it');
  assert.equal((await bin(`?q=${encodeURIComponent(name)}`)).items.length, 0, 'out of the bin');
  const history = assertOk(await admin.get(`/api/v1/customers/${c.id}/owner-history`));
  const entry = history.items.find((h) => h.action === 'restore');
  assert.ok(entry, `a restore entry in the owner history: ${JSON.stringify(history.items.map((h) => h.action))}`);
  assert.deepEqual(await conflictWhere(name), ['owned']);
  assertError(await restore(admin, 'customer', c.id), 404, 'not_found', 'not in the bin any more');
});

test('the owner resigned meanwhile: the restored customer goes to its home pool', async () => {
  const leaver = reps[1];
  const name = `离职回收${unique()}有限公司`;
  const c = await createCustomer(leaver.api, { name });
  const home = c.reclaim?.poolId ?? c.homePoolId;
  assert.ok(home, `the customer has a home pool: ${JSON.stringify(c).slice(0, 300)}`);
  assert.equal((await admin.del(`/api/v1/customers/${c.id}`)).status, 204);
  assertOk(await admin.patch(`/api/v1/users/${leaver.id}`, { status: 'resigned' }), 200, 'resign');
  const r = assertOk(await restore(admin, 'customer', c.id), 200, 'restore');
  assert.equal(r.ownerId, null);
  assert.equal(r.poolId, home);
  const back = assertOk(await admin.get(`/api/v1/customers/${c.id}`));
  assert.equal(back.ownerId, null);
  assert.equal(back.poolId, home);
});

test('restore re-runs the conflict check: a lead of the same company blocks it until purged', async () => {
  const name = `撞单回收${unique()}有限公司`;
  const c = await createCustomer(admin, { name });
  assert.equal((await admin.del(`/api/v1/customers/${c.id}`)).status, 204);
  const lead = assertOk(await admin.post('/api/v1/leads', { name: '钱七', company: name, mobile: '13987654399', force: true }), 201, 'a forced lead');
  const refused = await restore(admin, 'customer', c.id);
  assertError(refused, 409, 'recycle.conflict');
  assert.equal(refused.json.error.details.kind, 'lead');
  assert.equal(refused.json.error.details.matchedOn, 'name');
  assert.equal((await bin(`?kind=customer&q=${encodeURIComponent(name)}`)).items.length, 1, 'still in the bin');
  // The deleted lead still counts; purged, it no longer does.
  assert.equal((await admin.del(`/api/v1/leads/${lead.id}`)).status, 204);
  assertError(await restore(admin, 'customer', c.id), 409, 'recycle.conflict', 'a deleted lead still counts');
  const leadItem = (await bin('?kind=lead')).items.find((i) => i.id === lead.id);
  assert.equal(leadItem?.title, name, 'a lead is listed by its company');
  assert.equal((await purge(admin, 'lead', lead.id)).status, 204);
  assertOk(await restore(admin, 'customer', c.id), 200, 'restorable once the lead is purged');
});

test('purge now: gone for good, and out of the conflict check', async () => {
  const name = `彻底删除${unique()}有限公司`;
  const c = await createCustomer(admin, { name, contacts: [{ name: '一起走', mobile: '13987654302' }] });
  assert.equal((await admin.del(`/api/v1/customers/${c.id}`)).status, 204);
  assert.deepEqual(await conflictWhere(name), ['deleted']);
  assert.equal((await purge(admin, 'customer', c.id)).status, 204);
  assert.equal((await bin(`?q=${encodeURIComponent(name)}`)).items.length, 0);
  assert.deepEqual(await conflictWhere(name), [], 'purged: no longer a duplicate');
  const phone = assertOk(await admin.post('/api/v1/customers/check-conflict', { phone: '13987654302' }));
  assert.equal(phone.conflict, false, 'its contact\'s number went with it');
  assertError(await restore(admin, 'customer', c.id), 404, 'not_found');
  assertError(await purge(admin, 'customer', c.id), 404, 'not_found');
  await createCustomer(admin, { name }); // the name is free again
});

test('a contact of a deleted customer waits for its customer', async () => {
  const name = `联系人回收${unique()}有限公司`;
  const c = await createCustomer(admin, { name, contacts: [{ name: '甲', mobile: '13987654303' }, { name: '乙' }] });
  const gone = c.contacts.find((x) => x.name === '甲');
  assert.equal((await admin.del(`/api/v1/contacts/${gone.id}`)).status, 204);
  const item = (await bin('?kind=contact')).items.find((i) => i.id === gone.id);
  assert.equal(item?.customerId, c.id);
  assert.equal(item?.customerName, name);
  assert.equal(item?.deletedBy?.id, dir.user('admin').id, 'a contact records who deleted it');
  assert.equal(assertOk(await admin.post('/api/v1/customers/check-conflict', { phone: '13987654303' })).conflict, false,
    'a deleted contact\'s number does not count');
  assert.equal((await admin.del(`/api/v1/customers/${c.id}`)).status, 204);
  const refused = await restore(admin, 'contact', gone.id);
  assertError(refused, 409, 'recycle.parent_deleted');
  assert.equal(refused.json.error.details.customerId, c.id);
  assertOk(await restore(admin, 'customer', c.id), 200);
  assertOk(await restore(admin, 'contact', gone.id), 200);
  const back = assertOk(await admin.get(`/api/v1/customers/${c.id}`));
  assert.deepEqual(back.contacts.map((x) => x.name).sort(), ['乙', '甲']);
  assert.equal(assertOk(await admin.post('/api/v1/customers/check-conflict', { phone: '13987654303' })).conflict, true,
    'its number counts again');
});

test('a product comes back with its code unless another product took it', async () => {
  const code = `RB${unique().slice(-6)}`.toUpperCase();
  const p = assertOk(await admin.post('/api/v1/products', { code, name: '回收产品', listPriceFen: 100 }), 201);
  assert.equal((await admin.del(`/api/v1/products/${p.id}`)).status, 204);
  const item = (await bin(`?kind=product&q=${code}`)).items[0];
  assert.equal(item?.title, `${code} 回收产品`);
  const taker = assertOk(await admin.post('/api/v1/products', { code, name: '占用编码', listPriceFen: 100 }), 201);
  assertError(await restore(admin, 'product', p.id), 409, 'recycle.code_taken');
  assert.equal((await admin.del(`/api/v1/products/${taker.id}`)).status, 204);
  assertOk(await restore(admin, 'product', p.id), 200);
  assertOk(await admin.get(`/api/v1/products/${p.id}`), 200);
});

test('only administrators: 403 for a rep, whatever the verb', async () => {
  const c = await createCustomer(admin, { name: `权限${unique()}有限公司` });
  assert.equal((await admin.del(`/api/v1/customers/${c.id}`)).status, 204);
  const rep = reps[0].api;
  assertError(await rep.get('/api/v1/recycle-bin'), 403, 'permission.denied');
  assertError(await restore(rep, 'customer', c.id), 403, 'permission.denied');
  assertError(await purge(rep, 'customer', c.id), 403, 'permission.denied');
  assert.equal((await bin('?kind=customer')).items.some((i) => i.id === c.id), true, 'still there');
});

test('tenants are apart: another company\'s administrator neither sees nor touches it', async () => {
  const c = await createCustomer(admin, { name: `隔离${unique()}有限公司` });
  assert.equal((await admin.del(`/api/v1/customers/${c.id}`)).status, 204);
  const theirs = assertOk(await otherAdmin.get('/api/v1/recycle-bin?limit=200'));
  assert.equal(theirs.items.some((i) => i.id === c.id), false);
  assertError(await restore(otherAdmin, 'customer', c.id), 404, 'not_found');
  assertError(await purge(otherAdmin, 'customer', c.id), 404, 'not_found');
  assert.equal((await bin('?kind=customer')).items.some((i) => i.id === c.id), true);
});

test('validation: unknown kind, paging newest first', async () => {
  assertError(await admin.get('/api/v1/recycle-bin?kind=planet'), 400, 'validation.failed');
  assertError(await restore(admin, 'planet', '1'), 404, 'not_found');
  const page1 = await bin('?limit=2');
  assert.equal(page1.items.length, 2);
  assert.ok(page1.nextCursor, 'more than two records are in the bin');
  const page2 = await bin(`?limit=2&cursor=${encodeURIComponent(page1.nextCursor)}`);
  const all = [...page1.items, ...page2.items];
  for (let i = 1; i < all.length; i++)
    assert.ok(all[i - 1].deletedAt >= all[i].deletedAt, 'newest deletion first');
  assert.equal(new Set(all.map((i) => i.id)).size, all.length, 'no repeats across pages');
});

test('past 90 days: recycle.expired (the server\'s clock moved; fresh sessions at each instant)', async () => {
  const c = await createCustomer(admin, { name: `过期${unique()}有限公司` });
  assert.equal((await admin.del(`/api/v1/customers/${c.id}`)).status, 204);
  const item = (await bin('?kind=customer')).items.find((i) => i.id === c.id);
  const at = async (ms) => {
    srv.server.setClock(ms);
    return as(srv.baseUrl, 'admin');
  };
  try {
    let api = await at(Date.parse(item.purgeAt));
    const r = await restore(api, 'customer', c.id);
  assertError(r, 409, 'recycle.expired');
    assert.equal(r.json.error.details.purgeAt, item.purgeAt);
    const listed = assertOk(await api.get('/api/v1/recycle-bin?kind=customer&limit=200'));
    assert.equal(listed.items.some((i) => i.id === c.id), true, 'listed until the purge job runs');
    api = await at(Date.parse(item.purgeAt) - 1000);
    assertOk(await restore(api, 'customer', c.id), 200, 'a second before: still restorable');
  } finally {
    srv.server.setClock(null);
    admin = await as(srv.baseUrl, 'admin');
  }
});
