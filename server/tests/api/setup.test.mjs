// Starting a real company (issue 11): from an empty database, through the first-run API that the
// web's setup page calls, and through `quanke tenant create`. Either way the company starts with
// the four built-in roles, one department, its administrator and one public pool with the
// product's default rules, ready for a rep to claim from.
import assert from 'node:assert/strict';
import { useServer, test, request } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, createCustomer, unique } from './lib/crm.mjs';

const srv = useServer({ tenants: [], sweepCheck: 0 });
const anon = (method, p, body) => request(srv.baseUrl, method, p, { body });

// Checks the starting set of a new company through its administrator's eyes.
async function checkStartingSet(tenant, username, password, companyName) {
  const admin = await as(srv.baseUrl, username, tenant, password);
  const me = assertOk(await admin.get('/api/v1/me'));
  assert.ok(me.permissions.includes('org.edit'), 'the administrator holds every permission');
  const roles = assertOk(await admin.get('/api/v1/roles')).items;
  assert.deepEqual(roles.map((r) => r.code).sort(), ['admin', 'executive', 'manager', 'rep']);
  const deps = assertOk(await admin.get('/api/v1/departments')).items;
  assert.equal(deps.length, 1);
  assert.equal(deps[0].name, companyName);
  const pools = assertOk(await admin.get('/api/v1/pools')).items;
  assert.equal(pools.length, 1);
  assert.equal(pools[0].isAdmin, true, 'the administrator administers the pool');
  assert.equal(pools[0].rules.holdingLimit, 20, 'the product default holding limit');
  assert.equal(pools[0].rules.countDealCustomers, false);
  // A rep of the company claims from the pool; the administrator assigned nothing by hand.
  const rep = assertOk(await admin.post('/api/v1/users', { username: 'rep1', name: '新销售', password: 'rep1pass!', departmentId: deps[0].id,
    roleIds: [roles.find((r) => r.code === 'rep').id] }), 201);
  const c = await createCustomer(admin, { name: `第一个公海客户${unique()}有限公司`, poolId: pools[0].id });
  const repApi = await as(srv.baseUrl, 'rep1', tenant, 'rep1pass!');
  const claimed = assertOk(await repApi.post(`/api/v1/customers/${c.id}/claim`, {}));
  assert.equal(claimed.ownerId, rep.id);
}

test('an empty database asks for setup; bad input is refused field by field', async () => {
  assert.deepEqual(assertOk(await anon('GET', '/api/v1/setup')), { needed: true });
  const bad = await anon('POST', '/api/v1/setup', { code: 'Bad Code!', name: '', adminUsername: 'a b', adminPassword: 'short', timeZone: 'Mars/Olympus' });
  assertValidation(bad, 'code', 'invalid_value');
  assertValidation(bad, 'name', 'required');
  assertValidation(bad, 'adminUsername', 'invalid_value');
  assertValidation(bad, 'adminPassword', 'too_short');
  assertValidation(bad, 'timeZone', 'invalid_value');
  assert.deepEqual(assertOk(await anon('GET', '/api/v1/setup')), { needed: true }, 'nothing was written');
});

test('the first-run API creates the company once; afterwards it only says "done"', async () => {
  const made = assertOk(await anon('POST', '/api/v1/setup', { code: 'Acme', name: '艾克米贸易有限公司', adminUsername: 'boss',
    adminName: '老板', adminPassword: 'boss-pass-1', timeZone: 'Asia/Shanghai' }), 201);
  assert.equal(made.code, 'acme', 'the code is stored in lower case');
  assert.equal(made.name, '艾克米贸易有限公司');
  assert.match(made.tenantId, /^\d+$/);
  assert.deepEqual(assertOk(await anon('GET', '/api/v1/setup')), { needed: false });
  assertError(await anon('POST', '/api/v1/setup', { code: 'second', name: '第二家', adminUsername: 'x1', adminPassword: 'password1' }), 409, 'setup.done');
  assertError(await anon('POST', '/api/v1/auth/login', { tenant: 'acme', username: 'boss', password: 'wrong-password' }), 401, 'auth.invalid_credentials');
  await checkStartingSet('acme', 'boss', 'boss-pass-1', '艾克米贸易有限公司');
});

test('`quanke tenant create` adds another empty company; a taken code or a bad zone fails', async () => {
  const out = srv.server.cli(['tenant', 'create', '--code', 'north', '--name', '北方机械有限公司', '--admin', 'chief', '--password', 'chief-pass-1', '--time-zone', 'Asia/Urumqi']);
  assert.match(out, /created company north/);
  await checkStartingSet('north', 'chief', 'chief-pass-1', '北方机械有限公司');
  assert.throws(() => srv.server.cli(['tenant', 'create', '--code', 'north', '--name', 'x', '--admin', 'y1', '--password', 'password1']), /tenant\.code_taken/);
  assert.throws(() => srv.server.cli(['tenant', 'create', '--code', 'zzz', '--name', 'x', '--admin', 'y1', '--password', 'password1', '--time-zone', 'Nowhere/City']), /timeZone/);
  const north = await as(srv.baseUrl, 'chief', 'north', 'chief-pass-1');
  assert.equal(assertOk(await north.get('/api/v1/me')).tenant.timeZone, 'Asia/Urumqi');
});
