// POST /check-ins (docs/api-visits.md): a check-in at the customer's site is verified and writes a
// follow-up (type visit) that moves lastFollowUpAt; every fraud signal gives its reason code and
// makes it suspicious; a customer without coordinates is unverifiable and gets the check-in's
// coordinates (客户标注); under the tenant policy `block` a suspicious check-in is refused with 422
// checkin.suspicious and nothing is written.
// Each scenario uses a fresh rep: the signals static_coordinates and impossible_speed depend on
// the user's previous check-ins.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, allPages, makeUsers } from './lib/crm.mjs';
import { PNG, JPEG, sha256, upload } from './lib/activity.mjs';
import {
  checkIn, codesOf, refusedCodes, customerAt, followUpsOf, setPolicy, destination, haversine, nearbyPath,
  assertCheckInShape, assertSamePoint, wgs84ToGcj02, CITIES,
} from './lib/visits.mjs';

const srv = useServer({ customers: 2000, sweepCheck: 0 });
let admin, rep01, dir;
const fresh = [];
let nextUser = 0;
const user = () => fresh[nextUser++];

// A spot in Beijing for each scenario, 3 km apart so that they never meet.
let spot = 0;
const place = () => destination(CITIES.beijing.lat, CITIES.beijing.lng, 3000 * (1 + spot++), 77);

test('setup: fresh reps in 北京一组; the policy starts as the defaults', async () => {
  admin = await as(srv.baseUrl, 'admin');
  rep01 = await as(srv.baseUrl, 'rep01');
  dir = await directory(admin);
  fresh.push(...await makeUsers(admin, srv.baseUrl, { count: 20, departmentId: dir.dep('北京一组').id, roleId: dir.role('rep').id, prefix: 'ck' }));
  const p = assertOk(await rep01.get('/api/v1/settings/check-in'), 200, 'GET policy');
  assert.deepEqual(p, { policy: 'flag', maxDistanceM: 500, maxAccuracyM: 200, maxSpeedKmh: 200, photoMaxAgeMinutes: 30 });
});

test('at the customer\'s own coordinates with good accuracy → 201 verified, distanceM ≈ 0, a visit follow-up, lastFollowUpAt moves', async () => {
  const mine = await allPages(rep01, '/api/v1/customers?mine=true');
  const c = mine.find((x) => x.lat !== null);
  assert.ok(c, 'rep01 owns a customer with coordinates');
  const before = assertOk(await rep01.get(`/api/v1/customers/${c.id}`), 200);
  const fuBefore = await followUpsOf(rep01, c.id);
  const t0 = Date.now();
  const r = await checkIn(rep01, { lat: c.lat, lng: c.lng, accuracyM: 12, provider: 'gps', customerId: c.id, purpose: '季度回访', notes: '见了采购经理' });
  const k = assertOk(r, 201, 'check-in at the customer');
  assertCheckInShape(k);
  assert.equal(k.score, 'verified', `score (reasons ${JSON.stringify(k.reasons)})`);
  assert.deepEqual(k.reasons, []);
  assert.equal(k.customerId, c.id);
  assert.equal(k.customerName, c.name);
  assert.equal(k.userId, dir.user('rep01').id);
  assert.equal(k.userName, dir.user('rep01').name);
  assert.ok(typeof k.distanceM === 'number' && k.distanceM <= 1, `distanceM ≈ 0 (${k.distanceM})`);
  assertSamePoint(k, c, 'the check-in\'s coordinates are the ones sent');
  assert.equal(k.accuracyM, 12);
  assert.equal(k.provider, 'gps');
  assert.equal(k.mockLocation, false);
  assert.equal(k.purpose, '季度回访');
  assert.equal(k.fixedCustomerLocation, false);
  assert.ok(Math.abs(Date.parse(k.at) - t0) < 60000, `at is the server's now (${k.at})`);
  assert.equal(typeof k.followUpId, 'string', 'followUpId');

  const fu = await followUpsOf(rep01, c.id);
  assert.equal(fu.length, fuBefore.length + 1, 'one follow-up more');
  const visit = fu.find((f) => f.id === k.followUpId);
  assert.ok(visit, `follow-up ${k.followUpId} is listed`);
  assert.equal(visit.type, 'visit');
  assert.equal(visit.authorId, k.userId);

  const after = assertOk(await rep01.get(`/api/v1/customers/${c.id}`), 200);
  assert.notEqual(after.lastFollowUpAt, before.lastFollowUpAt, 'lastFollowUpAt moved');
  assert.ok(Math.abs(Date.parse(after.lastFollowUpAt) - Date.parse(k.at)) < 5000, `lastFollowUpAt ${after.lastFollowUpAt} ≈ at ${k.at}`);

  assert.deepEqual(assertOk(await rep01.get(`/api/v1/check-ins/${k.id}`), 200), k, 'GET /check-ins/{id}');
  const listed = assertOk(await rep01.get(`/api/v1/check-ins?customerId=${c.id}`), 200).items;
  assert.deepEqual(listed.map((x) => x.id), [k.id]);
});

// A fresh rep, a customer of theirs at a fresh place; returns {u, c, p}.
async function scenario(withCoordinates = true) {
  const u = user();
  const p = place();
  const c = await customerAt(u.api, withCoordinates ? p.lat : null, p.lng);
  return { u, c, p };
}

test('far_from_customer: 800 m from the site (maxDistanceM 500) → suspicious; 400 m → verified', async () => {
  const { u, c, p } = await scenario();
  const near = destination(p.lat, p.lng, 400, 10);
  const ok = assertOk(await checkIn(u.api, { ...near, accuracyM: 20, customerId: c.id }), 201, '400 m');
  assert.equal(ok.score, 'verified', `400 m: ${JSON.stringify(ok.reasons)}`);
  assert.ok(Math.abs(ok.distanceM - 400) <= 1, `distanceM ${ok.distanceM}`);
  const far = destination(p.lat, p.lng, 800, 10);
  const k = assertOk(await checkIn(u.api, { ...far, accuracyM: 20, customerId: c.id }), 201, '800 m');
  assert.equal(k.score, 'suspicious');
  assert.deepEqual(codesOf(k), ['far_from_customer']);
  assert.ok(Math.abs(k.distanceM - 800) <= 1, `distanceM ${k.distanceM}`);
  const reason = k.reasons[0];
  assert.ok(Math.abs(reason.details.distanceM - 800) <= 1 && reason.details.maxDistanceM === 500, JSON.stringify(reason));
  assert.ok(reason.message.length > 0);
  assert.ok(k.followUpId, 'flagged check-ins still write the follow-up');
});

test('poor_accuracy: accuracyM 250 (> 200) → suspicious; exactly 200 → verified', async () => {
  const { u, c, p } = await scenario();
  const ok = assertOk(await checkIn(u.api, { ...p, accuracyM: 200, customerId: c.id }), 201, 'accuracy 200');
  assert.equal(ok.score, 'verified', JSON.stringify(ok.reasons));
  const q = destination(p.lat, p.lng, 30, 200);
  const k = assertOk(await checkIn(u.api, { ...q, accuracyM: 250, customerId: c.id }), 201, 'accuracy 250');
  assert.equal(k.score, 'suspicious');
  assert.deepEqual(codesOf(k), ['poor_accuracy']);
  assert.equal(k.reasons[0].details.accuracyM, 250);
});

test('static_coordinates: the 4th check-in at exactly the coordinates of the previous 3 → suspicious; a drift of 0.1 m → verified', async () => {
  const { u, c, p } = await scenario();
  for (let i = 1; i <= 3; i++) {
    const k = assertOk(await checkIn(u.api, { ...p, accuracyM: 15, customerId: c.id }), 201, `check-in ${i}`);
    assert.equal(k.score, 'verified', `check-in ${i} at the same place is still fine: ${JSON.stringify(k.reasons)}`);
  }
  const fourth = assertOk(await checkIn(u.api, { ...p, accuracyM: 15, customerId: c.id }), 201, 'check-in 4');
  assert.equal(fourth.score, 'suspicious');
  assert.deepEqual(codesOf(fourth), ['static_coordinates']);
  const drift = destination(p.lat, p.lng, 0.1, 90);
  const k = assertOk(await checkIn(u.api, { ...drift, accuracyM: 15, customerId: c.id }), 201, 'drifted');
  assert.equal(k.score, 'verified', JSON.stringify(k.reasons));
});

test('impossible_speed: Beijing, then Shanghai a second later → suspicious', async () => {
  const u = user();
  const first = assertOk(await checkIn(u.api, { ...CITIES.beijing, accuracyM: 10 }), 201, 'Beijing');
  assert.equal(first.score, 'verified', JSON.stringify(first.reasons));
  assert.equal(first.customerId, null);
  assert.equal(first.customerName, null);
  assert.equal(first.distanceM, null);
  assert.equal(first.followUpId, null);
  const k = assertOk(await checkIn(u.api, { ...CITIES.shanghai, accuracyM: 10 }), 201, 'Shanghai');
  assert.equal(k.score, 'suspicious');
  assert.deepEqual(codesOf(k), ['impossible_speed']);
  assert.ok(k.reasons[0].details.speedKmh > 200, JSON.stringify(k.reasons[0]));
  // 500 m a second later is not judged (jumps within a kilometre are GPS noise).
  const v = assertOk(await checkIn(u.api, { ...destination(CITIES.shanghai.lat, CITIES.shanghai.lng, 500, 0), accuracyM: 10 }), 201);
  assert.equal(v.score, 'verified', JSON.stringify(v.reasons));
});

test('mock_location: the device reports a mock location → suspicious', async () => {
  const { u, c, p } = await scenario();
  const k = assertOk(await checkIn(u.api, { ...p, accuracyM: 5, mockLocation: true, customerId: c.id }), 201);
  assert.equal(k.score, 'suspicious');
  assert.equal(k.mockLocation, true);
  assert.deepEqual(codesOf(k), ['mock_location']);
});

test('reused_photo: the same PNG bytes on a second check-in → suspicious; the first is verified', async () => {
  const { u, c, p } = await scenario();
  const a1 = assertOk(await upload(u.api, { name: '门头.png', data: PNG, type: 'image/png' }), 201, 'upload 1');
  const k1 = assertOk(await checkIn(u.api, { ...p, accuracyM: 8, customerId: c.id, attachmentIds: [a1.id] }), 201, 'check-in with photo');
  assert.equal(k1.score, 'verified', JSON.stringify(k1.reasons));
  assert.deepEqual(k1.attachments.map((a) => [a.id, a.sha256]), [[a1.id, sha256(PNG)]]);
  // The same bytes again, uploaded as a new file.
  const a2 = assertOk(await upload(u.api, { name: 'again.png', data: PNG, type: 'image/png' }), 201, 'upload 2');
  assert.notEqual(a2.id, a1.id);
  const q = destination(p.lat, p.lng, 15, 0);
  const k2 = assertOk(await checkIn(u.api, { ...q, accuracyM: 8, customerId: c.id, attachmentIds: [a2.id] }), 201, 'check-in with the same photo');
  assert.equal(k2.score, 'suspicious');
  assert.deepEqual(codesOf(k2), ['reused_photo']);
  // A different photo is fine; an attachment already used cannot be attached again.
  const a3 = assertOk(await upload(u.api, { name: 'new.jpg', data: JPEG, type: 'image/jpeg' }), 201, 'upload 3');
  const k3 = assertOk(await checkIn(u.api, { ...destination(p.lat, p.lng, 25, 0), accuracyM: 8, customerId: c.id, attachmentIds: [a3.id] }), 201);
  assert.equal(k3.score, 'verified', JSON.stringify(k3.reasons));
  assertValidation(await checkIn(u.api, { ...p, accuracyM: 8, customerId: c.id, attachmentIds: [a1.id] }), 'attachmentIds', 'invalid_value', 'attachment already attached');
  // Someone else's upload cannot be attached either.
  const theirs = assertOk(await upload(rep01, { name: 'x.png', data: JPEG, type: 'image/png' }), 201);
  assertValidation(await checkIn(u.api, { ...p, accuracyM: 8, attachmentIds: [theirs.id] }), 'attachmentIds', 'invalid_value', 'another user\'s upload');
});

test('photo_time_mismatch: photoTakenAt 2 hours ago → suspicious; 5 minutes ago → verified', async () => {
  const { u, c, p } = await scenario();
  const ok = assertOk(await checkIn(u.api, { ...p, accuracyM: 8, customerId: c.id, photoTakenAt: new Date(Date.now() - 5 * 60000).toISOString() }), 201);
  assert.equal(ok.score, 'verified', JSON.stringify(ok.reasons));
  const k = assertOk(await checkIn(u.api, {
    ...destination(p.lat, p.lng, 10, 0), accuracyM: 8, customerId: c.id, photoTakenAt: new Date(Date.now() - 2 * 3600000).toISOString(),
  }), 201);
  assert.equal(k.score, 'suspicious');
  assert.deepEqual(codesOf(k), ['photo_time_mismatch']);
  assert.ok(Math.abs(k.reasons[0].details.minutes - 120) <= 1, JSON.stringify(k.reasons[0]));
  // "away from the server time" works both ways: a photo dated 2 hours ahead too.
  const ahead = assertOk(await checkIn(u.api, {
    ...destination(p.lat, p.lng, 20, 0), accuracyM: 8, customerId: c.id, photoTakenAt: new Date(Date.now() + 2 * 3600000).toISOString(),
  }), 201);
  assert.deepEqual(codesOf(ahead), ['photo_time_mismatch']);
});

test('the check-in keeps the photo time and where the client read it (exif / file)', async () => {
  const { u, c, p } = await scenario();
  const taken = new Date(Date.now() - 3 * 3600000);
  taken.setMilliseconds(0);
  const k = assertOk(await checkIn(u.api, { ...p, accuracyM: 8, customerId: c.id, photoTakenAt: taken.toISOString(), photoTimeSource: 'exif' }), 201);
  assert.equal(k.photoTakenAt, taken.toISOString().replace('.000Z', 'Z'));
  assert.equal(k.photoTimeSource, 'exif');
  assert.deepEqual(codesOf(k), ['photo_time_mismatch'], 'a 3-hour-old EXIF time is an old photo');
  const again = assertOk(await u.api.get(`/api/v1/check-ins/${k.id}`));
  assert.equal(again.photoTimeSource, 'exif');
  assert.equal(again.photoTakenAt, k.photoTakenAt);
  const f = assertOk(await checkIn(u.api, { ...destination(p.lat, p.lng, 10, 0), accuracyM: 8, customerId: c.id,
    photoTakenAt: new Date().toISOString(), photoTimeSource: 'file' }), 201);
  assert.equal(f.photoTimeSource, 'file');
  const none = assertOk(await checkIn(u.api, { ...destination(p.lat, p.lng, 20, 0), accuracyM: 8, customerId: c.id }), 201);
  assert.equal(none.photoTakenAt, null);
  assert.equal(none.photoTimeSource, null);
  assertValidation(await checkIn(u.api, { ...p, accuracyM: 8, photoTakenAt: taken.toISOString(), photoTimeSource: 'guess' }), 'photoTimeSource', 'invalid_value');
  assertValidation(await checkIn(u.api, { ...p, accuracyM: 8, photoTimeSource: 'exif' }), 'photoTakenAt', 'required');
});

test('several signals at once: all reasons are listed', async () => {
  const { u, c, p } = await scenario();
  const k = assertOk(await checkIn(u.api, { ...destination(p.lat, p.lng, 2000, 0), accuracyM: 900, mockLocation: true, customerId: c.id }), 201);
  assert.equal(k.score, 'suspicious');
  assert.deepEqual(codesOf(k), ['far_from_customer', 'mock_location', 'poor_accuracy']);
});

test('a customer without coordinates → unverifiable (no_customer_location); the check-in fixes its coordinates; the next one is verified', async () => {
  const { u, c, p } = await scenario(false);
  assert.equal(c.lat, null, 'created without coordinates');
  const k = assertOk(await checkIn(u.api, { ...p, accuracyM: 10, customerId: c.id }), 201, 'first check-in');
  assert.equal(k.score, 'unverifiable');
  assert.deepEqual(codesOf(k), ['no_customer_location']);
  assert.equal(k.distanceM, null);
  assert.equal(k.fixedCustomerLocation, true);
  assert.ok(k.followUpId, 'a follow-up is written');
  const got = assertOk(await u.api.get(`/api/v1/customers/${c.id}`), 200);
  assertSamePoint(got, p, 'customer coordinates = the check-in\'s');
  assertSamePoint(got, k, 'customer coordinates = the saved check-in\'s');
  assert.equal(assertOk(await u.api.get(`/api/v1/check-ins/${k.id}`), 200).fixedCustomerLocation, true);
  // The customer is now found by nearby (the spatial index follows).
  const near = assertOk(await u.api.get(nearbyPath({ ...p, radius: 100, scope: 'mine' })), 200).items;
  assert.deepEqual(near.map((x) => x.id), [c.id], 'nearby finds the newly located customer');
  const q = destination(p.lat, p.lng, 20, 135);
  const k2 = assertOk(await checkIn(u.api, { ...q, accuracyM: 10, customerId: c.id }), 201, 'second check-in');
  assert.equal(k2.score, 'verified', JSON.stringify(k2.reasons));
  assert.equal(k2.fixedCustomerLocation, false);
  assert.ok(Math.abs(k2.distanceM - haversine(q.lat, q.lng, p.lat, p.lng)) <= 1, `distanceM ${k2.distanceM}`);
  const again = assertOk(await u.api.get(`/api/v1/customers/${c.id}`), 200);
  assertSamePoint(again, got, 'the second check-in does not move the customer');
});

test('a customer without coordinates and another signal: suspicious, with both reasons (no_customer_location is a reason like the others)', async () => {
  const { u, c, p } = await scenario(false);
  const k = assertOk(await checkIn(u.api, { ...p, accuracyM: 10, mockLocation: true, customerId: c.id }), 201);
  assert.equal(k.score, 'suspicious', 'another reason besides no_customer_location makes it suspicious');
  assert.deepEqual(codesOf(k), ['mock_location', 'no_customer_location'],
    'reasons name both the mock location and the missing customer location ("unless only no_customer_location")');
});

test('coord=gcj02: input converted to WGS-84 (distance 0 at the customer\'s GCJ-02 position); ?coord=gcj02 answers GCJ-02', async () => {
  const { u, c, p } = await scenario();
  const g = wgs84ToGcj02(p.lat, p.lng);
  assert.ok(haversine(p.lat, p.lng, g.lat, g.lng) > 100, 'GCJ-02 is hundreds of metres off in Beijing');
  const k = assertOk(await checkIn(u.api, { ...g, accuracyM: 10, customerId: c.id, coord: 'gcj02' }), 201, 'check-in in GCJ-02');
  assert.equal(k.score, 'verified', JSON.stringify(k.reasons));
  assert.ok(k.distanceM <= 1, `distanceM ${k.distanceM}`);
  assert.ok(Math.abs(k.lat - p.lat) < 1e-6 && Math.abs(k.lng - p.lng) < 1e-6, `stored in WGS-84: ${k.lat},${k.lng} vs ${p.lat},${p.lng}`);
  const back = assertOk(await u.api.get(`/api/v1/check-ins/${k.id}?coord=gcj02`), 200);
  assert.ok(Math.abs(back.lat - g.lat) < 1e-6 && Math.abs(back.lng - g.lng) < 1e-6, `GET ?coord=gcj02: ${back.lat},${back.lng} vs ${g.lat},${g.lng}`);
  const listed = assertOk(await u.api.get('/api/v1/check-ins?coord=gcj02'), 200).items.find((x) => x.id === k.id);
  assert.ok(Math.abs(listed.lat - g.lat) < 1e-6, 'list ?coord=gcj02');
  const near = assertOk(await u.api.get(nearbyPath({ ...g, radius: 50, coord: 'gcj02', scope: 'mine' })), 200);
  assert.deepEqual(near.items.map((x) => x.id), [c.id], 'nearby in GCJ-02 finds the customer');
  assert.ok(near.items[0].distanceM <= 1, `nearby distanceM ${near.items[0].distanceM}`);
  assert.ok(Math.abs(near.items[0].lat - g.lat) < 1e-6 && Math.abs(near.items[0].lng - g.lng) < 1e-6, 'nearby answers the customer in GCJ-02');
  assert.ok(Math.abs(near.center.lat - g.lat) < 1e-6 && Math.abs(near.center.lng - g.lng) < 1e-6, 'center in GCJ-02');
  // Without coord the same numbers are WGS-84: the customer is ~hundreds of metres away.
  const plain = assertOk(await u.api.get(nearbyPath({ ...g, radius: 50, scope: 'mine' })), 200);
  assert.deepEqual(plain.items, []);
});

test('the server stamps its own time: a client "at" is ignored', async () => {
  const u = user();
  const k = assertOk(await checkIn(u.api, { ...place(), accuracyM: 10, at: '2020-01-01T00:00:00Z' }), 201);
  assert.ok(Math.abs(Date.parse(k.at) - Date.now()) < 60000, `at ${k.at}`);
});

test('check-in rights: a customer the rep cannot see → 404; a pool customer he may only browse → 403; another tenant\'s → 404', async () => {
  const u = user();
  const all = await allPages(admin, '/api/v1/customers');
  const foreign = all.find((c) => c.ownerDepartmentName === '上海一组');
  assertError(await checkIn(u.api, { lat: foreign.lat, lng: foreign.lng, accuracyM: 5, customerId: foreign.id }), 404, 'not_found', 'another team\'s customer');
  const pooled = (await allPages(u.api, '/api/v1/customers?inPool=true'))[0];
  assert.ok(pooled, 'a 华北公海 customer');
  assertError(await checkIn(u.api, { lat: pooled.lat, lng: pooled.lng, accuracyM: 5, customerId: pooled.id }), 403, 'permission.denied', 'pool customer');
  const other = await as(srv.baseUrl, 'admin', 'other');
  const mineThere = (await allPages(other, '/api/v1/customers'))[0];
  assertError(await checkIn(u.api, { lat: mineThere.lat, lng: mineThere.lng, accuracyM: 5, customerId: mineThere.id }), 404, 'not_found', 'other tenant');
  assertError(await checkIn(u.api, { ...CITIES.beijing, accuracyM: 5, customerId: '999999999999' }), 404, 'not_found', 'unknown id');
  assert.deepEqual(assertOk(await u.api.get('/api/v1/check-ins'), 200).items, [], 'none of them was written');
});

test('block policy: rep may not set it (403); admin sets block; a suspicious check-in → 422 checkin.suspicious and nothing is written; flag again → 201 suspicious', async () => {
  assertError(await setPolicy(rep01, { policy: 'block' }), 403, 'permission.denied', 'rep sets the policy');
  assert.equal(assertOk(await rep01.get('/api/v1/settings/check-in'), 200).policy, 'flag', 'unchanged after the refusal');
  assertValidation(await setPolicy(admin, { policy: 'deny' }), 'policy', 'invalid_value', 'policy deny');
  assertValidation(await setPolicy(admin, { maxDistanceM: 'far' }), 'maxDistanceM', 'wrong_type');
  assertValidation(await setPolicy(admin, { maxDistanceM: 1 }), 'maxDistanceM', 'invalid_value');
  const set = assertOk(await setPolicy(admin, { policy: 'block' }), 200, 'admin sets block');
  assert.deepEqual(set, { policy: 'block', maxDistanceM: 500, maxAccuracyM: 200, maxSpeedKmh: 200, photoMaxAgeMinutes: 30 });
  assert.equal(assertOk(await rep01.get('/api/v1/settings/check-in'), 200).policy, 'block');

  try {
    const { u, c, p } = await scenario();
    const photo = assertOk(await upload(u.api, { name: 'p.jpg', data: Buffer.concat([JPEG, Buffer.from('block')]), type: 'image/jpeg' }), 201);
    const custBefore = assertOk(await u.api.get(`/api/v1/customers/${c.id}`), 200);
    const r = await checkIn(u.api, { ...destination(p.lat, p.lng, 900, 0), accuracyM: 10, mockLocation: true, customerId: c.id, attachmentIds: [photo.id] });
    assertError(r, 422, 'checkin.suspicious', 'suspicious check-in under block');
    assert.deepEqual(refusedCodes(r), ['far_from_customer', 'mock_location'], `details.reasons (${r.text})`);
    // Nothing written: no check-in, no follow-up, lastFollowUpAt unchanged, the photo still free.
    assert.deepEqual(assertOk(await admin.get(`/api/v1/check-ins?userId=${u.id}`), 200).items, [], 'no check-in was saved');
    assert.deepEqual(await followUpsOf(u.api, c.id), [], 'no follow-up was written');
    assert.equal(assertOk(await u.api.get(`/api/v1/customers/${c.id}`), 200).lastFollowUpAt, custBefore.lastFollowUpAt);
    // A good check-in goes through (and the refused one did not count as "previous" for speed).
    const ok = assertOk(await checkIn(u.api, { ...p, accuracyM: 10, customerId: c.id, attachmentIds: [photo.id] }), 201, 'verified under block');
    assert.equal(ok.score, 'verified', JSON.stringify(ok.reasons));
    assert.deepEqual(ok.attachments.map((a) => a.id), [photo.id], 'the photo of the refused check-in was still free');
    // unverifiable is not suspicious: not blocked.
    const { u: u2, c: c2, p: p2 } = await scenario(false);
    const un = assertOk(await checkIn(u2.api, { ...p2, accuracyM: 10, customerId: c2.id }), 201, 'unverifiable under block');
    assert.equal(un.score, 'unverifiable');

    assertOk(await setPolicy(admin, { policy: 'flag' }), 200, 'back to flag');
    const k = assertOk(await checkIn(u.api, { ...destination(p.lat, p.lng, 20, 0), accuracyM: 10, mockLocation: true, customerId: c.id }), 201, 'flag again');
    assert.equal(k.score, 'suspicious');
    assert.deepEqual(codesOf(k), ['mock_location']);
  } finally {
    await setPolicy(admin, { policy: 'flag' });
  }
});

test('policy thresholds apply: maxDistanceM 1000 makes 800 m verified; partial PUT keeps the other fields', async () => {
  try {
    const set = assertOk(await setPolicy(admin, { maxDistanceM: 1000 }), 200);
    assert.deepEqual(set, { policy: 'flag', maxDistanceM: 1000, maxAccuracyM: 200, maxSpeedKmh: 200, photoMaxAgeMinutes: 30 });
    const { u, c, p } = await scenario();
    const k = assertOk(await checkIn(u.api, { ...destination(p.lat, p.lng, 800, 0), accuracyM: 10, customerId: c.id }), 201);
    assert.equal(k.score, 'verified', JSON.stringify(k.reasons));
  } finally {
    assertOk(await setPolicy(admin, { maxDistanceM: 500 }), 200);
  }
});
