// The colleague lookup for pickers (@mentions, team members) and single feed items.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation } from './lib/crm.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });

test('a rep without org.view can look colleagues up, with name and department only', async () => {
  const rep = await as(srv.baseUrl, 'rep01');
  assertError(await rep.get('/api/v1/users'), 403, 'permission.denied');
  const found = assertOk(await rep.get(`/api/v1/users/lookup?q=${encodeURIComponent('张')}`));
  assert.ok(found.items.some((u) => u.name === '张伟' && u.departmentName === '北京一组'));
  for (const u of found.items) assert.deepEqual(Object.keys(u).sort(), ['departmentName', 'id', 'name']);
  const execs = assertOk(await rep.get(`/api/v1/users/lookup?q=${encodeURIComponent('周总')}`));
  assert.equal(execs.items.length, 0, 'executives are hidden from ordinary users');
  const admin = await as(srv.baseUrl, 'admin');
  assert.equal(assertOk(await admin.get(`/api/v1/users/lookup?q=${encodeURIComponent('周总')}`)).items.length, 1);
  assert.ok(assertOk(await rep.get('/api/v1/users/lookup')).items.length <= 20);
  assertValidation(await rep.get(`/api/v1/users/lookup?q=${'x'.repeat(101)}`), 'q', 'too_long');
  const other = await as(srv.baseUrl, 'admin', 'other');
  const theirs = assertOk(await other.get(`/api/v1/users/lookup?q=${encodeURIComponent('张伟')}`));
  const ours = assertOk(await admin.get(`/api/v1/users/lookup?q=${encodeURIComponent('张伟')}`));
  assert.notEqual(theirs.items[0].id, ours.items[0].id, 'each tenant finds its own people');
});

test('GET /feed/{id} answers a visible item and 404 otherwise', async () => {
  const admin = await as(srv.baseUrl, 'admin');
  const rep = await as(srv.baseUrl, 'rep01');
  const c = assertOk(await admin.post('/api/v1/customers', { name: `动态单条${Date.now()}有限公司`, ownerId: (await rep.get('/api/v1/me')).json.user.id }), 201);
  const fu = assertOk(await rep.post(`/api/v1/customers/${c.id}/follow-ups`, { text: '单条动态' }), 201);
  const item = assertOk(await rep.get(`/api/v1/feed/${fu.feedItemId}`));
  assert.equal(item.id, fu.feedItemId);
  assert.equal(item.followUp.id, fu.id);
  const rep04 = await as(srv.baseUrl, 'rep04');
  assertError(await rep04.get(`/api/v1/feed/${fu.feedItemId}`), 404, 'not_found');
  const other = await as(srv.baseUrl, 'admin', 'other');
  assertError(await other.get(`/api/v1/feed/${fu.feedItemId}`), 404, 'not_found');
  assertError(await rep.get('/api/v1/feed/abc'), 404, 'not_found');
});

test('webhook event names need settings.configure', async () => {
  const admin = await as(srv.baseUrl, 'admin');
  const rep = await as(srv.baseUrl, 'rep01');
  const events = assertOk(await admin.get('/api/v1/webhooks/events'));
  assert.ok(events.items.includes('customer.reclaimed'));
  assertError(await rep.get('/api/v1/webhooks/events'), 403, 'permission.denied');
});
