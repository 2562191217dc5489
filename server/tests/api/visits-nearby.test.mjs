// GET /customers/nearby (docs/api-visits.md) against a brute-force oracle: for ~200 centres across
// China (random, near customers, exactly on the 0.01° grid of the spatial index, and just inside /
// outside the circle of a customer) and radii from 50 m to 50 km, the answer is exactly the visible
// customers whose haversine distance ≤ radius, nearest first, distances to 1 m. Scope: a rep sees
// own / team / in-scope owned customers and the pools he belongs to, never another rep's customers.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertOk, assertValidation, pools } from './lib/crm.mjs';
import { haversine, destination, rng, nearbyPath, visibleCustomers, assertNearbyMatches, CITIES } from './lib/visits.mjs';

const srv = useServer({ customers: 2000, sweepCheck: 0 });
let admin, rep01, dir;
let adminSeen; // Map id → customer: everything admin may see (the whole company)
let rep01Seen;
let withCoords; // admin's customers that have coordinates
const SEED = Number(process.env.VISITS_SEED || 20261126);

test('setup: admin sees every customer of the company, all with coordinates', async () => {
  admin = await as(srv.baseUrl, 'admin');
  rep01 = await as(srv.baseUrl, 'rep01');
  dir = await directory(admin);
  adminSeen = await visibleCustomers(admin);
  rep01Seen = await visibleCustomers(rep01);
  withCoords = [...adminSeen.values()].filter((c) => c.lat !== null && c.lng !== null);
  assert.ok(adminSeen.size >= 1900, `admin sees the demo's 2,000 customers (${adminSeen.size})`);
  assert.ok(withCoords.length >= 1900, `demo customers have coordinates (${withCoords.length})`);
  assert.ok(rep01Seen.size > 100 && rep01Seen.size < adminSeen.size, `rep01 sees part of them (${rep01Seen.size})`);
});

// The query centres: [{lat, lng, radius, limit, kind}].
function centres() {
  const r = rng(SEED);
  const pick = (arr) => arr[Math.floor(r() * arr.length)];
  const radius = () => Math.round(50 * Math.pow(1000, r())); // log-uniform 50 m … 50 km
  const sorted = [...withCoords].sort((a, b) => (a.id < b.id ? -1 : 1));
  const out = [];
  // Random points across China (most find nothing, some land on a city).
  for (let i = 0; i < 50; i++) out.push({ lat: 18 + r() * 35, lng: 73 + r() * 62, radius: radius(), kind: 'random' });
  // Random points near the customers (within ~15 km of one).
  for (let i = 0; i < 50; i++) {
    const c = pick(sorted);
    const p = destination(c.lat, c.lng, r() * 15000, r() * 360);
    out.push({ ...p, radius: radius(), kind: 'near a customer' });
  }
  // Exactly on grid lines of the 0.01° index: a latitude line, a longitude line, a corner.
  for (let i = 0; i < 45; i++) {
    const c = pick(sorted);
    const gl = Math.round(c.lat * 100) / 100;
    const gn = Math.round(c.lng * 100) / 100;
    const which = i % 3;
    out.push({ lat: which === 1 ? c.lat : gl, lng: which === 0 ? c.lng : gn, radius: pick([50, 200, 555, 1000, 1113, 2000, 5000, 50000, radius()]), kind: 'grid line' });
  }
  // A customer just inside / just outside the circle, in every direction (the covering cells
  // must reach every part of the circle, across row and column boundaries).
  for (let i = 0; i < 45; i++) {
    const c = pick(sorted);
    const R = i < 5 ? [50, 50000, 1000, 7500, 25000][i] : radius();
    const inside = i % 2 === 0;
    const p = destination(c.lat, c.lng, inside ? R * (1 - 1e-4) : R * (1 + 1e-4), (i * 37 + r() * 10) % 360);
    out.push({ ...p, radius: R, kind: inside ? 'customer just inside' : 'customer just outside', customer: c, inside });
  }
  // A customer's own position (distance 0) and the radius limits.
  for (const [k, c] of sorted.slice(0, 5).entries()) out.push({ lat: c.lat, lng: c.lng, radius: [1, 50, 2000, 50000, 49999.5][k], kind: 'at a customer' });
  // City centres with 50 km: the cities' ~80 customers; and a small limit (nearest first, cut).
  for (const c of Object.values(CITIES)) out.push({ ...c, radius: 50000, kind: 'city centre' });
  for (const c of Object.values(CITIES)) out.push({ ...c, radius: 50000, limit: 7, kind: 'city centre, limit 7' });
  return out;
}

test('admin (whole company): nearby equals brute force for ~200 centres, radii 50 m … 50 km', async () => {
  const list = centres();
  assert.ok(list.length >= 200, `${list.length} centres`);
  let nonEmpty = 0;
  let checkedEdge = 0;
  for (const q of list) {
    const limit = q.limit ?? 200;
    const r = await admin.get(nearbyPath({ lat: q.lat, lng: q.lng, radius: q.radius, limit }));
    const what = `nearby (${q.kind})`;
    const body = assertOk(r, 200, `${what} lat=${q.lat} lng=${q.lng} radius=${q.radius}`);
    assert.ok(Array.isArray(body.items), `${what}: items`);
    assert.equal(body.radius, q.radius, `${what}: radius echoed`);
    assert.ok(Math.abs(body.center.lat - q.lat) < 1e-9 && Math.abs(body.center.lng - q.lng) < 1e-9, `${what}: center echoed (${JSON.stringify(body.center)})`);
    assertNearbyMatches(body.items, withCoords, { lat: q.lat, lng: q.lng, radius: q.radius, limit }, what);
    if (body.items.length) nonEmpty++;
    if (q.customer) {
      const d = haversine(q.lat, q.lng, q.customer.lat, q.customer.lng);
      const found = body.items.some((i) => i.id === q.customer.id);
      if (Math.abs(d - q.radius) > 1e-6 && body.items.length < limit) {
        assert.equal(found, d <= q.radius, `${what}: customer ${q.customer.id} at ${d} m with radius ${q.radius}`);
        checkedEdge++;
      }
    }
  }
  assert.ok(nonEmpty >= 100, `most centres near customers find some (${nonEmpty})`);
  assert.ok(checkedEdge >= 30, `edge cases checked (${checkedEdge})`);
});

// The card of a nearby customer (docs/api-visits.md): these fields of the customer, equal to its
// list entry (phones masked the same), plus distanceM — nothing else.
const CARD_FIELDS = ['id', 'name', 'shortName', 'industry', 'level', 'status', 'city', 'district', 'address', 'lat', 'lng',
  'phone', 'phoneMasked', 'locked', 'ownerId', 'ownerName', 'ownerDepartmentName', 'poolId', 'poolName',
  'lastFollowUpAt', 'nextFollowUpAt'];

test('nearby items are cards of the customers of the lists (same values, phones masked the same) plus distanceM', async () => {
  for (const who of [admin, rep01]) {
    const seen = who === admin ? adminSeen : rep01Seen;
    const r = assertOk(await who.get(nearbyPath({ ...CITIES.beijing, radius: 50000, limit: 200 })), 200);
    assert.ok(r.items.length > 10);
    let masked = 0;
    for (const it of r.items) {
      const listed = seen.get(it.id);
      assert.ok(listed, `${it.id} is listed for this user`);
      assert.deepEqual(Object.keys(it).sort(), [...CARD_FIELDS, 'distanceM'].sort(), `nearby item ${it.id}: the card's fields`);
      const card = Object.fromEntries(CARD_FIELDS.map((k) => [k, listed[k]]));
      const { distanceM, ...rest } = it;
      assert.deepEqual(rest, card, `nearby item ${it.id} equals its list entry on the card's fields`);
      if (it.phoneMasked && it.phone) masked++;
    }
    if (who === rep01) assert.ok(masked > 0, 'rep01 sees masked phones of customers that are not theirs');
  }
});

test('rep01: nearby equals brute force over what rep01 may see; never another rep\'s owned customers', async () => {
  const me = dir.user('rep01').id;
  const hb = (await pools(admin)).byName('华北公海');
  const bj1 = new Set(dir.users.filter((u) => u.departmentName === '北京一组').map((u) => u.id));
  // What rep01 may see, by the lists: own customers (plus any whose team he is on) and 华北公海.
  for (const c of rep01Seen.values()) {
    if (c.poolId) assert.equal(c.poolId, hb.id, `rep01's visible pool customers are in 华北公海 (${c.name} in ${c.poolName})`);
  }
  const candidates = [...rep01Seen.values()].filter((c) => c.lat !== null);
  const r = rng(SEED + 1);
  const centresNearNorth = [
    ...Object.values(CITIES).map((c) => ({ ...c, radius: 50000 })),
    ...candidates.slice(0, 40).map((c) => ({ ...destination(c.lat, c.lng, r() * 3000, r() * 360), radius: 500 + Math.round(r() * 20000) })),
  ];
  let ownSeen = 0;
  let poolSeen = 0;
  for (const q of centresNearNorth) {
    const body = assertOk(await rep01.get(nearbyPath({ ...q, limit: 200 })), 200, 'rep01 nearby');
    assertNearbyMatches(body.items, candidates, { ...q, limit: 200 }, 'rep01 nearby');
    for (const it of body.items) {
      if (it.ownerId) {
        assert.ok(it.ownerId === me || rep01Seen.has(it.id), `rep01 sees ${it.name} owned by ${it.ownerName} (${it.ownerDepartmentName})`);
        if (it.ownerId === me) ownSeen++;
      } else {
        assert.equal(it.poolId, hb.id, `pool customer ${it.name} is in 华北公海, not ${it.poolName}`);
        poolSeen++;
      }
    }
  }
  assert.ok(ownSeen > 0 && poolSeen > 0, `rep01 found own (${ownSeen}) and pool (${poolSeen}) customers`);

  // Where admin finds other reps' customers (Beijing, 50 km), rep01 does not.
  const all = assertOk(await admin.get(nearbyPath({ ...CITIES.beijing, radius: 50000, limit: 200 })), 200).items;
  const others = all.filter((c) => c.ownerId && c.ownerId !== me && !rep01Seen.has(c.id));
  assert.ok(others.length > 0, 'other reps own customers around Beijing');
  assert.ok(others.some((c) => bj1.has(c.ownerId)), 'including colleagues of 北京一组');
  const mine = assertOk(await rep01.get(nearbyPath({ ...CITIES.beijing, radius: 50000, limit: 200 })), 200).items;
  const leaked = mine.filter((c) => others.some((o) => o.id === c.id));
  assert.deepEqual(leaked.map((c) => `${c.name} (${c.ownerName})`), [], 'no other rep\'s customer in rep01\'s nearby');
});

test('rep01: scope=mine / team / pool / all split the visible set', async () => {
  const me = dir.user('rep01').id;
  const candidates = [...rep01Seen.values()].filter((c) => c.lat !== null);
  for (const city of [CITIES.beijing, CITIES.tianjin]) {
    const q = { ...city, radius: 50000, limit: 200 };
    const mine = assertOk(await rep01.get(nearbyPath({ ...q, scope: 'mine' })), 200, 'scope=mine').items;
    assertNearbyMatches(mine, candidates.filter((c) => c.ownerId === me), q, 'scope=mine');
    const team = assertOk(await rep01.get(nearbyPath({ ...q, scope: 'team' })), 200, 'scope=team').items;
    assertNearbyMatches(team, candidates.filter((c) => c.ownerId), q, 'scope=team');
    const pool = assertOk(await rep01.get(nearbyPath({ ...q, scope: 'pool' })), 200, 'scope=pool').items;
    assertNearbyMatches(pool, candidates.filter((c) => !c.ownerId), q, 'scope=pool');
    const all = assertOk(await rep01.get(nearbyPath({ ...q, scope: 'all' })), 200, 'scope=all').items;
    assertNearbyMatches(all, candidates, q, 'scope=all');
    assert.ok(pool.length > 0, 'pool customers around');
  }
  assertValidation(await rep01.get(nearbyPath({ ...CITIES.beijing, scope: 'everyone' })), 'scope', 'invalid_value', 'scope=everyone');
});

test('defaults: radius 2,000 m and limit 20', async () => {
  // A centre with more than 20 customers within 2 km: a dense spot of Beijing.
  const best = withCoords
    .map((c) => ({ c, n: withCoords.filter((o) => haversine(c.lat, c.lng, o.lat, o.lng) <= 2000).length }))
    .sort((a, b) => b.n - a.n)[0];
  const r = assertOk(await admin.get(`/api/v1/customers/nearby?lat=${best.c.lat}&lng=${best.c.lng}`), 200);
  assert.equal(r.radius, 2000);
  assertNearbyMatches(r.items, withCoords, { lat: best.c.lat, lng: best.c.lng, radius: 2000, limit: 20 }, 'defaults');
  assert.equal(r.items.length, Math.min(20, best.n));
});

test('a customer moved by PATCH is found at its new place only', async () => {
  const c = withCoords.find((x) => x.ownerId);
  const target = destination(CITIES.shenzhen.lat, CITIES.shenzhen.lng, 123, 45);
  assertOk(await admin.patch(`/api/v1/customers/${c.id}`, { lat: target.lat, lng: target.lng }), 200, 'PATCH lat/lng');
  const there = assertOk(await admin.get(nearbyPath({ ...CITIES.shenzhen, radius: 200, limit: 200 })), 200).items;
  const hit = there.find((i) => i.id === c.id);
  assert.ok(hit, 'found at the new place');
  assert.ok(Math.abs(hit.distanceM - 123) <= 1, `distance ${hit.distanceM}`);
  const before = assertOk(await admin.get(nearbyPath({ lat: c.lat, lng: c.lng, radius: 50, limit: 200 })), 200).items;
  assert.ok(!before.some((i) => i.id === c.id), 'gone from the old place');
});

test('deleted customers, customers whose coordinates are cleared, and team customers', async () => {
  const me = dir.user('rep01').id;
  const owned = [...adminSeen.values()].filter((c) => c.ownerId && c.lat !== null && c.ownerId !== me);
  // Deleted: gone from nearby.
  const gone = owned.find((c) => c.ownerDepartmentName === '上海一组');
  const del = await admin.del(`/api/v1/customers/${gone.id}`);
  assert.ok(del.status === 204 || del.status === 200, `DELETE customer: ${del.status} ${del.text}`);
  const afterDel = assertOk(await admin.get(nearbyPath({ lat: gone.lat, lng: gone.lng, radius: 10, limit: 200 })), 200).items;
  assert.ok(!afterDel.some((i) => i.id === gone.id), 'a deleted customer is not nearby');
  // Coordinates cleared: gone from nearby.
  const cleared = owned.find((c) => c.ownerDepartmentName === '杭州组');
  const patched = await admin.patch(`/api/v1/customers/${cleared.id}`, { lat: null, lng: null });
  assert.equal(patched.status, 200, `PATCH lat/lng null: ${patched.text}`);
  assert.equal(patched.json.lat, null);
  const afterClear = assertOk(await admin.get(nearbyPath({ lat: cleared.lat, lng: cleared.lng, radius: 10, limit: 200 })), 200).items;
  assert.ok(!afterClear.some((i) => i.id === cleared.id), 'a customer without coordinates is not nearby');
  // On rep01's team: nearby (scope team / all), not mine.
  const colleague = owned.find((c) => c.ownerDepartmentName === '北京二组');
  assertOk(await admin.post(`/api/v1/customers/${colleague.id}/team`, { userId: me, access: 'read' }), 201, 'add rep01 to the team');
  const q = { lat: colleague.lat, lng: colleague.lng, radius: 10, limit: 200 };
  for (const scope of ['all', 'team']) {
    const items = assertOk(await rep01.get(nearbyPath({ ...q, scope })), 200).items;
    assert.ok(items.some((i) => i.id === colleague.id), `scope=${scope}: a customer whose team rep01 is on`);
  }
  assert.ok(!assertOk(await rep01.get(nearbyPath({ ...q, scope: 'mine' })), 200).items.some((i) => i.id === colleague.id), 'scope=mine: not his');
  assert.ok(!assertOk(await rep01.get(nearbyPath({ ...q, scope: 'pool' })), 200).items.some((i) => i.id === colleague.id), 'scope=pool: not a pool customer');
});
