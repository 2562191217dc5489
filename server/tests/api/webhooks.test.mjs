// Outgoing webhooks (docs/api-activity.md §Webhooks): private-address refusal, settings.configure,
// payload and X-Quanke-Event of real events (assign, comment), retries up to --webhook-attempts
// then `failed`, 2xx → `delivered`, POST /test, the events filter, disable and delete.
// The server runs with --webhook-attempts 3 --webhook-backoff-ms 200 (deliveries are sent by a
// background job every ~2 s). Note: `--sweep-check 0` turns off ALL background jobs, webhook
// deliveries included, so this file uses a long sweep interval instead.
import assert from 'node:assert/strict';
import { useServer, test, directory, sleep } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, allPages, createCustomer, pools, unique } from './lib/crm.mjs';
import { startReceiver, eventually } from './lib/activity.mjs';

const srv = useServer({ reuseDemo: true, customers: { other: 0 }, sweepCheck: 3600, webhookAttempts: 3, webhookBackoffMs: 200 });
let admin, rep01, lead, other, dir, hb, rx;
let item; // a feed item of rep01
const hooks = {};

const createHook = (api, body) => api.post('/api/v1/webhooks', body);
const deliveries = async (id) => assertOk(await admin.get(`/api/v1/webhooks/${id}/deliveries?limit=200`), 200, 'deliveries').items;
const ofEvent = (path, event) => rx.on(path).filter((r) => r.headers['x-quanke-event'] === event);

test('setup: receiver on a loopback port, rep01 has a feed item', async () => {
  rx = await startReceiver();
  admin = await as(srv.baseUrl, 'admin');
  rep01 = await as(srv.baseUrl, 'rep01');
  lead = await as(srv.baseUrl, 'bj1.lead');
  other = await as(srv.baseUrl, 'admin', 'other');
  dir = await directory(admin);
  hb = (await pools(admin)).byName('华北公海');
  const c = (await allPages(rep01, '/api/v1/customers?mine=true'))[0];
  item = assertOk(await rep01.post(`/api/v1/customers/${c.id}/follow-ups`, { text: 'webhook 测试' }), 201).feedItemId;
});

test('a loopback / private / link-local URL without allowPrivate → 422 webhook.private_address; with it → 201', async () => {
  for (const url of [rx.url('/all'), `http://localhost:${rx.port}/all`, 'http://10.1.2.3/hook', 'http://192.168.1.10/hook',
    'http://169.254.169.254/latest', 'http://[::1]:8080/hook']) {
    assertError(await createHook(admin, { url }), 422, 'webhook.private_address', url);
    assertError(await createHook(admin, { url, allowPrivate: false }), 422, 'webhook.private_address', `${url} allowPrivate false`);
  }
  const w = assertOk(await createHook(admin, { url: rx.url('/all'), allowPrivate: true }), 201, 'allowPrivate');
  assert.equal(w.url, rx.url('/all'));
  assert.deepEqual(w.events, []);
  assert.equal(w.enabled, true);
  assert.equal(w.allowPrivate, true);
  assert.equal(w.lastStatus, null);
  assert.ok(Date.parse(w.createdAt) && Date.parse(w.updatedAt));
  hooks.all = w;
  const listed = assertOk(await admin.get('/api/v1/webhooks'), 200).items;
  assert.ok(listed.some((x) => x.id === w.id));
  // Not http(s) → 400.
  assertValidation(await createHook(admin, { url: 'ftp://example.com/x', allowPrivate: true }), 'url');
  assertValidation(await createHook(admin, { url: 'not a url', allowPrivate: true }), 'url');
});

test('without settings.configure (rep01, bj1.lead) → 403 permission.denied on every webhook endpoint', async () => {
  for (const [who, api] of [['rep01', rep01], ['bj1.lead', lead]]) {
    assertError(await createHook(api, { url: rx.url('/rep'), allowPrivate: true }), 403, 'permission.denied', `${who} POST`);
    assertError(await api.get('/api/v1/webhooks'), 403, 'permission.denied', `${who} GET`);
    assertError(await api.patch(`/api/v1/webhooks/${hooks.all.id}`, { enabled: false }), 403, 'permission.denied', `${who} PATCH`);
    assertError(await api.get(`/api/v1/webhooks/${hooks.all.id}/deliveries`), 403, 'permission.denied', `${who} deliveries`);
    assertError(await api.post(`/api/v1/webhooks/${hooks.all.id}/test`), 403, 'permission.denied', `${who} test`);
    assertError(await api.del(`/api/v1/webhooks/${hooks.all.id}`), 403, 'permission.denied', `${who} DELETE`);
  }
  assert.equal(rx.on('/rep').length, 0);
});

test('assign and comment events → POST {event, tenantId, occurredAt, data, link} with X-Quanke-Event; delivered', async () => {
  hooks.comments = assertOk(await createHook(admin, { url: rx.url('/comments'), allowPrivate: true, events: ['feed.comment'] }), 201);
  assert.deepEqual(hooks.comments.events, ['feed.comment']);
  const t0 = Date.now();
  const c = await createCustomer(admin, { name: `推送分配${unique()}有限公司`, poolId: hb.id });
  assertOk(await admin.post(`/api/v1/customers/${c.id}/assign`, { userId: dir.user('rep01').id }), 200, 'assign');
  assertOk(await lead.post(`/api/v1/feed/${item}/comments`, { text: '推送评论' }), 201, 'comment');
  assertOk(await lead.post(`/api/v1/feed/${item}/like`), 200, 'like');
  await rx.until(() => ofEvent('/all', 'customer.assigned').length && ofEvent('/all', 'feed.comment').length && ofEvent('/all', 'feed.like').length, 8000, 'assign + comment + like at /all');

  const [assigned] = ofEvent('/all', 'customer.assigned');
  assert.equal(assigned.method, 'POST');
  assert.match(assigned.headers['content-type'], /^application\/json/);
  const b = assigned.body;
  assert.equal(typeof b, 'object', `JSON body: ${b}`);
  assert.deepEqual(Object.keys(b).sort(), ['data', 'event', 'link', 'occurredAt', 'tenantId'].sort(), JSON.stringify(b));
  assert.equal(b.event, 'customer.assigned');
  assert.equal(typeof b.tenantId, 'string');
  assert.ok(Date.parse(b.occurredAt) >= t0 - 1000, b.occurredAt);
  assert.match(b.occurredAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  assert.equal(typeof b.data, 'object');
  assert.equal(b.data.objectId, c.id, JSON.stringify(b.data));
  assert.equal(b.data.userId, dir.user('rep01').id, 'the notified user');
  assert.ok(b.link.includes(c.id), b.link);

  const [commented] = ofEvent('/all', 'feed.comment');
  assert.equal(commented.body.event, 'feed.comment');
  assert.equal(commented.body.tenantId, b.tenantId);
  // Each event once per hook.
  assert.equal(ofEvent('/all', 'customer.assigned').length, 1);
  assert.equal(ofEvent('/all', 'feed.comment').length, 1);

  const ds = await deliveries(hooks.all.id);
  const d = ds.find((x) => x.event === 'customer.assigned');
  assert.ok(d, JSON.stringify(ds));
  assert.equal(d.status, 'delivered');
  assert.equal(d.attempts, 1);
  assert.equal(d.responseStatus, 200);
  assert.equal(d.lastError, null);
  assert.ok(d.deliveredAt);
  assert.equal(d.webhookId, hooks.all.id);
  const created = ds.map((x) => Date.parse(x.createdAt));
  assert.deepEqual(created, [...created].sort((x, y) => y - x), 'deliveries newest first');
  const w = assertOk(await admin.get('/api/v1/webhooks'), 200).items.find((x) => x.id === hooks.all.id);
  assert.equal(w.lastStatus, 'delivered');
});

test('events filter ["feed.comment"]: only comments are sent to that hook', async () => {
  // Deliveries are queued with the event, so the list is complete already (the like and the
  // assignment of the previous test are not there).
  assert.deepEqual((await deliveries(hooks.comments.id)).map((d) => d.event), ['feed.comment']);
  await rx.until(() => rx.on('/comments').length >= 1, 5000, 'comment at /comments');
  assert.deepEqual(rx.on('/comments').map((r) => r.headers['x-quanke-event']), ['feed.comment']);
});

test('POST /webhooks/{id}/test → 202 and a webhook.test event is delivered', async () => {
  const r = await admin.post(`/api/v1/webhooks/${hooks.all.id}/test`);
  assert.equal(r.status, 202, r.text);
  await rx.until(() => ofEvent('/all', 'webhook.test').length === 1, 5000, 'webhook.test');
  const [t] = ofEvent('/all', 'webhook.test');
  assert.equal(t.body.event, 'webhook.test');
  const d = await eventually(async () => (await deliveries(hooks.all.id)).find((x) => x.event === 'webhook.test' && x.status === 'delivered'), 3000, 'test delivery delivered');
  assert.equal(d.attempts, 1);
});

test('a receiver answering 500: retried, then `failed` after exactly 3 attempts; a 500-then-200 receiver → delivered after 2', async () => {
  rx.status['/fail'] = 500;
  rx.status['/flaky'] = 500;
  hooks.fail = assertOk(await createHook(admin, { url: rx.url('/fail'), allowPrivate: true }), 201);
  hooks.flaky = assertOk(await createHook(admin, { url: rx.url('/flaky'), allowPrivate: true }), 201);
  assert.equal((await admin.post(`/api/v1/webhooks/${hooks.fail.id}/test`)).status, 202);
  assert.equal((await admin.post(`/api/v1/webhooks/${hooks.flaky.id}/test`)).status, 202);
  await rx.until(() => rx.on('/flaky').length >= 1, 5000, 'first attempt at /flaky');
  rx.status['/flaky'] = 200;
  const failed = await eventually(async () => {
    const [d] = await deliveries(hooks.fail.id);
    return d && d.status === 'failed' ? d : null;
  }, 15000, 'delivery to /fail becomes failed');
  assert.equal(failed.attempts, 3);
  assert.equal(failed.responseStatus, 500);
  assert.ok(failed.lastError, 'lastError set');
  assert.equal(failed.deliveredAt, null);
  assert.equal(failed.nextAttemptAt, null, 'no further attempt planned');
  assert.equal(rx.on('/fail').length, 3, 'exactly 3 POSTs');
  const at = rx.on('/fail').map((x) => x.at);
  assert.ok(at[1] - at[0] >= 200 && at[2] - at[1] >= 800, `backoff 200 ms then 800 ms at least: ${at[1] - at[0]}, ${at[2] - at[1]}`);
  const flaky = await eventually(async () => {
    const [d] = await deliveries(hooks.flaky.id);
    return d && d.status === 'delivered' ? d : null;
  }, 8000, 'delivery to /flaky becomes delivered');
  assert.equal(flaky.attempts, 2);
  assert.equal(flaky.responseStatus, 200);
  await sleep(2100); // one more delivery round
  assert.equal(rx.on('/fail').length, 3, 'no 4th attempt');
  assert.equal(rx.on('/flaky').length, 2);
  const w = assertOk(await admin.get('/api/v1/webhooks'), 200).items.find((x) => x.id === hooks.fail.id);
  assert.equal(w.lastStatus, 'failed');
});

test('PATCH enabled:false stops deliveries; DELETE → 204, then 404', async () => {
  for (const h of [hooks.all, hooks.comments, hooks.fail, hooks.flaky]) {
    const w = assertOk(await admin.patch(`/api/v1/webhooks/${h.id}`, { enabled: false }), 200, 'disable');
    assert.equal(w.enabled, false);
  }
  const before = rx.requests.length;
  const queued = (await deliveries(hooks.all.id)).length;
  assertOk(await lead.post(`/api/v1/feed/${item}/comments`, { text: '停用后评论' }), 201);
  assert.equal((await deliveries(hooks.all.id)).length, queued, 'nothing queued for a disabled hook');
  assert.equal(rx.requests.length, before, 'nothing sent by disabled hooks');
  assert.equal((await admin.del(`/api/v1/webhooks/${hooks.flaky.id}`)).status, 204);
  assertError(await admin.get(`/api/v1/webhooks/${hooks.flaky.id}/deliveries`), 404, 'not_found', 'deleted');
  assertError(await admin.patch(`/api/v1/webhooks/${hooks.flaky.id}`, { enabled: true }), 404, 'not_found', 'deleted');
  assert.ok(!assertOk(await admin.get('/api/v1/webhooks'), 200).items.some((x) => x.id === hooks.flaky.id));
  // Tenant other sees none of demo's hooks.
  assert.deepEqual(assertOk(await other.get('/api/v1/webhooks'), 200).items, []);
});

test('a rep claiming a customer notifies nobody, so no webhook is queued (the contract)', async () => {
  const hook = assertOk(await createHook(admin, { url: rx.url('/claims'), allowPrivate: true }), 201);
  const c = await createCustomer(admin, { name: `推送领取${unique()}有限公司`, poolId: hb.id });
  assertOk(await rep01.post(`/api/v1/customers/${c.id}/claim`, {}), 200, 'claim');
  const queued = (await deliveries(hook.id)).map((d) => d.event);
  await admin.del(`/api/v1/webhooks/${hook.id}`);
  assert.deepEqual(queued, [], `nothing queued for an own claim: ${JSON.stringify(queued)}`);
});

test('cleanup', async () => { await rx.close(); });
