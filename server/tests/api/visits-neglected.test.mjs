// Customers nobody visits (客户被拜访统计, docs/api-visits.md "Neglected customers"): the
// neverVisited / forgotten counts of GET /visits/stats and the lists of GET /visits/neglected
// against a brute-force computation over every owned customer's follow-ups, with the server's
// clock standing at chosen instants (`testClock`): visits 200, exactly 150 and 10 days old, a
// lead's visit that comes with its conversion, a deleted visit (the customer is never-visited again when it was the only one), a deleted
// customer, a department manager who must not see another department's customer, the
// 150-day boundary to the millisecond, forgottenDays, paging and validation.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertOk, assertError, assertValidation, allPages } from './lib/crm.mjs';
import { checkIn, customerAt, followUpsOf, destination, CITIES } from './lib/visits.mjs';

const srv = useServer({ customers: { demo: 300, other: 0 }, sweepCheck: 0, reuseDemo: true, testClock: true });
const DAY = 24 * 3600 * 1000;
let admin, dir, T0;
const api = {};
const c = {}; // the test's customers by role

async function visitByFollowUp(who, customer, at) {
  srv.server.setClock(at);
  return assertOk(await api[who].post(`/api/v1/customers/${customer.id}/follow-ups`, { type: 'visit', text: '上门拜访' }), 201, `${who} visits`);
}

test('setup: rep01, rep04 (北京二组) customers visited at chosen instants; visits deleted; a customer deleted', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  for (const u of ['rep01', 'rep02', 'rep04', 'bj1.lead']) api[u] = await as(srv.baseUrl, u);
  T0 = Math.floor(Date.now() / 1000) * 1000;
  srv.server.setClock(T0 - 300 * DAY);
  for (const name of ['never', 'old', 'edge', 'recent', 'deletedOnly', 'deletedNewer', 'gone', 'checkedIn'])
    c[name] = await customerAt(api.rep01, null, null, `拜访统计${name}`);
  c.other = await customerAt(api.rep04, null, null, '拜访统计二组');
  await visitByFollowUp('rep01', c.old, T0 - 200 * DAY);
  await visitByFollowUp('rep01', c.deletedNewer, T0 - 200 * DAY);
  await visitByFollowUp('rep04', c.other, T0 - 170 * DAY);
  await visitByFollowUp('rep01', c.edge, T0 - 150 * DAY); // exactly on the default boundary
  await visitByFollowUp('rep01', c.recent, T0 - 10 * DAY);
  const onlyVisit = await visitByFollowUp('rep01', c.deletedOnly, T0 - 5 * DAY);
  const newerVisit = await visitByFollowUp('rep01', c.deletedNewer, T0 - 3 * DAY);
  // A call is not a visit.
  srv.server.setClock(T0 - 2 * DAY);
  assertOk(await api.rep01.post(`/api/v1/customers/${c.never.id}/follow-ups`, { type: 'call', text: '电话' }), 201);
  // A check-in at the customer writes a visit too (the customer gets its position from it).
  srv.server.setClock(T0 - 1 * DAY);
  const p = destination(CITIES.beijing.lat, CITIES.beijing.lng, 1000, 45);
  assertOk(await checkIn(api.rep01, { ...p, accuracyM: 10, customerId: c.checkedIn.id }), 201, 'check-in');
  // A lead visited 40 days ago becomes a customer today: its visit comes with it.
  srv.server.setClock(T0 - 40 * DAY);
  const lead = assertOk(await api.rep01.post('/api/v1/leads', { name: '韩梅梅', company: `拜访统计线索${T0}科技`, mobile: `139${String(T0).slice(-8)}` }), 201, 'lead');
  assertOk(await api.rep01.post(`/api/v1/leads/${lead.id}/follow-ups`, { type: 'visit', text: '上门拜访线索' }), 201, 'lead visit');
  srv.server.setClock(T0);
  c.fromLead = { id: assertOk(await api.rep01.post(`/api/v1/leads/${lead.id}/convert`, {}), 200, 'convert').customerId };
  assert.equal((await admin.del(`/api/v1/follow-ups/${onlyVisit.id}`)).status, 204, 'the only visit deleted');
  assert.equal((await admin.del(`/api/v1/follow-ups/${newerVisit.id}`)).status, 204, 'the newer of two visits deleted');
  assert.equal((await admin.del(`/api/v1/customers/${c.gone.id}`)).status, 204, 'a never-visited customer deleted');
});

// ---- the brute force: every live owned customer, its owner and its newest live visit ----
let world; // [{id, name, ownerId, createdAt, lastVisitAt|null}]
async function loadWorld() {
  const customers = await allPages(admin, '/api/v1/customers');
  world = [];
  for (const x of customers) {
    if (!x.ownerId) continue;
    const visits = (await followUpsOf(admin, x.id)).filter((f) => f.type === 'visit').map((f) => Date.parse(f.createdAt));
    world.push({ id: x.id, name: x.name, ownerId: x.ownerId, level: x.level, createdAt: Date.parse(x.createdAt), lastVisitAt: visits.length ? Math.max(...visits) : null });
  }
}
const isNever = (x) => x.lastVisitAt === null;
const isForgotten = (now, days) => (x) => x.lastVisitAt !== null && x.lastVisitAt < now - days * DAY;
// The customers a viewer sees: owners in `owners` (a Set of user ids), all when null.
const seenBy = (owners) => world.filter((x) => !owners || owners.has(x.ownerId));
function expectedCounts(owners, now, days) {
  const byOwner = new Map();
  for (const x of seenBy(owners)) {
    const r = byOwner.get(x.ownerId) ?? { neverVisited: 0, forgotten: 0 };
    if (isNever(x)) r.neverVisited += 1;
    if (isForgotten(now, days)(x)) r.forgotten += 1;
    byOwner.set(x.ownerId, r);
  }
  return byOwner;
}
function assertCounts(stats, owners, now, days, what) {
  const want = expectedCounts(owners, now, days);
  const got = new Map(stats.byUser.filter((u) => want.has(u.userId) || u.neverVisited || u.forgotten)
    .map((u) => [u.userId, { neverVisited: u.neverVisited, forgotten: u.forgotten }]));
  assert.deepEqual(Object.fromEntries(got), Object.fromEntries(want), `${what}: per owner`);
  const sum = (k) => [...want.values()].reduce((a, r) => a + r[k], 0);
  assert.deepEqual({ neverVisited: stats.total.neverVisited, forgotten: stats.total.forgotten },
    { neverVisited: sum('neverVisited'), forgotten: sum('forgotten') }, `${what}: total`);
  assert.equal(stats.forgottenDays, days, `${what}: forgottenDays`);
}
const ids = (items) => items.map((x) => x.id);
function expectedList(owners, kind, now, days) {
  const rows = seenBy(owners).filter(kind === 'never' ? isNever : isForgotten(now, days));
  const key = (x) => (kind === 'never' ? x.createdAt : x.lastVisitAt);
  return rows.sort((a, b) => key(a) - key(b) || (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
}
const owners = (...usernames) => new Set(usernames.map((u) => dir.user(u).id));
const ofDepartment = (name) => new Set(dir.users.filter((u) => u.departmentId === dir.dep(name).id).map((u) => u.id));

test('the test customers are what the brute force says: never, forgotten, boundary, deleted visits', async () => {
  await loadWorld();
  const of = (x) => world.find((w) => w.id === x.id);
  assert.equal(of(c.gone), undefined, 'a deleted customer is not counted');
  assert.equal(of(c.never).lastVisitAt, null, 'a call is not a visit');
  assert.equal(of(c.deletedOnly).lastVisitAt, null, 'its only visit deleted: never visited again');
  assert.equal(of(c.deletedNewer).lastVisitAt, T0 - 200 * DAY, 'the newer visit deleted: the older one counts');
  assert.equal(of(c.edge).lastVisitAt, T0 - 150 * DAY);
  assert.equal(of(c.checkedIn).lastVisitAt, T0 - DAY, 'a check-in is a visit');
  assert.equal(of(c.fromLead).lastVisitAt, T0 - 40 * DAY, 'a converted lead\'s visit');
  const rep01Forgotten = expectedList(owners('rep01'), 'forgotten', T0, 150).map((x) => x.id);
  assert.ok(rep01Forgotten.includes(c.old.id) && rep01Forgotten.includes(c.deletedNewer.id) && !rep01Forgotten.includes(c.edge.id));
  assert.ok(world.some((x) => x.ownerId !== dir.user('rep01').id && isNever(x)), 'demo customers never visited');
});

test('a deleted follow-up no longer counts as the last follow-up (the pool\'s no-follow-up clock)', async () => {
  // Expected: the newest live follow-up of any type, from the customer's own timeline.
  for (const name of ['never', 'old', 'edge', 'recent', 'deletedOnly', 'deletedNewer', 'checkedIn', 'fromLead']) {
    const live = (await followUpsOf(admin, c[name].id)).map((f) => Date.parse(f.createdAt));
    const detail = assertOk(await admin.get(`/api/v1/customers/${c[name].id}`), 200, name);
    const got = detail.lastFollowUpAt === null ? null : Date.parse(detail.lastFollowUpAt);
    assert.equal(got, live.length ? Math.max(...live) : null, `${name}: last follow-up = newest live one`);
  }
  // An older follow-up deleted leaves the newer one's time alone.
  srv.server.setClock(T0 - 20 * DAY);
  const older = assertOk(await api.rep01.post(`/api/v1/customers/${c.recent.id}/follow-ups`, { type: 'call', text: '较早的电话' }), 201);
  srv.server.setClock(T0);
  assert.equal((await admin.del(`/api/v1/follow-ups/${older.id}`)).status, 204);
  const recent = assertOk(await admin.get(`/api/v1/customers/${c.recent.id}`), 200);
  assert.equal(Date.parse(recent.lastFollowUpAt), T0 - 10 * DAY);
});

test('GET /visits/stats: neverVisited and forgotten per owner and in total = brute force (admin, bj1.lead, rep01)', async () => {
  assertCounts(assertOk(await admin.get('/api/v1/visits/stats')), null, T0, 150, 'admin');
  assertCounts(assertOk(await api['bj1.lead'].get('/api/v1/visits/stats')), ofDepartment('北京一组'), T0, 150, 'bj1.lead');
  const mine = assertOk(await api.rep01.get('/api/v1/visits/stats'));
  assertCounts(mine, owners('rep01'), T0, 150, 'rep01');
  assert.deepEqual(mine.byUser.map((u) => u.userId), [dir.user('rep01').id], 'rep01 sees only himself');
  const lead = assertOk(await api['bj1.lead'].get('/api/v1/visits/stats'));
  assert.ok(!lead.byUser.some((u) => u.userId === dir.user('rep04').id), 'rep04 (北京二组) is not in bj1.lead\'s answer');
  const bj2 = assertOk(await api['bj1.lead'].get(`/api/v1/visits/stats?departmentId=${dir.dep('北京二组').id}`));
  assert.deepEqual([bj2.total.neverVisited, bj2.total.forgotten], [0, 0], 'bj1.lead asking for 北京二组 sees nothing');
  const bj1 = assertOk(await admin.get(`/api/v1/visits/stats?departmentId=${dir.dep('北京一组').id}`));
  assertCounts(bj1, ofDepartment('北京一组'), T0, 150, 'admin, departmentId 北京一组');
  for (const days of [1, 100, 160, 199, 201, 3650]) {
    assertCounts(assertOk(await admin.get(`/api/v1/visits/stats?forgottenDays=${days}`)), null, T0, days, `forgottenDays=${days}`);
  }
});

test('the 150-day boundary to the millisecond: exactly 150 days is not forgotten, one millisecond more is', async () => {
  const forgottenOf = async () => assertOk(await api.rep01.get('/api/v1/visits/stats')).total.forgotten;
  const atT0 = await forgottenOf();
  srv.server.setClock(T0 + 1);
  const after = await forgottenOf();
  assert.equal(after, atT0 + 1, 'the customer visited exactly 150 days before T0 is forgotten at T0 + 1 ms');
  assertCounts(assertOk(await api.rep01.get('/api/v1/visits/stats')), owners('rep01'), T0 + 1, 150, 'rep01 at T0 + 1 ms');
  const list = ids(await allPages(api.rep01, '/api/v1/visits/neglected?kind=forgotten'));
  assert.ok(list.includes(c.edge.id), 'and listed');
  srv.server.setClock(T0);
  assert.ok(!ids(await allPages(api.rep01, '/api/v1/visits/neglected?kind=forgotten')).includes(c.edge.id), 'not listed at T0');
});

test('GET /visits/neglected: the customers behind each number, oldest first, over pages of 3, with the total', async () => {
  const cases = [
    [admin, null, ''],
    [api['bj1.lead'], ofDepartment('北京一组'), ''],
    [api.rep01, owners('rep01'), ''],
    [admin, owners('rep01'), `&ownerId=${dir.user('rep01').id}`],
    [admin, ofDepartment('北京一组'), `&departmentId=${dir.dep('北京一组').id}`],
    [api['bj1.lead'], owners('rep02'), `&ownerId=${dir.user('rep02').id}`],
  ];
  for (const [who, seen, filter] of cases) {
    for (const [kind, days] of [['never', 150], ['forgotten', 150], ['forgotten', 100]]) {
      const path = `/api/v1/visits/neglected?kind=${kind}&forgottenDays=${days}${filter}`;
      const want = expectedList(seen, kind, T0, days);
      const got = await allPages(who, path, { limit: 3 });
      assert.deepEqual(ids(got), ids(want), `${path}: the customers, oldest first`);
      const first = assertOk(await who.get(`${path}&limit=3`));
      assert.equal(first.total, want.length, `${path}: total`);
      for (const item of got.slice(0, 5)) {
        const w = want.find((x) => x.id === item.id);
        assert.equal(item.ownerId, w.ownerId);
        assert.equal(item.ownerName, dir.users.find((u) => u.id === w.ownerId).name);
        assert.equal(item.lastVisitAt === null ? null : Date.parse(item.lastVisitAt), w.lastVisitAt);
      }
    }
  }
  const rep01Never = ids(await allPages(api.rep01, '/api/v1/visits/neglected?kind=never'));
  assert.ok(rep01Never.includes(c.deletedOnly.id) && rep01Never.includes(c.never.id) && !rep01Never.includes(c.gone.id));
  assert.ok(!rep01Never.includes(c.fromLead.id), 'the converted lead\'s customer was visited (as a lead)');
});

test('a department manager never sees another department\'s customer; an owner outside the scope is 403, unknown 404', async () => {
  const leadAll = [...await allPages(api['bj1.lead'], '/api/v1/visits/neglected?kind=forgotten'),
    ...await allPages(api['bj1.lead'], '/api/v1/visits/neglected?kind=never')];
  assert.ok(!ids(leadAll).includes(c.other.id), 'rep04\'s forgotten customer is not listed for bj1.lead');
  assert.ok(ids(await allPages(admin, '/api/v1/visits/neglected?kind=forgotten')).includes(c.other.id), 'but for admin');
  assertError(await api['bj1.lead'].get(`/api/v1/visits/neglected?kind=forgotten&ownerId=${dir.user('rep04').id}`), 403, 'permission.denied');
  assertError(await api.rep01.get(`/api/v1/visits/neglected?kind=never&ownerId=${dir.user('rep02').id}`), 403, 'permission.denied');
  assertError(await admin.get('/api/v1/visits/neglected?kind=never&ownerId=123456789'), 404, 'not_found');
  const bj2 = await allPages(api['bj1.lead'], `/api/v1/visits/neglected?kind=forgotten&departmentId=${dir.dep('北京二组').id}`);
  assert.deepEqual(bj2, [], 'a department outside the scope does not widen it');
});

test('validation: kind, forgottenDays 1..3650, ids, limit, cursor', async () => {
  assertValidation(await admin.get('/api/v1/visits/neglected'), 'kind', 'required');
  assertValidation(await admin.get('/api/v1/visits/neglected?kind=all'), 'kind', 'invalid_value');
  for (const bad of ['0', '3651', '-1', '1.5', 'abc', '150x']) {
    assertValidation(await admin.get(`/api/v1/visits/neglected?kind=never&forgottenDays=${bad}`), 'forgottenDays', 'invalid_value');
    assertValidation(await admin.get(`/api/v1/visits/stats?forgottenDays=${bad}`), 'forgottenDays', 'invalid_value');
  }
  assertValidation(await admin.get('/api/v1/visits/neglected?kind=never&ownerId=x'), 'ownerId', 'invalid_value');
  assertValidation(await admin.get('/api/v1/visits/neglected?kind=never&departmentId=x'), 'departmentId', 'invalid_value');
  assertValidation(await admin.get('/api/v1/visits/neglected?kind=never&limit=0'), 'limit', 'invalid_value');
  assertValidation(await admin.get('/api/v1/visits/neglected?kind=never&cursor=nonsense'), 'cursor', 'invalid_value');
  assertOk(await admin.get('/api/v1/visits/neglected?kind=never&forgottenDays=3650'));
});

test('customer type: the counts and the lists of the customers of the levels asked only', async () => {
  srv.server.setClock(T0);
  assertOk(await admin.patch(`/api/v1/customers/${c.old.id}`, { level: 'A' }), 200, 'old to A');
  assertOk(await admin.patch(`/api/v1/customers/${c.never.id}`, { level: 'D' }), 200, 'never to D');
  await loadWorld();
  const all = world;
  try {
    for (const levels of [['A'], ['D'], ['A', 'D'], ['B', 'C']]) {
      world = all.filter((x) => levels.includes(x.level));
      const q = `customerLevels=${levels.join(',')}`;
      assertCounts(assertOk(await admin.get(`/api/v1/visits/stats?${q}`)), null, T0, 150, `admin, ${q}`);
      assertCounts(assertOk(await api['bj1.lead'].get(`/api/v1/visits/stats?${q}`)), ofDepartment('北京一组'), T0, 150, `bj1.lead, ${q}`);
      for (const kind of ['never', 'forgotten']) {
        const listed = await allPages(admin, `/api/v1/visits/neglected?kind=${kind}&${q}`);
        assert.deepEqual(ids(listed), ids(expectedList(null, kind, T0, 150)), `${kind}, ${q}`);
      }
    }
    world = all.filter((x) => x.level === 'A');
    assert.ok(world.some((x) => x.id === c.old.id) && expectedList(null, 'forgotten', T0, 150).length > 0, 'the A list is not empty');
  } finally {
    world = all;
  }
  assertValidation(await admin.get('/api/v1/visits/stats?customerLevels=A,Z'), 'customerLevels');
  assertValidation(await admin.get('/api/v1/visits/neglected?kind=never&customerLevels=a'), 'customerLevels');
});
