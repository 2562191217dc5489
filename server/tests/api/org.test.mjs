// Organisation happy paths and business-rule refusals: departments, users, roles, pagination.
import assert from 'node:assert/strict';
import { useServer, test, client, login, request, directory, PASSWORD } from './lib/harness.mjs';

const srv = useServer({ customers: 0 });
let admin; // client as demo admin
let dir; // demo directory snapshot

function assertError(r, status, code, what = '') {
  assert.equal(r.status, status, `${what} status (body: ${r.text})`);
  assert.equal(r.json?.error?.code, code, `${what} error code (body: ${r.text})`);
}
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

test('setup: admin logs in and reads the demo directory', async () => {
  admin = client(srv.baseUrl, await login(srv.baseUrl, 'demo', 'admin'));
  dir = await directory(admin);
  assert.equal(dir.users.length, 30);
  assert.equal(dir.deps.length, 12);
  assert.deepEqual(dir.roles.map((r) => r.code).sort(), ['admin', 'executive', 'manager', 'rep']);
});

// ---- Departments ----

test('departments: list is the flat tree, not paginated', async () => {
  const r = await admin.get('/api/v1/departments');
  assert.equal(r.status, 200);
  assert.equal(r.json.nextCursor, null);
  assert.equal(r.json.items.length, 12);
  const root = r.json.items.filter((d) => d.parentId === null);
  assert.equal(root.length, 1);
  assert.equal(root[0].name, '圈客演示科技有限公司');
  const bj1 = r.json.items.find((d) => d.name === '北京一组');
  assert.equal(bj1.parentId, r.json.items.find((d) => d.name === '华北大区').id);
  assert.equal(bj1.memberCount, 4);
  for (const d of r.json.items) {
    assert.equal(typeof d.id, 'string');
    assert.match(d.createdAt, ISO);
    assert.match(d.updatedAt, ISO);
    assert.equal(typeof d.sortOrder, 'number');
  }
});

test('departments: create, child, get, rename, cycle refused, delete rules', async () => {
  const root = dir.deps.find((d) => d.parentId === null);
  const parent = await admin.post('/api/v1/departments', { name: '  测试事业部  ', parentId: root.id, sortOrder: 7 });
  assert.equal(parent.status, 201, parent.text);
  assert.equal(typeof parent.json.id, 'string');
  assert.equal(parent.json.name, '测试事业部', 'name is trimmed');
  assert.equal(parent.json.parentId, root.id);
  assert.equal(parent.json.sortOrder, 7);
  assert.equal(parent.json.memberCount, 0);

  const child = await admin.post('/api/v1/departments', { name: '测试小组', parentId: parent.json.id });
  assert.equal(child.status, 201, child.text);
  assert.equal(child.json.parentId, parent.json.id);

  const got = await admin.get(`/api/v1/departments/${child.json.id}`);
  assert.equal(got.status, 200);
  assert.deepEqual(got.json, child.json);

  const renamed = await admin.patch(`/api/v1/departments/${child.json.id}`, { name: '测试二组' });
  assert.equal(renamed.status, 200, renamed.text);
  assert.equal(renamed.json.name, '测试二组');
  assert.equal(renamed.json.parentId, parent.json.id, 'PATCH leaves absent fields alone');
  assert.equal((await admin.get(`/api/v1/departments/${child.json.id}`)).json.name, '测试二组');

  assertError(await admin.patch(`/api/v1/departments/${parent.json.id}`, { parentId: child.json.id }),
    422, 'department.cycle', 'under its own child');
  assertError(await admin.patch(`/api/v1/departments/${parent.json.id}`, { parentId: parent.json.id }),
    422, 'department.cycle', 'under itself');
  assertError(await admin.patch(`/api/v1/departments/${root.id}`, { parentId: child.json.id }),
    422, 'department.cycle', 'root under a grandchild');
  assert.equal((await admin.get(`/api/v1/departments/${parent.json.id}`)).json.parentId, root.id, 'unchanged after refusal');

  assertError(await admin.del(`/api/v1/departments/${parent.json.id}`), 409, 'department.not_empty', 'has a sub-department');
  assertError(await admin.del(`/api/v1/departments/${dir.dep('北京一组').id}`), 409, 'department.not_empty', 'has users');

  // Moving the child to the top level (parentId null) works.
  const moved = await admin.patch(`/api/v1/departments/${child.json.id}`, { parentId: null });
  assert.equal(moved.status, 200, moved.text);
  assert.equal(moved.json.parentId, null);

  const del = await admin.del(`/api/v1/departments/${child.json.id}`);
  assert.equal(del.status, 204, del.text);
  assert.equal(del.text, '');
  assertError(await admin.get(`/api/v1/departments/${child.json.id}`), 404, 'not_found', 'after delete');
  assertError(await admin.del(`/api/v1/departments/${child.json.id}`), 404, 'not_found', 'delete twice');
  assert.equal((await admin.del(`/api/v1/departments/${parent.json.id}`)).status, 204, 'now empty');
});

test('departments: unknown parentId is refused with validation.failed', async () => {
  const r = await admin.post('/api/v1/departments', { name: '孤儿部', parentId: '999999999999' });
  assertError(r, 400, 'validation.failed');
  assert.deepEqual(r.json.error.details.fields, [{ field: 'parentId', issue: 'invalid_value' }]);
});

test('departments: a rep without org.create gets 403 permission.denied', async () => {
  const rep = client(srv.baseUrl, await login(srv.baseUrl, 'demo', 'rep08'));
  assertError(await rep.post('/api/v1/departments', { name: '偷偷建的部门' }), 403, 'permission.denied');
  assertError(await rep.get('/api/v1/departments'), 403, 'permission.denied');
  const lead = client(srv.baseUrl, await login(srv.baseUrl, 'demo', 'sh1.lead'));
  assertError(await lead.patch(`/api/v1/departments/${dir.dep('上海一组').id}`, { name: '改名' }), 403, 'permission.denied', 'manager edits');
});

// ---- Users ----

let newbie; // the user created below

test('users: create with roleIds and departmentId, then find it with q', async () => {
  const dep = dir.dep('北京二组');
  const rep = dir.role('rep');
  const r = await admin.post('/api/v1/users', {
    username: 'newbie', name: '新同事', password: 'first-pass-1', departmentId: dep.id,
    roleIds: [rep.id], mobile: '13912345678', email: 'newbie@example.com',
  });
  assert.equal(r.status, 201, r.text);
  newbie = r.json;
  assert.equal(typeof newbie.id, 'string');
  assert.equal(newbie.username, 'newbie');
  assert.equal(newbie.name, '新同事');
  assert.equal(newbie.departmentId, dep.id);
  assert.equal(newbie.departmentName, '北京二组');
  assert.deepEqual(newbie.roles, [{ id: rep.id, name: rep.name }]);
  assert.equal(newbie.status, 'active');
  assert.equal(newbie.mobile, '13912345678');
  assert.equal(newbie.email, 'newbie@example.com');
  assert.equal(newbie.isExecutive, false);
  assert.equal(newbie.isDepartmentHead, false);
  assert.equal(newbie.lastLoginAt, null);
  assert.match(newbie.createdAt, ISO);
  assert.ok(!('password' in newbie) && !('passwordHash' in newbie), 'no password in the answer');

  for (const q of ['newbie', 'NEWBIE', '新同', '13912345']) {
    const found = await admin.get(`/api/v1/users?q=${encodeURIComponent(q)}`);
    assert.equal(found.status, 200, found.text);
    assert.deepEqual(found.json.items.map((u) => u.id), [newbie.id], `q=${q}`);
    assert.equal(found.json.total, 1);
  }
  const got = await admin.get(`/api/v1/users/${newbie.id}`);
  assert.equal(got.status, 200);
  assert.equal(got.json.username, 'newbie');
  // Filters.
  const byDep = await admin.get(`/api/v1/users?departmentId=${dep.id}&limit=200`);
  assert.ok(byDep.json.items.every((u) => u.departmentId === dep.id));
  assert.ok(byDep.json.items.some((u) => u.id === newbie.id));
  const byRole = await admin.get(`/api/v1/users?roleId=${dir.role('executive').id}&limit=200`);
  assert.deepEqual(byRole.json.items.map((u) => u.username).sort(), ['ceo', 'vp']);
  // LIKE wildcards in q are literal.
  const wild = await admin.get(`/api/v1/users?q=${encodeURIComponent('%')}`);
  assert.equal(wild.status, 200);
  assert.equal(wild.json.items.length, 0, 'q=% matches nobody');
});

test('users: duplicate username → 409 user.username_taken; duplicate mobile → 409 user.mobile_taken', async () => {
  const base = { name: '重名', password: 'another-pass', departmentId: dir.dep('北京二组').id, roleIds: [] };
  assertError(await admin.post('/api/v1/users', { ...base, username: 'newbie' }), 409, 'user.username_taken', 'username');
  assertError(await admin.post('/api/v1/users', { ...base, username: 'rep01' }), 409, 'user.username_taken', 'demo username');
  assertError(await admin.post('/api/v1/users', { ...base, username: 'mobiledup', mobile: '13912345678' }), 409, 'user.mobile_taken', 'mobile');
  const list = await admin.get('/api/v1/users?q=%E9%87%8D%E5%90%8D');
  assert.equal(list.json.items.length, 0, 'nothing was created');
});

test('users: PATCH status resigned ends their sessions (401); active again lets them log in', async () => {
  const token = await login(srv.baseUrl, 'demo', 'newbie', 'first-pass-1');
  const self = client(srv.baseUrl, token);
  assert.equal((await self.get('/api/v1/me')).status, 200);
  const r = await admin.patch(`/api/v1/users/${newbie.id}`, { status: 'resigned' });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'resigned');
  assertError(await self.get('/api/v1/me'), 401, 'auth.required', 'resigned user token');
  assertError(await request(srv.baseUrl, 'POST', '/api/v1/auth/login', { body: { tenant: 'demo', username: 'newbie', password: 'first-pass-1' } }),
    401, 'auth.invalid_credentials', 'resigned user login');
  const resigned = await admin.get('/api/v1/users?status=resigned');
  assert.deepEqual(resigned.json.items.map((u) => u.username), ['newbie']);
  const back = await admin.patch(`/api/v1/users/${newbie.id}`, { status: 'active' });
  assert.equal(back.status, 200, back.text);
  await login(srv.baseUrl, 'demo', 'newbie', 'first-pass-1');
});

test('users: PATCH changes named fields only; null clears; admin cannot resign themself', async () => {
  const r = await admin.patch(`/api/v1/users/${newbie.id}`, { name: '新同事二号', email: null, isDepartmentHead: true });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.name, '新同事二号');
  assert.equal(r.json.email, null);
  assert.equal(r.json.isDepartmentHead, true);
  assert.equal(r.json.mobile, '13912345678', 'absent mobile unchanged');
  assert.equal(r.json.departmentName, '北京二组');
  const me = (await admin.get('/api/v1/me')).json.user;
  assertError(await admin.patch(`/api/v1/users/${me.id}`, { status: 'resigned' }), 422, 'user.self_resign');
});

test('users: reset-password → 204, old sessions end, the new password works and the old does not', async () => {
  const token = await login(srv.baseUrl, 'demo', 'newbie', 'first-pass-1');
  const r = await admin.post(`/api/v1/users/${newbie.id}/reset-password`, { password: 'reset-pass-2' });
  assert.equal(r.status, 204, r.text);
  assertError(await client(srv.baseUrl, token).get('/api/v1/me'), 401, 'auth.required', 'old session');
  const t2 = await login(srv.baseUrl, 'demo', 'newbie', 'reset-pass-2');
  assert.equal((await client(srv.baseUrl, t2).get('/api/v1/me')).json.user.username, 'newbie');
  assertError(await request(srv.baseUrl, 'POST', '/api/v1/auth/login', { body: { tenant: 'demo', username: 'newbie', password: 'first-pass-1' } }),
    401, 'auth.invalid_credentials', 'old password');
  const short = await admin.post(`/api/v1/users/${newbie.id}/reset-password`, { password: 'short' });
  assertError(short, 400, 'validation.failed', 'short password');
  assert.deepEqual(short.json.error.details.fields, [{ field: 'password', issue: 'too_short' }]);
  assertError(await admin.post('/api/v1/users/999999999999/reset-password', { password: 'whatever-long' }), 404, 'not_found', 'unknown user');
});

// ---- Roles ----

test('roles: create, get, patch, delete', async () => {
  const r = await admin.post('/api/v1/roles', { name: '测试角色', description: '临时', dataScope: 'department', permissions: ['customer.view', 'org.view'] });
  assert.equal(r.status, 201, r.text);
  assert.equal(typeof r.json.id, 'string');
  assert.equal(r.json.name, '测试角色');
  assert.equal(r.json.description, '临时');
  assert.equal(r.json.dataScope, 'department');
  assert.deepEqual([...r.json.permissions].sort(), ['customer.view', 'org.view']);
  assert.equal(r.json.builtin, false);
  assert.equal(r.json.userCount, 0);

  const p = await admin.patch(`/api/v1/roles/${r.json.id}`, { description: '改过了', permissions: ['customer.view'] });
  assert.equal(p.status, 200, p.text);
  assert.equal(p.json.description, '改过了');
  assert.equal(p.json.name, '测试角色');
  assert.equal(p.json.dataScope, 'department');
  assert.deepEqual(p.json.permissions, ['customer.view']);
  assert.deepEqual((await admin.get(`/api/v1/roles/${r.json.id}`)).json.permissions, ['customer.view']);

  assertError(await admin.post('/api/v1/roles', { name: '测试角色', dataScope: 'self' }), 409, 'role.name_taken', 'duplicate name');

  const d = await admin.del(`/api/v1/roles/${r.json.id}`);
  assert.equal(d.status, 204, d.text);
  assertError(await admin.get(`/api/v1/roles/${r.json.id}`), 404, 'not_found', 'after delete');
});

test('roles: deleting a builtin role → 422 role.builtin; narrowing admin → 422 role.builtin', async () => {
  for (const code of ['rep', 'admin']) {
    assertError(await admin.del(`/api/v1/roles/${dir.role(code).id}`), 422, 'role.builtin', `delete ${code}`);
  }
  assertError(await admin.patch(`/api/v1/roles/${dir.role('admin').id}`, { permissions: ['customer.view'] }), 422, 'role.builtin', 'narrow admin');
  const roles = (await admin.get('/api/v1/roles')).json.items;
  assert.equal(roles.filter((r) => r.builtin).length, 4, 'builtin roles still there');
  assert.equal(roles.find((r) => r.code === 'admin').permissions.length, dir.role('admin').permissions.length);
});

test('roles: deleting a role in use → 409 role.in_use; after unassigning → 204', async () => {
  const role = await admin.post('/api/v1/roles', { name: '在用角色', dataScope: 'self', permissions: [] });
  assert.equal(role.status, 201, role.text);
  const assign = await admin.patch(`/api/v1/users/${newbie.id}`, { roleIds: [dir.role('rep').id, role.json.id] });
  assert.equal(assign.status, 200, assign.text);
  assert.deepEqual(assign.json.roles.map((r) => r.id).sort(), [dir.role('rep').id, role.json.id].sort());
  assert.equal((await admin.get(`/api/v1/roles/${role.json.id}`)).json.userCount, 1);
  assertError(await admin.del(`/api/v1/roles/${role.json.id}`), 409, 'role.in_use');
  assert.equal((await admin.get(`/api/v1/roles/${role.json.id}`)).status, 200, 'still there');
  assert.equal((await admin.patch(`/api/v1/users/${newbie.id}`, { roleIds: [dir.role('rep').id] })).status, 200);
  assert.equal((await admin.del(`/api/v1/roles/${role.json.id}`)).status, 204);
});

test('permissions catalogue lists modules and actions', async () => {
  const r = await admin.get('/api/v1/permissions');
  assert.equal(r.status, 200);
  const org = r.json.modules.find((m) => m.module === 'org');
  assert.deepEqual(org.actions, ['view', 'create', 'edit', 'delete']);
  assert.ok(r.json.modules.find((m) => m.module === 'customer').actions.includes('view'));
});

// ---- Pagination ----

test('pagination: limit=5 pages, every user exactly once, for each sort order', async () => {
  for (const sort of ['name', '-name', 'username', '-username', 'createdAt', '-createdAt']) {
    const first = await admin.get(`/api/v1/users?limit=5&sort=${sort}`);
    assert.equal(first.status, 200, first.text);
    assert.equal(first.json.items.length, 5);
    assert.notEqual(first.json.nextCursor, null);
    assert.ok(first.json.total >= 30, `total ${first.json.total}`);
    const seen = [];
    let page = first;
    let pages = 0;
    for (;;) {
      pages++;
      assert.ok(page.json.items.length <= 5);
      seen.push(...page.json.items);
      if (!page.json.nextCursor) break;
      page = await admin.get(`/api/v1/users?limit=5&sort=${sort}&cursor=${encodeURIComponent(page.json.nextCursor)}`);
      assert.equal(page.status, 200, page.text);
      assert.equal(page.json.total, first.json.total, 'total is the same on every page');
      assert.ok(pages < 50, 'cursor loop terminates');
    }
    const ids = seen.map((u) => u.id);
    assert.equal(new Set(ids).size, ids.length, `${sort}: no user twice`);
    assert.equal(ids.length, first.json.total, `${sort}: every user once`);
    const all = (await admin.get(`/api/v1/users?limit=200&sort=${sort}`)).json.items.map((u) => u.id);
    assert.deepEqual(ids, all, `${sort}: pages concatenate to the one-page order`);
    const key = sort.replace('-', '');
    const values = seen.map((u) => u[key]);
    const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (sort.startsWith('-')) sorted.reverse();
    if (key !== 'name') assert.deepEqual(values, sorted, `${sort}: ordered`); // names sort by collation
  }
});

test('pagination: bad limit and cursor → 400 validation.failed', async () => {
  for (const [query, field] of [['limit=0', 'limit'], ['limit=201', 'limit'], ['limit=-1', 'limit'], ['limit=abc', 'limit'],
    ['cursor=garbage', 'cursor'], ['cursor=zz.1', 'cursor'], ['sort=password', 'sort']]) {
    const r = await admin.get(`/api/v1/users?${query}`);
    assertError(r, 400, 'validation.failed', query);
    assert.ok(r.json.error.details.fields.some((f) => f.field === field && f.issue === 'invalid_value'), `${query}: ${r.text}`);
  }
  const max = await admin.get('/api/v1/users?limit=200');
  assert.equal(max.status, 200);
  assert.equal(max.json.nextCursor, null);
  const dflt = await admin.get('/api/v1/users');
  assert.equal(dflt.json.items.length, 20, 'default limit 20');
});
