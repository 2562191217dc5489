// A cluster for the API tests of several nodes (PostgreSQL only): scripts/cluster.sh starts a
// PostgreSQL primary with a streaming replica, `quanke serve` nodes (default three, with
// --db-replica) and nginx in front of them; the demo company is loaded on the primary.
//
// For other test files: `const cl = useCluster(opts)` starts it in before() (cl.cluster filled
// in) and stops it in after(); or call startCluster(opts) / cluster.stop() yourself. What a
// cluster offers:
//   url                          nginx (round robin over the nodes)
//   nodes[i].url / .port         node i+1 directly
//   dbUrl, primaryAdminUrl, replicaAdminUrl
//   psqlPrimary(sql), psqlReplica(sql)   one statement on the quanke database, rows as text
//   nodeLog(n), nginxLog()       the logs so far (node n: 1-based; access lines carry X-Request-Id)
//   stopNode(n, signal)          'TERM' (default) or 'KILL' (a crash: for the reclaim sweep test)
//   startNode(n)                 the same node again, same port and log
//   stopReplica(), startReplica()
//   waitReplicaCaughtUp()        until the replica has replayed everything committed so far
//   stop()                       stops it all; throws when a node answered an error code that
//                                openapi.json does not list for the operation
// Options: nodes (3), serveArgs (more `serve` flags for every node; default
// ['--sweep-check', '3600'] keeps the background jobs quiet), maxLagMs (--db-replica-max-lag-ms),
// demoCustomers (demo customers, default 0), tenants (['demo']).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { BIN, PASSWORD, REPO, anyTestFailed, request, sleep, undocumentedErrorCodes } from './harness.mjs';

const SCRIPT = path.join(REPO, 'scripts', 'cluster.sh');

function psql(url, sql) {
  return execFileSync('psql', [url, '-q', '-tA', '-v', 'ON_ERROR_STOP=1', '-c', sql], { stdio: 'pipe', encoding: 'utf8' }).trim();
}

function quanke(args) {
  try {
    return execFileSync(BIN, args, { stdio: 'pipe', encoding: 'utf8' });
  } catch (e) {
    throw new Error(`${BIN} ${args.join(' ')} failed (${e.status}):\n${e.stdout}\n${e.stderr}`);
  }
}

export async function startCluster({ nodes = 3, serveArgs = ['--sweep-check', '3600'], maxLagMs, demoCustomers = 0,
  tenants = ['demo'] } = {}) {
  // The cluster's directory (removed by `cluster.sh stop`) and one for the error-code log.
  const dir = mkdtempSync(path.join(tmpdir(), 'quanke-cluster-'));
  chmodSync(dir, 0o755);  // PostgreSQL runs as the postgres user when the tests run as root
  const work = mkdtempSync(path.join(tmpdir(), 'quanke-cluster-log-'));
  const errorCodeLog = path.join(work, 'error-codes.log');
  const args = [...serveArgs];
  if (maxLagMs !== undefined) args.push('--db-replica-max-lag-ms', String(maxLagMs));
  const env = {
    ...process.env,
    QUANKE_BIN: BIN,
    QUANKE_CLUSTER_NODES: String(nodes),
    QUANKE_CLUSTER_SERVE_ARGS: args.join(' '),
    QUANKE_ERROR_CODE_LOG: errorCodeLog,
  };
  const script = (...a) => execFileSync(SCRIPT, a, { env, stdio: 'pipe', encoding: 'utf8' });
  let printed;
  try {
    printed = script('start', dir);
  } catch (e) {
    try { script('stop', dir); } catch { /* best effort */ }
    rmSync(work, { recursive: true, force: true });
    throw new Error(`scripts/cluster.sh start failed (${e.status}):\n${e.stdout}\n${e.stderr}`);
  }
  const vars = Object.fromEntries(printed.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  const withDb = (adminUrl) => adminUrl.replace(/\/postgres$/, '/quanke');
  for (const t of tenants) {
    quanke(['demo', '--db', vars.DB_URL, '--tenant', t, '--password', PASSWORD, '--customers', String(demoCustomers), '--activity', 'false']);
  }
  const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  let stopped = false;
  const cluster = {
    dir,
    url: vars.URL,
    nodes: Array.from({ length: nodes }, (_, i) => ({ n: i + 1, url: vars[`NODE${i + 1}_URL`], port: Number(vars[`NODE${i + 1}_PORT`]) })),
    dbUrl: vars.DB_URL,
    primaryAdminUrl: vars.PRIMARY_ADMIN_URL,
    replicaAdminUrl: vars.REPLICA_ADMIN_URL,
    psqlPrimary: (sql) => psql(withDb(vars.PRIMARY_ADMIN_URL), sql),
    psqlReplica: (sql) => psql(withDb(vars.REPLICA_ADMIN_URL), sql),
    nodeLog: (n) => read(path.join(dir, `node${n}.log`)),
    nginxLog: () => read(path.join(dir, 'nginx-access.log')),
    stopNode: (n, signal = 'TERM') => { script('node-stop', dir, String(n), signal); },
    startNode: (n) => { script('node-start', dir, String(n)); },
    stopReplica: () => { script('replica-stop', dir); },
    startReplica: () => { script('replica-start', dir); },
    async waitReplicaCaughtUp(timeoutMs = 15000) {
      const target = cluster.psqlPrimary('SELECT pg_current_wal_insert_lsn()');
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        let done = false;
        try { done = cluster.psqlReplica(`SELECT pg_last_wal_replay_lsn() >= '${target}'::pg_lsn`) === 't'; } catch { /* starting */ }
        if (done) return;
        assert.ok(Date.now() < deadline, `the replica did not replay up to ${target} within ${timeoutMs} ms`);
        await sleep(20);
      }
    },
    errorCodes: () => read(errorCodeLog),
    // All node logs, for a failed test's report.
    logs() {
      return cluster.nodes.map(({ n }) => `----- node ${n} -----\n${cluster.nodeLog(n)}`).join('\n') +
        `\n----- nginx access log -----\n${cluster.nginxLog()}`;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      const answered = cluster.errorCodes();
      try { script('stop', dir); } finally { rmSync(work, { recursive: true, force: true }); }
      const bad = undocumentedErrorCodes(answered);
      assert.deepEqual(bad, [], 'the nodes answered error codes that openapi.json does not list for the operation');
    },
  };
  return cluster;
}

// Per-file setup, as useServer: the cluster in before(), stopped in after(); when a test of the
// file failed (declared with the harness's `test`), the node logs are printed.
export function useCluster(opts = {}) {
  const holder = { cluster: null };
  before(async () => { holder.cluster = await startCluster(opts); });
  after(async () => {
    if (!holder.cluster) return;
    if (anyTestFailed()) process.stderr.write(`\n${holder.cluster.logs()}\n----- end of cluster logs -----\n`);
    await holder.cluster.stop();
  });
  return holder;
}

// A client that behaves like the web app in a browser: logs in with the session cookie, keeps
// every cookie the server sets (quanke_read_after too) and sends the CSRF token on changes.
export function browser(baseUrl) {
  const jar = new Map();
  let csrf = null;
  const call = async (method, pathname, body, { headers = {} } = {}) => {
    const h = { ...headers };
    if (jar.size) h.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (csrf && method !== 'GET') h['x-csrf-token'] = csrf;
    const r = await request(baseUrl, method, pathname, { body, headers: h });
    for (const line of r.headers.getSetCookie()) {
      const pair = line.split(';')[0];
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      if (/;\s*Max-Age=0\b/i.test(line)) jar.delete(name); else jar.set(name, pair.slice(eq + 1));
    }
    return r;
  };
  return {
    cookies: jar,
    async login(username, tenant = 'demo', password = PASSWORD) {
      const r = await call('POST', '/api/v1/auth/login', { tenant, username, password });
      assert.equal(r.status, 200, `login ${tenant}/${username}: ${r.text}`);
      csrf = r.json.csrfToken;
      return r;
    },
    get: (p, opts) => call('GET', p, undefined, opts),
    post: (p, body, opts) => call('POST', p, body, opts),
    patch: (p, body, opts) => call('PATCH', p, body, opts),
    del: (p, opts) => call('DELETE', p, undefined, opts),
  };
}
