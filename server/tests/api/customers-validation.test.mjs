// Bad input on every customer / pool / reclaim / hand-over / notification endpoint: malformed
// JSON, wrong types, missing required fields, unknown enum values, out-of-range values →
// 400 validation.* naming the field in details.fields; never a 5xx, and nothing changes.
import assert from 'node:assert/strict';
import { useServer, test, directory, request } from './lib/harness.mjs';
import { as, createCustomer, pools, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 200, sweepCheck: 0 });
const statuses = [];
const ctx = {};

const E = {
  customerCreate: { method: 'POST', path: () => '/api/v1/customers' },
  customerPatch: { method: 'PATCH', path: (i) => `/api/v1/customers/${i.owned}` },
  checkConflict: { method: 'POST', path: () => '/api/v1/customers/check-conflict' },
  contactCreate: { method: 'POST', path: (i) => `/api/v1/customers/${i.owned}/contacts` },
  contactPatch: { method: 'PATCH', path: (i) => `/api/v1/contacts/${i.contact}` },
  claim: { method: 'POST', path: (i) => `/api/v1/customers/${i.pooled}/claim`, as: 'rep' },
  assign: { method: 'POST', path: (i) => `/api/v1/customers/${i.pooled}/assign` },
  release: { method: 'POST', path: (i) => `/api/v1/customers/${i.owned}/release` },
  transfer: { method: 'POST', path: (i) => `/api/v1/customers/${i.owned}/transfer` },
  lock: { method: 'POST', path: (i) => `/api/v1/customers/${i.owned}/lock` },
  unlock: { method: 'POST', path: (i) => `/api/v1/customers/${i.owned}/unlock` },
  poolCreate: { method: 'POST', path: () => '/api/v1/pools' },
  poolPatch: { method: 'PATCH', path: (i) => `/api/v1/pools/${i.pool}` },
  rulesPut: { method: 'PUT', path: (i) => `/api/v1/pools/${i.pool}/rules` },
  reclaimRun: { method: 'POST', path: () => '/api/v1/reclaim/run' },
  handover: { method: 'POST', path: (i) => `/api/v1/users/${i.leaver}/handover` },
};

async function send(c) {
  const ep = E[c.endpoint] ?? c;
  const method = c.method ?? ep.method;
  const path = typeof (c.path ?? ep.path) === 'function' ? (c.path ?? ep.path)(ctx.ids) : c.path;
  const token = ctx.tokens[c.as ?? ep.as ?? 'admin'];
  const body = typeof c.body === 'function' ? c.body(ctx.ids) : c.body;
  const r = await request(srv.baseUrl, method, path, { token, body, rawBody: c.raw });
  statuses.push({ name: c.name, status: r.status });
  return r;
}

const fieldMatches = (got, want) => got === want || got.startsWith(`${want}.`) || got.startsWith(`${want}[`) || got.endsWith(`.${want}`);

function check(r, expect, what) {
  assert.ok(r.status < 500, `${what}: 5xx (${r.text})`);
  assert.equal(r.status, expect.status, `${what}: status (body: ${r.text})`);
  if (expect.code) assert.equal(r.json?.error?.code, expect.code, `${what}: error code (body: ${r.text})`);
  for (const f of expect.fields ?? []) {
    const fields = r.json?.error?.details?.fields ?? [];
    const hit = fields.some((x) => fieldMatches(String(x.field), f.field) && (!f.issue || x.issue === f.issue));
    assert.ok(hit, `${what}: details.fields should contain ${JSON.stringify(f)}, got ${JSON.stringify(fields)}`);
  }
}

const V = (fields) => ({ status: 400, code: 'validation.failed', fields });
const wrongType = (field) => V([{ field, issue: 'wrong_type' }]);
const required = (...fields) => V(fields.map((field) => ({ field, issue: 'required' })));
const invalid = (field) => V([{ field, issue: 'invalid_value' }]);
const named = (field) => V([{ field }]);

test('setup', async () => {
  const admin = await as(srv.baseUrl, 'admin');
  const rep = await as(srv.baseUrl, 'rep01');
  const dir = await directory(admin);
  const hb = (await pools(admin)).byName('华北公海');
  const owned = await createCustomer(admin, { name: `校验客户${unique()}有限公司`, contacts: [{ name: '校验联系人' }] });
  const pooled = await createCustomer(admin, { name: `校验公海${unique()}有限公司`, poolId: hb.id });
  const pool = await admin.post('/api/v1/pools', { name: `校验池${unique()}`, members: [{ type: 'department', id: dir.dep('华北大区').id }] });
  assert.equal(pool.status, 201, pool.text);
  ctx.tokens = { admin: admin.token, rep: rep.token };
  ctx.ids = { owned: owned.id, contact: owned.contacts[0].id, pooled: pooled.id, pool: pool.json.id, hbPool: hb.id,
    leaver: dir.user('rep05').id, member: dir.user('rep02').id, dep: dir.dep('华北大区').id };
  ctx.admin = admin;
  ctx.owned = owned;
  ctx.poolRules = pool.json.rules;
});

const shapeCases = [];
for (const endpoint of Object.keys(E)) {
  shapeCases.push(
    { name: `${endpoint}: malformed JSON`, endpoint, raw: '{"name": "x",', expect: { status: 400, code: 'validation.malformed_json' } },
    { name: `${endpoint}: JSON array`, endpoint, raw: '[]', expect: { status: 400, code: 'validation.failed' } },
    { name: `${endpoint}: JSON string`, endpoint, raw: '"x"', expect: { status: 400, code: 'validation.failed' } },
  );
}

const fieldCases = () => [
  // POST /customers
  { name: 'customers POST: empty object', endpoint: 'customerCreate', body: {}, expect: required('name') },
  { name: 'customers POST: blank name', endpoint: 'customerCreate', body: { name: '   ' }, expect: required('name') },
  { name: 'customers POST: name as number', endpoint: 'customerCreate', body: { name: 12345 }, expect: wrongType('name') },
  { name: 'customers POST: tags as string', endpoint: 'customerCreate', body: { name: `甲${unique()}`, tags: 'vip' }, expect: wrongType('tags') },
  { name: 'customers POST: tags with a number', endpoint: 'customerCreate', body: { name: `甲${unique()}`, tags: ['vip', 3] }, expect: wrongType('tags') },
  { name: 'customers POST: lat as string', endpoint: 'customerCreate', body: { name: `甲${unique()}`, lat: '39.9', lng: 116.4 }, expect: wrongType('lat') },
  { name: 'customers POST: lat 91', endpoint: 'customerCreate', body: { name: `甲${unique()}`, lat: 91, lng: 116.4 }, expect: invalid('lat') },
  { name: 'customers POST: lng -181', endpoint: 'customerCreate', body: { name: `甲${unique()}`, lat: 39.9, lng: -181 }, expect: invalid('lng') },
  { name: 'customers POST: level "Z"', endpoint: 'customerCreate', body: { name: `甲${unique()}`, level: 'Z' }, expect: invalid('level') },
  { name: 'customers POST: level as number', endpoint: 'customerCreate', body: { name: `甲${unique()}`, level: 1 }, expect: wrongType('level') },
  { name: 'customers POST: status "won"', endpoint: 'customerCreate', body: { name: `甲${unique()}`, status: 'won' }, expect: invalid('status') },
  { name: 'customers POST: ownerId as object', endpoint: 'customerCreate', body: { name: `甲${unique()}`, ownerId: { id: 1 } }, expect: wrongType('ownerId') },
  { name: 'customers POST: poolId as boolean', endpoint: 'customerCreate', body: { name: `甲${unique()}`, poolId: true }, expect: wrongType('poolId') },
  { name: 'customers POST: unknown poolId', endpoint: 'customerCreate', body: { name: `甲${unique()}`, poolId: '999999999' }, expect: invalid('poolId') },
  { name: 'customers POST: unknown ownerId', endpoint: 'customerCreate', body: { name: `甲${unique()}`, ownerId: '999999999' }, expect: invalid('ownerId') },
  { name: 'customers POST: customFields as array', endpoint: 'customerCreate', body: { name: `甲${unique()}`, customFields: [] }, expect: wrongType('customFields') },
  { name: 'customers POST: contacts as string', endpoint: 'customerCreate', body: { name: `甲${unique()}`, contacts: '张三' }, expect: wrongType('contacts') },
  { name: 'customers POST: contact without name', endpoint: 'customerCreate', body: { name: `甲${unique()}`, contacts: [{ mobile: '13800000000' }] }, expect: named('contacts') },
  { name: 'customers POST: phone as number', endpoint: 'customerCreate', body: { name: `甲${unique()}`, phone: 13800000000 }, expect: wrongType('phone') },
  { name: 'customers POST: 1000-character name', endpoint: 'customerCreate', body: { name: '名'.repeat(1000) }, expect: V([{ field: 'name', issue: 'too_long' }]) },
  // PATCH /customers/{id}
  { name: 'customers PATCH: name as number', endpoint: 'customerPatch', body: { name: 1 }, expect: wrongType('name') },
  { name: 'customers PATCH: name null (not nullable)', endpoint: 'customerPatch', body: { name: null }, expect: named('name') },
  { name: 'customers PATCH: level "Z"', endpoint: 'customerPatch', body: { level: 'Z' }, expect: invalid('level') },
  { name: 'customers PATCH: status "won"', endpoint: 'customerPatch', body: { status: 'won' }, expect: invalid('status') },
  { name: 'customers PATCH: lat 91', endpoint: 'customerPatch', body: { lat: 91 }, expect: invalid('lat') },
  { name: 'customers PATCH: lat as string', endpoint: 'customerPatch', body: { lat: 'north' }, expect: wrongType('lat') },
  { name: 'customers PATCH: tags as string', endpoint: 'customerPatch', body: { tags: 'a,b' }, expect: wrongType('tags') },
  // check-conflict
  { name: 'check-conflict: name as number', endpoint: 'checkConflict', body: { name: 5 }, expect: wrongType('name') },
  { name: 'check-conflict: phone as array', endpoint: 'checkConflict', body: { phone: ['138'] }, expect: wrongType('phone') },
  { name: 'check-conflict: excludeId as object', endpoint: 'checkConflict', body: { name: 'x', excludeId: {} }, expect: wrongType('excludeId') },
  // contacts
  { name: 'contacts POST: empty object', endpoint: 'contactCreate', body: {}, expect: required('name') },
  { name: 'contacts POST: mobile as number', endpoint: 'contactCreate', body: { name: '李四', mobile: 13800000000 }, expect: wrongType('mobile') },
  { name: 'contacts POST: birthday not a date', endpoint: 'contactCreate', body: { name: '李四', birthday: '1990-13-45' }, expect: invalid('birthday') },
  { name: 'contacts POST: isPrimary as string', endpoint: 'contactCreate', body: { name: '李四', isPrimary: 'yes' }, expect: wrongType('isPrimary') },
  { name: 'contacts PATCH: name as number', endpoint: 'contactPatch', body: { name: 7 }, expect: wrongType('name') },
  { name: 'contacts PATCH: blank name', endpoint: 'contactPatch', body: { name: '' }, expect: required('name') },
  { name: 'contacts PATCH: birthday as number', endpoint: 'contactPatch', body: { birthday: 19900101 }, expect: wrongType('birthday') },
  // assign / transfer / release
  { name: 'assign: empty object', endpoint: 'assign', body: {}, expect: required('userId') },
  { name: 'assign: userId as object', endpoint: 'assign', body: { userId: { id: '1' } }, expect: wrongType('userId') },
  { name: 'assign: userId as number', endpoint: 'assign', body: { userId: 12 }, expect: named('userId') },
  { name: 'transfer: empty object', endpoint: 'transfer', body: {}, expect: required('userId') },
  { name: 'transfer: userId as object', endpoint: 'transfer', body: { userId: {} }, expect: wrongType('userId') },
  { name: 'transfer: keepPreviousOwnerInTeam as string', endpoint: 'transfer', body: (i) => ({ userId: i.member, keepPreviousOwnerInTeam: 'yes' }), expect: wrongType('keepPreviousOwnerInTeam') },
  { name: 'release: empty object', endpoint: 'release', body: {}, expect: required('reason') },
  { name: 'release: reason as number', endpoint: 'release', body: { reason: 3 }, expect: wrongType('reason') },
  { name: 'release: poolId as object', endpoint: 'release', body: { reason: '测试', poolId: {} }, expect: wrongType('poolId') },
  // pools
  { name: 'pools POST: empty object', endpoint: 'poolCreate', body: {}, expect: required('name') },
  { name: 'pools POST: name as number', endpoint: 'poolCreate', body: { name: 9 }, expect: wrongType('name') },
  { name: 'pools POST: members as string', endpoint: 'poolCreate', body: { name: `池${unique()}`, members: 'all' }, expect: wrongType('members') },
  { name: 'pools POST: member type "team"', endpoint: 'poolCreate', body: (i) => ({ name: `池${unique()}`, members: [{ type: 'team', id: i.dep }] }), expect: invalid('members') },
  { name: 'pools POST: admins as string', endpoint: 'poolCreate', body: { name: `池${unique()}`, admins: 'huabei' }, expect: wrongType('admins') },
  { name: 'pools POST: rules.sweepHour 24', endpoint: 'poolCreate', body: { name: `池${unique()}`, rules: { sweepHour: 24 } }, expect: invalid('sweepHour') },
  { name: 'pools PATCH: name as number', endpoint: 'poolPatch', body: { name: 1 }, expect: wrongType('name') },
  { name: 'pools PATCH: sortOrder as string', endpoint: 'poolPatch', body: { sortOrder: 'first' }, expect: wrongType('sortOrder') },
  { name: 'pools PATCH: member type "galaxy" (dataScope-like)', endpoint: 'poolPatch', body: (i) => ({ members: [{ type: 'galaxy', id: i.dep }] }), expect: invalid('members') },
  // rules
  { name: 'rules PUT: empty object', endpoint: 'rulesPut', body: {}, expect: required('rules') },
  { name: 'rules PUT: rules as string', endpoint: 'rulesPut', body: { rules: 'strict' }, expect: wrongType('rules') },
  { name: 'rules PUT: sweepHour 24', endpoint: 'rulesPut', body: { rules: { sweepHour: 24 } }, expect: invalid('sweepHour') },
  { name: 'rules PUT: sweepHour -1', endpoint: 'rulesPut', body: { rules: { sweepHour: -1 } }, expect: invalid('sweepHour') },
  { name: 'rules PUT: holdingLimit 0', endpoint: 'rulesPut', body: { rules: { holdingLimit: 0 } }, expect: invalid('holdingLimit') },
  { name: 'rules PUT: dailyClaimLimit as string', endpoint: 'rulesPut', body: { rules: { dailyClaimLimit: '5' } }, expect: wrongType('dailyClaimLimit') },
  { name: 'rules PUT: noFollowUp.days 0', endpoint: 'rulesPut', body: { rules: { noFollowUp: { enabled: true, days: 0 } } }, expect: invalid('days') },
  { name: 'rules PUT: noFollowUp.enabled as string', endpoint: 'rulesPut', body: { rules: { noFollowUp: { enabled: 'yes', days: 5 } } }, expect: wrongType('enabled') },
  { name: 'rules PUT: daysByLevel for level "Z"', endpoint: 'rulesPut', body: { rules: { noFollowUp: { enabled: true, days: 15, daysByLevel: { Z: 3 } } } }, expect: invalid('daysByLevel') },
  { name: 'rules PUT: unknown reclaimToPoolId', endpoint: 'rulesPut', body: { rules: { reclaimToPoolId: '999999999' } }, expect: invalid('reclaimToPoolId') },
  { name: 'rules PUT: effectiveAt not an instant', endpoint: 'rulesPut', body: { rules: { holdingLimit: 10 }, effectiveAt: 'soon' }, expect: invalid('effectiveAt') },
  { name: 'rules PUT: holdingLimitOverrides as object', endpoint: 'rulesPut', body: { rules: { holdingLimitOverrides: {} } }, expect: wrongType('holdingLimitOverrides') },
  // reclaim
  { name: 'reclaim/run: at as number', endpoint: 'reclaimRun', body: { at: 1234567890 }, expect: wrongType('at') },
  { name: 'reclaim/run: at not an instant', endpoint: 'reclaimRun', body: { at: '2026-13-40T99:00:00Z' }, expect: invalid('at') },
  // hand-over
  { name: 'handover: empty object', endpoint: 'handover', body: {}, expect: required('mode') },
  { name: 'handover: mode "x"', endpoint: 'handover', body: { mode: 'x' }, expect: invalid('mode') },
  { name: 'handover: mode as number', endpoint: 'handover', body: { mode: 1 }, expect: wrongType('mode') },
  { name: 'handover: mode user without toUserId', endpoint: 'handover', body: { mode: 'user' }, expect: required('toUserId') },
  { name: 'handover: toUserId as object', endpoint: 'handover', body: { mode: 'user', toUserId: {} }, expect: wrongType('toUserId') },
  { name: 'handover: toUserIds as string', endpoint: 'handover', body: { mode: 'round_robin', toUserIds: 'rep01' }, expect: wrongType('toUserIds') },
  { name: 'handover: round_robin with no users', endpoint: 'handover', body: { mode: 'round_robin', toUserIds: [] }, expect: named('toUserIds') },
  { name: 'handover: poolId as boolean', endpoint: 'handover', body: { mode: 'pool', poolId: true }, expect: wrongType('poolId') },
];

const queryCases = [
  ['customers', 'sort=nope', 'sort'], ['customers', 'sort=-password', 'sort'], ['customers', 'limit=0', 'limit'],
  ['customers', 'limit=201', 'limit'], ['customers', 'limit=ten', 'limit'], ['customers', 'level=Z', 'level'],
  ['customers', 'status=won', 'status'], ['customers', 'locked=maybe', 'locked'], ['customers', 'inPool=perhaps', 'inPool'],
  ['customers', 'mine=perhaps', 'mine'], ['customers', 'lastFollowUpFrom=yesterday', 'lastFollowUpFrom'],
  ['customers', 'cursor=%E2%9C%93', 'cursor'], ['customers', `q=${'x'.repeat(101)}`, 'q', 'too_long'],
  ['reclaim/preview', 'at=tomorrow', 'at'], ['notifications', 'limit=0', 'limit'], ['notifications', 'unread=perhaps', 'unread'],
].map(([base, query, field, issue = 'invalid_value']) => ({
  name: `GET /${base}?${query.slice(0, 40)}`, method: 'GET', path: `/api/v1/${base}?${query}`,
  expect: V([{ field, issue }]),
}));

const badIds = ['abc', '0', '-5', '1.5', '99999999999999999999999'];
const pathCases = [];
for (const [method, route, body] of [
  ['GET', '/api/v1/customers/ID'], ['PATCH', '/api/v1/customers/ID', { name: 'x' }], ['DELETE', '/api/v1/customers/ID'],
  ['POST', '/api/v1/customers/ID/claim', {}], ['GET', '/api/v1/customers/ID/owner-history'], ['PATCH', '/api/v1/contacts/ID', { name: 'x' }],
  ['GET', '/api/v1/pools/ID'], ['PUT', '/api/v1/pools/ID/rules', { rules: {} }], ['GET', '/api/v1/users/ID/handover'],
  ['POST', '/api/v1/notifications/ID/read'],
]) {
  for (const id of badIds) {
    pathCases.push({ name: `${method} ${route.replace('ID', id)}`, method, path: route.replace('ID', encodeURIComponent(id)), body,
      expect: { status: 404, code: 'not_found' } });
  }
}

for (const c of shapeCases) test(c.name, async () => check(await send(c), c.expect, c.name));
test('field types, required fields, enum values and ranges', async (t) => {
  for (const c of fieldCases()) await t.test(c.name, async () => check(await send(c), c.expect, c.name));
});
test('query parameters', async (t) => {
  for (const c of queryCases) await t.test(c.name, async () => check(await send(c), c.expect, c.name));
});
test('ids that are not ids → 404 not_found', async (t) => {
  for (const c of pathCases) await t.test(c.name, async () => check(await send(c), c.expect, c.name));
});

test('nothing was created or changed by the refused requests', async () => {
  const admin = ctx.admin;
  const owned = (await admin.get(`/api/v1/customers/${ctx.ids.owned}`)).json;
  assert.equal(owned.name, ctx.owned.name);
  assert.equal(owned.ownerId, ctx.owned.ownerId, 'not released, transferred');
  assert.equal(owned.locked, false);
  assert.equal(owned.level, ctx.owned.level);
  assert.deepEqual(owned.tags, ctx.owned.tags);
  assert.equal(owned.contacts.length, 1);
  const pooled = (await admin.get(`/api/v1/customers/${ctx.ids.pooled}`)).json;
  assert.equal(pooled.poolId, ctx.ids.hbPool, 'still in the pool: not claimed or assigned');
  const rules = (await admin.get(`/api/v1/pools/${ctx.ids.pool}`)).json.rules;
  for (const k of ['sweepHour', 'dailyClaimLimit', 'reclaimToPoolId', 'holdingLimitOverrides', 'noFollowUp']) {
    assert.deepEqual(rules[k], ctx.poolRules[k], `rules.${k} unchanged`);
  }
  const leaverItems = (await admin.get(`/api/v1/users/${ctx.ids.leaver}/handover`)).json;
  assert.ok(leaverItems.customers >= 0);
});

test('no answer was a 5xx', () => {
  assert.ok(statuses.length > 150, `${statuses.length} requests checked`);
  const bad = statuses.filter((s) => !(s.status >= 200 && s.status < 500));
  assert.deepEqual(bad, [], 'answers outside 2xx-4xx');
});
