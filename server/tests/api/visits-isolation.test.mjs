// Tenant isolation of the field-visit endpoints: ids of tenant demo used by tenant other's admin on
// /check-ins/{id} and /visit-plans/{id} → 404 and nothing changes; lists, stats and nearby never
// show another tenant's rows; the check-in policy and the reused-photo memory are per tenant.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, allPages } from './lib/crm.mjs';
import { PNG, upload } from './lib/activity.mjs';
import {
  checkIn, codesOf, customerAt, destination, laterToday, nearbyPath, plansOf, setPolicy, visibleCustomers, assertNearbyMatches, CITIES,
} from './lib/visits.mjs';

const srv = useServer({ customers: 1000, sweepCheck: 0, reuseDemo: true });
let demoAdmin, rep01, other, otherRep;
let k; // rep01's check-in (with a photo)
let plan; // rep01's plan
let cust; // rep01's customer

test('setup: rep01 of demo checks in (with a photo) and plans a visit', async () => {
  demoAdmin = await as(srv.baseUrl, 'admin');
  rep01 = await as(srv.baseUrl, 'rep01');
  other = await as(srv.baseUrl, 'admin', 'other');
  otherRep = await as(srv.baseUrl, 'rep01', 'other');
  const p = destination(CITIES.beijing.lat, CITIES.beijing.lng, 1500, 30);
  cust = await customerAt(rep01, p.lat, p.lng, '隔离拜访客户');
  const photo = assertOk(await upload(rep01, { name: 'door.png', data: PNG, type: 'image/png' }), 201);
  k = assertOk(await checkIn(rep01, { ...p, accuracyM: 10, customerId: cust.id, attachmentIds: [photo.id] }), 201);
  assert.equal(k.score, 'verified');
  plan = assertOk(await rep01.post('/api/v1/visit-plans', { customerId: cust.id, plannedAt: laterToday(120), notes: '原计划' }), 201);
});

test('other\'s admin: demo\'s /check-ins/{id} and /visit-plans/{id} → 404; nothing changes', async () => {
  assertError(await other.get(`/api/v1/check-ins/${k.id}`), 404, 'not_found', 'GET check-in');
  assertError(await other.get(`/api/v1/check-ins/${k.id}?coord=gcj02`), 404, 'not_found', 'GET check-in gcj02');
  assertError(await other.patch(`/api/v1/visit-plans/${plan.id}`, { notes: '被改了' }), 404, 'not_found', 'PATCH plan');
  assertError(await other.del(`/api/v1/visit-plans/${plan.id}`), 404, 'not_found', 'DELETE plan');
  assertError(await otherRep.patch(`/api/v1/visit-plans/${plan.id}`, { notes: '被改了' }), 404, 'not_found', 'PATCH plan (rep01 of other)');
  assertError(await otherRep.del(`/api/v1/visit-plans/${plan.id}`), 404, 'not_found', 'DELETE plan (rep01 of other)');
  const still = (await plansOf(rep01)).find((x) => x.id === plan.id);
  assert.ok(still, 'the plan is still there');
  assert.equal(still.notes, '原计划', 'and unchanged');
  assert.deepEqual(assertOk(await rep01.get(`/api/v1/check-ins/${k.id}`), 200).id, k.id);
});

test('other\'s admin: demo\'s customer cannot be checked in at or planned; lists and stats show nothing of demo', async () => {
  assertError(await checkIn(other, { lat: cust.lat, lng: cust.lng, accuracyM: 10, customerId: cust.id }), 404, 'not_found', 'check-in at demo\'s customer');
  assertError(await other.post('/api/v1/visit-plans', { customerId: cust.id, plannedAt: laterToday(60) }), 404, 'not_found', 'plan for demo\'s customer');
  assert.deepEqual(await allPages(other, '/api/v1/check-ins'), [], 'other has no check-ins');
  assert.deepEqual(await allPages(other, `/api/v1/check-ins?customerId=${cust.id}`), []);
  assert.deepEqual(await allPages(other, `/api/v1/check-ins?userId=${k.userId}`), []);
  assert.deepEqual(await plansOf(other), [], 'other has no plans');
  assert.deepEqual(await plansOf(other, `userId=${plan.userId}`), []);
  const s = assertOk(await other.get('/api/v1/visits/stats'), 200);
  assert.deepEqual(s.byCustomer, []);
  assert.deepEqual([s.total.visits, s.total.customersVisited], [0, 0], 'no visits in other');
  assert.ok(s.byUser.every((u) => u.visits === 0), 'other\'s rows are its owners\' customers only');
  // Never-visited and forgotten customers: other's own owners and customers, none of demo's.
  const demoUsers = new Set((await directory(demoAdmin)).users.map((u) => u.id));
  assert.ok(!s.byUser.some((u) => demoUsers.has(u.userId)), 'no demo person in other\'s statistics');
  const neglected = [...await allPages(other, '/api/v1/visits/neglected?kind=never'), ...await allPages(other, '/api/v1/visits/neglected?kind=forgotten')];
  assert.ok(neglected.length > 0 && !neglected.some((x) => x.id === cust.id || demoUsers.has(x.ownerId)), 'no demo customer in other\'s lists');
  assertError(await other.get(`/api/v1/visits/neglected?kind=never&ownerId=${k.userId}`), 404, 'not_found', 'demo\'s rep is nobody in other');
  // And the other way round.
  const mine = assertOk(await checkIn(otherRep, { ...CITIES.shanghai, accuracyM: 10 }), 201, 'other\'s rep01 checks in');
  assertError(await demoAdmin.get(`/api/v1/check-ins/${mine.id}`), 404, 'not_found', 'demo opens other\'s check-in');
  assert.ok(!(await allPages(demoAdmin, '/api/v1/check-ins')).some((x) => x.id === mine.id), 'not in demo\'s list');
  const demoStats = assertOk(await demoAdmin.get('/api/v1/visits/stats'), 200);
  assert.deepEqual([demoStats.total.visits, demoStats.total.customersVisited], [1, 1], 'demo counts only its own check-in');
});

test('nearby never returns another tenant\'s customers (the demo data of both tenants lies in the same cities)', async () => {
  const otherSeen = await visibleCustomers(other);
  const demoSeen = await visibleCustomers(demoAdmin);
  const otherList = [...otherSeen.values()];
  assert.ok(otherList.length > 500, `other has customers (${otherList.length})`);
  for (const c of [...Object.values(CITIES), { lat: cust.lat, lng: cust.lng }]) {
    const q = { ...c, radius: 50000, limit: 200 };
    const items = assertOk(await other.get(nearbyPath(q)), 200).items;
    const leaked = items.filter((i) => demoSeen.has(i.id));
    assert.deepEqual(leaked.map((i) => i.name), [], `no demo customer near ${c.lat},${c.lng}`);
    assertNearbyMatches(items, otherList, q, 'other\'s nearby');
  }
  const exact = assertOk(await other.get(nearbyPath({ lat: cust.lat, lng: cust.lng, radius: 1, limit: 200 })), 200).items;
  assert.ok(!exact.some((i) => i.id === cust.id), 'demo\'s customer is not found at its own spot by other');
  const demoExact = assertOk(await demoAdmin.get(nearbyPath({ lat: cust.lat, lng: cust.lng, radius: 1, limit: 200 })), 200).items;
  assert.ok(demoExact.some((i) => i.id === cust.id), 'while demo finds it');
});

test('the check-in policy and the photo memory are per tenant', async () => {
  try {
    assertOk(await setPolicy(other, { policy: 'block' }), 200, 'other blocks');
    assert.equal(assertOk(await rep01.get('/api/v1/settings/check-in'), 200).policy, 'flag', 'demo still flags');
    const p = destination(cust.lat, cust.lng, 20, 0);
    const flagged = assertOk(await checkIn(rep01, { ...p, accuracyM: 10, mockLocation: true, customerId: cust.id }), 201, 'demo: flagged, not blocked');
    assert.equal(flagged.score, 'suspicious');
    assertError(await checkIn(otherRep, { ...destination(CITIES.shanghai.lat, CITIES.shanghai.lng, 30, 0), accuracyM: 10, mockLocation: true }), 422, 'checkin.suspicious', 'other: blocked');
  } finally {
    await setPolicy(other, { policy: 'flag' });
  }
  // The PNG rep01 of demo used is new to tenant other.
  const photo = assertOk(await upload(otherRep, { name: 'same.png', data: PNG, type: 'image/png' }), 201);
  const fine = assertOk(await checkIn(otherRep, { ...destination(CITIES.shanghai.lat, CITIES.shanghai.lng, 60, 0), accuracyM: 10, attachmentIds: [photo.id] }), 201);
  assert.deepEqual(codesOf(fine), [], 'a photo seen only in another tenant is not "reused"');
});
