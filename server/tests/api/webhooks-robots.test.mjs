// WeCom / DingTalk / Feishu robots (issue 11): each kind gets its own message shape, in the
// tenant's language, with an absolute deep link from the tenant's public base URL; DingTalk and
// Feishu requests are signed when a secret is set. The receiver here behaves like each robot: it
// checks the shape and the signature and answers HTTP 200 with an error code — and a non-zero
// code must be a failed delivery with the robot's message in the delivery log.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, createCustomer, pools, unique } from './lib/crm.mjs';
import { startReceiver, eventually } from './lib/activity.mjs';

const srv = useServer({ tenants: ['demo'], customers: 20, sweepCheck: 3600, webhookAttempts: 2, webhookBackoffMs: 100 });
const BASE = 'https://crm.example.com';
const DING_SECRET = 'SECdingtalk-test-secret';
const FEISHU_SECRET = 'feishu-test-secret';
let admin, rep01, dir, hb, rx;

const hmacBase64 = (key, message) => createHmac('sha256', key).update(message).digest('base64');
const deliveries = async (id) => assertOk(await admin.get(`/api/v1/webhooks/${id}/deliveries?limit=50`)).items;
const settled = (id, n = 1) => eventually(async () => {
  const d = await deliveries(id);
  return d.length >= n && d.every((x) => x.status !== 'pending') ? d : null;
}, 20000, `deliveries of ${id} settled`);

// Robot stand-ins: [code, message] for what each robot would refuse.
function wecom(req, body) {
  if (body?.msgtype === 'text' && typeof body.text?.content === 'string' && body.text.content) return { errcode: 0, errmsg: 'ok' };
  if (body?.msgtype === 'markdown' && typeof body.markdown?.content === 'string' && body.markdown.content) return { errcode: 0, errmsg: 'ok' };
  return { errcode: 40008, errmsg: 'invalid message type' };
}
function dingtalk(secret) {
  return (req, body) => {
    const q = new URL(req.url, 'http://x').searchParams;
    const ts = q.get('timestamp');
    if (!ts || Math.abs(Date.now() - Number(ts)) > 3600000) return { errcode: 310000, errmsg: 'timestamp missing or stale' };
    if (q.get('sign') !== hmacBase64(secret, `${ts}\n${secret}`)) return { errcode: 310000, errmsg: 'sign not match' };
    const okText = body?.msgtype === 'text' && body.text?.content;
    const okMd = body?.msgtype === 'markdown' && body.markdown?.title && body.markdown?.text;
    return okText || okMd ? { errcode: 0, errmsg: 'ok' } : { errcode: 40035, errmsg: 'bad message' };
  };
}
function feishu(req, body) {
  const ts = body?.timestamp;
  if (!ts || Math.abs(Date.now() / 1000 - Number(ts)) > 3600) return { code: 19021, msg: 'timestamp is not within one hour' };
  if (body.sign !== hmacBase64(`${ts}\n${FEISHU_SECRET}`, '')) return { code: 19021, msg: 'sign match fail' };
  const okText = body.msg_type === 'text' && body.content?.text;
  const okCard = body.msg_type === 'interactive' && body.card?.header?.title?.content && body.card?.elements?.length;
  return okText || okCard ? { code: 0, msg: 'success' } : { code: 9499, msg: 'Bad Request' };
}

// Assigns a new pool customer to rep01: one customer.assigned notification → one delivery per hook.
async function assignEvent() {
  const c = await createCustomer(admin, { name: `机器人测试${unique()}有限公司`, poolId: hb.id });
  assertOk(await admin.post(`/api/v1/customers/${c.id}/assign`, { userId: dir.user('rep01').id }));
  return c;
}
const hook = async (body) => assertOk(await admin.post('/api/v1/webhooks', { allowPrivate: true, events: ['customer.assigned'], ...body }), 201);

test('setup: receiver, message settings (language, public base URL)', async () => {
  rx = await startReceiver();
  rx.robots = { '/wecom': wecom, '/wecom-bad-key': () => ({ errcode: 93000, errmsg: 'invalid webhook url' }),
    '/dingtalk': dingtalk(DING_SECRET), '/feishu': feishu };
  admin = await as(srv.baseUrl, 'admin');
  rep01 = await as(srv.baseUrl, 'rep01');
  dir = await directory(admin);
  hb = (await pools(admin)).byName('华北公海');
  assert.deepEqual(assertOk(await admin.get('/api/v1/settings/notifications')), { language: 'zh-CN', publicBaseUrl: '' });
  assertValidation(await admin.put('/api/v1/settings/notifications', { language: 'fr', publicBaseUrl: BASE }), 'language', 'invalid_value');
  assertValidation(await admin.put('/api/v1/settings/notifications', { language: 'en', publicBaseUrl: 'ftp://x' }), 'publicBaseUrl', 'invalid_value');
  assertError(await rep01.put('/api/v1/settings/notifications', { language: 'en', publicBaseUrl: BASE }), 403, 'permission.denied');
  const saved = assertOk(await admin.put('/api/v1/settings/notifications', { language: 'zh-CN', publicBaseUrl: `${BASE}/` }));
  assert.deepEqual(saved, { language: 'zh-CN', publicBaseUrl: BASE }, 'stored without the trailing slash');
  assertValidation(await admin.post('/api/v1/webhooks', { url: rx.url('/x'), allowPrivate: true, kind: 'slack' }), 'kind', 'invalid_value');
  assertValidation(await admin.post('/api/v1/webhooks', { url: rx.url('/x'), allowPrivate: true, format: 'html' }), 'format', 'invalid_value');
});

test('WeCom text and markdown in Chinese with an absolute deep link; a generic hook gets the absolute link too', async () => {
  const text = await hook({ kind: 'wecom', url: rx.url('/wecom') });
  const md = await hook({ kind: 'wecom', format: 'markdown', url: rx.url('/wecom') });
  const generic = await hook({ url: rx.url('/generic') });
  assert.equal(text.kind, 'wecom');
  assert.equal(md.format, 'markdown');
  assert.equal(generic.kind, 'generic');
  const c = await assignEvent();
  for (const h of [text, md, generic]) {
    const [d] = await settled(h.id);
    assert.equal(d.status, 'delivered', `${h.kind}/${h.format}: ${d.lastError}`);
    assert.equal(d.lastError, null);
  }
  const link = `${BASE}/customers/${c.id}`;
  const got = rx.on('/wecom').map((r) => r.body);
  const t = got.find((b) => b.msgtype === 'text');
  assert.match(t.text.content, /^【圈客】客户分配\n/);
  assert.ok(t.text.content.includes(c.name), t.text.content);
  assert.ok(t.text.content.endsWith(`查看详情：${link}`), t.text.content);
  const m = got.find((b) => b.msgtype === 'markdown');
  assert.ok(m.markdown.content.includes(`[查看详情](${link})`), m.markdown.content);
  const g = rx.on('/generic').at(-1).body;
  assert.equal(g.event, 'customer.assigned');
  assert.equal(g.link, link);
});

test('a robot that answers HTTP 200 with errcode ≠ 0 is a failed delivery with its message', async () => {
  const h = await hook({ kind: 'wecom', url: rx.url('/wecom-bad-key') });
  await assignEvent();
  const [d] = await settled(h.id);
  assert.equal(d.status, 'failed');
  assert.equal(d.attempts, 2, 'retried up to --webhook-attempts');
  assert.equal(d.responseStatus, 200);
  assert.match(d.lastError, /errcode 93000: invalid webhook url/);
  const listed = assertOk(await admin.get('/api/v1/webhooks')).items.find((x) => x.id === h.id);
  assert.equal(listed.lastStatus, 'failed');
});

test('DingTalk signed markdown is delivered; a wrong secret is refused by the robot (310000)', async () => {
  const good = await hook({ kind: 'dingtalk', format: 'markdown', secret: DING_SECRET, url: rx.url('/dingtalk') });
  const wrong = await hook({ kind: 'dingtalk', secret: 'SECwrong', url: rx.url('/dingtalk') });
  assert.equal(good.hasSecret, true);
  assert.ok(!('secret' in good), 'the secret is never shown');
  await assignEvent();
  const [ok] = await settled(good.id);
  assert.equal(ok.status, 'delivered', ok.lastError);
  const [bad] = await settled(wrong.id);
  assert.equal(bad.status, 'failed');
  assert.match(bad.lastError, /errcode 310000: sign not match/);
  const body = rx.requests.filter((r) => r.path.startsWith('/dingtalk?') && r.body.msgtype === 'markdown').at(-1).body;
  assert.match(body.markdown.title, /客户分配/);
  // The secret can be cleared (null).
  assert.equal(assertOk(await admin.patch(`/api/v1/webhooks/${good.id}`, { secret: null })).hasSecret, false);
});

test('Feishu signed card and text in English', async () => {
  assertOk(await admin.put('/api/v1/settings/notifications', { language: 'en', publicBaseUrl: BASE }));
  const card = await hook({ kind: 'feishu', format: 'markdown', secret: FEISHU_SECRET, url: rx.url('/feishu') });
  const text = await hook({ kind: 'feishu', secret: FEISHU_SECRET, url: rx.url('/feishu') });
  const c = await assignEvent();
  for (const h of [card, text]) {
    const [d] = await settled(h.id);
    assert.equal(d.status, 'delivered', `${h.format}: ${d.lastError}`);
  }
  const bodies = rx.on('/feishu').map((r) => r.body);
  const k = bodies.find((b) => b.msg_type === 'interactive');
  assert.equal(k.card.header.title.content, 'Quanke · Customer assigned');
  assert.ok(k.card.elements[0].content.includes(`[Open](${BASE}/customers/${c.id})`), k.card.elements[0].content);
  const t = bodies.find((b) => b.msg_type === 'text');
  assert.match(t.content.text, /^\[Quanke\] Customer assigned\n/);
  assertOk(await admin.put('/api/v1/settings/notifications', { language: 'zh-CN', publicBaseUrl: BASE }));
});

test('cleanup', async () => { await rx.close(); });
