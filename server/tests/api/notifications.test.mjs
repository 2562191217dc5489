// Notifications (PRODUCT.md §4): assign → the assignee is told once; unread count, read one,
// read all; nobody can read someone else's notifications.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, makeUsers, createCustomer, pools, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 200, sweepCheck: 0 });
let admin;
let dir;
let hb;
let u; // the assignee
let v; // another user
const assigned = [];

const unread = async (api) => assertOk(await api.get('/api/v1/notifications/unread-count'), 200, 'unread-count').count;
const list = async (api, q = '') => assertOk(await api.get(`/api/v1/notifications?limit=200${q}`), 200, 'notifications').items;

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  hb = (await pools(admin)).byName('华北公海');
  [u, v] = await makeUsers(admin, srv.baseUrl, { count: 2, departmentId: dir.dep('北京一组').id, roleId: dir.role('rep').id, prefix: 'nt' });
  assert.equal(await unread(u.api), 0, 'a new user has nothing unread');
  assert.deepEqual(await list(u.api), []);
});

test('assign → the assignee gets exactly one customer.assigned for the customer', async () => {
  const huabei = await as(srv.baseUrl, 'huabei');
  for (let i = 0; i < 3; i++) {
    const c = await createCustomer(admin, { name: `通知分配${i}号${unique()}有限公司`, poolId: hb.id });
    assertOk(await huabei.post(`/api/v1/customers/${c.id}/assign`, { userId: u.id }), 200, 'assign');
    assigned.push(c);
  }
  const items = await list(u.api);
  const of = items.filter((n) => n.type === 'customer.assigned');
  assert.equal(of.length, 3, JSON.stringify(items));
  for (const c of assigned) {
    const mine = items.filter((n) => n.objectId === c.id);
    assert.equal(mine.length, 1, `one notification for ${c.name}: ${JSON.stringify(mine)}`);
    assert.equal(mine[0].type, 'customer.assigned');
    assert.equal(mine[0].objectType, 'customer');
    assert.equal(mine[0].readAt, null);
    assert.ok(mine[0].title.includes(c.name), mine[0].title);
    // Stored as type + parameters; the text is rendered in the reader's language.
    assert.deepEqual(mine[0].params, { customer: c.name });
    assert.equal(mine[0].title, `公海客户「${c.name}」已分配给你`);
  }
  const inEnglish = assertOk(await u.api.get('/api/v1/notifications?limit=50', { headers: { 'Accept-Language': 'en' } })).items;
  const one = inEnglish.find((n) => n.objectId === assigned[0].id);
  assert.equal(one.title, `Pool customer “${assigned[0].name}” was assigned to you`);
  // By instant, not by text: an instant on a whole second is written without its ".000".
  const at = items.map((n) => Date.parse(n.createdAt));
  assert.deepEqual(at, [...at].sort((x, y) => y - x), 'newest first');
  assert.equal(await unread(u.api), 3);
  assert.equal(await unread(v.api), 0, 'nobody else was told');
  assert.equal((await list(huabei)).filter((n) => assigned.some((c) => c.id === n.objectId)).length, 0, 'not the assigner');
});

test('read one: unread-count goes down by one; unread=true leaves it out', async () => {
  const [first] = await list(u.api, '&unread=true');
  const r = await u.api.post(`/api/v1/notifications/${first.id}/read`, {});
  assert.equal(r.status, 204, r.text);
  assert.equal(await unread(u.api), 2);
  const again = await list(u.api, '&unread=true');
  assert.equal(again.length, 2);
  assert.ok(!again.some((n) => n.id === first.id));
  const all = await list(u.api);
  assert.ok(all.find((n) => n.id === first.id).readAt, 'readAt set');
  // Reading it again changes nothing.
  assert.equal((await u.api.post(`/api/v1/notifications/${first.id}/read`, {})).status, 204);
  assert.equal(await unread(u.api), 2);
});

test('someone else\'s notification: 404 not_found, and it stays unread', async () => {
  const [n] = await list(u.api, '&unread=true');
  assertError(await v.api.post(`/api/v1/notifications/${n.id}/read`, {}), 404, 'not_found', 'v reads u\'s');
  const other = await as(srv.baseUrl, 'admin', 'other');
  assertError(await other.post(`/api/v1/notifications/${n.id}/read`, {}), 404, 'not_found', 'other tenant');
  assert.equal(await unread(u.api), 2);
  assert.ok(!(await list(v.api)).some((x) => x.id === n.id));
});

test('read-all: unread-count 0, nothing left with unread=true', async () => {
  const r = await u.api.post('/api/v1/notifications/read-all', {});
  assert.equal(r.status, 204, r.text);
  assert.equal(await unread(u.api), 0);
  assert.deepEqual(await list(u.api, '&unread=true'), []);
  assert.equal((await list(u.api)).length, 3, 'still listed, as read');
});

test('transfer notifies the new owner (and the previous owner), once each', async () => {
  const c = await createCustomer(admin, { name: `通知转移${unique()}有限公司`, ownerId: v.id });
  assertOk(await admin.post(`/api/v1/customers/${c.id}/transfer`, { userId: u.id }), 200, 'transfer');
  const toU = (await list(u.api)).filter((n) => n.objectId === c.id);
  assert.equal(toU.length, 1, JSON.stringify(toU));
  assert.match(toU[0].type, /transfer/);
  const toV = (await list(v.api)).filter((n) => n.objectId === c.id);
  assert.equal(toV.length, 1, JSON.stringify(toV));
  assert.equal(await unread(u.api), 1);
});

test('pagination: limit and cursor walk all notifications once', async () => {
  const seen = [];
  let cursor = null;
  do {
    const r = assertOk(await u.api.get(`/api/v1/notifications?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`), 200);
    assert.ok(r.items.length <= 1);
    seen.push(...r.items.map((n) => n.id));
    cursor = r.nextCursor;
  } while (cursor && seen.length < 50);
  assert.equal(seen.length, 4);
  assert.equal(new Set(seen).size, 4);
});
