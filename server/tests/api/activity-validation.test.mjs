// Bad input on every follow-up / feed / comment / team / discussion / webhook / to-do endpoint:
// malformed JSON, wrong shapes and types, missing fields, unknown enum values, bad query values,
// bad path ids → 4xx with specific codes, never a 5xx. Ids of tenant demo used by tenant other's
// administrator on every id-bearing endpoint → 404, and demo is unchanged afterwards.
import assert from 'node:assert/strict';
import { useServer, test, directory, rawRequest } from './lib/harness.mjs';
import { as, allPages, assertOk } from './lib/crm.mjs';
import { PNG, upload } from './lib/activity.mjs';

const srv = useServer({ reuseDemo: true, customers: { other: 0 }, sweepCheck: 0 });
const statuses = []; // every status seen, for the final "no 5xx" check
const ctx = { api: {}, ids: {} };

test('setup: a customer of rep01 with a follow-up (with attachment), a comment, a team member; a webhook', async () => {
  ctx.api.admin = await as(srv.baseUrl, 'admin');
  ctx.api.rep01 = await as(srv.baseUrl, 'rep01');
  ctx.api.lead = await as(srv.baseUrl, 'bj1.lead');
  ctx.api.other = await as(srv.baseUrl, 'admin', 'other');
  const dir = await directory(ctx.api.admin);
  const otherDir = await directory(ctx.api.other);
  const c = (await allPages(ctx.api.rep01, '/api/v1/customers?mine=true'))[0];
  const a = assertOk(await upload(ctx.api.rep01, { name: 'p.png', data: PNG, type: 'image/png' }), 201);
  const f = assertOk(await ctx.api.rep01.post(`/api/v1/customers/${c.id}/follow-ups`, { text: '校验用跟进', attachmentIds: [a.id] }), 201);
  assertOk(await ctx.api.lead.post(`/api/v1/feed/${f.feedItemId}/comments`, { text: '校验用评论' }), 201);
  assertOk(await ctx.api.rep01.post(`/api/v1/customers/${c.id}/team`, { userId: dir.user('rep02').id, access: 'write' }), 201);
  assertOk(await ctx.api.rep01.post(`/api/v1/customers/${c.id}/discussion`, { text: '校验用讨论' }), 201);
  const w = assertOk(await ctx.api.admin.post('/api/v1/webhooks', { url: 'http://127.0.0.1:9/hook', allowPrivate: true }), 201);
  Object.assign(ctx.ids, { customer: c.id, followUp: f.id, attachment: a.id, item: f.feedItemId, member: dir.user('rep02').id,
    webhook: w.id, rep03: dir.user('rep03').id, otherUser: otherDir.user('rep01').id });
});

// ---- Endpoints ----
const E = {
  followUp: { method: 'POST', path: (i) => `/api/v1/customers/${i.customer}/follow-ups`, as: 'rep01' },
  comment: { method: 'POST', path: (i) => `/api/v1/feed/${i.item}/comments`, as: 'lead' },
  team: { method: 'POST', path: (i) => `/api/v1/customers/${i.customer}/team`, as: 'rep01' },
  discussion: { method: 'POST', path: (i) => `/api/v1/customers/${i.customer}/discussion`, as: 'rep01' },
  webhookCreate: { method: 'POST', path: () => '/api/v1/webhooks', as: 'admin' },
  webhookPatch: { method: 'PATCH', path: (i) => `/api/v1/webhooks/${i.webhook}`, as: 'admin' },
};

async function send(c) {
  const ep = E[c.endpoint] ?? {};
  const method = c.method ?? ep.method;
  const p = c.path ?? ep.path;
  const path = typeof p === 'function' ? p(ctx.ids) : p;
  const api = ctx.api[c.as ?? ep.as ?? 'admin'];
  let r;
  if (c.raw !== undefined) {
    r = await rawRequest(srv.server.port, method, path, { headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` }, body: c.raw });
  } else {
    r = await (method === 'GET' ? api.get(path) : method === 'DELETE' ? api.del(path) : api[method.toLowerCase()](path, typeof c.body === 'function' ? c.body(ctx.ids) : c.body));
  }
  statuses.push({ name: c.name, status: r.status });
  return r;
}

// expect: {status, code, fields} or an array of such alternatives.
function check(r, expect, what) {
  assert.ok(r.status < 500, `${what}: 5xx (${r.text})`);
  const alts = [].concat(expect);
  const fits = (e) => {
    if (r.status !== e.status) return false;
    if (e.code && r.json?.error?.code !== e.code) return false;
    const fields = r.json?.error?.details?.fields ?? [];
    return (e.fields ?? []).every((f) => fields.some((x) => x.field === f.field && (!f.issue || x.issue === f.issue)));
  };
  assert.ok(alts.some(fits), `${what}: expected ${JSON.stringify(alts)}, got ${r.status} ${r.text}`);
  if (r.status >= 400) assert.equal(typeof r.json?.requestId, 'string', `${what}: error envelope has requestId`);
}

const V = (fields) => ({ status: 400, code: 'validation.failed', fields });
const wrongType = (field) => V([{ field, issue: 'wrong_type' }]);
const required = (...fields) => V(fields.map((field) => ({ field, issue: 'required' })));
const invalid = (field) => V([{ field, issue: 'invalid_value' }]);
const tooLong = (field) => V([{ field, issue: 'too_long' }]);
const refused = (field) => V([{ field }]); // any issue, naming the field
const NOT_FOUND = { status: 404, code: 'not_found' };

// ---- Shapes that are wrong for every body endpoint ----
const shapeCases = [];
for (const endpoint of Object.keys(E)) {
  shapeCases.push(
    { name: `${endpoint}: malformed JSON`, endpoint, raw: '{"text": "x",', expect: { status: 400, code: 'validation.malformed_json' } },
    { name: `${endpoint}: not JSON at all`, endpoint, raw: 'text=x', expect: { status: 400, code: 'validation.malformed_json' } },
    { name: `${endpoint}: empty body`, endpoint, raw: '', expect: { status: 400, code: 'validation.malformed_json' } },
    { name: `${endpoint}: trailing garbage`, endpoint, raw: '{} {}', expect: { status: 400, code: 'validation.malformed_json' } },
    { name: `${endpoint}: JSON array`, endpoint, raw: '[{"text":"x"}]', expect: { status: 400, code: 'validation.failed' } },
    { name: `${endpoint}: JSON string`, endpoint, raw: '"hello"', expect: { status: 400, code: 'validation.failed' } },
    { name: `${endpoint}: JSON null`, endpoint, raw: 'null', expect: { status: 400, code: 'validation.failed' } },
    { name: `${endpoint}: JSON number`, endpoint, raw: '42', expect: { status: 400, code: 'validation.failed' } },
  );
}

// ---- Field types, required fields, enum values, references ----
const hook = (extra) => ({ url: 'http://127.0.0.1:9/hook', allowPrivate: true, ...extra });
const fieldCases = [
  // follow-ups
  { name: 'follow-up: number for text', endpoint: 'followUp', body: { text: 5 }, expect: wrongType('text') },
  { name: 'follow-up: overlong text', endpoint: 'followUp', body: { text: 'x'.repeat(20001) }, expect: tooLong('text') },
  { name: 'follow-up: number for type', endpoint: 'followUp', body: { text: 'x', type: 1 }, expect: wrongType('type') },
  { name: 'follow-up: type "fax"', endpoint: 'followUp', body: { text: 'x', type: 'fax' }, expect: invalid('type') },
  { name: 'follow-up: empty type', endpoint: 'followUp', body: { text: 'x', type: '' }, expect: [invalid('type'), required('type')] },
  { name: 'follow-up: contactId "abc"', endpoint: 'followUp', body: { text: 'x', contactId: 'abc' }, expect: invalid('contactId') },
  { name: 'follow-up: object for contactId', endpoint: 'followUp', body: { text: 'x', contactId: {} }, expect: wrongType('contactId') },
  { name: 'follow-up: unknown contactId', endpoint: 'followUp', body: { text: 'x', contactId: '123456789012345' }, expect: refused('contactId') },
  { name: 'follow-up: nextFollowUpAt "soon"', endpoint: 'followUp', body: { text: 'x', nextFollowUpAt: 'soon' }, expect: invalid('nextFollowUpAt') },
  { name: 'follow-up: number for nextFollowUpAt', endpoint: 'followUp', body: { text: 'x', nextFollowUpAt: 1700000000000 }, expect: wrongType('nextFollowUpAt') },
  { name: 'follow-up: nextFollowUpAt without zone', endpoint: 'followUp', body: { text: 'x', nextFollowUpAt: '2030-01-01 10:00' }, expect: invalid('nextFollowUpAt') },
  { name: 'follow-up: string for attachmentIds', endpoint: 'followUp', body: { text: 'x', attachmentIds: 'abc' }, expect: wrongType('attachmentIds') },
  { name: 'follow-up: attachmentIds ["abc"]', endpoint: 'followUp', body: { text: 'x', attachmentIds: ['abc'] }, expect: invalid('attachmentIds') },
  { name: 'follow-up: unknown attachment id', endpoint: 'followUp', body: { text: 'x', attachmentIds: ['123456789012345'] }, expect: [refused('attachmentIds'), NOT_FOUND] },
  { name: 'follow-up: attachments only, but unknown', endpoint: 'followUp', body: { attachmentIds: ['123456789012345'] }, expect: [refused('attachmentIds'), NOT_FOUND] },
  // comments
  { name: 'comment: empty object', endpoint: 'comment', body: {}, expect: required('text') },
  { name: 'comment: empty text', endpoint: 'comment', body: { text: '' }, expect: required('text') },
  { name: 'comment: number for text', endpoint: 'comment', body: { text: 5 }, expect: wrongType('text') },
  { name: 'comment: overlong text', endpoint: 'comment', body: { text: 'x'.repeat(8001) }, expect: tooLong('text') },
  { name: 'comment: string for mentions', endpoint: 'comment', body: { text: 'x', mentions: 'rep02' }, expect: wrongType('mentions') },
  { name: 'comment: mentions ["abc"]', endpoint: 'comment', body: { text: 'x', mentions: ['abc'] }, expect: invalid('mentions') },
  { name: 'comment: mentions of an unknown user', endpoint: 'comment', body: { text: 'x', mentions: ['123456789012345'] }, expect: refused('mentions') },
  { name: 'comment: mentions of a user of tenant other', endpoint: 'comment', body: (i) => ({ text: 'x', mentions: [i.otherUser] }), expect: refused('mentions') },
  // team
  { name: 'team: empty object', endpoint: 'team', body: {}, expect: required('userId') },
  { name: 'team: userId "abc"', endpoint: 'team', body: { userId: 'abc', access: 'read' }, expect: invalid('userId') },
  { name: 'team: array for userId', endpoint: 'team', body: { userId: [], access: 'read' }, expect: wrongType('userId') },
  { name: 'team: access "admin"', endpoint: 'team', body: (i) => ({ userId: i.rep03, access: 'admin' }), expect: invalid('access') },
  { name: 'team: number for access', endpoint: 'team', body: (i) => ({ userId: i.rep03, access: 2 }), expect: wrongType('access') },
  { name: 'team: unknown userId', endpoint: 'team', body: { userId: '123456789012345', access: 'read' }, expect: [refused('userId'), NOT_FOUND] },
  { name: 'team: user of tenant other', endpoint: 'team', body: (i) => ({ userId: i.otherUser, access: 'read' }), expect: [refused('userId'), NOT_FOUND] },
  // discussion
  { name: 'discussion: empty object', endpoint: 'discussion', body: {}, expect: required('text') },
  { name: 'discussion: number for text', endpoint: 'discussion', body: { text: 1 }, expect: wrongType('text') },
  { name: 'discussion: object for mentions', endpoint: 'discussion', body: { text: 'x', mentions: {} }, expect: wrongType('mentions') },
  { name: 'discussion: mentions of an unknown user', endpoint: 'discussion', body: { text: 'x', mentions: ['123456789012345'] }, expect: refused('mentions') },
  // webhooks
  { name: 'webhook POST: empty object', endpoint: 'webhookCreate', body: {}, expect: required('url') },
  { name: 'webhook POST: number for url', endpoint: 'webhookCreate', body: { url: 5, allowPrivate: true }, expect: wrongType('url') },
  { name: 'webhook POST: ftp url', endpoint: 'webhookCreate', body: hook({ url: 'ftp://example.com/x' }), expect: invalid('url') },
  { name: 'webhook POST: javascript: url', endpoint: 'webhookCreate', body: hook({ url: 'javascript:alert(1)' }), expect: invalid('url') },
  { name: 'webhook POST: url without host', endpoint: 'webhookCreate', body: hook({ url: 'http:///x' }), expect: invalid('url') },
  { name: 'webhook POST: overlong url', endpoint: 'webhookCreate', body: hook({ url: `http://127.0.0.1/${'x'.repeat(2001)}` }), expect: tooLong('url') },
  { name: 'webhook POST: string for events', endpoint: 'webhookCreate', body: hook({ events: 'feed.comment' }), expect: wrongType('events') },
  { name: 'webhook POST: events [1]', endpoint: 'webhookCreate', body: hook({ events: [1] }), expect: [wrongType('events'), invalid('events')] },
  { name: 'webhook POST: unknown event "nope"', endpoint: 'webhookCreate', body: hook({ events: ['nope'] }), expect: invalid('events') },
  { name: 'webhook POST: string for enabled', endpoint: 'webhookCreate', body: hook({ enabled: 'yes' }), expect: wrongType('enabled') },
  { name: 'webhook POST: string for allowPrivate', endpoint: 'webhookCreate', body: { url: 'http://127.0.0.1:9/x', allowPrivate: 'true' }, expect: wrongType('allowPrivate') },
  { name: 'webhook PATCH: ftp url', endpoint: 'webhookPatch', body: { url: 'ftp://example.com/x' }, expect: invalid('url') },
  { name: 'webhook PATCH: number for enabled', endpoint: 'webhookPatch', body: { enabled: 1 }, expect: wrongType('enabled') },
  { name: 'webhook PATCH: unknown event', endpoint: 'webhookPatch', body: { events: ['customer.nope'] }, expect: invalid('events') },
  { name: 'webhook PATCH: private url with allowPrivate false', endpoint: 'webhookPatch', body: { allowPrivate: false }, expect: { status: 422, code: 'webhook.private_address' } },
];

// ---- Query parameters ----
const queryCases = [
  ['/api/v1/feed?limit=0', 'limit'], ['/api/v1/feed?limit=201', 'limit'], ['/api/v1/feed?limit=ten', 'limit'],
  ['/api/v1/feed?cursor=%E2%9C%93', 'cursor'], ['/api/v1/feed?userId=abc', 'userId'], ['/api/v1/feed?departmentId=-1', 'departmentId'],
  ['/api/v1/feed?customerId=1.5', 'customerId'], ['/api/v1/feed?type=nope', 'type'], ['/api/v1/feed?sort=name', 'sort'],
  [(i) => `/api/v1/customers/${i.customer}/follow-ups?limit=0`, 'limit'], [(i) => `/api/v1/customers/${i.customer}/follow-ups?cursor=garbage!`, 'cursor'],
  [(i) => `/api/v1/feed/${i.item}/comments?limit=abc`, 'limit'], [(i) => `/api/v1/customers/${i.customer}/discussion?limit=999`, 'limit'],
  [(i) => `/api/v1/webhooks/${i.webhook}/deliveries?limit=0`, 'limit'], [(i) => `/api/v1/webhooks/${i.webhook}/deliveries?cursor=%00`, 'cursor'],
  ['/api/v1/home/todos?forgottenDays=abc', 'forgottenDays'], ['/api/v1/home/todos?forgottenDays=0', 'forgottenDays'],
].map(([path, field]) => ({ name: `GET ${typeof path === 'string' ? path : path({ customer: 'C', item: 'I', webhook: 'W' })}`, method: 'GET', path, as: 'admin', expect: invalid(field) }));

// ---- Path ids that are not ids (or of nothing) → 404 ----
const badIds = ['abc', '0', '-5', '1.5', '99999999999999999999999', '123456789012345'];
const idRoutes = [
  ['GET', '/api/v1/customers/ID/follow-ups'], ['POST', '/api/v1/customers/ID/follow-ups', { text: 'x' }], ['DELETE', '/api/v1/follow-ups/ID'],
  ['GET', '/api/v1/attachments/ID'], ['POST', '/api/v1/feed/ID/like'], ['DELETE', '/api/v1/feed/ID/like'],
  ['GET', '/api/v1/feed/ID/comments'], ['POST', '/api/v1/feed/ID/comments', { text: 'x' }],
  ['GET', '/api/v1/customers/ID/team'], ['POST', '/api/v1/customers/ID/team', (i) => ({ userId: i.rep03, access: 'read' })],
  ['DELETE', '/api/v1/customers/ID/team/ID'], ['GET', '/api/v1/customers/ID/discussion'], ['POST', '/api/v1/customers/ID/discussion', { text: 'x' }],
  ['PATCH', '/api/v1/webhooks/ID', { enabled: false }], ['DELETE', '/api/v1/webhooks/ID'], ['GET', '/api/v1/webhooks/ID/deliveries'],
  ['POST', '/api/v1/webhooks/ID/test'],
];
const pathCases = [];
for (const [method, route, body] of idRoutes) {
  for (const id of badIds) {
    pathCases.push({ name: `${method} ${route.replaceAll('ID', id)}`, method, path: route.replaceAll('ID', encodeURIComponent(id)), body, as: 'admin', expect: NOT_FOUND });
  }
}
// A real customer but a member id that is not on its team / not an id.
pathCases.push({ name: 'DELETE team member that is not on the team', method: 'DELETE', path: (i) => `/api/v1/customers/${i.customer}/team/${i.rep03}`, as: 'admin', expect: NOT_FOUND });
pathCases.push({ name: 'DELETE team member "abc"', method: 'DELETE', path: (i) => `/api/v1/customers/${i.customer}/team/abc`, as: 'admin', expect: NOT_FOUND });

// ---- Tenant other's administrator with demo's ids → 404 everywhere ----
const crossCases = [
  ['GET', (i) => `/api/v1/customers/${i.customer}/follow-ups`], ['POST', (i) => `/api/v1/customers/${i.customer}/follow-ups`, { text: '越权' }],
  ['DELETE', (i) => `/api/v1/follow-ups/${i.followUp}`], ['GET', (i) => `/api/v1/attachments/${i.attachment}`],
  ['POST', (i) => `/api/v1/feed/${i.item}/like`], ['DELETE', (i) => `/api/v1/feed/${i.item}/like`],
  ['GET', (i) => `/api/v1/feed/${i.item}/comments`], ['POST', (i) => `/api/v1/feed/${i.item}/comments`, { text: '越权' }],
  ['GET', (i) => `/api/v1/customers/${i.customer}/team`], ['POST', (i) => `/api/v1/customers/${i.customer}/team`, (i) => ({ userId: i.otherUser, access: 'write' })],
  ['DELETE', (i) => `/api/v1/customers/${i.customer}/team/${i.member}`],
  ['GET', (i) => `/api/v1/customers/${i.customer}/discussion`], ['POST', (i) => `/api/v1/customers/${i.customer}/discussion`, { text: '越权' }],
  ['PATCH', (i) => `/api/v1/webhooks/${i.webhook}`, { enabled: false }], ['GET', (i) => `/api/v1/webhooks/${i.webhook}/deliveries`],
  ['POST', (i) => `/api/v1/webhooks/${i.webhook}/test`], ['DELETE', (i) => `/api/v1/webhooks/${i.webhook}`],
].map(([method, path, body]) => ({ name: `other: ${method} ${path({ customer: 'C', followUp: 'F', attachment: 'A', item: 'I', member: 'M', webhook: 'W' })}`, method, path, body, as: 'other', expect: NOT_FOUND }));

for (const c of shapeCases) test(c.name, async () => check(await send(c), c.expect, c.name));
test('field types, required fields, enum values and references', async (t) => {
  for (const c of fieldCases) await t.test(c.name, async () => check(await send(c), c.expect, c.name));
});
test('query parameters', async (t) => {
  for (const c of queryCases) await t.test(c.name, async () => check(await send(c), c.expect, c.name));
});
test('ids that are not ids, or of nothing → 404 not_found', async (t) => {
  for (const c of pathCases) await t.test(c.name, async () => check(await send(c), c.expect, c.name));
});
test('tenant other\'s administrator with demo\'s ids → 404 not_found on every id-bearing endpoint', async (t) => {
  for (const c of crossCases) await t.test(c.name, async () => check(await send(c), c.expect, c.name));
});

test('hostile input never gives a 5xx', async () => {
  const cases = [
    { name: 'comment with NUL and emoji', endpoint: 'comment', body: { text: 'a\u0000b😀\u202e' } },
    { name: 'comment mentioning the same user 500 times', endpoint: 'comment', body: { text: 'x', mentions: Array(500).fill('123456789012345') } },
    { name: 'follow-up with 500 attachment ids', endpoint: 'followUp', body: { text: 'x', attachmentIds: Array.from({ length: 500 }, (_, k) => String(1000 + k)) } },
    { name: 'follow-up with nested objects', endpoint: 'followUp', body: { text: { a: { b: { c: [] } } } } },
    { name: 'webhook with 1000 events', endpoint: 'webhookCreate', body: hook({ events: Array(1000).fill('feed.comment') }) },
    { name: 'webhook url with CRLF', endpoint: 'webhookCreate', body: hook({ url: 'http://127.0.0.1:9/x\r\nX-Evil: 1' }) },
    { name: 'deeply nested JSON', endpoint: 'comment', raw: '['.repeat(5000) + ']'.repeat(5000) },
  ];
  for (const c of cases) {
    const r = await send(c);
    assert.ok(r.status < 500, `${c.name}: ${r.status} ${r.text.slice(0, 200)}`);
  }
});

test('demo is unchanged by the refused requests', async () => {
  const { rep01, admin } = ctx.api;
  const list = assertOk(await rep01.get(`/api/v1/customers/${ctx.ids.customer}/follow-ups?limit=200`), 200).items;
  assert.ok(list.some((f) => f.id === ctx.ids.followUp), 'the follow-up still exists');
  assert.ok(!list.some((f) => f.text === '越权'), 'nothing written by tenant other');
  assert.equal((await rep01.get(`/api/v1/attachments/${ctx.ids.attachment}`)).status, 200);
  const team = assertOk(await rep01.get(`/api/v1/customers/${ctx.ids.customer}/team`), 200).items;
  assert.deepEqual(team.map((m) => m.userId).filter((u) => u !== team[0].userId), [ctx.ids.member], 'team unchanged');
  const comments = assertOk(await rep01.get(`/api/v1/feed/${ctx.ids.item}/comments`), 200).items;
  assert.equal(comments[0].text, '校验用评论');
  assert.ok(!comments.some((c) => c.text === '越权'), 'no comment by tenant other (the hostile-input one may be there)');
  const discussion = assertOk(await rep01.get(`/api/v1/customers/${ctx.ids.customer}/discussion`), 200).items;
  assert.deepEqual(discussion.map((c) => c.text), ['校验用讨论']);
  const w = assertOk(await admin.get('/api/v1/webhooks'), 200).items.find((x) => x.id === ctx.ids.webhook);
  assert.ok(w, 'webhook still there');
  assert.equal(w.enabled, true);
  assert.equal(w.url, 'http://127.0.0.1:9/hook');
  const deliveries = assertOk(await admin.get(`/api/v1/webhooks/${ctx.ids.webhook}/deliveries`), 200).items;
  assert.deepEqual(deliveries.filter((d) => d.event === 'webhook.test'), [], 'no test event queued by other');
  const item = (await allPages(rep01, `/api/v1/feed?customerId=${ctx.ids.customer}`)).find((x) => x.id === ctx.ids.item);
  assert.equal(item.likeCount, 0);
});

test('no answer was a 5xx', () => {
  assert.ok(statuses.length > 200, `${statuses.length} requests checked`);
  assert.deepEqual(statuses.filter((s) => !(s.status >= 200 && s.status < 500)), [], 'answers outside 2xx-4xx');
});
