// Bad input on the field-visit endpoints (docs/api-visits.md): coordinates that are NaN, out of
// range, of the wrong type or missing are refused with 400 validation.failed naming the field;
// radius and limit outside their ranges too; nothing answers 5xx and nothing is written.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, allPages, createCustomer, unique } from './lib/crm.mjs';
import { checkIn, CITIES } from './lib/visits.mjs';

const srv = useServer({ customers: 200, sweepCheck: 0 });
let rep01, admin, customer;
const B = CITIES.beijing;

test('setup', async () => {
  rep01 = await as(srv.baseUrl, 'rep01');
  admin = await as(srv.baseUrl, 'admin');
  customer = await createCustomer(rep01, { name: `校验客户${unique()}有限公司`, lat: B.lat, lng: B.lng });
});

test('POST /check-ins: NaN, out-of-range, wrong-type and missing coordinates → 400 naming the field', async () => {
  const ok = { lat: B.lat, lng: B.lng, accuracyM: 10, customerId: customer.id };
  const cases = [
    [{ ...ok, lat: 'NaN' }, 'lat', 'wrong_type', 'lat "NaN" (a string)'],
    [{ ...ok, lng: 'NaN' }, 'lng', 'wrong_type', 'lng "NaN"'],
    [{ ...ok, lat: '39.9' }, 'lat', 'wrong_type', 'lat as a string'],
    [{ ...ok, lat: null }, 'lat', undefined, 'lat null'],
    [{ ...ok, lat: true }, 'lat', 'wrong_type', 'lat true'],
    [{ ...ok, lat: [39.9] }, 'lat', 'wrong_type', 'lat [39.9]'],
    [{ ...ok, lat: 91 }, 'lat', 'invalid_value', 'lat 91'],
    [{ ...ok, lat: -90.000001 }, 'lat', 'invalid_value', 'lat -90.000001'],
    [{ ...ok, lng: -181 }, 'lng', 'invalid_value', 'lng -181'],
    [{ ...ok, lng: 180.5 }, 'lng', 'invalid_value', 'lng 180.5'],
    [{ ...ok, accuracyM: -1 }, 'accuracyM', 'invalid_value', 'accuracyM -1'],
    [{ ...ok, accuracyM: 'good' }, 'accuracyM', 'wrong_type', 'accuracyM "good"'],
    [(({ lat, ...rest }) => rest)(ok), 'lat', 'required', 'missing lat'],
    [(({ lng, ...rest }) => rest)(ok), 'lng', 'required', 'missing lng'],
    [(({ accuracyM, ...rest }) => rest)(ok), 'accuracyM', 'required', 'missing accuracyM'],
    [{ ...ok, mockLocation: 'yes' }, 'mockLocation', 'wrong_type', 'mockLocation "yes"'],
    [{ ...ok, customerId: 'abc' }, 'customerId', 'invalid_value', 'customerId abc'],
    [{ ...ok, attachmentIds: 'x' }, 'attachmentIds', 'wrong_type', 'attachmentIds "x"'],
    [{ ...ok, attachmentIds: ['999999999'] }, 'attachmentIds', 'invalid_value', 'unknown attachment'],
    [{ ...ok, attachmentIds: Array.from({ length: 10 }, (_, i) => String(1000 + i)) }, 'attachmentIds', 'too_long', '10 photos (at most 9)'],
    [{ ...ok, photoTakenAt: 'yesterday' }, 'photoTakenAt', 'invalid_value', 'photoTakenAt yesterday'],
    [{ ...ok, coord: 'bd09' }, 'coord', 'invalid_value', 'coord bd09'],
    [{ ...ok, purpose: 'x'.repeat(501) }, 'purpose', 'too_long', 'purpose 501 bytes'],
    [{ ...ok, provider: 'p'.repeat(51) }, 'provider', 'too_long', 'provider 51 bytes'],
  ];
  for (const [body, field, issue, what] of cases) assertValidation(await checkIn(rep01, body), field, issue, what);
  // JSON cannot spell NaN or Infinity: a body that does is not JSON; 1e400 overflows to infinity.
  const raw = (text) => rep01.post('/api/v1/check-ins', undefined, { rawBody: text });
  assertError(await raw(`{"lat": NaN, "lng": ${B.lng}, "accuracyM": 10}`), 400, 'validation.malformed_json', 'bare NaN');
  assertError(await raw(`{"lat": Infinity, "lng": ${B.lng}, "accuracyM": 10}`), 400, 'validation.malformed_json', 'bare Infinity');
  const huge = await raw(`{"lat": 1e400, "lng": ${B.lng}, "accuracyM": 10}`);
  assert.equal(huge.status, 400, `lat 1e400: ${huge.text}`);
  assert.ok(['validation.failed', 'validation.malformed_json'].includes(huge.json?.error?.code), huge.text);
  if (huge.json.error.code === 'validation.failed') assertValidation(huge, 'lat', undefined, 'lat 1e400');
  assertError(await raw('[1, 2]'), 400, 'validation.failed', 'an array body');
  assertError(await raw('{"lat": 39.9'), 400, 'validation.malformed_json', 'cut-off JSON');
  // Several problems at once are all named.
  const many = await checkIn(rep01, { lat: 100, accuracyM: -5 });
  assertValidation(many, 'lng', 'required', 'lng missing with others');
  // Nothing was written by any of them.
  assert.deepEqual(assertOk(await rep01.get('/api/v1/check-ins'), 200).items, [], 'no check-in saved');
  assert.deepEqual(await allPages(rep01, `/api/v1/customers/${customer.id}/follow-ups`), [], 'no follow-up written');
  // The boundaries themselves are fine.
  for (const [lat, lng] of [[90, 180], [-90, -180], [0, 0]]) {
    const r = await checkIn(rep01, { lat, lng, accuracyM: 0 });
    assert.equal(r.status, 201, `lat ${lat} lng ${lng}: ${r.text}`);
  }
});

test('GET /customers/nearby: NaN / out-of-range / missing centre, radius 0 and 60000, bad limit → 400', async () => {
  const cases = [
    ['lat=NaN&lng=116.4', 'lat', 'invalid_value'],
    ['lat=39.9&lng=NaN', 'lng', 'invalid_value'],
    ['lat=nan&lng=116.4', 'lat', 'invalid_value'],
    ['lat=inf&lng=116.4', 'lat', 'invalid_value'],
    ['lat=-Infinity&lng=116.4', 'lat', 'invalid_value'],
    ['lat=1e999&lng=116.4', 'lat', 'invalid_value'],
    ['lat=abc&lng=116.4', 'lat', 'invalid_value'],
    ['lat=39.9abc&lng=116.4', 'lat', 'invalid_value'],
    ['lat=91&lng=116.4', 'lat', 'invalid_value'],
    ['lat=-90.5&lng=116.4', 'lat', 'invalid_value'],
    ['lat=39.9&lng=-181', 'lng', 'invalid_value'],
    ['lat=39.9&lng=180.01', 'lng', 'invalid_value'],
    ['lng=116.4', 'lat', 'required'],
    ['lat=&lng=116.4', 'lat', 'required'],
    ['lat=39.9', 'lng', 'required'],
    ['lat=39.9&lng=116.4&radius=0', 'radius', 'invalid_value'],
    ['lat=39.9&lng=116.4&radius=60000', 'radius', 'invalid_value'],
    ['lat=39.9&lng=116.4&radius=50000.5', 'radius', 'invalid_value'],
    ['lat=39.9&lng=116.4&radius=-100', 'radius', 'invalid_value'],
    ['lat=39.9&lng=116.4&radius=NaN', 'radius', 'invalid_value'],
    ['lat=39.9&lng=116.4&radius=far', 'radius', 'invalid_value'],
    ['lat=39.9&lng=116.4&limit=0', 'limit', 'invalid_value'],
    ['lat=39.9&lng=116.4&limit=201', 'limit', 'invalid_value'],
    ['lat=39.9&lng=116.4&limit=2.5', 'limit', 'invalid_value'],
    ['lat=39.9&lng=116.4&limit=1e10', 'limit', 'invalid_value'],
    ['lat=39.9&lng=116.4&limit=-1e10', 'limit', 'invalid_value'],
    ['lat=39.9&lng=116.4&limit=NaN', 'limit', 'invalid_value'],
    ['lat=39.9&lng=116.4&scope=nobody', 'scope', 'invalid_value'],
  ];
  for (const [query, field, issue] of cases) assertValidation(await rep01.get(`/api/v1/customers/nearby?${query}`), field, issue, `nearby?${query}`);
  // Several at once.
  const both = await rep01.get('/api/v1/customers/nearby?lat=NaN&lng=abc&radius=far');
  for (const f of ['lat', 'lng', 'radius']) assertValidation(both, f, undefined, `all wrong: ${f}`);
  // The limits themselves are fine.
  for (const q of ['radius=1', 'radius=50000', 'limit=1', 'limit=200', 'lat=90&lng=180&radius=50000', 'lat=-90&lng=-180']) {
    const r = await rep01.get(`/api/v1/customers/nearby?${q.startsWith('lat') ? q : `lat=39.9&lng=116.4&${q}`}`);
    assert.equal(r.status, 200, `${q}: ${r.text}`);
  }
});

test('settings, lists, plans and stats: bad values → 400 naming the field', async () => {
  const put = (body) => admin.put('/api/v1/settings/check-in', body);
  assertValidation(await put({ policy: 'deny' }), 'policy', 'invalid_value');
  assertValidation(await put({ policy: 1 }), 'policy', 'wrong_type');
  assertValidation(await put({ maxDistanceM: '500' }), 'maxDistanceM', 'wrong_type');
  assertValidation(await put({ maxDistanceM: 0 }), 'maxDistanceM', 'invalid_value');
  assertValidation(await put({ maxAccuracyM: -1 }), 'maxAccuracyM', 'invalid_value');
  assertValidation(await put({ maxSpeedKmh: 0 }), 'maxSpeedKmh', 'invalid_value');
  assertValidation(await put({ photoMaxAgeMinutes: 0 }), 'photoMaxAgeMinutes', 'invalid_value');
  assertValidation(await put({ photoMaxAgeMinutes: 2.5 }), 'photoMaxAgeMinutes', 'wrong_type');
  assert.equal(assertOk(await admin.get('/api/v1/settings/check-in'), 200).policy, 'flag', 'unchanged');

  for (const [q, field] of [['score=fishy', 'score'], ['userId=abc', 'userId'], ['customerId=abc', 'customerId'], ['from=yesterday', 'from'],
    ['to=2026-13-40', 'to'], ['limit=0', 'limit'], ['limit=500', 'limit'], ['cursor=%%%', 'cursor'], ['sort=name', 'sort']]) {
    assertValidation(await rep01.get(`/api/v1/check-ins?${q}`), field, 'invalid_value', `check-ins?${q}`);
  }
  for (const [q, field] of [['status=late', 'status'], ['userId=x', 'userId'], ['from=soon', 'from'], ['to=later', 'to']]) {
    assertValidation(await rep01.get(`/api/v1/visit-plans?${q}`), field, 'invalid_value', `visit-plans?${q}`);
  }
  for (const [q, field] of [['from=x', 'from'], ['to=y', 'to'], ['departmentId=z', 'departmentId']]) {
    assertValidation(await rep01.get(`/api/v1/visits/stats?${q}`), field, 'invalid_value', `stats?${q}`);
  }
  const planned = new Date(Date.now() + 3600000).toISOString();
  const plan = (body) => rep01.post('/api/v1/visit-plans', body);
  assertValidation(await plan({ plannedAt: planned }), 'customerId', 'required');
  assertValidation(await plan({ customerId: customer.id }), 'plannedAt', 'required');
  assertValidation(await plan({ customerId: customer.id, plannedAt: 'tomorrow' }), 'plannedAt', 'invalid_value');
  assertValidation(await plan({ customerId: customer.id, plannedAt: planned, remindMinutesBefore: -5 }), 'remindMinutesBefore', 'invalid_value');
  assertValidation(await plan({ customerId: customer.id, plannedAt: planned, remindMinutesBefore: 20000 }), 'remindMinutesBefore', 'invalid_value');
  assertValidation(await plan({ customerId: customer.id, plannedAt: planned, remindMinutesBefore: '15' }), 'remindMinutesBefore', 'wrong_type');
  assertValidation(await plan({ customerId: customer.id, plannedAt: planned, notes: 'n'.repeat(2001) }), 'notes', 'too_long');
  assertError(await plan({ customerId: '123456789', plannedAt: planned }), 404, 'not_found', 'unknown customer');
  assert.deepEqual(assertOk(await rep01.get('/api/v1/visit-plans'), 200).items, [], 'no plan saved');
});

test('PATCH /visit-plans/{id} checks the same fields as POST (remindMinutesBefore 0…10080)', async () => {
  const planned = new Date(Date.now() + 3600000).toISOString();
  const p = assertOk(await rep01.post('/api/v1/visit-plans', { customerId: customer.id, plannedAt: planned }), 201);
  const patch = (body) => rep01.patch(`/api/v1/visit-plans/${p.id}`, body);
  assertValidation(await patch({ plannedAt: 'soon' }), 'plannedAt', 'invalid_value');
  assertValidation(await patch({ notes: 'n'.repeat(2001) }), 'notes', 'too_long');
  assertValidation(await patch({ remindMinutesBefore: 'x' }), 'remindMinutesBefore', 'wrong_type');
  assertValidation(await patch({ remindMinutesBefore: -5 }), 'remindMinutesBefore', 'invalid_value', 'PATCH remindMinutesBefore -5');
  assertValidation(await patch({ remindMinutesBefore: 20000 }), 'remindMinutesBefore', 'invalid_value', 'PATCH remindMinutesBefore 20000');
  const now = assertOk(await rep01.get('/api/v1/visit-plans'), 200).items.find((x) => x.id === p.id);
  assert.equal(now.remindMinutesBefore, null, 'the refused PATCHes changed nothing');
});

test('bad path ids → 404 not_found', async () => {
  for (const [m, p] of [['get', '/api/v1/check-ins/abc'], ['get', '/api/v1/check-ins/123456789'], ['patch', '/api/v1/visit-plans/abc'],
    ['del', '/api/v1/visit-plans/abc'], ['del', '/api/v1/visit-plans/123456789']]) {
    const r = m === 'patch' ? await rep01.patch(p, { notes: 'x' }) : await rep01[m](p);
    assertError(r, 404, 'not_found', `${m} ${p}`);
  }
});

test('junk in every field of every visit endpoint never answers 5xx', async () => {
  const junk = [null, true, -1, 0, 1e308, -1e308, 1.5, '', 'NaN', 'Infinity', '-0', 'x'.repeat(300), [], [1, 'a'], {}, { a: 1 }, '9223372036854775808', 9223372036854775807];
  const qjunk = ['', 'NaN', '-', '1e', '%00', '%E4%B8%AD', '9'.repeat(400), '-9223372036854775809', '1,2', 'true'];
  const plan = assertOk(await rep01.post('/api/v1/visit-plans', { customerId: customer.id, plannedAt: new Date().toISOString() }), 201);
  const bodies = {
    'POST /api/v1/check-ins': ['lat', 'lng', 'accuracyM', 'provider', 'mockLocation', 'customerId', 'purpose', 'notes', 'attachmentIds', 'photoTakenAt', 'coord'],
    'PUT /api/v1/settings/check-in': ['policy', 'maxDistanceM', 'maxAccuracyM', 'maxSpeedKmh', 'photoMaxAgeMinutes'],
    'POST /api/v1/visit-plans': ['customerId', 'plannedAt', 'remindMinutesBefore', 'notes'],
    [`PATCH /api/v1/visit-plans/${plan.id}`]: ['customerId', 'plannedAt', 'remindMinutesBefore', 'notes'],
  };
  const base = {
    'POST /api/v1/check-ins': { lat: B.lat, lng: B.lng, accuracyM: 10 },
    'POST /api/v1/visit-plans': { customerId: customer.id, plannedAt: new Date(Date.now() + 86400000).toISOString() },
  };
  const failures = [];
  for (const [route, fields] of Object.entries(bodies)) {
    const [method, path] = route.split(' ');
    for (const f of fields) {
      for (const v of junk) {
        const body = { ...(base[route] ?? {}), [f]: v };
        const who = method === 'PUT' ? admin : rep01;
        const r = await who[method === 'POST' ? 'post' : method === 'PUT' ? 'put' : 'patch'](path, body);
        if (r.status >= 500 || r.status === 0) failures.push(`${route} ${f}=${JSON.stringify(v).slice(0, 40)} → ${r.status} ${r.text.slice(0, 200)}`);
      }
    }
  }
  await admin.put('/api/v1/settings/check-in', { policy: 'flag', maxDistanceM: 500, maxAccuracyM: 200, maxSpeedKmh: 200, photoMaxAgeMinutes: 30 });
  const queries = {
    '/api/v1/customers/nearby?lat=39.9&lng=116.4': ['lat', 'lng', 'radius', 'limit', 'scope', 'coord'],
    '/api/v1/check-ins?x=1': ['userId', 'customerId', 'score', 'from', 'to', 'limit', 'cursor', 'sort', 'coord'],
    '/api/v1/visit-plans?x=1': ['userId', 'from', 'to', 'status'],
    '/api/v1/visits/stats?x=1': ['from', 'to', 'departmentId'],
  };
  for (const [path, params] of Object.entries(queries)) {
    for (const p of params) {
      for (const v of qjunk) {
        const r = await rep01.get(`${path}&${p}=${v}`);
        if (r.status >= 500) failures.push(`GET ${path}&${p}=${v.slice(0, 40)} → ${r.status} ${r.text.slice(0, 200)}`);
      }
    }
  }
  assert.deepEqual(failures, [], 'no 5xx');
});
