// Tenant isolation: the admin of tenant `other` cannot see or change anything of tenant `demo`
// through any id-bearing endpoint (404 not_found), and `demo` is unchanged afterwards.
import assert from 'node:assert/strict';
import { useServer, test, client, login, directory, PASSWORD } from './lib/harness.mjs';

const srv = useServer({ customers: 0 });
let demo; // client: demo admin
let other; // client: other admin
let ids; // demo ids
let snapshot; // demo objects before the attack

async function demoObjects() {
  const out = {};
  for (const [kind, id] of Object.entries(ids)) {
    const base = kind.startsWith('dep') ? 'departments' : kind.startsWith('user') ? 'users' : 'roles';
    const r = await demo.get(`/api/v1/${base}/${id}`);
    assert.equal(r.status, 200, `demo ${kind} ${id}: ${r.text}`);
    out[kind] = r.json;
  }
  return out;
}

test('setup: objects in demo, admins of both tenants', async () => {
  demo = client(srv.baseUrl, await login(srv.baseUrl, 'demo', 'admin'));
  other = client(srv.baseUrl, await login(srv.baseUrl, 'other', 'admin'));
  const d = await directory(demo);
  // An empty department and an unused custom role: a missing tenant check would let other's
  // admin delete them.
  const emptyDep = await demo.post('/api/v1/departments', { name: '空部门', parentId: d.dep('华北大区').id });
  assert.equal(emptyDep.status, 201, emptyDep.text);
  const freeRole = await demo.post('/api/v1/roles', { name: '闲置角色', dataScope: 'self', permissions: ['customer.view'] });
  assert.equal(freeRole.status, 201, freeRole.text);
  ids = {
    dep: d.dep('北京一组').id,
    depEmpty: emptyDep.json.id,
    user: d.user('rep01').id,
    userAdmin: d.user('admin').id,
    role: d.role('rep').id,
    roleFree: freeRole.json.id,
  };
  snapshot = await demoObjects();
  // Both tenants have the same names; the ids differ.
  const o = await directory(other);
  assert.notEqual(o.user('rep01').id, ids.user);
});

const attacks = [
  { method: 'GET', path: (i) => `/api/v1/departments/${i.dep}` },
  { method: 'PATCH', path: (i) => `/api/v1/departments/${i.dep}`, body: { name: '被改了' } },
  { method: 'PATCH', path: (i) => `/api/v1/departments/${i.depEmpty}`, body: { sortOrder: 99 } },
  { method: 'DELETE', path: (i) => `/api/v1/departments/${i.depEmpty}` },
  { method: 'DELETE', path: (i) => `/api/v1/departments/${i.dep}` },
  { method: 'GET', path: (i) => `/api/v1/users/${i.user}` },
  { method: 'GET', path: (i) => `/api/v1/users/${i.userAdmin}` },
  { method: 'PATCH', path: (i) => `/api/v1/users/${i.user}`, body: { name: '被改了' } },
  { method: 'PATCH', path: (i) => `/api/v1/users/${i.user}`, body: { status: 'resigned' } },
  { method: 'PATCH', path: (i) => `/api/v1/users/${i.userAdmin}`, body: { mobile: '13999999999' } },
  { method: 'POST', path: (i) => `/api/v1/users/${i.user}/reset-password`, body: { password: 'hijacked-123' } },
  { method: 'POST', path: (i) => `/api/v1/users/${i.userAdmin}/reset-password`, body: { password: 'hijacked-123' } },
  { method: 'GET', path: (i) => `/api/v1/roles/${i.role}` },
  { method: 'PATCH', path: (i) => `/api/v1/roles/${i.role}`, body: { description: '被改了' } },
  { method: 'PATCH', path: (i) => `/api/v1/roles/${i.roleFree}`, body: { permissions: ['org.delete'] } },
  { method: 'DELETE', path: (i) => `/api/v1/roles/${i.roleFree}` },
  { method: 'DELETE', path: (i) => `/api/v1/roles/${i.role}` },
];

for (const a of attacks) {
  const label = a.path({ dep: '{demo dep}', depEmpty: '{demo empty dep}', user: '{demo rep01}', userAdmin: '{demo admin}',
    role: '{demo rep role}', roleFree: '{demo unused role}' });
  test(`other's admin: ${a.method} ${label}${a.body ? ' ' + JSON.stringify(a.body) : ''} → 404 not_found`, async () => {
    const r = await other[a.method === 'DELETE' ? 'del' : a.method.toLowerCase()](a.path(ids), a.body);
    assert.equal(r.status, 404, r.text);
    assert.equal(r.json.error.code, 'not_found');
  });
}

test('references to demo ids in bodies are refused, never linked', async () => {
  const o = await directory(other);
  const cases = [
    ['POST', '/api/v1/departments', { name: '越界部门', parentId: ids.dep }],
    ['PATCH', `/api/v1/departments/${o.dep('北京一组').id}`, { parentId: ids.dep }],
    ['POST', '/api/v1/users', { username: 'crosser', name: '越界', password: 'crosser-pass', departmentId: ids.dep, roleIds: [] }],
    ['POST', '/api/v1/users', { username: 'crosser2', name: '越界', password: 'crosser-pass', departmentId: o.dep('北京一组').id, roleIds: [ids.role] }],
    ['PATCH', `/api/v1/users/${o.user('rep01').id}`, { departmentId: ids.dep }],
    ['PATCH', `/api/v1/users/${o.user('rep01').id}`, { roleIds: [ids.roleFree] }],
  ];
  for (const [method, path, body] of cases) {
    const r = await other[method.toLowerCase()](path, body);
    assert.ok([400, 404].includes(r.status), `${method} ${path} ${JSON.stringify(body)} → ${r.status} ${r.text}`);
  }
  const after = await directory(other);
  assert.equal(after.users.length, 30, 'no user created in other');
  assert.equal(after.deps.length, 12, 'no department created in other');
  assert.equal(after.user('rep01').departmentId, o.user('rep01').departmentId);
  assert.deepEqual(after.user('rep01').roles, o.user('rep01').roles);
});

test('demo objects are unchanged after the attempts', async () => {
  const now = await demoObjects();
  assert.deepEqual(now, snapshot);
  // The reset-password attempts did not change demo passwords.
  await login(srv.baseUrl, 'demo', 'rep01', PASSWORD);
  await login(srv.baseUrl, 'demo', 'admin', PASSWORD);
});

test('lists and filters of other never contain demo ids', async () => {
  const demoAll = await directory(demo);
  const demoIds = new Set([...demoAll.users, ...demoAll.deps, ...demoAll.roles].map((x) => x.id));
  const o = await directory(other);
  for (const x of [...o.users, ...o.deps, ...o.roles]) assert.ok(!demoIds.has(x.id), `other lists demo id ${x.id} (${x.name})`);
  for (const u of o.users) {
    assert.ok(!demoIds.has(u.departmentId), `${u.username} departmentId`);
    for (const r of u.roles) assert.ok(!demoIds.has(r.id), `${u.username} role`);
  }
  assert.equal(o.users.length, 30);
  // Filtering by a demo id finds nothing (or is refused), never demo users.
  for (const q of [`departmentId=${ids.dep}`, `roleId=${ids.role}`]) {
    const r = await other.get(`/api/v1/users?${q}&limit=200`);
    assert.ok(r.status === 200 || r.status === 400, `${q}: ${r.status}`);
    if (r.status === 200) assert.equal(r.json.items.length, 0, `${q}: ${r.text.slice(0, 300)}`);
  }
  // A demo user's cursor cannot reveal demo users either.
  const demoPage = await demo.get('/api/v1/users?limit=5');
  const r = await other.get(`/api/v1/users?limit=200&cursor=${encodeURIComponent(demoPage.json.nextCursor)}`);
  if (r.status === 200) for (const u of r.json.items) assert.ok(!demoIds.has(u.id));
  // The audit log of other has no demo entries.
  const audit = await other.get('/api/v1/audit-log?limit=200');
  assert.equal(audit.status, 200);
  for (const e of audit.json.items) {
    assert.ok(!demoIds.has(e.actorId ?? ''), `audit actor ${e.actorId}`);
    assert.ok(!demoIds.has(e.objectId ?? ''), `audit object ${e.objectId}`);
  }
  const demoAudit = await demo.get('/api/v1/audit-log?limit=200');
  const otherAuditIds = new Set(audit.json.items.map((e) => e.id));
  for (const e of demoAudit.json.items) assert.ok(!otherAuditIds.has(e.id));
});

test('a demo token is not valid for other tenant data and vice versa (same names, different ids)', async () => {
  const me = await other.get('/api/v1/me');
  assert.equal(me.json.tenant.code, 'other');
  assert.notEqual(me.json.user.id, ids.userAdmin);
});

test('message settings (robot language, public address) are per tenant', async () => {
  const mine = await demo.put('/api/v1/settings/notifications', { language: 'en', publicBaseUrl: 'https://demo.example.com' });
  assert.equal(mine.status, 200, mine.text);
  const theirs = await other.get('/api/v1/settings/notifications');
  assert.equal(theirs.status, 200, theirs.text);
  assert.deepEqual(theirs.json, { language: 'zh-CN', publicBaseUrl: '' }, 'other does not see demo\'s settings');
  assert.equal((await other.put('/api/v1/settings/notifications', { language: 'zh-CN', publicBaseUrl: 'https://other.example.com' })).status, 200);
  assert.deepEqual((await demo.get('/api/v1/settings/notifications')).json, { language: 'en', publicBaseUrl: 'https://demo.example.com' });
});
