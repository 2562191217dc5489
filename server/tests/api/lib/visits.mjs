// Helpers for the field-visit tests (docs/api-visits.md), on top of harness.mjs / crm.mjs (same
// HTTP client):
//   geometry:  haversine (mean Earth radius 6371008.8 m), destination(), rng(seed), wgs84ToGcj02()
//   nearby:    nearbyPath(), visibleCustomers(api) (owned + inPool pages), assertNearbyMatches()
//              (the brute-force oracle), CITIES (demo city centres)
//   check-ins: checkIn(), codesOf(), refusedCodes() (422 details.reasons), customerAt(),
//              followUpsOf(), setPolicy(), assertCheckInShape(), assertSamePoint()
//   plans:     plansOf(), assertPlanShape(), today() / laterToday(min) (Asia/Shanghai)
import assert from 'node:assert/strict';
import { allPages, assertOk, createCustomer, localDate, unique } from './crm.mjs';

// ---- Geometry ----
export const EARTH_RADIUS_M = 6371008.8; // mean Earth radius, as the contract's distances use
const rad = (d) => (d * Math.PI) / 180;
const deg = (r) => (r * 180) / Math.PI;

// Great-circle distance in metres (haversine).
export function haversine(lat1, lng1, lat2, lng2) {
  const dlat = rad(lat2 - lat1);
  const dlng = rad(lng2 - lng1);
  const a = Math.sin(dlat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dlng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

// The point `metres` away from (lat, lng) on bearing `bearingDeg` (0 = north), on the sphere.
export function destination(lat, lng, metres, bearingDeg) {
  const d = metres / EARTH_RADIUS_M;
  const th = rad(bearingDeg);
  const p1 = rad(lat);
  const l1 = rad(lng);
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(th));
  const l2 = l1 + Math.atan2(Math.sin(th) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return { lat: deg(p2), lng: ((deg(l2) + 540) % 360) - 180 };
}

// Deterministic pseudo-random numbers in [0, 1) (mulberry32), so that a failure can be replayed.
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- Nearby ----
export function nearbyPath({ lat, lng, radius, limit, scope, coord }) {
  const q = new URLSearchParams({ lat: String(lat), lng: String(lng) });
  if (radius !== undefined) q.set('radius', String(radius));
  if (limit !== undefined) q.set('limit', String(limit));
  if (scope !== undefined) q.set('scope', scope);
  if (coord !== undefined) q.set('coord', coord);
  return `/api/v1/customers/nearby?${q}`;
}

// Every customer `api` may see: owned customers (GET /customers pages) and pool customers
// (GET /customers?inPool=true pages), by id.
export async function visibleCustomers(api) {
  const owned = await allPages(api, '/api/v1/customers');
  const pooled = await allPages(api, '/api/v1/customers?inPool=true');
  const byId = new Map();
  for (const c of [...owned, ...pooled]) byId.set(c.id, c);
  return byId;
}

// Distance within which JavaScript and C++ may round a point to either side of the circle.
const EDGE_M = 1e-6;

// Asserts that a nearby answer equals the brute-force answer over `candidates` (customers with
// lat/lng): exactly the candidates within `radius` of the centre, nearest first, at most `limit`,
// each with distanceM within 1 m of the haversine distance.
export function assertNearbyMatches(items, candidates, { lat, lng, radius, limit }, what) {
  const expected = [];
  for (const c of candidates) {
    if (c.lat === null || c.lng === null || c.lat === undefined || c.lng === undefined) continue;
    const d = haversine(lat, lng, c.lat, c.lng);
    if (d <= radius + EDGE_M) expected.push({ c, d });
  }
  expected.sort((a, b) => a.d - b.d || (BigInt(a.c.id) < BigInt(b.c.id) ? -1 : 1));
  const sure = expected.filter((e) => e.d <= radius - EDGE_M);
  const byId = new Map(expected.map((e) => [e.c.id, e]));
  const ctx = () => `${what}: lat=${lat} lng=${lng} radius=${radius} limit=${limit}; ` +
    `expected ${expected.length} within the radius (first ${expected.slice(0, 5).map((e) => `${e.c.id}@${e.d.toFixed(1)}`).join(', ')}), ` +
    `got ${items.length} (first ${items.slice(0, 5).map((i) => `${i.id}@${i.distanceM}`).join(', ')})`;

  // Nothing outside the radius or outside the visible set; distances right; no duplicates.
  const seen = new Set();
  for (const it of items) {
    assert.ok(!seen.has(it.id), `${ctx()}: ${it.id} answered twice`);
    seen.add(it.id);
    const e = byId.get(it.id);
    assert.ok(e, `${ctx()}: answered ${it.id} (${it.name}) at distanceM ${it.distanceM} is not a visible customer within the radius` +
      (candidates.find((c) => c.id === it.id) ? '' : ' (not visible to this user at all)'));
    assert.equal(typeof it.distanceM, 'number', `${ctx()}: distanceM of ${it.id}`);
    assert.ok(Math.abs(it.distanceM - e.d) <= 1, `${ctx()}: distanceM of ${it.id} is ${it.distanceM}, haversine says ${e.d}`);
  }
  // Nearest first.
  for (let i = 1; i < items.length; i++) {
    const a = byId.get(items[i - 1].id).d;
    const b = byId.get(items[i].id).d;
    assert.ok(a <= b + EDGE_M, `${ctx()}: not nearest first at position ${i} (${a} then ${b})`);
  }
  // Complete: the nearest min(limit, n) — every surely-inside customer nearer than the last answered.
  const want = Math.min(limit, sure.length);
  assert.ok(items.length >= want && items.length <= Math.min(limit, expected.length),
    `${ctx()}: answered ${items.length} customers, expected ${want === Math.min(limit, expected.length) ? want : `${want}…${Math.min(limit, expected.length)}`}`);
  const last = items.length ? byId.get(items[items.length - 1].id).d : -Infinity;
  const full = items.length === limit;
  for (const e of sure) {
    if (full && e.d >= last - EDGE_M) break;
    assert.ok(seen.has(e.c.id), `${ctx()}: missing ${e.c.id} (${e.c.name}) at ${e.d.toFixed(3)} m` +
      ` (lat ${e.c.lat}, lng ${e.c.lng}, ${e.c.poolId ? `pool ${e.c.poolName}` : `owner ${e.c.ownerName}`})`);
  }
}

// ---- Check-ins ----
export const checkIn = (api, body) => api.post('/api/v1/check-ins', body);
export const codesOf = (k) => (k.reasons ?? []).map((r) => r.code).sort();

// The reason codes of a 422 checkin.suspicious answer. The contract only says "details.reasons":
// accept a list of Reason objects or codes, or a comma-separated string of codes.
export function refusedCodes(r) {
  const reasons = r.json?.error?.details?.reasons;
  if (Array.isArray(reasons)) return reasons.map((x) => (typeof x === 'string' ? x : x?.code)).sort();
  if (typeof reasons === 'string') return reasons.split(',').map((s) => s.trim()).filter(Boolean).sort();
  return [];
}

// Creates a customer owned by `api`'s user at (lat, lng) (no coordinates when lat is null).
export async function customerAt(api, lat, lng, prefix = '拜访客户') {
  const body = { name: `${prefix}${unique()}有限公司` };
  if (lat !== null && lat !== undefined) Object.assign(body, { lat, lng });
  return createCustomer(api, body);
}

export async function followUpsOf(api, customerId) {
  return allPages(api, `/api/v1/customers/${customerId}/follow-ups`);
}

export async function setPolicy(api, body) {
  return api.put('/api/v1/settings/check-in', body);
}

// Today in Asia/Shanghai, and an instant `minutes` from now that stays on that day when it can.
export const today = () => localDate(Date.now());
export function laterToday(minutes) {
  const t = new Date(Date.now() + minutes * 60000).toISOString();
  return localDate(t) === today() ? t : new Date().toISOString();
}

export async function plansOf(api, query = '') {
  return assertOk(await api.get(`/api/v1/visit-plans${query ? `?${query}` : ''}`), 200, `GET /visit-plans?${query}`).items;
}

// Real city centres (WGS-84) of the demo data.
export const CITIES = {
  beijing: { lat: 39.9042, lng: 116.4074 },
  shanghai: { lat: 31.2304, lng: 121.4737 },
  guangzhou: { lat: 23.1291, lng: 113.2644 },
  shenzhen: { lat: 22.5431, lng: 114.0579 },
  hangzhou: { lat: 30.2741, lng: 120.1551 },
  tianjin: { lat: 39.3434, lng: 117.3616 },
};

// Every field of the contract's CheckIn, with its type.
export function assertCheckInShape(k, what = 'check-in') {
  const keys = ['id', 'userId', 'userName', 'customerId', 'customerName', 'lat', 'lng', 'accuracyM', 'provider', 'mockLocation',
    'purpose', 'notes', 'distanceM', 'at', 'capturedAt', 'receivedAt', 'score', 'reasons', 'attachments', 'followUpId', 'fixedCustomerLocation'];
  for (const key of keys) assert.ok(key in k, `${what}: has ${key} (${JSON.stringify(k)})`);
  assert.equal(typeof k.id, 'string');
  assert.equal(typeof k.userId, 'string');
  assert.equal(typeof k.lat, 'number');
  assert.equal(typeof k.lng, 'number');
  assert.equal(typeof k.accuracyM, 'number');
  assert.equal(typeof k.mockLocation, 'boolean');
  assert.equal(typeof k.fixedCustomerLocation, 'boolean');
  assert.ok(['verified', 'suspicious', 'unverifiable'].includes(k.score), `${what}: score ${k.score}`);
  assert.ok(Array.isArray(k.reasons) && Array.isArray(k.attachments), `${what}: reasons and attachments are arrays`);
  for (const r of k.reasons) {
    assert.equal(typeof r.code, 'string');
    assert.equal(typeof r.message, 'string');
    assert.equal(typeof r.details, 'object');
  }
  assert.ok(!Number.isNaN(Date.parse(k.at)), `${what}: at is an instant (${k.at})`);
  assert.ok(k.distanceM === null || typeof k.distanceM === 'number');
}

// Every field of the contract's VisitPlan.
export function assertPlanShape(p, what = 'plan') {
  for (const key of ['id', 'userId', 'userName', 'customerId', 'customerName', 'plannedAt', 'remindMinutesBefore', 'notes', 'status', 'checkInId', 'createdAt'])
    assert.ok(key in p, `${what}: has ${key} (${JSON.stringify(p)})`);
  assert.ok(['planned', 'done', 'missed'].includes(p.status), `${what}: status ${p.status}`);
}

// The same position to 1e-9° (0.1 mm): JSON numbers may come back a unit in the last place off.
export function assertSamePoint(a, b, what) {
  assert.ok(typeof a.lat === 'number' && typeof a.lng === 'number' && Math.abs(a.lat - b.lat) < 1e-9 && Math.abs(a.lng - b.lng) < 1e-9,
    `${what}: (${a.lat}, ${a.lng}) vs (${b.lat}, ${b.lng})`);
}

// WGS-84 → GCJ-02 (the published algorithm Chinese map providers use; identity outside China).
export function wgs84ToGcj02(lat, lng) {
  if (lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271) return { lat, lng };
  const a = 6378245.0;
  const ee = 0.00669342162296594323;
  const x = lng - 105.0;
  const y = lat - 35.0;
  let dlat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  dlat += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  dlat += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  dlat += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  let dlng = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  dlng += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  dlng += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  dlng += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  const radlat = rad(lat);
  let magic = Math.sin(radlat);
  magic = 1 - ee * magic * magic;
  const sq = Math.sqrt(magic);
  dlat = (dlat * 180.0) / (((a * (1 - ee)) / (magic * sq)) * Math.PI);
  dlng = (dlng * 180.0) / ((a / sq) * Math.cos(radlat) * Math.PI);
  return { lat: lat + dlat, lng: lng + dlng };
}
