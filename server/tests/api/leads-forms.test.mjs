// Web forms (docs/api-leads.md): configuration (pool.configure), the public page with no login,
// and every refusal of a submission — unknown or disabled token, oversized body, honeypot, bad
// fields, the rate limits per client address and per form — each answering its documented 4xx
// and storing nothing (the pool's leads are counted through the API before and after). Text is
// stored as sent. The server trusts 127.0.0.1 as a proxy, so X-Forwarded-For sets the client
// address of each request (documentation addresses, never contacted).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { useServer, test, directory, client } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, allPages, makeUsers, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0, extraArgs: ['--trusted-proxies', '127.0.0.1'] });
let admin;
let dir;
let pool;
let source;
let form;

let nextAddress = 0;
// A fresh client address (TEST-NET-3 and TEST-NET-2), so that only the tests of the per-address
// limit ever reach it.
const freshAddress = () => {
  const n = nextAddress++;
  return `203.0.${113 + Math.floor(n / 250)}.${(n % 250) + 1}`;
};
let phone = 0;
const mobile = () => `1380000${String(phone++).padStart(4, '0')}`;

const publicApi = () => client(srv.baseUrl, null);
const submit = (token, body, address = freshAddress(), opts = {}) =>
  publicApi().post(`/api/v1/public/forms/${token}`, body, { headers: { 'x-forwarded-for': address }, ...opts });
const poolLeads = async () => allPages(admin, `/api/v1/leads?poolId=${pool.id}`);

// Runs `fn`, which must not store a lead: the pool's lead count is the same after it.
async function storesNothing(what, fn) {
  const before = (await poolLeads()).length;
  await fn();
  assert.equal((await poolLeads()).length, before, `${what}: no lead stored`);
}

test('setup: a lead pool, a source, a form with the default fields', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  pool = assertOk(await admin.post('/api/v1/pools', { name: `表单线索池${unique()}`, kind: 'lead', admins: [dir.user('admin').id] }), 201, 'pool');
  source = assertOk(await admin.post('/api/v1/lead-sources', { name: `官网${unique()}` }), 201, 'source');
  form = assertOk(await admin.post('/api/v1/lead-forms', { name: '官网咨询', poolId: pool.id, sourceId: source.id, campaign: '双十二', thanks: '谢谢，我们会尽快联系您' }), 201, 'form');
  assert.match(form.token, /^[A-Za-z0-9_-]{32}$/, 'a 32-character URL-safe token');
  assert.equal(form.url, `/f/${form.token}`);
  assert.deepEqual(form.fields.map((f) => [f.key, f.required]), [['name', true], ['mobile', true], ['company', false], ['notes', false]]);
  assert.equal(form.perMinute, 600);
  assert.equal(form.poolName, pool.name);
  assert.equal(form.sourceName, source.name);
  const list = assertOk(await admin.get('/api/v1/lead-forms'), 200);
  assert.ok(list.items.some((f) => f.id === form.id && f.token === form.token));
});

test('configuration: validation, pool.configure only, another tenant sees 404', async () => {
  const customerPool = (await admin.get('/api/v1/pools')).json.items[0];
  assertValidation(await admin.post('/api/v1/lead-forms', { name: 'x', poolId: customerPool.id }), 'poolId', 'invalid_value', 'a customer pool');
  assertValidation(await admin.post('/api/v1/lead-forms', { name: 'x' }), 'poolId', 'required');
  assertValidation(await admin.post('/api/v1/lead-forms', { name: 'x', poolId: pool.id, fields: [{ key: 'salary' }, { key: 'mobile' }] }), 'fields', 'invalid_value', 'unknown key');
  assertValidation(await admin.post('/api/v1/lead-forms', { name: 'x', poolId: pool.id, fields: [{ key: 'name' }, { key: 'notes' }] }), 'fields', 'invalid_value', 'no way to reach the lead');
  assertValidation(await admin.post('/api/v1/lead-forms', { name: 'x', poolId: pool.id, perMinute: 0 }), 'perMinute', 'invalid_value');
  assertValidation(await admin.post('/api/v1/lead-forms', { name: 'x', poolId: pool.id, perMinute: 1000001 }), 'perMinute', 'invalid_value');
  assertValidation(await admin.post('/api/v1/lead-forms', { name: 'x', poolId: pool.id, sourceId: '123456789' }), 'sourceId', 'invalid_value');
  const rep = await as(srv.baseUrl, 'rep01');
  assertError(await rep.get('/api/v1/lead-forms'), 403, 'permission.denied', 'rep lists');
  assertError(await rep.post('/api/v1/lead-forms', { name: 'x', poolId: pool.id }), 403, 'permission.denied', 'rep creates');
  const other = await as(srv.baseUrl, 'admin', 'other');
  assertError(await other.patch(`/api/v1/lead-forms/${form.id}`, { name: 'taken over' }), 404, 'not_found', 'other tenant');
  assertError(await other.del(`/api/v1/lead-forms/${form.id}`), 404, 'not_found', 'other tenant deletes');
  assert.ok(!(await other.get('/api/v1/lead-forms')).json.items.some((f) => f.id === form.id));
});

test('the public page: no login, only name, fields and thanks', async () => {
  const r = assertOk(await publicApi().get(`/api/v1/public/forms/${form.token}`), 200);
  assert.deepEqual(Object.keys(r).sort(), ['fields', 'name', 'thanks']);
  assert.equal(r.name, '官网咨询');
  assert.equal(r.thanks, '谢谢，我们会尽快联系您');
  assert.deepEqual(r.fields, form.fields);
});

test('a submission lands in the pool with the form\'s source and campaign; text is stored as sent', async () => {
  const before = (await poolLeads()).length;
  const name = `<script>alert("x")</script> 张三 & 'Co' ${unique()}`;
  const notes = '<img src=x onerror=alert(1)>\n第二行 "quoted" &amp; <b>bold</b>';
  const m = mobile();
  const r = await submit(form.token, { fields: { name, mobile: m, company: '<i>测试</i>科技', notes }, website: '' });
  assert.deepEqual(assertOk(r, 201, 'submit'), { received: true });
  const leads = await poolLeads();
  assert.equal(leads.length, before + 1, 'one lead more in the pool');
  const lead = leads.find((l) => l.name === name);
  assert.ok(lead, `the lead is listed with its name verbatim: ${JSON.stringify(leads.map((l) => l.name))}`);
  const d = assertOk(await admin.get(`/api/v1/leads/${lead.id}`), 200);
  assert.equal(d.name, name);
  assert.equal(d.notes, notes);
  assert.equal(d.company, '<i>测试</i>科技');
  assert.equal(d.mobile, m, 'the pool admin sees the number');
  assert.equal(d.sourceId, source.id);
  assert.equal(d.campaign, '双十二');
  assert.equal(d.formId, form.id);
  assert.equal(d.poolId, pool.id);
  assert.equal(d.ownerId, null);
  assert.equal(d.status, 'new');
});

test('unknown and malformed tokens: 404 form.not_found, the same answer as a disabled form; nothing stored', async () => {
  const unknown = randomBytes(24).toString('base64url');
  await storesNothing('unknown token', async () => {
    assertError(await submit(unknown, { fields: { name: 'a', mobile: mobile() } }), 404, 'form.not_found', 'unknown');
    assertError(await submit('short', { fields: { name: 'a', mobile: mobile() } }), 404, 'form.not_found', 'short');
  });
  assertError(await publicApi().get(`/api/v1/public/forms/${unknown}`), 404, 'form.not_found', 'GET unknown');
  const closed = assertOk(await admin.post('/api/v1/lead-forms', { name: '已停用', poolId: pool.id, enabled: false }), 201);
  const a = await publicApi().get(`/api/v1/public/forms/${closed.token}`);
  const b = await publicApi().get(`/api/v1/public/forms/${unknown}`);
  assertError(a, 404, 'form.not_found', 'GET disabled');
  assert.deepEqual({ ...a.json, requestId: null }, { ...b.json, requestId: null }, 'a disabled form answers like an unknown token');
  await storesNothing('disabled form', async () => {
    assertError(await submit(closed.token, { fields: { name: 'a', mobile: mobile() } }), 404, 'form.not_found', 'POST disabled');
  });
  // Enabled again, it takes submissions.
  assertOk(await admin.patch(`/api/v1/lead-forms/${closed.id}`, { enabled: true }), 200);
  assertOk(await submit(closed.token, { fields: { name: `重开${unique()}`, mobile: mobile() } }), 201, 'reopened');
});

test('a body over 8 KB: 413 request.too_large; nothing stored', async () => {
  await storesNothing('oversized', async () => {
    const r = await submit(form.token, { fields: { name: '大', mobile: mobile(), notes: 'x'.repeat(9000) } });
    assertError(r, 413, 'request.too_large', 'oversized');
  });
  // Just under the limit is fine (notes take up to 5,000 bytes).
  assertOk(await submit(form.token, { fields: { name: `小${unique()}`, mobile: mobile(), notes: 'y'.repeat(5000) } }), 201, 'under 8 KB');
});

test('the honeypot filled: 422 form.rejected; nothing stored', async () => {
  await storesNothing('honeypot', async () => {
    assertError(await submit(form.token, { fields: { name: 'bot', mobile: mobile() }, website: 'http://spam.example' }), 422, 'form.rejected', 'honeypot');
    assertError(await submit(form.token, { fields: { name: 'bot', mobile: mobile() }, website: 1 }), 422, 'form.rejected', 'honeypot number');
  });
});

test('bad fields: 400 validation.failed naming each field; nothing stored', async () => {
  await storesNothing('bad fields', async () => {
    assertValidation(await submit(form.token, { fields: { name: '只有名字' } }), 'fields.mobile', 'required', 'missing required');
    assertValidation(await submit(form.token, { fields: { name: '  ', mobile: mobile() } }), 'fields.name', 'required', 'blank required');
    assertValidation(await submit(form.token, { fields: { name: 'a', mobile: mobile(), salary: '100' } }), 'fields.salary', 'invalid_value', 'unknown key');
    assertValidation(await submit(form.token, { fields: { name: 'a', mobile: mobile(), email: 'a@b.c' } }), 'fields.email', 'invalid_value', 'a key the form does not ask for');
    assertValidation(await submit(form.token, { fields: { name: '长'.repeat(100), mobile: mobile() } }), 'fields.name', 'too_long', 'too long');
    assertValidation(await submit(form.token, { fields: { name: 'a', mobile: '12' } }), 'fields.mobile', 'invalid_value', 'not a phone number');
    assertValidation(await submit(form.token, { fields: { name: 'a', mobile: 13800000000 } }), 'fields.mobile', 'wrong_type', 'a number');
    assertValidation(await submit(form.token, { fields: 'name=a' }), 'fields', 'wrong_type', 'not an object');
    assertError(await submit(form.token, undefined, freshAddress(), { rawBody: '{"fields": ' }), 400, 'validation.malformed_json', 'not JSON');
  });
});

test('rate limit per address: 20 a minute, the 21st is 429 rate_limited with Retry-After and stores nothing', async () => {
  const address = '198.51.100.7';
  const before = (await poolLeads()).length;
  for (let i = 0; i < 20; i++)
    assertOk(await submit(form.token, { fields: { name: `同一地址${i}`, mobile: mobile() } }, address), 201, `submission ${i + 1}`);
  assert.equal((await poolLeads()).length, before + 20);
  await storesNothing('21st from one address', async () => {
    const r = await submit(form.token, { fields: { name: '第21条', mobile: mobile() } }, address);
    assertError(r, 429, 'rate_limited', '21st');
    const retry = Number(r.headers.get('retry-after'));
    assert.ok(retry >= 1 && retry <= 60, `Retry-After ${r.headers.get('retry-after')}`);
    assert.equal(r.json.error.details.retryAfterSeconds, retry);
    // The address is refused even for another form, and another address is not.
    assertError(await submit('x'.repeat(32), { fields: { name: 'x', mobile: mobile() } }, address), 429, 'rate_limited', 'any token');
  });
  assertOk(await submit(form.token, { fields: { name: `另一地址${unique()}`, mobile: mobile() } }), 201, 'another address');
});

test('rate limit per form: its perMinute from any addresses, then 429; other forms unaffected', async () => {
  const busy = assertOk(await admin.post('/api/v1/lead-forms', { name: '限流表单', poolId: pool.id, perMinute: 3 }), 201);
  for (let i = 0; i < 3; i++)
    assertOk(await submit(busy.token, { fields: { name: `限流${i}${unique()}`, mobile: mobile() } }), 201, `form submission ${i + 1}`);
  await storesNothing('4th to a form of 3 a minute', async () => {
    assertError(await submit(busy.token, { fields: { name: '第4条', mobile: mobile() } }), 429, 'rate_limited', '4th');
  });
  assertOk(await submit(form.token, { fields: { name: `别的表单${unique()}`, mobile: mobile() } }), 201, 'another form');
  // Raising the limit takes effect at once.
  assertOk(await admin.patch(`/api/v1/lead-forms/${busy.id}`, { perMinute: 4 }), 200);
  assertOk(await submit(busy.token, { fields: { name: `放宽${unique()}`, mobile: mobile() } }), 201, 'after raising the limit');
});

test('a form on a pool with push rules: the submission is pushed to the rule\'s member', async () => {
  const [member] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: dir.dep('北京二组').id, roleId: dir.role('rep').id, prefix: 'fm' });
  const pushed = assertOk(await admin.post('/api/v1/pools', { name: `推送表单池${unique()}`, kind: 'lead', admins: [dir.user('admin').id], members: [{ type: 'user', id: member.id }] }), 201);
  assertOk(await admin.put(`/api/v1/pools/${pushed.id}/push-rules`, { rules: [{ name: '给他', strategy: 'round_robin', members: [{ userId: member.id }] }] }), 200);
  const f = assertOk(await admin.post('/api/v1/lead-forms', { name: '推送表单', poolId: pushed.id, fields: [{ key: 'company', required: true }, { key: 'phone', label: '座机', required: true }] }), 201);
  const company = `推送科技${unique()}`;
  assertOk(await submit(f.token, { fields: { company, phone: '010-66668888' } }), 201);
  const mine = await allPages(member.api, '/api/v1/leads?mine=true');
  const lead = mine.find((l) => l.company === company);
  assert.ok(lead, 'the member owns the lead');
  assert.equal(lead.formId, f.id);
  assert.equal(lead.homePoolId, pushed.id);
});

test('rotating the token and deleting the form: the old URL answers 404', async () => {
  const f = assertOk(await admin.post('/api/v1/lead-forms', { name: '轮换', poolId: pool.id }), 201);
  const rotated = assertOk(await admin.patch(`/api/v1/lead-forms/${f.id}`, { rotateToken: true, name: '轮换后' }), 200);
  assert.notEqual(rotated.token, f.token);
  assert.equal(rotated.name, '轮换后');
  assertError(await publicApi().get(`/api/v1/public/forms/${f.token}`), 404, 'form.not_found', 'old token');
  assertOk(await publicApi().get(`/api/v1/public/forms/${rotated.token}`), 200);
  assert.equal((await admin.del(`/api/v1/lead-forms/${f.id}`)).status, 204);
  assertError(await publicApi().get(`/api/v1/public/forms/${rotated.token}`), 404, 'form.not_found', 'deleted');
  assertError(await admin.patch(`/api/v1/lead-forms/${f.id}`, { name: 'gone' }), 404, 'not_found', 'deleted form');
  const audit = assertOk(await admin.get('/api/v1/audit-log?limit=50'), 200);
  const actions = audit.items.filter((e) => e.objectId === f.id).map((e) => e.action).sort();
  assert.deepEqual(actions, ['lead_form.create', 'lead_form.delete', 'lead_form.rotate_token']);
});
