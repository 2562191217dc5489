// Routing, request ids, languages, health, OpenAPI document, audit log.
import assert from 'node:assert/strict';
import { useServer, test, client, login, request, rawRequest, PASSWORD } from './lib/harness.mjs';

const srv = useServer({ customers: 0 });
let admin;

function assertError(r, status, code, what = '') {
  assert.equal(r.status, status, `${what} status (body: ${r.text})`);
  assert.equal(r.json?.error?.code, code, `${what} error code (body: ${r.text})`);
}

test('setup', async () => {
  admin = client(srv.baseUrl, await login(srv.baseUrl, 'demo', 'admin'));
});

const routing = [
  { name: 'unknown API path', method: 'GET', path: '/api/v1/nope', expect: { status: 404, code: 'not_found' } },
  { name: 'unknown API path, authenticated', method: 'GET', path: '/api/v1/nope', auth: true, expect: { status: 404, code: 'not_found' } },
  { name: 'unknown API version', method: 'GET', path: '/api/v2/health', expect: { status: 404, code: 'not_found' } },
  { name: 'POST to an unknown API path', method: 'POST', path: '/api/v1/nope', body: {}, expect: { status: 404, code: 'not_found' } },
  { name: 'sub-path of a resource', method: 'GET', path: '/api/v1/users/1/nope', auth: true, expect: { status: 404, code: 'not_found' } },
  { name: 'PUT /health', method: 'PUT', path: '/api/v1/health', body: {}, expect: { status: 405, code: 'request.method_not_allowed' } },
  { name: 'DELETE /health', method: 'DELETE', path: '/api/v1/health', expect: { status: 405, code: 'request.method_not_allowed' } },
  { name: 'GET /auth/login', method: 'GET', path: '/api/v1/auth/login', expect: { status: 405, code: 'request.method_not_allowed' } },
  { name: 'PUT /users/{id}', method: 'PUT', path: '/api/v1/users/1', auth: true, body: {}, expect: { status: 405, code: 'request.method_not_allowed' } },
  { name: 'DELETE /users (collection)', method: 'DELETE', path: '/api/v1/users', auth: true, expect: { status: 405, code: 'request.method_not_allowed' } },
  { name: 'non-API path without a web app', method: 'GET', path: '/no-such-page', expect: { status: 404 } },
  { name: 'GET /me without a session', method: 'GET', path: '/api/v1/me', expect: { status: 401, code: 'auth.required' } },
  { name: 'GET /users without a session', method: 'GET', path: '/api/v1/users', expect: { status: 401, code: 'auth.required' } },
  { name: 'POST /departments without a session', method: 'POST', path: '/api/v1/departments', body: { name: 'x' }, expect: { status: 401, code: 'auth.required' } },
];

for (const c of routing) {
  test(`${c.name}: ${c.method} ${c.path} → ${c.expect.status} ${c.expect.code ?? ''}`, async () => {
    const r = await request(srv.baseUrl, c.method, c.path, { token: c.auth ? admin.token : undefined, body: c.body });
    assert.equal(r.status, c.expect.status, r.text);
    if (c.expect.code) {
      assert.equal(r.json?.error?.code, c.expect.code, r.text);
      assert.equal(typeof r.json.error.message, 'string');
      assert.ok(r.json.error.message.length > 0);
    }
  });
}

test('every response has an X-Request-Id; on errors it equals the body requestId', async () => {
  const seen = new Set();
  const requests = [
    ['GET', '/api/v1/health'], ['GET', '/api/v1/nope'], ['PUT', '/api/v1/health'], ['GET', '/api/v1/me'],
    ['POST', '/api/v1/auth/login', { tenant: 'demo' }], ['GET', '/api/v1/users?limit=0', undefined, true],
    ['GET', '/api/v1/users/abc', undefined, true], ['GET', '/api/v1/users', undefined, true], ['GET', '/api/v1/openapi.json'],
  ];
  for (const [method, path, body, auth] of requests) {
    const r = await request(srv.baseUrl, method, path, { body, token: auth ? admin.token : undefined });
    const id = r.headers.get('x-request-id');
    assert.ok(id && id.length >= 8, `${method} ${path}: X-Request-Id ${id}`);
    assert.ok(!seen.has(id), `${method} ${path}: request ids are unique`);
    seen.add(id);
    if (r.status >= 400) assert.equal(r.json.requestId, id, `${method} ${path}: body requestId equals header`);
  }
  const big = await rawRequest(srv.server.port, 'POST', '/api/v1/auth/login', { body: 'x'.repeat(2 * 1024 * 1024), careful: true });
  assert.equal(big.status, 413);
  assert.equal(big.json.requestId, big.headers['x-request-id'], '413 also carries the request id');
  const malformed = await rawRequest(srv.server.port, 'GET', '/api/v1/health', { headers: { 'content-length': 'banana' } });
  assert.equal(malformed.status, 400, malformed.text);
  assert.equal(malformed.json.requestId, malformed.headers['x-request-id']);
});

test('Accept-Language: en gives English messages; zh-CN is the default', async () => {
  const body = { tenant: 'demo', username: 'admin', password: 'definitely-wrong' };
  const en = await request(srv.baseUrl, 'POST', '/api/v1/auth/login', { body, headers: { 'accept-language': 'en' } });
  assertError(en, 401, 'auth.invalid_credentials', 'en');
  assert.equal(en.json.error.message, 'The enterprise code, username or password is wrong.');
  const enUs = await request(srv.baseUrl, 'GET', '/api/v1/me', { headers: { 'accept-language': 'en-US,en;q=0.9' } });
  assert.equal(enUs.json.error.message, 'Please log in.');
  const zh = await request(srv.baseUrl, 'POST', '/api/v1/auth/login', { body });
  assertError(zh, 401, 'auth.invalid_credentials', 'default');
  assert.match(zh.json.error.message, /[\u4e00-\u9fff]/, `Chinese by default: ${zh.json.error.message}`);
  const zhExplicit = await request(srv.baseUrl, 'GET', '/api/v1/nope', { headers: { 'accept-language': 'zh-CN,en;q=0.5' } });
  assert.match(zhExplicit.json.error.message, /[\u4e00-\u9fff]/);
});

test('GET /health → 200 {status: ok, database: ok, version}', async () => {
  const r = await request(srv.baseUrl, 'GET', '/api/v1/health');
  assert.equal(r.status, 200);
  assert.equal(r.json.status, 'ok');
  assert.equal(r.json.database, 'ok');
  assert.equal(typeof r.json.version, 'string');
  assert.match(r.headers.get('content-type'), /^application\/json/);
  const head = await fetch(`${srv.baseUrl}/api/v1/health`, { method: 'HEAD' });
  assert.equal(head.status, 200, 'HEAD works where GET does');
});

test('GET /openapi.json is an OpenAPI 3 document listing the routes', async () => {
  const r = await request(srv.baseUrl, 'GET', '/api/v1/openapi.json');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /json/);
  assert.ok(r.json, 'parses as JSON');
  assert.match(r.json.openapi, /^3\./);
  for (const p of ['/api/v1/auth/login', '/api/v1/auth/logout', '/api/v1/me', '/api/v1/me/password', '/api/v1/departments',
    '/api/v1/departments/{id}', '/api/v1/users', '/api/v1/users/{id}', '/api/v1/users/{id}/reset-password', '/api/v1/roles',
    '/api/v1/roles/{id}', '/api/v1/permissions', '/api/v1/audit-log', '/api/v1/health']) {
    assert.ok(r.json.paths[p], `openapi documents ${p}`);
  }
  assert.ok(r.json.paths['/api/v1/users/{id}'].patch);
  assert.ok(r.json.paths['/api/v1/departments/{id}'].delete);
});

test('audit log: admin sees their login entries; filters and pages', async () => {
  await login(srv.baseUrl, 'demo', 'admin'); // one more login
  const me = (await admin.get('/api/v1/me')).json.user;
  const r = await admin.get('/api/v1/audit-log?action=auth.login');
  assert.equal(r.status, 200, r.text);
  assert.ok(Array.isArray(r.json.items));
  assert.ok(r.json.items.length >= 2, `at least two admin logins: ${r.json.items.length}`);
  for (const e of r.json.items) assert.equal(e.action, 'auth.login');
  const mine = r.json.items.filter((e) => e.actorId === me.id);
  assert.ok(mine.length >= 2);
  const e = mine[0];
  assert.equal(typeof e.id, 'string');
  assert.match(e.at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  assert.equal(e.actorName, '系统管理员');
  assert.equal(e.objectType, 'user');
  assert.equal(e.objectId, me.id);
  assert.equal(e.ip, '127.0.0.1');
  assert.equal(typeof e.details, 'object');
  // Newest first.
  const ats = r.json.items.map((x) => Date.parse(x.at));
  assert.deepEqual(ats, [...ats].sort((a, b) => b - a));
  // Failed logins are recorded too, with the reason.
  await request(srv.baseUrl, 'POST', '/api/v1/auth/login', { body: { tenant: 'demo', username: 'admin', password: 'nope-nope' } });
  const failed = await admin.get('/api/v1/audit-log?action=auth.login_failed');
  assert.equal(failed.status, 200);
  assert.ok(failed.json.items.some((x) => x.actorId === me.id && x.details.reason === 'wrong_password'), failed.text);
  // Paging.
  const p1 = await admin.get('/api/v1/audit-log?limit=1');
  assert.equal(p1.json.items.length, 1);
  assert.notEqual(p1.json.nextCursor, null);
  const p2 = await admin.get(`/api/v1/audit-log?limit=1&cursor=${encodeURIComponent(p1.json.nextCursor)}`);
  assert.equal(p2.status, 200, p2.text);
  assert.equal(p2.json.items.length, 1);
  assert.notEqual(p2.json.items[0].id, p1.json.items[0].id);
  // Changes are audited.
  const dep = await admin.post('/api/v1/departments', { name: '审计测试部' });
  const created = await admin.get('/api/v1/audit-log?action=department.create');
  assert.ok(created.json.items.some((x) => x.objectId === dep.json.id && x.actorId === me.id));
});

test('audit log needs scope all: a manager with org.view gets 403 permission.denied', async () => {
  const lead = client(srv.baseUrl, await login(srv.baseUrl, 'demo', 'huabei'));
  assertError(await lead.get('/api/v1/audit-log'), 403, 'permission.denied');
});

test('ids in answers are strings; errors never leak internals', async () => {
  const r = await admin.get('/api/v1/users?limit=3');
  for (const u of r.json.items) {
    assert.equal(typeof u.id, 'string');
    assert.match(u.id, /^\d+$/);
    assert.equal(typeof u.departmentId, 'string');
  }
  const bad = await admin.get('/api/v1/users?cursor=zz');
  assert.ok(!/sqlite|postgres|SELECT|stack/i.test(bad.text), bad.text);
});
