// Duplicate check (查重/撞单, PRODUCT.md §2 and §11): POST /customers/check-conflict finds
// customers by normalised name, credit code and phone digits, wherever they are (owned, pool,
// locked, deleted), and never discloses phone numbers or the holder's name. Creating or
// renaming into a conflict is 409 customer.conflict.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, createCustomer, pools, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 200, sweepCheck: 0 });
let admin;
let rep01;
let rep02;
let dir;
let hb;
const C = {}; // the customers

// A name core unlikely to collide with the demo data.
const core = `星${unique().slice(-4)}`;

test('setup: customers owned by rep01, in the pool, locked, deleted', async () => {
  admin = await as(srv.baseUrl, 'admin');
  rep01 = await as(srv.baseUrl, 'rep01');
  rep02 = await as(srv.baseUrl, 'rep02');
  dir = await directory(admin);
  hb = (await pools(admin)).byName('华北公海');
  C.owned = await createCustomer(rep01, {
    name: `北京${core}辰科技有限公司`, creditCode: '91110108MA01RX2K3Q', phone: '010-6688 1201',
    contacts: [{ name: '甄测试', mobile: '13911112201', phone: '010-66881299' }],
  });
  assert.equal(C.owned.ownerId, dir.user('rep01').id);
  C.pool = await createCustomer(admin, { name: `ABC${core}数据（上海）有限责任公司`, phone: '021-55550202', poolId: hb.id,
    contacts: [{ name: '贾联系', mobile: '+86 139-1111-2202' }] });
  assert.equal(C.pool.poolId, hb.id);
  C.locked = await createCustomer(rep01, { name: `天津${core}锁定股份有限公司`, phone: '13911112203' });
  assertOk(await rep01.post(`/api/v1/customers/${C.locked.id}/lock`, {}), 200, 'lock');
  C.deleted = await createCustomer(rep01, { name: `河北${core}删除有限公司`, creditCode: '91130100MA0DELETE4', phone: '0311-8800 1204' });
  const del = await admin.del(`/api/v1/customers/${C.deleted.id}`); // reps lack customer.delete
  assert.equal(del.status, 204, `delete → recycle bin: ${del.text}`);
  assertError(await rep01.del(`/api/v1/customers/${C.owned.id}`), 403, 'permission.denied', 'a rep cannot delete');
});

const check = async (api, body) => {
  const r = await api.post('/api/v1/customers/check-conflict', body);
  return assertOk(r, 200, `check-conflict ${JSON.stringify(body)}`);
};

const nameCases = () => [
  ['exact', `北京${core}辰科技有限公司`, 'owned'],
  ['without the suffix', `北京${core}辰科技`, 'owned'],
  ['另一后缀 股份有限公司', `北京${core}辰科技股份有限公司`, 'owned'],
  ['有限责任公司', `北京${core}辰科技有限责任公司`, 'owned'],
  ['spaces inside and around', `  北京 ${core} 辰科技 有限公司 `, 'owned'],
  ['full-width letters and half-width brackets', `ＡＢＣ${core}数据(上海)有限公司`, 'pool'],
  ['half-width letters, full-width brackets, no suffix', `ABC${core}数据（上海）`, 'pool'],
  ['brackets with spaces', `ABC ${core} 数据 ( 上海 ) 有限责任公司`, 'pool'],
  ['locked', `天津${core}锁定有限公司`, 'locked'],
  ['deleted', `河北${core}删除`, 'deleted'],
];

test('by normalised name: full/half width, spaces, brackets, company suffixes; where = owned/pool/locked/deleted', async (t) => {
  for (const [what, name, where] of nameCases()) {
    await t.test(`${what}: ${name}`, async () => {
      const res = await check(rep02, { name });
      assert.equal(res.conflict, true, `${name}: ${JSON.stringify(res)}`);
      const m = res.matches.find((x) => x.matchedOn === 'name' && x.where === where);
      assert.ok(m, `${name}: a name match where=${where}: ${JSON.stringify(res.matches)}`);
      if (where === 'owned' || where === 'locked') assert.equal(m.teamName, '北京一组', 'the holder\'s department');
      if (where === 'pool') assert.equal(m.poolName, '华北公海');
      // rep02 may not open rep01's customers: no id.
      if (where !== 'pool') assert.equal(m.customerId, null, `rep02 gets no id for rep01's customer: ${JSON.stringify(m)}`);
    });
  }
});

test('different company names do not match', async () => {
  for (const name of [`北京${core}辰`, `上海${core}辰科技有限公司`, `北京${core}辰科技发展有限公司`, '完全无关的名字有限公司']) {
    const res = await check(rep02, { name });
    assert.equal(res.conflict, false, `${name}: ${JSON.stringify(res)}`);
    assert.deepEqual(res.matches, []);
  }
});

test('by credit code (also a deleted customer\'s)', async () => {
  const a = await check(rep02, { creditCode: '91110108MA01RX2K3Q' });
  assert.ok(a.matches.some((m) => m.matchedOn === 'creditCode' && m.where === 'owned'), JSON.stringify(a));
  const b = await check(rep02, { creditCode: '91130100MA0DELETE4' });
  assert.ok(b.matches.some((m) => m.matchedOn === 'creditCode' && m.where === 'deleted'), JSON.stringify(b));
  const none = await check(rep02, { creditCode: '91110108MA01RX2K3Z' });
  assert.equal(none.conflict, false, JSON.stringify(none));
});

test('by phone digits: customer phone and contact mobile/phone, with +86, dashes and spaces', async () => {
  const cases = [
    ['010-66881201', 'owned'], ['01066881201', 'owned'], ['010 6688 1201', 'owned'],
    ['139-1111-2201', 'owned'], ['+86 13911112201', 'owned'], ['+8613911112201', 'owned'], ['010-6688-1299', 'owned'],
    ['13911112202', 'pool'], ['+86-139-1111-2202', 'pool'], ['021 5555 0202', 'pool'],
    ['139 1111 2203', 'locked'], ['0311-88001204', 'deleted'],
  ];
  for (const [phone, where] of cases) {
    const res = await check(rep02, { phone });
    assert.ok(res.matches.some((m) => m.matchedOn === 'phone' && m.where === where), `${phone} → ${where}: ${JSON.stringify(res)}`);
  }
  const none = await check(rep02, { phone: '13911112209' });
  assert.equal(none.conflict, false, JSON.stringify(none));
});

test('matches never disclose phone numbers or the holder; the owner gets the id, others do not', async () => {
  const res = await check(rep02, { name: `北京${core}辰科技`, phone: '13911112201', creditCode: '91110108MA01RX2K3Q' });
  assert.ok(res.matches.length >= 1);
  const text = JSON.stringify(res);
  for (const secret of ['6688', '1111', '2201', '马超', 'rep01', dir.user('rep01').id]) {
    assert.ok(!text.includes(secret), `the answer contains ${secret}: ${text}`);
  }
  for (const m of res.matches) {
    assert.deepEqual(Object.keys(m).sort(), ['customerId', 'customerName', 'kind', 'leadId', 'leadName', 'matchedOn', 'poolName', 'protectedUntil', 'teamName', 'where'], `only Match fields: ${JSON.stringify(m)}`);
    assert.equal(m.customerId, null);
  }
  const own = await check(rep01, { name: `北京${core}辰科技` });
  assert.equal(own.matches.find((m) => m.matchedOn === 'name')?.customerId, C.owned.id, 'the owner may open it: id given');
});

test('a match names the customer only to callers who may open it (masked disclosure)', async () => {
  for (const [what, name, where] of nameCases()) {
    const res = await check(rep02, { name });
    const m = res.matches.find((x) => x.matchedOn === 'name' && x.where === where);
    assert.ok(m, `${what}: match where=${where}: ${JSON.stringify(res)}`);
    if (m.customerId === null) {
      assert.equal(m.customerName, null, `${what}: no name without access: ${JSON.stringify(m)}`);
    } else {
      assert.equal(typeof m.customerName, 'string', `${what}: customerName: ${JSON.stringify(m)}`);
      assert.ok(m.customerName.length > 0);
    }
  }
  // rep01 owns the first one and may open it: id and name are given.
  const own = await check(rep01, { name: `北京${core}辰科技` });
  const m = own.matches.find((x) => x.matchedOn === 'name');
  assert.equal(m.customerId, C.owned.id);
  assert.equal(typeof m.customerName, 'string');
});

test('excludeId leaves the customer itself out (editing it)', async () => {
  const res = await check(rep01, { name: `北京${core}辰科技有限公司`, excludeId: C.owned.id });
  assert.equal(res.conflict, false, JSON.stringify(res));
});

test('POST /customers with a conflicting name, phone or credit code → 409 customer.conflict; PATCH too', async () => {
  assertError(await rep02.post('/api/v1/customers', { name: `北京 ${core} 辰科技股份有限公司` }), 409, 'customer.conflict', 'name (owned by rep01)');
  assertError(await rep02.post('/api/v1/customers', { name: `ＡＢＣ${core}数据(上海)` }), 409, 'customer.conflict', 'name (pool)');
  assertError(await rep02.post('/api/v1/customers', { name: `河北${core}删除有限公司` }), 409, 'customer.conflict', 'name (deleted)');
  assertError(await rep02.post('/api/v1/customers', { name: `全新${core}公司甲`, creditCode: '91110108MA01RX2K3Q' }), 409, 'customer.conflict', 'credit code');
  assertError(await rep02.post('/api/v1/customers', { name: `全新${core}公司乙`, phone: '+86 139 1111 2201' }), 409, 'customer.conflict', 'phone = a contact mobile');
  const conflict = await rep02.post('/api/v1/customers', { name: `北京${core}辰科技` });
  assert.ok(!JSON.stringify(conflict.json).includes('马超'), 'the refusal does not name the holder');
  assert.ok(!JSON.stringify(conflict.json).includes('6688'), 'nor the phone');
  const mine = await createCustomer(rep02, { name: `全新${core}公司丙` });
  assertError(await rep02.patch(`/api/v1/customers/${mine.id}`, { name: `天津${core}锁定` }), 409, 'customer.conflict', 'PATCH name → locked one');
  assert.equal((await rep02.get(`/api/v1/customers/${mine.id}`)).json.name, `全新${core}公司丙`, 'unchanged');
  assertOk(await rep02.patch(`/api/v1/customers/${mine.id}`, { name: `全新${core}公司丙有限公司` }), 200, 'renaming to its own normalised name is fine');
});
