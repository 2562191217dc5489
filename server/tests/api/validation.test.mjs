// Bad input on every endpoint that takes a body or a query: malformed JSON, wrong shapes and
// types, missing fields, unknown enum values, oversized bodies, bad path ids. No answer is
// ever a 5xx.
import assert from 'node:assert/strict';
import { useServer, test, client, login, directory, rawRequest, request, PASSWORD } from './lib/harness.mjs';

const srv = useServer({ customers: 0 });
const statuses = []; // every status seen, for the final "no 5xx" check
const ctx = {}; // tokens and ids, filled by setup

// ---- Endpoints ----
// as: 'admin' | 'self' (a rep changing their own password) | 'anon' | 'fresh' (a new admin session per request)
const E = {
  login: { method: 'POST', path: () => '/api/v1/auth/login', as: 'anon' },
  logout: { method: 'POST', path: () => '/api/v1/auth/logout', as: 'fresh' },
  mePassword: { method: 'POST', path: () => '/api/v1/me/password', as: 'self' },
  depCreate: { method: 'POST', path: () => '/api/v1/departments', as: 'admin' },
  depPatch: { method: 'PATCH', path: (i) => `/api/v1/departments/${i.dep}`, as: 'admin' },
  userCreate: { method: 'POST', path: () => '/api/v1/users', as: 'admin' },
  userPatch: { method: 'PATCH', path: (i) => `/api/v1/users/${i.user}`, as: 'admin' },
  resetPassword: { method: 'POST', path: (i) => `/api/v1/users/${i.user}/reset-password`, as: 'admin' },
  roleCreate: { method: 'POST', path: () => '/api/v1/roles', as: 'admin' },
  rolePatch: { method: 'PATCH', path: (i) => `/api/v1/roles/${i.role}`, as: 'admin' },
};
const BODY_ENDPOINTS = Object.keys(E).filter((k) => k !== 'logout');

async function tokenFor(as) {
  if (as === 'anon') return null;
  if (as === 'fresh') return login(srv.baseUrl, 'demo', 'admin');
  return ctx.tokens[as];
}

async function send(c) {
  const ep = E[c.endpoint] ?? c;
  const method = c.method ?? ep.method;
  const path = typeof (c.path ?? ep.path) === 'function' ? (c.path ?? ep.path)(ctx.ids) : (c.path ?? ep.path);
  const token = await tokenFor(c.as ?? ep.as ?? 'admin');
  const headers = { ...(c.headers ?? {}) };
  if (token) headers.authorization = `Bearer ${token}`;
  let r;
  if (c.raw !== undefined) {
    // Hand-written request on its own connection: exact bytes, and the answer is read even if
    // the server closes before reading the whole body (413).
    r = await rawRequest(new URL(srv.baseUrl).port, method, path, { headers: { 'content-type': 'application/json', ...headers }, body: c.raw, careful: c.careful });
  } else {
    r = await request(srv.baseUrl, method, path, { headers, body: c.body });
  }
  statuses.push({ name: c.name, status: r.status });
  return r;
}

function check(r, expect, what) {
  if (Array.isArray(expect.status)) assert.ok(expect.status.includes(r.status), `${what}: status ${r.status} not in ${expect.status} (${r.text})`);
  else assert.equal(r.status, expect.status, `${what}: status (body: ${r.text})`);
  assert.ok(r.status < 500, `${what}: 5xx`);
  if (expect.code) assert.equal(r.json?.error?.code, expect.code, `${what}: error code (body: ${r.text})`);
  for (const f of expect.fields ?? []) {
    const fields = r.json?.error?.details?.fields ?? [];
    const hit = fields.some((x) => x.field === f.field && (!f.issue || x.issue === f.issue));
    assert.ok(hit, `${what}: details.fields should contain ${JSON.stringify(f)}, got ${JSON.stringify(fields)}`);
  }
  if (r.status >= 400) assert.equal(typeof r.json?.requestId, 'string', `${what}: error envelope has requestId`);
}

const V = (fields) => ({ status: 400, code: 'validation.failed', fields });
const wrongType = (field) => V([{ field, issue: 'wrong_type' }]);
const required = (...fields) => V(fields.map((field) => ({ field, issue: 'required' })));
const invalid = (field) => V([{ field, issue: 'invalid_value' }]);
const tooLong = (field) => V([{ field, issue: 'too_long' }]);

// A valid user body, so that one bad field is the only problem.
const goodUser = () => ({ username: `u${Math.random().toString(36).slice(2, 10)}`, name: '合法用户', password: 'valid-pass-1',
  departmentId: ctx.ids.dep, roleIds: [ctx.ids.repRole] });

test('setup', async () => {
  const adminToken = await login(srv.baseUrl, 'demo', 'admin');
  const d = await directory(client(srv.baseUrl, adminToken));
  const api = client(srv.baseUrl, adminToken);
  const role = await api.post('/api/v1/roles', { name: '校验用角色', dataScope: 'self', permissions: [] });
  const dep = await api.post('/api/v1/departments', { name: '校验用部门', parentId: d.dep('华东大区').id });
  ctx.tokens = { admin: adminToken, self: await login(srv.baseUrl, 'demo', 'rep09') };
  ctx.ids = { dep: dep.json.id, user: d.user('rep10').id, role: role.json.id, repRole: d.role('rep').id, rootDep: d.dep('总经办').id };
  ctx.api = api;
});

// ---- Shapes that are wrong for every body endpoint ----
const BIG = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }); // 2 MiB, above the 1 MiB default limit
const shapeCases = [];
for (const endpoint of BODY_ENDPOINTS) {
  shapeCases.push(
    { name: `${endpoint}: malformed JSON`, endpoint, raw: '{"name": "x",', expect: { status: 400, code: 'validation.malformed_json' } },
    { name: `${endpoint}: not JSON at all`, endpoint, raw: 'name=x&password=y', expect: { status: 400, code: 'validation.malformed_json' } },
    { name: `${endpoint}: empty body`, endpoint, raw: '', expect: { status: 400, code: 'validation.malformed_json' } },
    { name: `${endpoint}: trailing garbage`, endpoint, raw: '{} {}', expect: { status: 400, code: 'validation.malformed_json' } },
    { name: `${endpoint}: JSON array instead of object`, endpoint, raw: '[]', expect: { status: 400, code: 'validation.failed' } },
    { name: `${endpoint}: JSON array of an object`, endpoint, raw: '[{"name":"x"}]', expect: { status: 400, code: 'validation.failed' } },
    { name: `${endpoint}: JSON string`, endpoint, raw: '"hello"', expect: { status: 400, code: 'validation.failed' } },
    { name: `${endpoint}: JSON null`, endpoint, raw: 'null', expect: { status: 400, code: 'validation.failed' } },
    { name: `${endpoint}: JSON number`, endpoint, raw: '42', expect: { status: 400, code: 'validation.failed' } },
    { name: `${endpoint}: 2 MiB body`, endpoint, raw: BIG, careful: true, expect: { status: 413, code: 'request.too_large' } },
  );
}
shapeCases.push(
  { name: 'logout: 2 MiB body', endpoint: 'logout', raw: BIG, careful: true, expect: { status: 413, code: 'request.too_large' } },
  // Logout takes no body: whatever is sent, the answer is a 204 or a 400, never a 5xx.
  { name: 'logout: malformed JSON body', endpoint: 'logout', raw: '{"x":', expect: { status: [204, 400] } },
  { name: 'logout: array body', endpoint: 'logout', raw: '[]', expect: { status: [204, 400] } },
  { name: 'login: 2 MiB body without Content-Length (chunked)', endpoint: 'login', chunked: true, expect: { status: 413, code: 'request.too_large' } },
);

// ---- Field types, required fields, enum values, per endpoint ----
const fieldCases = () => [
  // login
  { name: 'login: number for tenant', endpoint: 'login', body: { tenant: 1, username: 'admin', password: 'x' }, expect: wrongType('tenant') },
  { name: 'login: array for username', endpoint: 'login', body: { tenant: 'demo', username: ['admin'], password: 'x' }, expect: wrongType('username') },
  { name: 'login: boolean for password', endpoint: 'login', body: { tenant: 'demo', username: 'admin', password: true }, expect: wrongType('password') },
  { name: 'login: empty object', endpoint: 'login', body: {}, expect: required('tenant', 'username', 'password') },
  { name: 'login: missing password', endpoint: 'login', body: { tenant: 'demo', username: 'admin' }, expect: required('password') },
  { name: 'login: null tenant', endpoint: 'login', body: { tenant: null, username: 'admin', password: 'x' }, expect: required('tenant') },
  { name: 'login: overlong tenant', endpoint: 'login', body: { tenant: 't'.repeat(65), username: 'admin', password: 'x' }, expect: tooLong('tenant') },
  // me/password
  { name: 'me/password: number for currentPassword', endpoint: 'mePassword', body: { currentPassword: 123, newPassword: 'abcdefghij' }, expect: wrongType('currentPassword') },
  { name: 'me/password: number for newPassword', endpoint: 'mePassword', body: { currentPassword: PASSWORD, newPassword: 12345678 }, expect: wrongType('newPassword') },
  { name: 'me/password: empty object', endpoint: 'mePassword', body: {}, expect: required('currentPassword', 'newPassword') },
  { name: 'me/password: too short', endpoint: 'mePassword', body: { currentPassword: PASSWORD, newPassword: 'short' }, expect: V([{ field: 'newPassword', issue: 'too_short' }]) },
  // departments POST
  { name: 'departments POST: number for name', endpoint: 'depCreate', body: { name: 123 }, expect: wrongType('name') },
  { name: 'departments POST: object for parentId', endpoint: 'depCreate', body: { name: 'x', parentId: {} }, expect: wrongType('parentId') },
  { name: 'departments POST: string for sortOrder', endpoint: 'depCreate', body: { name: 'x', sortOrder: 'first' }, expect: wrongType('sortOrder') },
  { name: 'departments POST: fraction for sortOrder', endpoint: 'depCreate', body: { name: 'x', sortOrder: 1.5 }, expect: wrongType('sortOrder') },
  { name: 'departments POST: empty object', endpoint: 'depCreate', body: {}, expect: required('name') },
  { name: 'departments POST: blank name', endpoint: 'depCreate', body: { name: '   ' }, expect: required('name') },
  { name: 'departments POST: 51-character name', endpoint: 'depCreate', body: { name: '部'.repeat(51) }, expect: tooLong('name') },
  { name: 'departments POST: non-numeric parentId', endpoint: 'depCreate', body: { name: 'x', parentId: 'abc' }, expect: invalid('parentId') },
  // departments PATCH
  { name: 'departments PATCH: number for name', endpoint: 'depPatch', body: { name: 123 }, expect: wrongType('name') },
  { name: 'departments PATCH: string for sortOrder', endpoint: 'depPatch', body: { sortOrder: '1' }, expect: wrongType('sortOrder') },
  { name: 'departments PATCH: boolean for parentId', endpoint: 'depPatch', body: { parentId: true }, expect: wrongType('parentId') },
  { name: 'departments PATCH: empty name', endpoint: 'depPatch', body: { name: '' }, expect: required('name') },
  // users POST
  { name: 'users POST: number for name', endpoint: 'userCreate', body: { ...goodUser(), name: 123 }, expect: wrongType('name') },
  { name: 'users POST: string for isExecutive', endpoint: 'userCreate', body: { ...goodUser(), isExecutive: 'yes' }, expect: wrongType('isExecutive') },
  { name: 'users POST: number for isDepartmentHead', endpoint: 'userCreate', body: { ...goodUser(), isDepartmentHead: 1 }, expect: wrongType('isDepartmentHead') },
  { name: 'users POST: object for roleIds', endpoint: 'userCreate', body: { ...goodUser(), roleIds: {} }, expect: wrongType('roleIds') },
  { name: 'users POST: string for roleIds', endpoint: 'userCreate', body: { ...goodUser(), roleIds: ctx.ids.repRole }, expect: wrongType('roleIds') },
  { name: 'users POST: boolean for departmentId', endpoint: 'userCreate', body: { ...goodUser(), departmentId: true }, expect: wrongType('departmentId') },
  { name: 'users POST: number for mobile', endpoint: 'userCreate', body: { ...goodUser(), mobile: 13800000099 }, expect: wrongType('mobile') },
  { name: 'users POST: boolean for email', endpoint: 'userCreate', body: { ...goodUser(), email: false }, expect: wrongType('email') },
  { name: 'users POST: empty object', endpoint: 'userCreate', body: {}, expect: required('username', 'name', 'password', 'departmentId') },
  { name: 'users POST: status "fired"', endpoint: 'userCreate', body: { ...goodUser(), status: 'fired' }, expect: invalid('status') },
  { name: 'users POST: bad username', endpoint: 'userCreate', body: { ...goodUser(), username: 'bad name!' }, expect: invalid('username') },
  { name: 'users POST: bad mobile', endpoint: 'userCreate', body: { ...goodUser(), mobile: 'call me' }, expect: invalid('mobile') },
  { name: 'users POST: bad email', endpoint: 'userCreate', body: { ...goodUser(), email: 'nope' }, expect: invalid('email') },
  { name: 'users POST: unknown departmentId', endpoint: 'userCreate', body: { ...goodUser(), departmentId: '999999999' }, expect: invalid('departmentId') },
  { name: 'users POST: unknown roleId', endpoint: 'userCreate', body: { ...goodUser(), roleIds: ['999999999'] }, expect: invalid('roleIds') },
  { name: 'users POST: short password', endpoint: 'userCreate', body: { ...goodUser(), password: 'short' }, expect: V([{ field: 'password', issue: 'too_short' }]) },
  // users PATCH
  { name: 'users PATCH: number for name', endpoint: 'userPatch', body: { name: 123 }, expect: wrongType('name') },
  { name: 'users PATCH: string for isExecutive', endpoint: 'userPatch', body: { isExecutive: 'yes' }, expect: wrongType('isExecutive') },
  { name: 'users PATCH: object for roleIds', endpoint: 'userPatch', body: { roleIds: {} }, expect: wrongType('roleIds') },
  { name: 'users PATCH: number for status', endpoint: 'userPatch', body: { status: 1 }, expect: wrongType('status') },
  { name: 'users PATCH: status "fired"', endpoint: 'userPatch', body: { status: 'fired' }, expect: invalid('status') },
  { name: 'users PATCH: blank name', endpoint: 'userPatch', body: { name: '  ' }, expect: required('name') },
  { name: 'users PATCH: username cannot change', endpoint: 'userPatch', body: { username: 'renamed' }, expect: { status: 400, code: 'validation.failed' } },
  // reset-password
  { name: 'reset-password: number for password', endpoint: 'resetPassword', body: { password: 12345678 }, expect: wrongType('password') },
  { name: 'reset-password: empty object', endpoint: 'resetPassword', body: {}, expect: required('password') },
  // roles POST
  { name: 'roles POST: number for name', endpoint: 'roleCreate', body: { name: 1, dataScope: 'all' }, expect: wrongType('name') },
  { name: 'roles POST: number for dataScope', endpoint: 'roleCreate', body: { name: 'x', dataScope: 3 }, expect: wrongType('dataScope') },
  { name: 'roles POST: string for permissions', endpoint: 'roleCreate', body: { name: 'x', dataScope: 'all', permissions: 'customer.view' }, expect: wrongType('permissions') },
  { name: 'roles POST: numbers in permissions', endpoint: 'roleCreate', body: { name: 'x', dataScope: 'all', permissions: [1] }, expect: wrongType('permissions') },
  { name: 'roles POST: number for description', endpoint: 'roleCreate', body: { name: 'x', dataScope: 'all', description: 5 }, expect: wrongType('description') },
  { name: 'roles POST: empty object', endpoint: 'roleCreate', body: {}, expect: required('name', 'dataScope') },
  { name: 'roles POST: missing dataScope', endpoint: 'roleCreate', body: { name: 'x' }, expect: required('dataScope') },
  { name: 'roles POST: dataScope "galaxy"', endpoint: 'roleCreate', body: { name: 'x', dataScope: 'galaxy' }, expect: invalid('dataScope') },
  { name: 'roles POST: permission "nope.nope"', endpoint: 'roleCreate', body: { name: 'x', dataScope: 'all', permissions: ['nope.nope'] }, expect: invalid('permissions') },
  // roles PATCH
  { name: 'roles PATCH: number for name', endpoint: 'rolePatch', body: { name: 1 }, expect: wrongType('name') },
  { name: 'roles PATCH: string for permissions', endpoint: 'rolePatch', body: { permissions: 'x' }, expect: wrongType('permissions') },
  { name: 'roles PATCH: array for dataScope', endpoint: 'rolePatch', body: { dataScope: [] }, expect: wrongType('dataScope') },
  { name: 'roles PATCH: dataScope "galaxy"', endpoint: 'rolePatch', body: { dataScope: 'galaxy' }, expect: invalid('dataScope') },
  { name: 'roles PATCH: permission "nope.nope"', endpoint: 'rolePatch', body: { permissions: ['customer.view', 'nope.nope'] }, expect: invalid('permissions') },
];

// ---- Query parameters ----
const queryCases = [
  ['users', 'status=fired', 'status'], ['users', 'departmentId=abc', 'departmentId'], ['users', 'roleId=-1', 'roleId'],
  ['users', 'sort=password', 'sort'], ['users', 'sort=-bogus', 'sort'], ['users', 'limit=ten', 'limit'], ['users', 'limit=0', 'limit'],
  ['users', 'limit=201', 'limit'], ['users', 'limit=5.5', 'limit'], ['users', 'cursor=%E2%9C%93', 'cursor'],
  ['users', `q=${'x'.repeat(101)}`, 'q', 'too_long'],
  ['audit-log', 'limit=0', 'limit'], ['audit-log', 'limit=201', 'limit'], ['audit-log', 'limit=abc', 'limit'],
  ['audit-log', 'sort=name', 'sort'], ['audit-log', 'cursor=not-a-cursor', 'cursor'],
].map(([base, query, field, issue = 'invalid_value']) => ({
  name: `GET /${base}?${query.slice(0, 40)}`, method: 'GET', path: `/api/v1/${base}?${query}`, as: 'admin',
  expect: V([{ field, issue }]),
}));

// ---- Path ids that are not ids ----
const badIds = ['abc', '0', '-5', '1.5', '1e3', '99999999999999999999999', '9223372036854775807', ' 1'];
const idRoutes = [
  ['GET', '/api/v1/departments/ID'], ['PATCH', '/api/v1/departments/ID', { name: 'x' }], ['DELETE', '/api/v1/departments/ID'],
  ['GET', '/api/v1/users/ID'], ['PATCH', '/api/v1/users/ID', { name: 'x' }], ['POST', '/api/v1/users/ID/reset-password', { password: 'long-enough-1' }],
  ['GET', '/api/v1/roles/ID'], ['PATCH', '/api/v1/roles/ID', { name: 'x' }], ['DELETE', '/api/v1/roles/ID'],
];
const pathCases = [];
for (const [method, route, body] of idRoutes) {
  for (const id of badIds) {
    pathCases.push({ name: `${method} ${route.replace('ID', id)}`, method, path: route.replace('ID', encodeURIComponent(id)), body, as: 'admin',
      expect: { status: 404, code: 'not_found' } });
  }
}

// ---- Hostile input: the answer may be a success or a 4xx, never a 5xx ----
const hostileCases = [
  { name: 'NUL character in a department name', endpoint: 'depCreate', body: { name: 'a\u0000b' }, expect: { status: [201, 400] } },
  { name: 'NUL character in a user search', method: 'GET', path: '/api/v1/users?q=a%00b', as: 'admin', expect: { status: [200, 400] } },
  { name: 'NUL character in a login name', endpoint: 'login', body: { tenant: 'demo', username: 'ad\u0000min', password: 'x' }, expect: { status: [400, 401] } },
  { name: 'invalid UTF-8 in a JSON string', endpoint: 'depCreate', raw: Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), expect: { status: 400 } },
  { name: 'lone surrogate escape in a name', endpoint: 'depCreate', raw: '{"name":"\\ud800"}', expect: { status: [201, 400] } },
  { name: 'deeply nested JSON', endpoint: 'depCreate', raw: '['.repeat(100000) + ']'.repeat(100000), expect: { status: 400 } },
  { name: 'number too large for JSON doubles', endpoint: 'depCreate', raw: '{"name":"x","sortOrder":1e400}', expect: { status: 400 } },
  { name: 'sortOrder above int64', endpoint: 'depCreate', body: { name: 'x', sortOrder: 18446744073709551615 }, expect: { status: 400 } },
  { name: 'sortOrder int64 max', endpoint: 'depCreate', raw: '{"name":"最大排序","sortOrder":9223372036854775807}', expect: { status: [201, 400] } },
  { name: 'id above int64 in roleIds', endpoint: 'userCreate', raw: () => JSON.stringify({ ...goodUser(), roleIds: ['99999999999999999999'] }), expect: { status: 400 } },
  { name: 'duplicate keys', endpoint: 'depCreate', raw: '{"name":"甲","name":"乙"}', expect: { status: [201, 400] } },
  { name: 'huge roleIds array', endpoint: 'userCreate', raw: () => JSON.stringify({ ...goodUser(), roleIds: Array(5000).fill(ctx.ids.repRole) }), expect: { status: 400 } },
  { name: 'user search with LIKE escape char', method: 'GET', path: '/api/v1/users?q=%5C', as: 'admin', expect: { status: 200 } },
  { name: 'cursor with a huge id', method: 'GET', path: `/api/v1/users?cursor=${'61'.repeat(10)}.99999999999999999999999`, as: 'admin', expect: { status: 400 } },
  { name: 'createdAt cursor with text value', method: 'GET', path: `/api/v1/users?sort=createdAt&cursor=${Buffer.from('not a number').toString('hex')}.1`, as: 'admin', expect: { status: [200, 400] } },
  { name: 'audit-log action filter with quotes', method: 'GET', path: "/api/v1/audit-log?action=%27%3B%20DROP%20TABLE%20users%3B--", as: 'admin', expect: { status: 200 } },
];

async function runCase(c) {
  const cc = { ...c };
  if (typeof cc.raw === 'function') cc.raw = cc.raw();
  if (cc.chunked) {
    // Chunked body bigger than the limit: the limit must hold without a Content-Length.
    const port = new URL(srv.baseUrl).port;
    const chunk = 'x'.repeat(64 * 1024);
    let body = '';
    for (let i = 0; i < 32; i++) body += `${chunk.length.toString(16)}\r\n${chunk}\r\n`;
    body += '0\r\n\r\n';
    const r = await rawRequest(port, 'POST', E[c.endpoint].path(ctx.ids), { headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, body: undefined, rawTail: body, careful: true });
    statuses.push({ name: c.name, status: r.status });
    return check(r, c.expect, c.name);
  }
  const r = await send(cc);
  check(r, c.expect, c.name);
}

for (const c of shapeCases) test(c.name, () => runCase(c));
test('field types, required fields and enum values', async (t) => {
  for (const c of fieldCases()) await t.test(c.name, () => runCase(c));
});
for (const c of queryCases) test(c.name, () => runCase(c));
test('non-numeric and out-of-range path ids → 404 not_found', async (t) => {
  for (const c of pathCases) await t.test(c.name, () => runCase(c));
});
test('hostile input never gives a 5xx', async (t) => {
  for (const c of hostileCases) await t.test(c.name, () => runCase(c));
});

test('an ordinary client (fetch) sending 2 MiB and 16 MiB bodies gets the 413 answer, not a broken connection', async () => {
  // fetch writes the whole body before it reads: the server must answer 413 and let the client
  // read it (drain or linger before closing), not reset the connection under it.
  const HUGE = JSON.stringify({ name: 'x'.repeat(16 * 1024 * 1024) });
  const outcomes = [];
  for (let i = 0; i < 10; i++) {
    try {
      const r = await request(srv.baseUrl, 'POST', '/api/v1/departments', { token: ctx.tokens.admin, rawBody: i % 2 ? HUGE : BIG });
      statuses.push({ name: 'fetch 2 MiB', status: r.status });
      outcomes.push(`${r.status} ${r.json?.error?.code}`);
    } catch (e) {
      outcomes.push(`fetch failed: ${e.cause?.code ?? e.message}`);
    }
  }
  assert.deepEqual(outcomes, Array(10).fill('413 request.too_large'));
});

test('a body just under the limit is read and validated (400 too_long, not 413)', async () => {
  const r = await send({ name: 'near-limit', endpoint: 'depCreate', raw: JSON.stringify({ name: 'x'.repeat(1024 * 1024 - 100) }) });
  check(r, tooLong('name'), 'near-limit');
});

test('nothing was created or changed by the refused requests', async () => {
  const api = ctx.api;
  const deps = (await api.get('/api/v1/departments')).json.items;
  assert.ok(!deps.some((d) => d.name === 'x'), 'no department named x');
  const role = await api.get(`/api/v1/roles/${ctx.ids.role}`);
  assert.equal(role.json.name, '校验用角色');
  assert.equal(role.json.dataScope, 'self');
  assert.deepEqual(role.json.permissions, []);
  const user = await api.get(`/api/v1/users/${ctx.ids.user}`);
  assert.equal(user.json.username, 'rep10');
  assert.equal(user.json.status, 'active');
  assert.equal(user.json.isExecutive, false);
  const dep = await api.get(`/api/v1/departments/${ctx.ids.dep}`);
  assert.equal(dep.json.name, '校验用部门');
  await login(srv.baseUrl, 'demo', 'rep09', PASSWORD); // me/password cases changed nothing
  await login(srv.baseUrl, 'demo', 'rep10', PASSWORD); // reset-password cases changed nothing
});

test('no answer was a 5xx', () => {
  assert.ok(statuses.length > 150, `${statuses.length} requests checked`);
  const bad = statuses.filter((s) => !(s.status >= 200 && s.status < 500));
  assert.deepEqual(bad, [], 'answers outside 2xx-4xx');
});
