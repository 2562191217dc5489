// Data scope and tenant isolation for customers, contacts, pools and hand-over; phone masking.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, allPages, createCustomer, pools, unique } from './lib/crm.mjs';

const srv = useServer({ sweepCheck: 0 }); // default demo: reps hold ~14 customers each
let admin;
let other; // admin of tenant other
let dir;
let all; // every owned customer of demo (admin's view)
const ids = {};

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  other = await as(srv.baseUrl, 'admin', 'other');
  dir = await directory(admin);
  all = await allPages(admin, '/api/v1/customers');
  assert.ok(all.length > 100, `demo has owned customers (${all.length})`);
  const hb = (await pools(admin)).byName('华北公海');
  const rep02Own = all.find((c) => c.ownerId === dir.user('rep02').id);
  assert.ok(rep02Own, 'rep02 holds a customer');
  const detail = assertOk(await admin.get(`/api/v1/customers/${rep02Own.id}`), 200);
  let contactId = detail.contacts[0]?.id;
  if (!contactId) contactId = assertOk(await admin.post(`/api/v1/customers/${rep02Own.id}/contacts`, { name: '范围联系人', mobile: '13600000001' }), 201).id;
  const poolCust = await createCustomer(admin, { name: `隔离公海客户${unique()}有限公司`, poolId: hb.id, phone: '13600000002' });
  ids.customer = rep02Own.id;
  ids.contact = contactId;
  ids.poolCustomer = poolCust.id;
  ids.pool = hb.id;
  ids.user = dir.user('rep02').id;
  ids.rep01 = dir.user('rep01').id;
});

function ownersOf(items) {
  return new Set(items.map((c) => c.ownerId));
}

test('rep01 (scope self) lists only own customers, on every page', async () => {
  const rep01 = await as(srv.baseUrl, 'rep01');
  const mine = await allPages(rep01, '/api/v1/customers', { limit: 3 });
  const expected = all.filter((c) => c.ownerId === ids.rep01);
  assert.ok(expected.length >= 4, `rep01 holds several customers (${expected.length}) so that there are several pages`);
  assert.deepEqual([...ownersOf(mine)], [ids.rep01]);
  assert.deepEqual(mine.map((c) => c.id).sort(), expected.map((c) => c.id).sort());
  // Filters never widen: ownerId of someone else finds nothing.
  const r = await rep01.get(`/api/v1/customers?ownerId=${ids.user}&limit=200`);
  assert.ok(r.status === 200 || r.status === 400, r.text);
  if (r.status === 200) assert.deepEqual(r.json.items, []);
  // mine=true is the same set.
  assert.equal((await allPages(rep01, '/api/v1/customers?mine=true')).length, expected.length);
});

test('bj1.lead lists exactly 北京一组\'s customers; huabei exactly 华北\'s', async () => {
  const lead = await allPages(await as(srv.baseUrl, 'bj1.lead'), '/api/v1/customers', { limit: 50 });
  const bj1 = all.filter((c) => c.ownerDepartmentName === '北京一组');
  assert.ok(bj1.length > 0);
  assert.deepEqual(lead.map((c) => c.id).sort(), bj1.map((c) => c.id).sort());
  const north = new Set(['华北大区', '北京一组', '北京二组', '天津组']);
  const hbItems = await allPages(await as(srv.baseUrl, 'huabei'), '/api/v1/customers', { limit: 100 });
  assert.deepEqual(hbItems.map((c) => c.id).sort(), all.filter((c) => north.has(c.ownerDepartmentName)).map((c) => c.id).sort());
  for (const c of hbItems) assert.ok(north.has(c.ownerDepartmentName), `${c.name} is held in ${c.ownerDepartmentName}`);
});

// Every id-bearing customer endpoint, with ids of demo.
const endpoints = [
  ['GET', (i) => `/api/v1/customers/${i.customer}`],
  ['PATCH', (i) => `/api/v1/customers/${i.customer}`, { name: '被改了有限公司' }],
  ['DELETE', (i) => `/api/v1/customers/${i.customer}`],
  ['GET', (i) => `/api/v1/customers/${i.customer}/contacts`],
  ['POST', (i) => `/api/v1/customers/${i.customer}/contacts`, { name: '入侵者' }],
  ['GET', (i) => `/api/v1/customers/${i.customer}/owner-history`],
  ['POST', (i) => `/api/v1/customers/${i.customer}/release`, { reason: '越权' }],
  ['POST', (i) => `/api/v1/customers/${i.customer}/transfer`, (i) => ({ userId: i.self })],
  ['POST', (i) => `/api/v1/customers/${i.customer}/lock`, {}],
  ['POST', (i) => `/api/v1/customers/${i.customer}/unlock`, {}],
  ['POST', (i) => `/api/v1/customers/${i.poolCustomer}/claim`, {}],
  ['POST', (i) => `/api/v1/customers/${i.poolCustomer}/assign`, (i) => ({ userId: i.self })],
  ['PATCH', (i) => `/api/v1/contacts/${i.contact}`, { name: '被改了' }],
  ['DELETE', (i) => `/api/v1/contacts/${i.contact}`],
];
const tenantOnly = [
  ['GET', (i) => `/api/v1/pools/${i.pool}`],
  ['PATCH', (i) => `/api/v1/pools/${i.pool}`, { name: '被改了' }],
  ['DELETE', (i) => `/api/v1/pools/${i.pool}`],
  ['GET', (i) => `/api/v1/pools/${i.pool}/rules`],
  ['PUT', (i) => `/api/v1/pools/${i.pool}/rules`, { rules: { holdingLimit: 1 } }],
  ['GET', (i) => `/api/v1/users/${i.user}/handover`],
  ['POST', (i) => `/api/v1/users/${i.user}/handover`, { mode: 'pool' }],
  ['GET', (i) => `/api/v1/customers/${i.poolCustomer}`],
];

const send = (api, [method, path, body], i) => api[method === 'DELETE' ? 'del' : method.toLowerCase()](path(i), typeof body === 'function' ? body(i) : body);

test('admin of tenant other → demo ids: 404 not_found everywhere', async (t) => {
  const self = (await other.get('/api/v1/me')).json.user.id;
  for (const e of [...endpoints, ...tenantOnly]) {
    const i = { ...ids, self };
    await t.test(`${e[0]} ${e[1]({ customer: '{c}', poolCustomer: '{pool c}', contact: '{contact}', pool: '{pool}', user: '{user}' })}`, async () => {
      assertError(await send(other, e, i), 404, 'not_found');
    });
  }
});

test('other\'s lists never show demo customers; demo is unchanged', async () => {
  const otherAll = await allPages(other, '/api/v1/customers');
  const demoIds = new Set(all.map((c) => c.id));
  assert.ok(otherAll.every((c) => !demoIds.has(c.id)));
  const q = await allPages(other, `/api/v1/customers?inPool=true&poolId=${ids.pool}`).catch(() => []);
  assert.ok(q.every((c) => !demoIds.has(c.id) && c.id !== ids.poolCustomer));
  const otherPools = (await other.get('/api/v1/pools')).json.items;
  assert.ok(!otherPools.some((p) => p.id === ids.pool));
  const c = assertOk(await admin.get(`/api/v1/customers/${ids.customer}`), 200);
  assert.equal(c.ownerId, ids.user);
  assert.notEqual(c.name, '被改了有限公司');
  assert.equal(c.locked, false);
  assert.equal((await admin.get(`/api/v1/customers/${ids.poolCustomer}`)).json.poolId, ids.pool);
  const h = assertOk(await admin.get(`/api/v1/pools/${ids.pool}/rules`), 200);
  assert.equal(h.items.length, 1, 'no rule version added');
  assert.ok((await admin.get(`/api/v1/customers/${ids.customer}/contacts`)).json.items.some((x) => x.id === ids.contact));
});

test('rep01 → rep02\'s customer and contact: 404 not_found (403 where a rep lacks the permission anyway)', async (t) => {
  const rep01 = await as(srv.baseUrl, 'rep01');
  for (const e of endpoints.filter((x) => !/claim|assign/.test(x[1]({})))) {
    const label = `${e[0]} ${e[1]({ customer: '{rep02 c}', contact: '{contact}' })}`;
    // Reps have neither customer.delete nor customer.transfer: refused for any id alike.
    const noPermission = (e[0] === 'DELETE' && /customers/.test(label)) || /transfer/.test(label);
    await t.test(label, async () => {
      const r = await send(rep01, e, { ...ids, self: ids.rep01 });
      if (noPermission) assertError(r, 403, 'permission.denied');
      else assertError(r, 404, 'not_found');
    });
  }
  assert.equal((await admin.get(`/api/v1/customers/${ids.customer}`)).json.ownerId, ids.user, 'unchanged');
});

test('bj1.lead (has delete and transfer) → a 北京二组 customer: 404 not_found for every endpoint', async (t) => {
  const lead = await as(srv.baseUrl, 'bj1.lead');
  const target = all.find((c) => c.ownerDepartmentName === '北京二组');
  assert.ok(target);
  const contacts = assertOk(await admin.get(`/api/v1/customers/${target.id}/contacts`), 200).items;
  const contact = contacts[0]?.id ?? assertOk(await admin.post(`/api/v1/customers/${target.id}/contacts`, { name: '二组联系人' }), 201).id;
  const i = { customer: target.id, contact, self: dir.user('rep01').id };
  for (const e of endpoints.filter((x) => !/claim|assign/.test(x[1]({})))) {
    await t.test(`${e[0]} ${e[1]({ customer: '{北京二组 c}', contact: '{contact}' })}`, async () => {
      assertError(await send(lead, e, i), 404, 'not_found');
    });
  }
  const after = assertOk(await admin.get(`/api/v1/customers/${target.id}`), 200);
  assert.equal(after.ownerId, target.ownerId, 'unchanged');
});

test('masking: a pool customer\'s phone is masked for rep01, their own is not', async () => {
  const rep01 = await as(srv.baseUrl, 'rep01');
  const p = assertOk(await rep01.get(`/api/v1/customers/${ids.poolCustomer}`), 200, 'rep01 opens a pool customer of their pool');
  assert.equal(p.phoneMasked, true);
  assert.ok(p.phone.includes('*') && !p.phone.includes('13600000002'), p.phone);
  const listed = (await allPages(rep01, `/api/v1/customers?inPool=true&poolId=${ids.pool}`)).find((c) => c.id === ids.poolCustomer);
  assert.ok(listed, 'listed in the pool');
  assert.equal(listed.phoneMasked, true);
  assert.ok(!JSON.stringify(listed).includes('13600000002'), 'not in the list either');
  const own = await createCustomer(rep01, { name: `掩码自有客户${unique()}有限公司`, phone: '13600000003', contacts: [{ name: '自有联系人', mobile: '13600000004' }] });
  assert.equal(own.phoneMasked, false);
  assert.equal(own.phone, '13600000003');
  assert.equal(own.contacts[0].mobile, '13600000004');
  // Demo pool customers with contacts: contacts' numbers are masked too.
  const demoPool = (await rep01.get(`/api/v1/customers?inPool=true&poolId=${ids.pool}&limit=20`)).json.items.find((c) => c.phone);
  const d = assertOk(await rep01.get(`/api/v1/customers/${demoPool.id}`), 200);
  for (const ct of d.contacts) for (const f of ['mobile', 'phone']) if (ct[f]) assert.ok(ct[f].includes('*'), `contact ${f} ${ct[f]} masked`);
  // After claiming, the owner sees the number.
  const claimed = assertOk(await rep01.post(`/api/v1/customers/${ids.poolCustomer}/claim`, {}), 200, 'claim');
  assert.equal(claimed.phoneMasked, false);
  assert.equal(claimed.phone, '13600000002');
});

test('fields= answers only the chosen keys, with the values and masking of the whole item', async () => {
  const rep01 = await as(srv.baseUrl, 'rep01');
  const lean = ['name', 'city', 'phone', 'phoneMasked', 'ownerName', 'customFields', 'updatedAt'];
  const joined = ['ownerDepartmentName', 'poolName', 'homePoolName', 'previousOwnerName', 'reclaim'];
  const lists = [
    [admin, '/api/v1/customers?limit=30'],
    [rep01, '/api/v1/customers?mine=true&limit=30'],
    [rep01, `/api/v1/customers?inPool=true&poolId=${ids.pool}&limit=30`],
  ];
  let masked = 0;
  for (const [who, path] of lists) {
    const full = assertOk(await who.get(path), 200, path);
    assert.ok(full.items.length > 0, `${path} lists something`);
    for (const keys of [lean, joined, ['id']]) {
      const slim = assertOk(await who.get(`${path}&fields=${keys.join(',')}`), 200, `${path} fields=${keys}`);
      assert.deepEqual(slim.items.map((c) => c.id), full.items.map((c) => c.id), `${path}: same items, same order`);
      assert.equal(slim.total, full.total);
      assert.equal(slim.nextCursor, full.nextCursor);
      slim.items.forEach((item, i) => {
        assert.deepEqual(Object.keys(item).sort(), [...new Set(['id', ...keys])].sort(), `${path}: exactly id and ${keys}`);
        for (const k of keys) assert.deepEqual(item[k], full.items[i][k], `${path}: ${k} of ${item.id}`);
        if (item.phoneMasked) masked += 1;
      });
    }
  }
  assert.ok(masked > 0, 'the pool list as rep01 has masked phones, and they stay masked');
  // The next page of a slim list continues where the whole list does.
  const page1 = assertOk(await admin.get('/api/v1/customers?limit=5&fields=name'), 200);
  const page2 = assertOk(await admin.get(`/api/v1/customers?limit=5&fields=name&cursor=${encodeURIComponent(page1.nextCursor)}`), 200);
  const whole = assertOk(await admin.get('/api/v1/customers?limit=10'), 200);
  assert.deepEqual([...page1.items, ...page2.items].map((c) => c.id), whole.items.map((c) => c.id));
  for (const bad of ['bogus', '', 'name,,city', 'Name', 'name,contacts', 'canEdit']) {
    assertValidation(await admin.get(`/api/v1/customers?fields=${encodeURIComponent(bad)}`), 'fields', 'invalid_value', `fields=${bad}`);
  }
});

test('a pool list counts exactly what it lists, as customers come and go', async () => {
  const rep01 = await as(srv.baseUrl, 'rep01');
  const hb = (await pools(admin)).byName('华北公海');
  const counted = async (who, path) => {
    const items = await allPages(who, path, { limit: 100 });
    const first = assertOk(await who.get(`${path}&limit=5`), 200, path);
    assert.equal(first.total, items.length, `${path}: total is every listed customer`);
    return items.length;
  };
  const pool = `/api/v1/customers?inPool=true&poolId=${hb.id}`;
  const n = await counted(rep01, pool);
  assert.ok(n > 5, `华北公海 has several pages of 5 (${n})`);
  await counted(rep01, '/api/v1/customers?inPool=true');
  await counted(admin, `/api/v1/customers?poolId=${hb.id}&level=C`);
  const c = await createCustomer(admin, { name: `计数公海${unique()}有限公司`, poolId: hb.id });
  assert.equal(await counted(rep01, pool), n + 1, 'a new pool customer is counted');
  assertOk(await admin.del(`/api/v1/customers/${c.id}`), 204);
  assert.equal(await counted(rep01, pool), n, 'a deleted one is not');
  assert.equal(assertOk(await admin.get(`/api/v1/pools/${hb.id}`), 200).customerCount, n, 'the pool counts the same');
});

test('a rep outside the pool\'s members cannot open a pool customer (404) nor list the pool', async () => {
  const rep08 = await as(srv.baseUrl, 'rep08');
  const hb = (await pools(admin)).byName('华北公海');
  const c = await createCustomer(admin, { name: `范围外公海${unique()}有限公司`, poolId: hb.id });
  assertError(await rep08.get(`/api/v1/customers/${c.id}`), 404, 'not_found', 'rep08 → 华北 pool customer');
  const r = await rep08.get(`/api/v1/customers?poolId=${hb.id}&limit=200`);
  assert.ok(r.status === 200 || r.status === 403 || r.status === 404, r.text);
  if (r.status === 200) assert.deepEqual(r.json.items, []);
});
