// Data scope: who sees which users. rep (self, no org.view), team lead (department_tree over
// the team), regional manager (department_tree over the region), executives hidden from
// viewers without org.edit.
import assert from 'node:assert/strict';
import { useServer, test, client, login, directory } from './lib/harness.mjs';

const srv = useServer({ customers: 0 });
let admin;
let dir;
const as = async (username) => client(srv.baseUrl, await login(srv.baseUrl, 'demo', username));

async function allUsers(api, query = '') {
  const r = await api.get(`/api/v1/users?limit=200${query}`);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.nextCursor, null);
  assert.equal(r.json.total, r.json.items.length, 'total counts only what the caller may see');
  return r.json.items;
}

function assertError(r, status, code, what = '') {
  assert.equal(r.status, status, `${what} status (body: ${r.text})`);
  assert.equal(r.json?.error?.code, code, `${what} error code (body: ${r.text})`);
}

test('setup', async () => {
  admin = await as('admin');
  dir = await directory(admin);
});

test('rep01 (scope self, no org.view): GET /users, /users/{id}, /departments, /roles → 403 permission.denied', async () => {
  const rep = await as('rep01');
  assertError(await rep.get('/api/v1/users'), 403, 'permission.denied', '/users');
  assertError(await rep.get(`/api/v1/users/${dir.user('rep02').id}`), 403, 'permission.denied', '/users/{id}');
  assertError(await rep.get('/api/v1/departments'), 403, 'permission.denied', '/departments');
  assertError(await rep.get('/api/v1/roles'), 403, 'permission.denied', '/roles');
  assertError(await rep.get('/api/v1/audit-log'), 403, 'permission.denied', '/audit-log');
  assertError(await rep.patch(`/api/v1/users/${dir.user('rep01').id}`, { name: '自己改名' }), 403, 'permission.denied', 'PATCH self');
  // /me still works.
  assert.equal((await rep.get('/api/v1/me')).status, 200);
});

test('bj1.lead (department_tree over 北京一组) sees exactly the users of 北京一组', async () => {
  const items = await allUsers(await as('bj1.lead'));
  for (const u of items) assert.equal(u.departmentName, '北京一组', `${u.username} is in ${u.departmentName}`);
  assert.deepEqual(items.map((u) => u.username).sort(), ['bj1.lead', 'rep01', 'rep02', 'rep03']);
});

test('huabei (head of 华北大区) sees 华北大区 and its teams, nobody from 华东/华南/总经办', async () => {
  const items = await allUsers(await as('huabei'));
  const allowed = new Set(['华北大区', '北京一组', '北京二组', '天津组']);
  for (const u of items) assert.ok(allowed.has(u.departmentName), `${u.username} is in ${u.departmentName}`);
  const expected = dir.users.filter((u) => allowed.has(u.departmentName)).map((u) => u.username).sort();
  assert.equal(expected.length, 11);
  assert.deepEqual(items.map((u) => u.username).sort(), expected);
  // Filters narrow within the scope, never widen it.
  const south = await allUsers(await as('huabei'), `&departmentId=${dir.dep('广州组').id}`);
  assert.equal(south.length, 0, 'a filter for a department outside the scope finds nobody');
  const q = await allUsers(await as('huabei'), `&q=rep1`);
  assert.deepEqual(q.map((u) => u.username), [], 'rep1x are all outside 华北');
});

test('out-of-scope users are 404 not_found for GET /users/{id}', async () => {
  const lead = await as('bj1.lead');
  for (const name of ['rep13', 'huanan', 'rep04', 'huabei', 'admin']) {
    assertError(await lead.get(`/api/v1/users/${dir.user(name).id}`), 404, 'not_found', `bj1.lead → ${name}`);
  }
  const ok = await lead.get(`/api/v1/users/${dir.user('rep02').id}`);
  assert.equal(ok.status, 200);
  assert.equal(ok.json.username, 'rep02');
  const self = await lead.get(`/api/v1/users/${dir.user('bj1.lead').id}`);
  assert.equal(self.status, 200);
  const huabei = await as('huabei');
  assertError(await huabei.get(`/api/v1/users/${dir.user('rep13').id}`), 404, 'not_found', 'huabei → rep13');
  assert.equal((await huabei.get(`/api/v1/users/${dir.user('rep06').id}`)).status, 200);
});

test('executives are not listed for viewers without org.edit, even inside their scope', async () => {
  // An executive inside 北京一组, and an observer role with scope all but no org.edit.
  const exec = await admin.post('/api/v1/users', {
    username: 'bj.exec', name: '北京顾问', password: 'exec-pass-123', departmentId: dir.dep('北京一组').id,
    roleIds: [dir.role('rep').id], isExecutive: true, mobile: '13700000001',
  });
  assert.equal(exec.status, 201, exec.text);
  assert.equal(exec.json.isExecutive, true);
  const role = await admin.post('/api/v1/roles', { name: '观察员', dataScope: 'all', permissions: ['org.view'] });
  assert.equal(role.status, 201, role.text);
  const obs = await admin.post('/api/v1/users', {
    username: 'observer', name: '观察员甲', password: 'observer-pass', departmentId: dir.dep('总经办').id, roleIds: [role.json.id],
  });
  assert.equal(obs.status, 201, obs.text);

  const adminSees = (await allUsers(admin)).map((u) => u.username);
  for (const u of ['ceo', 'vp', 'bj.exec']) assert.ok(adminSees.includes(u), `admin (org.edit) sees ${u}`);

  const huabei = (await allUsers(await as('huabei'))).map((u) => u.username);
  assert.ok(!huabei.includes('bj.exec'), 'huabei does not see the executive in 北京一组');
  assert.ok(!huabei.includes('ceo') && !huabei.includes('vp'));
  const lead = await as('bj1.lead');
  assert.ok(!(await allUsers(lead)).some((u) => u.isExecutive), 'bj1.lead sees no executive');
  assertError(await lead.get(`/api/v1/users/${exec.json.id}`), 404, 'not_found', 'bj1.lead → executive by id');

  const observer = await client(srv.baseUrl, await login(srv.baseUrl, 'demo', 'observer', 'observer-pass'));
  const seen = await allUsers(observer);
  const names = seen.map((u) => u.username);
  for (const u of ['ceo', 'vp', 'bj.exec']) assert.ok(!names.includes(u), `observer does not list ${u}`);
  assert.ok(names.includes('rep13') && names.includes('admin'), 'scope all sees everyone else');
  assert.ok(seen.every((u) => !u.isExecutive));
  assertError(await observer.get(`/api/v1/users/${dir.user('ceo').id}`), 404, 'not_found', 'observer → ceo by id');

  // An executive sees themself.
  const ceo = await as('ceo');
  const me = await ceo.get(`/api/v1/users/${dir.user('ceo').id}`);
  assert.equal(me.status, 200, me.text);
});

test('a moved department changes the scope at once', async () => {
  const huabei = await as('huabei');
  const before = (await allUsers(huabei)).length;
  // Move 广州组 under 华北大区: huabei now sees its 3 people.
  const gz = dir.dep('广州组');
  const moved = await admin.patch(`/api/v1/departments/${gz.id}`, { parentId: dir.dep('华北大区').id });
  assert.equal(moved.status, 200, moved.text);
  const after = await allUsers(huabei);
  assert.equal(after.length, before + 3, 'gz.lead, rep13, rep14 now visible');
  assert.ok(after.some((u) => u.username === 'rep13'));
  assert.equal((await huabei.get(`/api/v1/users/${dir.user('rep13').id}`)).status, 200);
  assert.equal((await admin.patch(`/api/v1/departments/${gz.id}`, { parentId: dir.dep('华南大区').id })).status, 200);
  assert.equal((await allUsers(huabei)).length, before);
});
