// GET /visits/stats and GET /check-ins (docs/api-visits.md): visits, distinct customers and
// suspicious check-ins per user within the caller's data scope (rep01: himself; bj1.lead: 北京一组;
// admin: everyone), departmentId and from/to filters, totals and the top customers; the check-in
// list by scope, score, user, customer, and its pages.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertOk, allPages } from './lib/crm.mjs';
import { checkIn, customerAt, destination, CITIES } from './lib/visits.mjs';

const srv = useServer({ customers: { demo: 300, other: 0 }, sweepCheck: 0, reuseDemo: true });
let admin, dir;
const api = {};
const made = []; // every check-in made: {k, who}
const cust = {};
let startedAt;

// Each rep works a small cluster in Beijing (check-ins less than 1 km apart: no speed judgement).
async function visit(who, customer, i, extra = {}) {
  const p = destination(customer.lat, customer.lng, 5 + i * 3, i * 40);
  const k = assertOk(await checkIn(api[who], { ...p, accuracyM: 10, customerId: customer.id, ...extra }), 201, `${who} checks in`);
  made.push({ k, who });
  return k;
}

test('setup: rep01 3 visits at 2 customers (1 suspicious), rep02 2 at 1 (1 suspicious), rep04 (北京二组) 1', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  for (const u of ['rep01', 'rep02', 'rep04', 'bj1.lead']) api[u] = await as(srv.baseUrl, u);
  const before = assertOk(await admin.get('/api/v1/visits/stats'), 200, 'stats before');
  assert.deepEqual(checkInFigures(before.total), { visits: 0, customersVisited: 0 }, 'no check-ins in a fresh company');
  startedAt = Date.now() - 1000;
  let n = 0;
  const at = (k) => destination(CITIES.beijing.lat, CITIES.beijing.lng, 5000 + 4000 * n++, 300 + k);
  for (const [who, names] of [['rep01', ['a', 'b']], ['rep02', ['c']], ['rep04', ['d']]]) {
    const base = at(0);
    for (const [i, name] of names.entries()) {
      const p = destination(base.lat, base.lng, 300 * i, 90);
      cust[name] = await customerAt(api[who], p.lat, p.lng, `统计客户${name}`);
    }
  }
  await visit('rep01', cust.a, 0);
  await visit('rep01', cust.a, 1);
  await visit('rep01', cust.b, 2, { mockLocation: true });
  await visit('rep02', cust.c, 0);
  await visit('rep02', cust.c, 1, { accuracyM: 500 });
  await visit('rep04', cust.d, 0);
  assert.deepEqual(made.map((m) => m.k.score), ['verified', 'verified', 'suspicious', 'verified', 'suspicious', 'verified']);
});

// The check-in figures of a row or total (neverVisited and forgotten, about owned customers, are
// visits-neglected.test.mjs's); the rows of users who made visits in the period.
const VISIT_KEYS = ['userId', 'name', 'departmentName', 'visits', 'customersVisited', 'suspicious'];
function checkInFigures(o) {
  return o && Object.fromEntries(VISIT_KEYS.filter((k) => k in o).map((k) => [k, o[k]]));
}
function visitors(stats) {
  return stats.byUser.filter((u) => u.visits > 0);
}
function row(stats, username) {
  return checkInFigures(stats.byUser.find((u) => u.userId === dir.user(username).id));
}

test('rep01 sees only himself: 3 visits, 2 customers, 1 suspicious', async () => {
  const s = assertOk(await api.rep01.get('/api/v1/visits/stats'), 200, 'rep01 stats');
  assert.deepEqual(s.byUser.map((u) => u.userId), [dir.user('rep01').id], `only rep01 (${JSON.stringify(s.byUser)})`);
  assert.deepEqual(row(s, 'rep01'), {
    userId: dir.user('rep01').id, name: dir.user('rep01').name, departmentName: '北京一组', visits: 3, customersVisited: 2, suspicious: 1,
  });
  assert.deepEqual(checkInFigures(s.total), { visits: 3, customersVisited: 2 });
  assert.deepEqual(s.byCustomer, [
    { customerId: cust.a.id, name: cust.a.name, visits: 2 },
    { customerId: cust.b.id, name: cust.b.name, visits: 1 },
  ]);
});

test('bj1.lead sees 北京一组 (rep01 and rep02), not rep04 of 北京二组', async () => {
  const s = assertOk(await api['bj1.lead'].get('/api/v1/visits/stats'), 200, 'lead stats');
  assert.deepEqual(visitors(s).map((u) => u.name).sort(), [dir.user('rep01').name, dir.user('rep02').name].sort());
  assert.equal(row(s, 'rep01').visits, 3);
  assert.deepEqual(row(s, 'rep02'), {
    userId: dir.user('rep02').id, name: dir.user('rep02').name, departmentName: '北京一组', visits: 2, customersVisited: 1, suspicious: 1,
  });
  assert.equal(s.byUser[0].userId, dir.user('rep01').id, 'most visits first');
  assert.deepEqual(checkInFigures(s.total), { visits: 5, customersVisited: 3 });
  assert.ok(!s.byCustomer.some((c) => c.customerId === cust.d.id), 'rep04\'s customer is not counted');
});

test('admin sees everyone; departmentId narrows to a department and its sub-departments; from/to bound the window', async () => {
  const s = assertOk(await admin.get('/api/v1/visits/stats'), 200);
  assert.deepEqual(checkInFigures(s.total), { visits: 6, customersVisited: 4 });
  assert.deepEqual(row(s, 'rep04'), {
    userId: dir.user('rep04').id, name: dir.user('rep04').name, departmentName: '北京二组', visits: 1, customersVisited: 1, suspicious: 0,
  });
  const bj1 = assertOk(await admin.get(`/api/v1/visits/stats?departmentId=${dir.dep('北京一组').id}`), 200);
  assert.deepEqual(visitors(bj1).map((u) => u.name).sort(), [dir.user('rep01').name, dir.user('rep02').name].sort());
  assert.deepEqual(checkInFigures(bj1.total), { visits: 5, customersVisited: 3 });
  const north = assertOk(await admin.get(`/api/v1/visits/stats?departmentId=${dir.dep('华北大区').id}`), 200);
  assert.deepEqual(checkInFigures(north.total), { visits: 6, customersVisited: 4 }, '华北大区 includes its groups');
  const south = assertOk(await admin.get(`/api/v1/visits/stats?departmentId=${dir.dep('华南大区').id}`), 200);
  assert.deepEqual(checkInFigures(south.total), { visits: 0, customersVisited: 0 });
  assert.deepEqual(visitors(south), []);
  // A department outside the lead's scope does not widen it.
  const leadSouth = assertOk(await api['bj1.lead'].get(`/api/v1/visits/stats?departmentId=${dir.dep('北京二组').id}`), 200);
  assert.deepEqual(checkInFigures(leadSouth.total), { visits: 0, customersVisited: 0 }, 'bj1.lead asking for 北京二组 sees nothing');
  const iso = (ms) => encodeURIComponent(new Date(ms).toISOString());
  const future = assertOk(await admin.get(`/api/v1/visits/stats?from=${iso(Date.now() + 60000)}`), 200);
  assert.deepEqual(checkInFigures(future.total), { visits: 0, customersVisited: 0 }, 'from in the future');
  const past = assertOk(await admin.get(`/api/v1/visits/stats?to=${iso(startedAt)}`), 200);
  assert.deepEqual(checkInFigures(past.total), { visits: 0, customersVisited: 0 }, 'to before the visits');
  const window = assertOk(await admin.get(`/api/v1/visits/stats?from=${iso(startedAt)}&to=${iso(Date.now() + 60000)}`), 200);
  assert.deepEqual(checkInFigures(window.total), { visits: 6, customersVisited: 4 });
  const firstAt = Date.parse(made[0].k.at);
  const afterFirst = assertOk(await admin.get(`/api/v1/visits/stats?from=${iso(firstAt + 1)}`), 200);
  assert.equal(afterFirst.total.visits, 6 - made.filter((m) => Date.parse(m.k.at) <= firstAt).length, 'from is inclusive, by instant');
});

test('GET /check-ins?score=suspicious lists exactly the suspicious ones in scope; verified the others', async () => {
  const ids = (items) => items.map((k) => k.id).sort();
  const suspicious = made.filter((m) => m.k.score === 'suspicious');
  assert.deepEqual(ids(await allPages(admin, '/api/v1/check-ins?score=suspicious')), ids(suspicious.map((m) => m.k)));
  assert.deepEqual(ids(await allPages(admin, '/api/v1/check-ins?score=verified')), ids(made.filter((m) => m.k.score === 'verified').map((m) => m.k)));
  assert.deepEqual(await allPages(admin, '/api/v1/check-ins?score=unverifiable'), []);
  assert.deepEqual(ids(await allPages(api.rep01, '/api/v1/check-ins?score=suspicious')), ids(suspicious.filter((m) => m.who === 'rep01').map((m) => m.k)));
  for (const k of await allPages(admin, '/api/v1/check-ins?score=suspicious')) assert.equal(k.score, 'suspicious');
});

test('GET /check-ins: scope (rep01 own, bj1.lead 北京一组, admin all), userId / customerId filters, newest first over pages', async () => {
  const ids = (items) => items.map((k) => k.id);
  const of = (...who) => made.filter((m) => who.includes(m.who)).map((m) => m.k.id);
  assert.deepEqual(ids(await allPages(api.rep01, '/api/v1/check-ins')).sort(), of('rep01').sort());
  assert.deepEqual(ids(await allPages(api['bj1.lead'], '/api/v1/check-ins')).sort(), of('rep01', 'rep02').sort());
  const all = await allPages(admin, '/api/v1/check-ins', { limit: 2 });
  assert.deepEqual(ids(all), [...made].reverse().map((m) => m.k.id), 'newest first across pages of 2');
  assert.deepEqual(ids(await allPages(admin, `/api/v1/check-ins?userId=${dir.user('rep02').id}`)).sort(), of('rep02').sort());
  assert.deepEqual(ids(await allPages(admin, `/api/v1/check-ins?customerId=${cust.a.id}`)).sort(), made.filter((m) => m.k.customerId === cust.a.id).map((m) => m.k.id).sort());
  assert.deepEqual(await allPages(api.rep01, `/api/v1/check-ins?userId=${dir.user('rep04').id}`), [], 'a userId outside the scope finds nothing');
  // from (inclusive) / to (exclusive) by the check-in's instant.
  const third = made[2].k;
  const iso = (t) => encodeURIComponent(new Date(Date.parse(t)).toISOString());
  const fromThird = ids(await allPages(admin, `/api/v1/check-ins?from=${iso(third.at)}`));
  assert.deepEqual(fromThird.sort(), made.filter((m) => Date.parse(m.k.at) >= Date.parse(third.at)).map((m) => m.k.id).sort(), 'from = at includes it');
  const toThird = ids(await allPages(admin, `/api/v1/check-ins?to=${iso(third.at)}`));
  assert.deepEqual(toThird.sort(), made.filter((m) => Date.parse(m.k.at) < Date.parse(third.at)).map((m) => m.k.id).sort(), 'to = at excludes it');
  // GET /check-ins/{id}: in scope 200, outside 404.
  const rep04s = made.find((m) => m.who === 'rep04').k;
  assert.equal((await api['bj1.lead'].get(`/api/v1/check-ins/${rep04s.id}`)).status, 404, 'bj1.lead cannot open rep04\'s check-in');
  assert.equal((await api.rep02.get(`/api/v1/check-ins/${made[0].k.id}`)).status, 404, 'rep02 cannot open rep01\'s check-in');
  assert.equal((await api['bj1.lead'].get(`/api/v1/check-ins/${made[0].k.id}`)).status, 200, 'bj1.lead opens rep01\'s check-in');
});

test('GET /visits/map: check-ins and customers in scope only, GCJ-02 on request', async () => {
  const { as: login } = await import('./lib/crm.mjs');
  const lead = await login(srv.baseUrl, 'bj1.lead');
  const rep = await login(srv.baseUrl, 'rep01');
  const rep04 = await login(srv.baseUrl, 'rep04');
  const mine = (await rep.get('/api/v1/customers?mine=true&limit=1')).json.items.find((c) => c.lat !== null);
  if (mine) {
    const k = await rep.post('/api/v1/check-ins', { lat: mine.lat, lng: mine.lng, accuracyM: 10, customerId: mine.id });
    assert.equal(k.status, 201, k.text);
  }
  const m = await lead.get('/api/v1/visits/map');
  assert.equal(m.status, 200, m.text);
  assert.ok(m.json.customers.length > 0, 'the team\'s customers have positions');
  const wgs = m.json.customers[0];
  const gcj = (await lead.get('/api/v1/visits/map?coord=gcj02')).json.customers.find((c) => c.id === wgs.id);
  assert.ok(Math.abs(gcj.lat - wgs.lat) + Math.abs(gcj.lng - wgs.lng) > 1e-4, 'GCJ-02 is offset from WGS-84 in China');
  const theirs = await rep04.get('/api/v1/visits/map');
  assert.equal(theirs.status, 200);
  const teamIds = new Set(m.json.customers.map((c) => c.id));
  assert.ok(!theirs.json.customers.some((c) => teamIds.has(c.id)), 'rep04 sees none of 北京一组\'s customers');
  const bad = await lead.get('/api/v1/visits/map?from=yesterday');
  assert.equal(bad.status, 400);
});
