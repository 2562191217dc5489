// POST /check-ins with capturedAt (docs/api-visits.md "Capture time and late uploads"): a check-in
// captured offline keeps the instant of the device's fix and the server's receipt; one received
// more than 10 minutes after its fix gets the reason late_upload with its delay, which does not
// make it suspicious nor get it blocked; the fix's time is what speed and photo time are scored
// against; a capturedAt in the future (beyond 5 minutes of clock skew) or older than 7 days is
// refused with a registered code; an Idempotency-Key replay writes it once.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, makeUsers, unique } from './lib/crm.mjs';
import {
  checkIn, codesOf, refusedCodes, customerAt, followUpsOf, setPolicy, destination, assertCheckInShape, CITIES,
} from './lib/visits.mjs';

const srv = useServer({ customers: 200, sweepCheck: 0 });
const MIN = 60_000;
const LATE_AFTER_MIN = 10;
let admin, dir;
const fresh = [];
let nextUser = 0;
const user = () => fresh[nextUser++];
let spot = 0;
const place = () => destination(CITIES.beijing.lat, CITIES.beijing.lng, 3000 * (1 + spot++), 123);
const ago = (minutes) => new Date(Date.now() - minutes * MIN).toISOString();

async function scenario() {
  const u = user();
  const p = place();
  const c = await customerAt(u.api, p.lat, p.lng);
  return { u, c, p };
}

test('setup: fresh reps', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  fresh.push(...await makeUsers(admin, srv.baseUrl, { count: 12, departmentId: dir.dep('北京一组').id, roleId: dir.role('rep').id, prefix: 'cap' }));
});

test('without capturedAt: capturedAt = receivedAt = at, the server\'s now', async () => {
  const { u, c, p } = await scenario();
  const t0 = Date.now();
  const k = assertOk(await checkIn(u.api, { ...p, accuracyM: 10, customerId: c.id }), 201);
  const t1 = Date.now();
  assertCheckInShape(k);
  assert.equal(k.capturedAt, k.at);
  assert.equal(k.receivedAt, k.at);
  assert.ok(Date.parse(k.at) >= t0 - 1000 && Date.parse(k.at) <= t1 + 1000, `at ${k.at} within the request`);
  assert.deepEqual(k.reasons, []);
  assert.deepEqual(assertOk(await u.api.get(`/api/v1/check-ins/${k.id}`), 200), k, 'GET answers the same times');
});

test('captured 5 minutes ago: kept as sent, not late; 30 minutes ago: verified with late_upload and its delay', async () => {
  const { u, c, p } = await scenario();
  const recent = ago(5);
  const a = assertOk(await checkIn(u.api, { ...p, accuracyM: 10, customerId: c.id, capturedAt: recent }), 201);
  assert.equal(Date.parse(a.capturedAt), Date.parse(recent), 'capturedAt as sent');
  assert.ok(Date.parse(a.receivedAt) - Date.parse(a.capturedAt) >= 5 * MIN - 1000);
  assert.equal(a.receivedAt, a.at);
  assert.equal(a.score, 'verified');
  assert.deepEqual(a.reasons, [], '5 minutes is not late');

  const q = destination(p.lat, p.lng, 20, 45);
  const sent = ago(30);
  const k = assertOk(await checkIn(u.api, { ...q, accuracyM: 10, customerId: c.id, capturedAt: sent }), 201);
  assert.equal(Date.parse(k.capturedAt), Date.parse(sent));
  assert.equal(k.score, 'verified', `a late upload alone is not suspicious: ${JSON.stringify(k.reasons)}`);
  assert.deepEqual(codesOf(k), ['late_upload']);
  const delay = Math.floor((Date.parse(k.receivedAt) - Date.parse(k.capturedAt)) / MIN);
  assert.ok(delay >= 30, `delay ${delay}`);
  assert.equal(k.reasons[0].details.delayMinutes, delay);
  assert.equal(k.reasons[0].details.lateAfterMinutes, LATE_AFTER_MIN);
  assert.ok(k.reasons[0].message.length > 0);
  assert.ok(Math.abs(k.distanceM - 20) <= 1, `the distance is the captured fix's (${k.distanceM})`);
  const listed = assertOk(await u.api.get(`/api/v1/check-ins?customerId=${c.id}`), 200).items;
  assert.deepEqual(listed.map((x) => x.id).sort(), [a.id, k.id].sort());
  assert.equal(listed.find((x) => x.id === k.id).capturedAt, k.capturedAt);
});

test('a late upload with another signal is suspicious and lists both', async () => {
  const { u, c, p } = await scenario();
  const far = destination(p.lat, p.lng, 900, 0);
  const k = assertOk(await checkIn(u.api, { ...far, accuracyM: 10, customerId: c.id, capturedAt: ago(45) }), 201);
  assert.equal(k.score, 'suspicious');
  assert.deepEqual(codesOf(k), ['far_from_customer', 'late_upload']);
});

test('speed is judged between the fixes: Beijing captured 6 h ago then Shanghai now is 178 km/h, not impossible', async () => {
  const u = user();
  const first = assertOk(await checkIn(u.api, { ...CITIES.beijing, accuracyM: 10, capturedAt: ago(6 * 60) }), 201, 'Beijing');
  assert.deepEqual(codesOf(first), ['late_upload']);
  const k = assertOk(await checkIn(u.api, { ...CITIES.shanghai, accuracyM: 10 }), 201, 'Shanghai');
  assert.deepEqual(codesOf(k), [], `≈1070 km in 6 h is under maxSpeedKmh 200: ${JSON.stringify(k.reasons)}`);
  // The same trip with both fixes a second apart is impossible (the rule still works).
  const v = user();
  assertOk(await checkIn(v.api, { ...CITIES.beijing, accuracyM: 10 }), 201);
  assert.deepEqual(codesOf(assertOk(await checkIn(v.api, { ...CITIES.shanghai, accuracyM: 10 }), 201)), ['impossible_speed']);
});

test('the photo time is compared with the fix: a photo taken with a fix 2 h ago is not a mismatch', async () => {
  const { u, c, p } = await scenario();
  const fix = ago(120);
  const k = assertOk(await checkIn(u.api, { ...p, accuracyM: 10, customerId: c.id, capturedAt: fix, photoTakenAt: fix, photoTimeSource: 'exif' }), 201);
  assert.deepEqual(codesOf(k), ['late_upload']);
  const q = destination(p.lat, p.lng, 10, 90);
  const m = assertOk(await checkIn(u.api, { ...q, accuracyM: 10, customerId: c.id, photoTakenAt: fix, photoTimeSource: 'exif' }), 201);
  assert.deepEqual(codesOf(m), ['photo_time_mismatch'], 'the same photo on a check-in captured now');
});

test('capturedAt bounds: 3 minutes ahead (clock skew) is taken; 10 minutes ahead → 400 checkin.captured_in_future; 8 days old → 400 checkin.captured_too_old; 6 days old is taken', async () => {
  const { u, c, p } = await scenario();
  const before = (await followUpsOf(u.api, c.id)).length;
  const skew = new Date(Date.now() + 3 * MIN).toISOString();
  const ok = assertOk(await checkIn(u.api, { ...p, accuracyM: 10, customerId: c.id, capturedAt: skew }), 201, '3 min ahead');
  assert.equal(Date.parse(ok.capturedAt), Date.parse(skew));
  assert.deepEqual(ok.reasons, []);
  const future = await checkIn(u.api, { ...p, accuracyM: 10, customerId: c.id, capturedAt: new Date(Date.now() + 10 * MIN).toISOString() });
  assertError(future, 400, 'checkin.captured_in_future');
  assert.equal(future.json.error.details.maxSkewMinutes, 5);
  const old = await checkIn(u.api, { ...p, accuracyM: 10, customerId: c.id, capturedAt: ago(8 * 24 * 60) });
  assertError(old, 400, 'checkin.captured_too_old');
  assert.equal(old.json.error.details.maxAgeDays, 7);
  assert.equal((await followUpsOf(u.api, c.id)).length, before + 1, 'the refused ones wrote nothing');
  const week = assertOk(await checkIn(u.api, { ...destination(p.lat, p.lng, 15, 10), accuracyM: 10, customerId: c.id, capturedAt: ago(6 * 24 * 60) }), 201, '6 days old');
  assert.deepEqual(codesOf(week), ['late_upload']);
  assert.ok(week.reasons[0].details.delayMinutes >= 6 * 24 * 60);
  assertValidation(await checkIn(u.api, { ...p, accuracyM: 10, capturedAt: 'yesterday' }), 'capturedAt', 'invalid_value');
  assertValidation(await checkIn(u.api, { ...p, accuracyM: 10, capturedAt: 12 }), 'capturedAt', 'wrong_type');
});

test('with an Idempotency-Key a replayed late check-in is written once', async () => {
  const { u, c, p } = await scenario();
  const key = unique('ck-');
  const body = { ...p, accuracyM: 10, customerId: c.id, capturedAt: ago(20), purpose: '离线签到' };
  const before = (await followUpsOf(u.api, c.id)).length;
  const first = assertOk(await u.api.post('/api/v1/check-ins', body, { headers: { 'Idempotency-Key': key } }), 201);
  const again = assertOk(await u.api.post('/api/v1/check-ins', body, { headers: { 'Idempotency-Key': key } }), 201);
  assert.equal(again.id, first.id);
  const listed = assertOk(await u.api.get(`/api/v1/check-ins?customerId=${c.id}`), 200).items;
  assert.deepEqual(listed.map((x) => x.id), [first.id]);
  assert.equal((await followUpsOf(u.api, c.id)).length, before + 1, 'one visit follow-up');
});

test('under policy block a clean late upload is accepted; a late one far away is refused naming both reasons', async () => {
  const defaults = assertOk(await admin.get('/api/v1/settings/check-in'), 200);
  assertOk(await setPolicy(admin, { ...defaults, policy: 'block' }), 200);
  try {
    const { u, c, p } = await scenario();
    const k = assertOk(await checkIn(u.api, { ...p, accuracyM: 10, customerId: c.id, capturedAt: ago(90) }), 201);
    assert.equal(k.score, 'verified');
    assert.deepEqual(codesOf(k), ['late_upload']);
    const far = destination(p.lat, p.lng, 900, 180); // under 1 km from the first: speed is not judged
    const r = await checkIn(u.api, { ...far, accuracyM: 10, customerId: c.id, capturedAt: ago(90) });
    assertError(r, 422, 'checkin.suspicious');
    assert.deepEqual(refusedCodes(r), ['far_from_customer', 'late_upload']);
  } finally {
    assertOk(await setPolicy(admin, defaults), 200);
  }
});
