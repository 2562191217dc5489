// Login, /me, logout, cookie authentication with CSRF, own password change.
import assert from 'node:assert/strict';
import { useServer, test, client, login, request, PASSWORD } from './lib/harness.mjs';

const srv = useServer({ customers: 0 });
const LOGIN = '/api/v1/auth/login';

function assertError(r, status, code, what = '') {
  assert.equal(r.status, status, `${what} status (body: ${r.text})`);
  assert.equal(r.json?.error?.code, code, `${what} error code (body: ${r.text})`);
}

test('good login returns token, csrfToken, user and an HttpOnly session cookie', async () => {
  const r = await request(srv.baseUrl, 'POST', LOGIN, { body: { tenant: 'demo', username: 'admin', password: PASSWORD } });
  assert.equal(r.status, 200, r.text);
  assert.equal(typeof r.json.token, 'string');
  assert.ok(r.json.token.length >= 16);
  assert.equal(typeof r.json.csrfToken, 'string');
  assert.ok(r.json.csrfToken.length >= 16);
  assert.match(r.json.expiresAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  assert.equal(r.json.user.username, 'admin');
  assert.equal(typeof r.json.user.id, 'string');
  const cookies = r.headers.getSetCookie();
  const session = cookies.find((c) => c.startsWith('quanke_session='));
  assert.ok(session, `Set-Cookie quanke_session missing: ${JSON.stringify(cookies)}`);
  assert.equal(session.split(';')[0], `quanke_session=${r.json.token}`);
  assert.match(session, /;\s*HttpOnly/i);
  assert.match(session, /;\s*SameSite=Lax/i);
  assert.match(session, /;\s*Path=\//i);
});

const loginFailures = [
  { name: 'wrong password', body: { tenant: 'demo', username: 'admin', password: 'wrong-password' } },
  { name: 'unknown tenant', body: { tenant: 'no-such-tenant', username: 'admin', password: PASSWORD } },
  { name: 'unknown user', body: { tenant: 'demo', username: 'nobody.here', password: PASSWORD } },
];
for (const c of loginFailures) {
  test(`login with ${c.name} → 401 auth.invalid_credentials`, async () => {
    const r = await request(srv.baseUrl, 'POST', LOGIN, { body: c.body });
    assertError(r, 401, 'auth.invalid_credentials');
    assert.equal(r.headers.getSetCookie().filter((x) => /quanke_session=[^;]/.test(x)).length, 0, 'no session cookie on failure');
  });
}

test('login by mobile number works', async () => {
  const r = await request(srv.baseUrl, 'POST', LOGIN, { body: { tenant: 'demo', username: '13800000000', password: PASSWORD } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.user.username, 'admin');
});

test('tenant code is case-insensitive at login', async () => {
  const r = await request(srv.baseUrl, 'POST', LOGIN, { body: { tenant: 'DEMO', username: 'admin', password: PASSWORD } });
  assert.equal(r.status, 200, r.text);
});

test('GET /me with a Bearer token has user, tenant.code, permissions, dataScope', async () => {
  const token = await login(srv.baseUrl, 'demo', 'admin');
  const r = await client(srv.baseUrl, token).get('/api/v1/me');
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.user.username, 'admin');
  assert.equal(r.json.tenant.code, 'demo');
  assert.equal(typeof r.json.tenant.id, 'string');
  assert.ok(Array.isArray(r.json.permissions));
  assert.ok(r.json.permissions.includes('org.view'));
  assert.ok(r.json.permissions.includes('org.edit'));
  assert.equal(r.json.dataScope, 'all');

  const rep = await client(srv.baseUrl, await login(srv.baseUrl, 'demo', 'rep02')).get('/api/v1/me');
  assert.equal(rep.status, 200, rep.text);
  assert.equal(rep.json.dataScope, 'self');
  assert.ok(!rep.json.permissions.includes('org.view'));
});

const unauthenticated = [
  { name: 'no token', headers: {}, code: 'auth.required' },
  { name: 'garbage Bearer token', headers: { authorization: 'Bearer not-a-real-token-at-all' }, code: 'auth.required' },
  { name: 'garbage cookie', headers: { cookie: 'quanke_session=garbage' }, code: 'auth.required' },
  { name: 'empty Bearer', headers: { authorization: 'Bearer ' }, code: 'auth.required' },
];
for (const c of unauthenticated) {
  test(`GET /me with ${c.name} → 401 ${c.code}`, async () => {
    const r = await request(srv.baseUrl, 'GET', '/api/v1/me', { headers: c.headers });
    assertError(r, 401, c.code);
  });
}

test('logout → 204, clears the cookie, and the token then gets 401 auth.required', async () => {
  const token = await login(srv.baseUrl, 'demo', 'admin');
  const api = client(srv.baseUrl, token);
  assert.equal((await api.get('/api/v1/me')).status, 200);
  const out = await api.post('/api/v1/auth/logout');
  assert.equal(out.status, 204, out.text);
  const cleared = out.headers.getSetCookie().find((c) => c.startsWith('quanke_session='));
  assert.ok(cleared, 'logout clears the cookie');
  assert.match(cleared, /^quanke_session=;|Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  assertError(await api.get('/api/v1/me'), 401, 'auth.required', 'after logout');
  assertError(await api.post('/api/v1/auth/logout'), 401, 'auth.required', 'second logout');
});

test('logout only ends its own session', async () => {
  const a = client(srv.baseUrl, await login(srv.baseUrl, 'demo', 'admin'));
  const b = client(srv.baseUrl, await login(srv.baseUrl, 'demo', 'admin'));
  assert.equal((await a.post('/api/v1/auth/logout')).status, 204);
  assert.equal((await b.get('/api/v1/me')).status, 200);
});

test('cookie auth: GET works; state change needs X-CSRF-Token (403 auth.csrf without, 201 with)', async () => {
  const r = await request(srv.baseUrl, 'POST', LOGIN, { body: { tenant: 'demo', username: 'admin', password: PASSWORD } });
  assert.equal(r.status, 200);
  const cookie = r.headers.getSetCookie().find((c) => c.startsWith('quanke_session=')).split(';')[0];
  const csrf = r.json.csrfToken;

  const me = await request(srv.baseUrl, 'GET', '/api/v1/me', { cookie });
  assert.equal(me.status, 200, me.text);
  assert.equal(me.json.user.username, 'admin');

  const body = { name: 'CSRF 测试部' };
  assertError(await request(srv.baseUrl, 'POST', '/api/v1/departments', { cookie, body }), 403, 'auth.csrf', 'no header');
  assertError(await request(srv.baseUrl, 'POST', '/api/v1/departments', { cookie, body, headers: { 'x-csrf-token': 'wrong' } }),
    403, 'auth.csrf', 'wrong header');
  assertError(await request(srv.baseUrl, 'POST', '/api/v1/departments', { cookie, body, headers: { 'x-csrf-token': '' } }),
    403, 'auth.csrf', 'empty header');
  // Nothing was created by the refused requests.
  const admin = client(srv.baseUrl, await login(srv.baseUrl, 'demo', 'admin'));
  const before = (await admin.get('/api/v1/departments')).json.items.filter((d) => d.name === body.name);
  assert.equal(before.length, 0, 'refused requests created nothing');

  const ok = await request(srv.baseUrl, 'POST', '/api/v1/departments', { cookie, body, headers: { 'x-csrf-token': csrf } });
  assert.equal(ok.status, 201, ok.text);
  assert.equal(ok.json.name, body.name);

  // DELETE and logout through the cookie need it too.
  assertError(await request(srv.baseUrl, 'DELETE', `/api/v1/departments/${ok.json.id}`, { cookie }), 403, 'auth.csrf', 'DELETE');
  assertError(await request(srv.baseUrl, 'POST', '/api/v1/auth/logout', { cookie }), 403, 'auth.csrf', 'logout');
  const del = await request(srv.baseUrl, 'DELETE', `/api/v1/departments/${ok.json.id}`, { cookie, headers: { 'x-csrf-token': csrf } });
  assert.equal(del.status, 204, del.text);
  // A Bearer request needs no CSRF header.
  const bearer = await admin.post('/api/v1/departments', { name: 'Bearer 测试部' });
  assert.equal(bearer.status, 201, bearer.text);
});

test('POST /me/password: wrong current → 422 auth.wrong_password; short → 400 too_short; then the new one works', async () => {
  const token = await login(srv.baseUrl, 'demo', 'rep03');
  const other = await login(srv.baseUrl, 'demo', 'rep03');
  const api = client(srv.baseUrl, token);
  assertError(await api.post('/api/v1/me/password', { currentPassword: 'not-my-password', newPassword: 'brand-new-pass' }),
    422, 'auth.wrong_password', 'wrong current');
  const short = await api.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: 'short' });
  assertError(short, 400, 'validation.failed', 'too short');
  assert.deepEqual(short.json.error.details.fields, [{ field: 'newPassword', issue: 'too_short' }]);
  const ok = await api.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: 'brand-new-pass' });
  assert.equal(ok.status, 204, ok.text);
  // This session goes on; the user's other sessions end.
  assert.equal((await api.get('/api/v1/me')).status, 200);
  assertError(await client(srv.baseUrl, other).get('/api/v1/me'), 401, 'auth.required', 'other session');
  await login(srv.baseUrl, 'demo', 'rep03', 'brand-new-pass');
  assertError(await request(srv.baseUrl, 'POST', LOGIN, { body: { tenant: 'demo', username: 'rep03', password: PASSWORD } }),
    401, 'auth.invalid_credentials', 'old password');
});

test('login records the time in lastLoginAt', async () => {
  const r = await request(srv.baseUrl, 'POST', LOGIN, { body: { tenant: 'demo', username: 'rep04', password: PASSWORD } });
  assert.equal(r.status, 200);
  assert.ok(r.json.user.lastLoginAt, 'lastLoginAt set');
  assert.ok(Math.abs(Date.parse(r.json.user.lastLoginAt) - Date.now()) < 60_000, r.json.user.lastLoginAt);
});
