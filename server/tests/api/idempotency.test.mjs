// Idempotency-Key (API.md): a retried mutation from a phone on a flaky network returns the first
// response and writes nothing twice; the key is per user; reusing it for another request is
// refused.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { as, assertError, assertOk, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 20, sweepCheck: 0 });

test('a repeated create with the same key creates once and answers the same', async () => {
  const rep = await as(srv.baseUrl, 'rep01');
  const key = unique('idem-');
  const body = { name: `幂等${unique()}科技有限公司`, industry: '软件' };
  const first = await rep.post('/api/v1/customers', body, { headers: { 'Idempotency-Key': key } });
  assertOk(first, 201, 'first create');
  const again = await rep.post('/api/v1/customers', body, { headers: { 'Idempotency-Key': key } });
  assert.equal(again.status, 201, again.text);
  assert.equal(again.json.id, first.json.id, 'the replay answers the first result');
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  const found = await rep.get(`/api/v1/customers?q=${encodeURIComponent(body.name)}&mine=true`);
  assert.equal(found.json.items.length, 1, 'exactly one customer was written');
  // Without a key the same body is a new request: the conflict check refuses it.
  assertError(await rep.post('/api/v1/customers', body), 409, 'customer.conflict');
});

test('an error answer is replayed too, and keys are per user', async () => {
  const rep = await as(srv.baseUrl, 'rep02');
  const other = await as(srv.baseUrl, 'rep03');
  const key = unique('idem-');
  const bad = await rep.post('/api/v1/customers', { industry: 'x' }, { headers: { 'Idempotency-Key': key } });
  assertError(bad, 400, 'validation.failed');
  const replay = await rep.post('/api/v1/customers', { industry: 'x' }, { headers: { 'Idempotency-Key': key } });
  assertError(replay, 400, 'validation.failed');
  // Another user may use the same key string for their own request.
  const theirs = await other.post('/api/v1/customers', { name: `幂等${unique()}有限公司` }, { headers: { 'Idempotency-Key': key } });
  assertOk(theirs, 201, 'same key, other user');
});

test('reusing a key for a different request is refused', async () => {
  const rep = await as(srv.baseUrl, 'rep04');
  const key = unique('idem-');
  assertOk(await rep.post('/api/v1/customers', { name: `幂等${unique()}有限公司` }, { headers: { 'Idempotency-Key': key } }), 201);
  const other = await rep.post('/api/v1/customers/check-conflict', { name: 'x' }, { headers: { 'Idempotency-Key': key } });
  assertError(other, 422, 'request.idempotency_mismatch');
  const tooLong = await rep.post('/api/v1/customers', { name: 'x' }, { headers: { 'Idempotency-Key': 'k'.repeat(200) } });
  assertError(tooLong, 400, 'validation.failed');
});
