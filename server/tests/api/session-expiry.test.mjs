// Sessions have an absolute lifetime (--session-ttl): afterwards 401 auth.session_expired.
import assert from 'node:assert/strict';
import { useServer, test, client, login, sleep, request, PASSWORD } from './lib/harness.mjs';

const srv = useServer({ sessionTtl: 2, customers: 0 });

test('a session past its lifetime gets 401 auth.session_expired', async () => {
  const r = await request(srv.baseUrl, 'POST', '/api/v1/auth/login', { body: { tenant: 'demo', username: 'admin', password: PASSWORD } });
  assert.equal(r.status, 200);
  const ttl = Date.parse(r.json.expiresAt) - Date.now();
  assert.ok(ttl > 0 && ttl <= 2100, `expiresAt about 2 s ahead: ${r.json.expiresAt}`);
  const cookie = r.headers.getSetCookie().find((c) => c.startsWith('quanke_session='));
  assert.match(cookie, /Max-Age=[12](;|$)/, cookie);

  const api = client(srv.baseUrl, r.json.token);
  const fresh = await api.get('/api/v1/me');
  assert.equal(fresh.status, 200, 'works (and is cached) while fresh');
  await sleep(2500);
  const expired = await api.get('/api/v1/me');
  assert.equal(expired.status, 401, expired.text);
  assert.equal(expired.json.error.code, 'auth.session_expired');
  // Expired sessions are deleted: afterwards the token is simply unknown (or still expired).
  const later = await api.get('/api/v1/users');
  assert.equal(later.status, 401, later.text);
  assert.ok(['auth.session_expired', 'auth.required'].includes(later.json.error.code), later.text);
});

test('a new login after expiry works', async () => {
  const token = await login(srv.baseUrl, 'demo', 'admin');
  assert.equal((await client(srv.baseUrl, token).get('/api/v1/me')).status, 200);
});
