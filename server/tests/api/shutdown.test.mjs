// Graceful shutdown: SIGTERM lets a running request finish, then the process exits with 0.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startServer, request, sleep, PASSWORD } from './lib/harness.mjs';

test('a login in flight when SIGTERM arrives still answers 200, then the server exits 0', async (t) => {
  const server = await startServer({ tenants: ['demo'] });
  let ok = false;
  try {
    const pending = request(server.baseUrl, 'POST', '/api/v1/auth/login', {
      body: { tenant: 'demo', username: 'admin', password: PASSWORD },
      headers: { connection: 'close' },
    });
    // Let the request reach the server (password hashing takes ~70 ms), then stop it.
    await sleep(20);
    server.proc.kill('SIGTERM');
    const r = await pending;
    assert.equal(r.status, 200, r.text);
    assert.equal(typeof r.json.token, 'string');
    const exit = await Promise.race([server.exited, sleep(5000).then(() => 'timeout')]);
    assert.notEqual(exit, 'timeout', 'server exits within 5 s of SIGTERM');
    assert.deepEqual(exit, { code: 0, signal: null });
    // New connections are refused once it has stopped.
    await assert.rejects(fetch(`${server.baseUrl}/api/v1/health`));
    ok = true;
  } finally {
    await server.stop();
    if (!ok) process.stderr.write(`\n----- quanke server log -----\n${server.log}\n-----\n`);
  }
});

test('an idle server exits 0 promptly on SIGTERM, also with an idle keep-alive connection open', async () => {
  const server = await startServer({ tenants: ['demo'] });
  let ok = false;
  try {
    // fetch keeps the connection alive in its pool.
    assert.equal((await request(server.baseUrl, 'GET', '/api/v1/health')).status, 200);
    const started = Date.now();
    server.proc.kill('SIGTERM');
    const exit = await Promise.race([server.exited, sleep(5000).then(() => 'timeout')]);
    assert.notEqual(exit, 'timeout');
    assert.deepEqual(exit, { code: 0, signal: null });
    assert.ok(Date.now() - started < 3000, `exit took ${Date.now() - started} ms`);
    ok = true;
  } finally {
    await server.stop();
    if (!ok) process.stderr.write(`\n----- quanke server log -----\n${server.log}\n-----\n`);
  }
});
