// The client's address behind a load balancer (`serve --trusted-proxies`, http/forwarded.h):
// with the test client's address (127.0.0.1) trusted, X-Forwarded-For names the client, so the
// per-address login limit counts each client apart and the audit log records the client's
// address; without the option the header is the client's own claim and is ignored.
import assert from 'node:assert/strict';
import { useServer, test, request, login, PASSWORD } from './lib/harness.mjs';

const proxied = useServer({ customers: 0, extraArgs: ['--trusted-proxies', '127.0.0.1'] });
const direct = useServer({ customers: 0 });
const LOGIN = '/api/v1/auth/login';
const attempt = (srv, username, password, forwardedFor) =>
  request(srv.baseUrl, 'POST', LOGIN, { body: { tenant: 'demo', username, password }, headers: { 'x-forwarded-for': forwardedFor } });

test('behind a trusted proxy, 20 failures from one client ask that client for a proof of work and no other', async () => {
  for (let i = 0; i < 20; i++) assert.equal((await attempt(proxied, `nobody-${i}`, 'wrong', '198.51.100.7')).status, 401);
  const asked = await attempt(proxied, 'rep08', PASSWORD, '198.51.100.7');
  assert.equal(asked.status, 429, asked.text);
  assert.equal(asked.json.error.code, 'auth.challenge_required');
  // What the client writes left of the proxy's entry does not make it someone else.
  const spoofed = await attempt(proxied, 'rep08', PASSWORD, '203.0.113.1, 198.51.100.7');
  assert.equal(spoofed.json?.error?.code, 'auth.challenge_required', spoofed.text);
  const other = await attempt(proxied, 'rep08', PASSWORD, '198.51.100.8');
  assert.equal(other.status, 200, `another client behind the same proxy logs in: ${other.text}`);
});

test('behind a trusted proxy, the audit log records the client\'s address', async () => {
  const token = await login(proxied.baseUrl, 'demo', 'admin');
  const headers = { authorization: `Bearer ${token}`, 'x-forwarded-for': '198.51.100.20' };
  const made = await request(proxied.baseUrl, 'POST', '/api/v1/customers', { body: { name: '代理后的客户有限公司' }, headers });
  assert.equal(made.status, 201, made.text);
  const audit = await request(proxied.baseUrl, 'GET', '/api/v1/audit-log?action=customer.create&limit=50', { headers });
  assert.equal(audit.status, 200, audit.text);
  const entry = audit.json.items.find((e) => e.objectId === made.json.id);
  assert.ok(entry, 'the creation is audited');
  assert.equal(entry.ip, '198.51.100.20');
});

test('without --trusted-proxies, X-Forwarded-For is ignored: failures under 20 claimed addresses all count against the peer', async () => {
  for (let i = 0; i < 20; i++) assert.equal((await attempt(direct, `nobody-${i}`, 'wrong', `198.51.100.${i + 1}`)).status, 401);
  const asked = await attempt(direct, 'rep08', PASSWORD, '198.51.100.99');
  assert.equal(asked.status, 429, asked.text);
  assert.equal(asked.json.error.code, 'auth.challenge_required');
});
