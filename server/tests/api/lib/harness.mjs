// Test harness for the Quanke API suite: starts a real `quanke serve` on a fresh database
// (SQLite or PostgreSQL) with two demo tenants, and offers one small HTTP client.
//
// Environment:
//   QUANKE_BIN            the server binary (default <repo>/build/quanke)
//   QUANKE_TEST_BACKEND   sqlite (default) | postgres
//   QUANKE_TEST_PG_URL    admin URL for postgres, e.g. postgresql://postgres@127.0.0.1:5432/postgres
//
// Every server runs with QUANKE_ERROR_CODE_LOG, so it writes one line per error answer; when it
// stops, each line is checked against openapi.json (see checkErrorCodes) and stop() fails when
// a code was answered that the document does not list for that operation.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes, createHash } from 'node:crypto';
import { test as nodeTest, before, after } from 'node:test';
import assert from 'node:assert/strict';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, '../../../..');
export const BIN = process.env.QUANKE_BIN || path.join(REPO, 'build', 'quanke');
export const BACKEND = (process.env.QUANKE_TEST_BACKEND || 'sqlite').toLowerCase();
export const PASSWORD = 'demo123456';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function withDatabase(adminUrl, name) {
  const u = new URL(adminUrl);
  u.pathname = '/' + name;
  return u.toString();
}

const psql = (admin, sql) => execFileSync('psql', [admin, '-q', '-tA', '-v', 'ON_ERROR_STOP=1', '-c', sql], { stdio: 'pipe', encoding: 'utf8' });

// PostgreSQL only (option reuseDemo): the demo load takes seconds there, so the first server of a
// `node --test` run with given tenants/customers keeps a copy of its freshly loaded database as a
// template `qt_tpl_<runner pid>_<hash>`, and later servers of the same run (same runner process,
// binary and options) start from `CREATE DATABASE … TEMPLATE` instead. Templates of runs whose
// runner is gone are dropped when a new one is made.
function demoTemplateName(tenants, customers, activity) {
  let id = BIN;
  try { const st = statSync(BIN); id += `:${st.size}:${st.mtimeMs}`; } catch { /* no binary: startServer fails later */ }
  const hash = createHash('sha1').update(JSON.stringify({ id, tenants, customers: customers ?? null, activity })).digest('hex').slice(0, 12);
  return `qt_tpl_${process.ppid}_${hash}`;
}
function templateExists(admin, name) {
  try { return psql(admin, `SELECT 1 FROM pg_database WHERE datname = '${name}'`).trim() === '1'; } catch { return false; }
}
function saveTemplate(admin, fromDb, name) {
  try {
    for (const old of psql(admin, "SELECT datname FROM pg_database WHERE datname LIKE 'qt\\_tpl\\_%'").split('\n').filter(Boolean)) {
      const pid = Number(old.split('_')[2]);
      let alive = false;
      try { process.kill(pid, 0); alive = true; } catch (e) { alive = e.code === 'EPERM'; }
      if (!alive) psql(admin, `DROP DATABASE IF EXISTS ${old} WITH (FORCE)`);
    }
    psql(admin, `CREATE DATABASE ${name} TEMPLATE ${fromDb}`);
  } catch { /* another file made it first, or no rights: fine */ }
}

// Makes a fresh database (a copy of `template` when given); returns {url, name, drop()}.
function makeDatabase(dir, template) {
  if (BACKEND === 'sqlite') {
    return { url: `sqlite:${path.join(dir, 'q.db')}`, drop() {} };
  }
  if (BACKEND !== 'postgres') throw new Error(`QUANKE_TEST_BACKEND must be sqlite or postgres, not ${BACKEND}`);
  const admin = process.env.QUANKE_TEST_PG_URL;
  if (!admin) throw new Error('QUANKE_TEST_BACKEND=postgres needs QUANKE_TEST_PG_URL (an admin URL)');
  const name = 'qt_' + randomBytes(6).toString('hex');
  execFileSync('psql', [admin, '-q', '-v', 'ON_ERROR_STOP=1', '-c', `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`], { stdio: 'pipe' });
  return {
    url: withDatabase(admin, name),
    name,
    admin,
    drop() {
      try {
        execFileSync('psql', [admin, '-q', '-c', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`], { stdio: 'pipe' });
      } catch { /* best effort */ }
    },
  };
}

function runCli(args) {
  try {
    return execFileSync(BIN, args, { stdio: 'pipe', encoding: 'utf8' });
  } catch (e) {
    throw new Error(`${BIN} ${args.join(' ')} failed (${e.status}):\n${e.stdout}\n${e.stderr}`);
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- The error codes the server answered, against openapi.json ----

export const OPENAPI_PATH = path.join(REPO, 'server', 'src', 'http', 'openapi.json');
let errorCodeIndex = null;
// {operations: Map("METHOD /pattern" → {codes, session}), common, unrouted} from the document.
function errorCodeDocument() {
  if (errorCodeIndex) return errorCodeIndex;
  const doc = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8'));
  const operations = new Map();
  for (const [pattern, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (method === 'parameters') continue;
      const session = !(Array.isArray(op.security) && op.security.length === 0);
      operations.set(`${method.toUpperCase()} ${pattern}`, { codes: new Set(op['x-error-codes'] ?? []), session });
    }
  }
  errorCodeIndex = {
    operations,
    common: new Set(doc['x-common-error-codes'] ?? []),
    unrouted: new Set(doc['x-unrouted-error-codes'] ?? []),
  };
  return errorCodeIndex;
}

// The lines of an error-code log ("METHOD route status code", route being the operation's path
// pattern, or the raw path when no operation matched) whose code the document does not allow: an
// operation's own x-error-codes, plus x-common-error-codes when it needs a session; for a request
// that matched no operation, x-common-error-codes and x-unrouted-error-codes. Answers
// ["line (×count)", …].
export function undocumentedErrorCodes(text) {
  const { operations, common, unrouted } = errorCodeDocument();
  const counts = new Map();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [method, route, , code] = line.split(' ');
    const op = operations.get(`${method === 'HEAD' ? 'GET' : method} ${route}`);
    const allowed = op ? op.codes.has(code) || (op.session && common.has(code)) : common.has(code) || unrouted.has(code);
    if (!allowed) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, n]) => (n > 1 ? `${line} (×${n})` : line));
}

function checkErrorCodes(text, baseUrl) {
  const bad = undocumentedErrorCodes(text);
  if (bad.length === 0) return;
  throw new assert.AssertionError({
    message: `the server at ${baseUrl} answered error codes that ${path.relative(REPO, OPENAPI_PATH)} does not list ` +
      `for the operation (its x-error-codes, or x-common-error-codes; x-unrouted-error-codes when no operation ` +
      `matched). Add them to the document if the handler can really answer them:\n  ${bad.join('\n  ')}`,
  });
}

// Starts a server with the demo tenants `demo` and `other`. Registers an after() hook that
// prints the server's stderr when any test of the file failed.
// Options: sessionTtl, bodyLimit, tenants; customers (demo customers per tenant, default the
// demo's 2,000; or an object by tenant, e.g. {other: 0} — loading 2,000 takes seconds on PostgreSQL); sweepCheck (seconds between scheduled reclaim sweeps; 0 turns the scheduled
// sweep off — use it wherever the test needs stable data); webhookAttempts, webhookBackoffMs
// (`--webhook-attempts N --webhook-backoff-ms MS`); extraArgs (more `serve` flags, as is);
// reuseDemo (PostgreSQL: start from a template copy of the same run's first demo load, see
// demoTemplateName — for tests that do not mind demo data loaded a few minutes earlier);
// activity (load the demo's week of check-ins, plans, work logs and robot deliveries, as
// `make run` does; off by default so that tests count from an empty field-work history).
// testClock: the server's clock is a file the test writes (`serve --test-clock-file`, test only):
// `server.setClock(ms)` makes the server's now stand at that instant, `server.setClock(null)`
// gives it back the system time (ids keep the system time either way).
// webRoot: the directory served as the web app (default: a missing one, an API-only server).
export async function startServer({ sessionTtl, bodyLimit, tenants = ['demo', 'other'], customers, sweepCheck,
  webhookAttempts, webhookBackoffMs, extraArgs = [], reuseDemo = false, activity = false, testClock = false, webRoot } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'quanke-api-'));
  const template = reuseDemo && BACKEND === 'postgres' && tenants.length ? demoTemplateName(tenants, customers, activity) : null;
  let db = null;
  if (template && templateExists(process.env.QUANKE_TEST_PG_URL, template)) {
    try { db = makeDatabase(dir, template); } catch { db = null; } // e.g. the template is being copied by another file
  }
  if (!db) {
    db = makeDatabase(dir);
    for (const t of tenants) {
      const demoArgs = ['demo', '--db', db.url, '--tenant', t, '--password', PASSWORD, '--activity', String(activity)];
      const n = customers !== null && typeof customers === 'object' ? customers[t] : customers;
      if (n !== undefined) demoArgs.push('--customers', String(n));
      runCli(demoArgs);
    }
    if (template) saveTemplate(db.admin, db.name, template);
  }
  const port = await freePort();
  const args = ['serve', '--db', db.url, '--listen', `127.0.0.1:${port}`, '--web-root', webRoot ?? path.join(dir, 'no-web')];
  if (sessionTtl !== undefined) args.push('--session-ttl', String(sessionTtl));
  if (bodyLimit !== undefined) args.push('--body-limit', String(bodyLimit));
  if (sweepCheck !== undefined) args.push('--sweep-check', String(sweepCheck));
  if (webhookAttempts !== undefined) args.push('--webhook-attempts', String(webhookAttempts));
  if (webhookBackoffMs !== undefined) args.push('--webhook-backoff-ms', String(webhookBackoffMs));
  const clockFile = path.join(dir, 'test-clock');
  if (testClock) args.push('--test-clock-file', clockFile);
  args.push(...extraArgs);
  const errorCodeLog = path.join(dir, 'error-codes.log');
  const env = { ...process.env, QUANKE_ERROR_CODE_LOG: errorCodeLog };
  let log = '';
  let proc;
  let exited;
  let exitInfo = null;
  const baseUrl = `http://127.0.0.1:${port}`;
  // Spawns `serve` and waits until it answers /health.
  const launch = async () => {
    proc = spawn(BIN, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    exitInfo = null;
    proc.stdout.on('data', (d) => { log += d; });
    proc.stderr.on('data', (d) => { log += d; });
    exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
    exited.then((e) => { exitInfo = e; });
    const deadline = Date.now() + 15000;
    for (;;) {
      if (exitInfo) throw new Error(`server exited early (${JSON.stringify(exitInfo)}):\n${log}`);
      try {
        const r = await fetch(`${baseUrl}/api/v1/health`);
        if (r.status === 200) { await r.arrayBuffer(); break; }
      } catch { /* not up yet */ }
      if (Date.now() > deadline) {
        proc.kill('SIGKILL');
        throw new Error(`server did not become healthy on ${baseUrl}:\n${log}`);
      }
      await sleep(50);
    }
  };
  await launch();

  let stopped = false;
  const server = {
    baseUrl,
    port,
    dbUrl: db.url,
    get proc() { return proc; },
    get exited() { return exited; },
    get log() { return log; },
    // Kills the server with SIGKILL (a crash: nothing is flushed or finished) and starts it
    // again on the same database and port.
    async crashAndRestart() {
      proc.kill('SIGKILL');
      await exited;
      log += '\n----- SIGKILL, restart -----\n';
      await launch();
    },
    // With testClock: the server's now stands at `ms` (milliseconds since the epoch), or is the
    // system time again for null.
    setClock(ms) {
      if (!testClock) throw new Error('startServer({testClock: true}) to move the server clock');
      writeFileSync(clockFile, ms === null ? '' : String(Math.trunc(ms)));
    },
    // Runs the CLI against this server's database (e.g. `reclaim --at … --dry-run`).
    cli(cliArgs) { return runCli([...cliArgs.slice(0, 1), '--db', db.url, ...cliArgs.slice(1)]); },
    // The error-code log so far ("METHOD route status code" lines).
    errorCodes() { return existsSync(errorCodeLog) ? readFileSync(errorCodeLog, 'utf8') : ''; },
    // SIGTERM, then wait for the exit (SIGKILL after 10 s). Resolves to {code, signal}; then
    // throws an AssertionError if the server answered an error code openapi.json does not list.
    async stop() {
      if (stopped) return exited;
      stopped = true;
      if (!exitInfo) proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10000);
      const e = await exited;
      clearTimeout(timer);
      const answered = server.errorCodes();
      db.drop();
      rmSync(dir, { recursive: true, force: true });
      checkErrorCodes(answered, baseUrl);
      return e;
    },
  };
  return server;
}

// ---- HTTP ----

export async function request(baseUrl, method, pathname, { token, body, headers = {}, rawBody, cookie } = {}) {
  const h = { ...headers };
  if (token) h.authorization = `Bearer ${token}`;
  if (cookie) h.cookie = cookie;
  let payload;
  if (rawBody !== undefined) {
    payload = rawBody;
    if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) h['content-type'] = 'application/json';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    h['content-type'] = 'application/json';
  }
  const res = await fetch(baseUrl + pathname, { method, headers: h, body: payload });
  const bytes = Buffer.from(await res.arrayBuffer()); // the raw body (downloads)
  const text = bytes.toString('utf8');
  let json = null;
  if (text.length) {
    try { json = JSON.parse(text); } catch { json = undefined; }
  }
  return { status: res.status, headers: res.headers, json, text, bytes };
}

// One request on its own TCP connection (Connection: close), written by hand so that the
// test controls the connection: used for shutdown and oversized-body tests. Resolves to
// {status, headers (lower-case names), text, json}; rejects if the connection fails before an
// answer. `body` is a string or Buffer sent as is.
// `rawTail` is written after the head as is (no Content-Length), e.g. a chunked body.
// `careful: true` behaves like a client that watches for an early answer (as with
// Expect: 100-continue): it waits 300 ms after the head before sending the body, and sends the
// body in small paced pieces, stopping as soon as the server has answered.
export function rawRequest(port, method, pathname, { headers = {}, body, rawTail, careful = false, timeoutMs = 20000 } = {}) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1');
    const chunks = [];
    let settled = false;
    const done = (err, value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sock.destroy();
      if (err) reject(err); else resolve(value);
    };
    const timer = setTimeout(() => done(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    const parse = () => {
      const buf = Buffer.concat(chunks);
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return null;
      const head = buf.subarray(0, end).toString('latin1').split('\r\n');
      const status = Number(head[0].split(' ')[1]);
      const h = {};
      for (const line of head.slice(1)) {
        const i = line.indexOf(':');
        h[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      const len = h['content-length'] !== undefined ? Number(h['content-length']) : null;
      const bodyBuf = buf.subarray(end + 4);
      if (len !== null && bodyBuf.length < len) return null;
      const text = bodyBuf.subarray(0, len ?? bodyBuf.length).toString('utf8');
      let json = null;
      try { json = text ? JSON.parse(text) : null; } catch { json = undefined; }
      return { status, headers: h, text, json };
    };
    sock.on('data', (d) => {
      chunks.push(d);
      const r = parse();
      if (r) done(null, r);
    });
    let sockError = null;
    sock.on('error', (e) => { sockError = e; }); // e.g. EPIPE: the server answered and closed early (413)
    sock.on('close', () => {
      const r = parse();
      if (r) done(null, r);
      else done(sockError ?? new Error(`connection closed without a full answer (${Buffer.concat(chunks).length} bytes)`));
    });
    sock.on('connect', async () => {
      const payload = body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(body);
      const h = { host: `127.0.0.1:${port}`, connection: 'close', ...headers };
      if (body !== undefined) h['content-length'] = String(payload.length);
      const head = `${method} ${pathname} HTTP/1.1\r\n` +
        Object.entries(h).map(([k, v]) => `${k}: ${v}`).join('\r\n') + '\r\n\r\n';
      const tail = rawTail === undefined ? Buffer.alloc(0) : Buffer.from(rawTail);
      if (!careful) {
        sock.write(head);
        if (payload.length) sock.write(payload, () => {});
        if (tail.length) sock.write(tail, () => {});
        return;
      }
      const write = (b) => new Promise((res) => sock.write(b, () => res()));
      await write(head);
      await sleep(300);
      const rest = Buffer.concat([payload, tail]);
      for (let off = 0; off < rest.length && !settled && chunks.length === 0 && !sockError; off += 16 * 1024) {
        await write(rest.subarray(off, off + 16 * 1024));
        await sleep(1);
      }
    });
  });
}

export async function login(baseUrl, tenant, username, password = PASSWORD) {
  const r = await request(baseUrl, 'POST', '/api/v1/auth/login', { body: { tenant, username, password } });
  if (r.status !== 200) throw new Error(`login ${tenant}/${username} failed: ${r.status} ${r.text}`);
  return r.json.token;
}

// Solves a login challenge the way the web app does: counts up until SHA-256(challenge ":"
// solution) starts with `difficulty` zero bits.
export function solveChallenge(challenge, difficulty) {
  for (let i = 0; ; i++) {
    const d = createHash('sha256').update(`${challenge}:${i}`).digest();
    let zero = 0;
    for (const byte of d) {
      if (byte === 0) { zero += 8; continue; }
      zero += Math.clz32(byte) - 24;
      break;
    }
    if (zero >= difficulty) return String(i);
  }
}

// The one client: client(baseUrl, token).get(path) etc. → {status, headers, json, text, bytes}.
// opts: {headers, rawBody, cookie}. token may be null for anonymous calls.
export function client(baseUrl, token) {
  const call = (method) => (p, body, opts = {}) => request(baseUrl, method, p, { token, body, ...opts });
  return { get: (p, opts = {}) => request(baseUrl, 'GET', p, { token, ...opts }),
    post: call('POST'), patch: call('PATCH'), put: call('PUT'), del: (p, opts = {}) => request(baseUrl, 'DELETE', p, { token, ...opts }),
    token, baseUrl };
}

// Per-file setup. `const srv = useServer(opts)` starts a server in before() (fields filled in:
// srv.server, srv.baseUrl) and stops it in after(). Tests declared with the `test` exported
// here record failures, and after() then prints the server's log (stdout + stderr).
let anyFailed = false;
export function test(name, opts, fn) {
  if (typeof opts === 'function') { fn = opts; opts = {}; }
  return nodeTest(name, opts, async (t) => {
    try {
      return await fn(t);
    } catch (e) {
      anyFailed = true;
      throw e;
    }
  });
}

// Whether a test of this file declared with `test` above has failed (for teardowns that print logs).
export const anyTestFailed = () => anyFailed;

export function useServer(opts = {}) {
  const holder = { server: null, baseUrl: null };
  before(async () => {
    holder.server = await startServer(opts);
    holder.baseUrl = holder.server.baseUrl;
  });
  after(async () => {
    if (!holder.server) return;
    let undocumented = null;
    await holder.server.stop().catch((err) => { undocumented = err; });
    if (anyFailed) {
      process.stderr.write(`\n----- quanke server log (${holder.baseUrl}, exit ${JSON.stringify(await holder.server.exited)}) -----\n` +
        `${holder.server.log}\n----- end of server log -----\n`);
    }
    if (undocumented) throw undocumented;
  });
  return holder;
}

// Ids of the demo company, looked up by name.
export async function directory(api) {
  const users = [];
  let cursor = null;
  do {
    const r = await api.get(`/api/v1/users?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (r.status !== 200) throw new Error(`GET /users: ${r.status} ${r.text}`);
    users.push(...r.json.items);
    cursor = r.json.nextCursor;
  } while (cursor);
  const deps = (await api.get('/api/v1/departments')).json.items;
  const roles = (await api.get('/api/v1/roles')).json.items;
  const user = (username) => users.find((u) => u.username === username);
  const dep = (name) => deps.find((d) => d.name === name);
  const role = (code) => roles.find((r) => r.code === code);
  return { users, deps, roles, user, dep, role };
}

export { sleep };
