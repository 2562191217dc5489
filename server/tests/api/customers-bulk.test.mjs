// Bulk entry and import (POST /customers/bulk): one transaction, each row created or refused on
// its own. A refused row leaves nothing behind (no customer, contact, search entry, history or
// feed item); later rows see the earlier ones, so a duplicate inside one batch is a conflict;
// the holding limit counts the rows of the same batch.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, allPages, createCustomer, makeUsers, pools, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 50, sweepCheck: 0 });
let admin;
let dir;
let hb;
const core = `澜${unique().slice(-4)}`;
// Pool customers are listed with inPool=true (owned ones without it).
const search = (api, q) => allPages(api, `/api/v1/customers?q=${encodeURIComponent(q)}&inPool=true`);

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  hb = (await pools(admin)).byName('华北公海');
  await createCustomer(admin, { name: `北京${core}已存在有限公司`, poolId: hb.id, phone: '010-8123 0001' });
});

test('mixed batch: good rows are created, each bad row gets its own error and leaves nothing', async () => {
  const rows = [
    { name: `北京${core}甲科技有限公司`, poolId: hb.id, contacts: [{ name: '甲联系人', mobile: '13812340001' }] },
    { name: `北京${core}已存在`, poolId: hb.id },                                // conflicts with the existing one
    { poolId: hb.id },                                                          // no name
    'not an object',
    { name: `北京${core}乙贸易有限公司`, poolId: hb.id, phone: '010-8123 0002' },
    { name: `北京 ${core}甲科技 股份有限公司`, poolId: hb.id },                  // same as row 0 after normalising
    { name: `北京${core}丙物流有限公司`, poolId: hb.id, contacts: [{ name: '丙联系人', mobile: '+86 138-1234-0001' }] }, // row 0's mobile
    { name: `北京${core}丁能源有限公司`, poolId: hb.id, phone: '(010) 81230002' }, // row 4's phone
    { name: `北京${core}戊传媒有限公司`, poolId: hb.id },
  ];
  const res = assertOk(await admin.post('/api/v1/customers/bulk', { items: rows }), 200, 'bulk');
  assert.equal(res.items.length, rows.length);
  res.items.forEach((it, i) => assert.equal(it.index, i, 'items in input order'));
  const created = [0, 4, 8];
  assert.equal(res.created, created.length, JSON.stringify(res.items));
  assert.equal(res.failed, rows.length - created.length);
  for (const i of created) {
    assert.ok(res.items[i].id, `row ${i} created: ${JSON.stringify(res.items[i])}`);
    assert.equal(res.items[i].error, null);
  }
  const codeOf = (i) => res.items[i].error?.code;
  assert.equal(codeOf(1), 'customer.conflict', 'duplicate of a stored customer');
  assert.equal(codeOf(2), 'validation.failed', 'missing name');
  assert.ok(res.items[2].error.details.fields.some((f) => f.field === 'name'), JSON.stringify(res.items[2].error));
  assert.equal(codeOf(3), 'validation.failed', 'not an object');
  assert.equal(codeOf(5), 'customer.conflict', 'duplicate name of an earlier row of the same batch');
  assert.equal(codeOf(6), 'customer.conflict', 'duplicate contact mobile of an earlier row');
  assert.equal(codeOf(7), 'customer.conflict', 'duplicate phone of an earlier row');
  for (const i of [1, 2, 3, 5, 6, 7]) assert.equal(res.items[i].id, null, `row ${i} has no id`);

  // The created rows are whole: detail, contacts, search, history.
  const a = assertOk(await admin.get(`/api/v1/customers/${res.items[0].id}`), 200);
  assert.equal(a.name, rows[0].name);
  assert.equal(a.poolId, hb.id);
  const contacts = assertOk(await admin.get(`/api/v1/customers/${a.id}/contacts`), 200).items;
  assert.deepEqual(contacts.map((c) => c.name), ['甲联系人']);
  const history = assertOk(await admin.get(`/api/v1/customers/${a.id}/owner-history`), 200).items;
  assert.deepEqual(history.map((h) => h.action), ['create']);

  // The refused rows left nothing: search by their distinctive words finds only the stored rows.
  const found = await search(admin, core);
  const names = found.map((c) => c.name).sort();
  assert.deepEqual(names, [`北京${core}已存在有限公司`, rows[0].name, rows[4].name, rows[8].name].sort());
  assert.equal((await search(admin, '丙物流')).filter((c) => c.name.includes(core)).length, 0, 'no search entry for a refused row');
  assert.equal((await search(admin, '丙联系人')).length, 0, 'no contact of a refused row');
  // Each created row announced itself once in the feed, and nothing else of this batch did.
  const feed = await allPages(admin, '/api/v1/feed', { limit: 200 });
  const batchItems = feed.filter((f) => f.type === 'customer.create' && (f.text ?? '').includes(core) && !f.text.includes('已存在'));
  assert.deepEqual(batchItems.map((f) => f.customerId).sort(), created.map((i) => res.items[i].id).sort(),
    `one customer.create item per created row: ${JSON.stringify(batchItems.map((f) => f.text))}`);
});

test('the holding limit counts the rows of the same batch', async () => {
  const [u] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: dir.dep('天津组').id, roleId: dir.role('rep').id, prefix: 'bulk' });
  for (let i = 0; i < 18; i++) await createCustomer(admin, { name: `批量上限${core}${i}号有限公司`, ownerId: u.id });
  const rows = [0, 1, 2, 3].map((i) => ({ name: `批量上限${core}新${i}号有限公司` }));
  const res = assertOk(await u.api.post('/api/v1/customers/bulk', { items: rows }), 200, 'bulk as the rep');
  assert.equal(res.created, 2, JSON.stringify(res.items));
  assert.ok(res.items[0].id && res.items[1].id, 'the first two fit under the limit of 20');
  for (const i of [2, 3]) {
    assert.equal(res.items[i].error?.code, 'pool.limit_reached', JSON.stringify(res.items[i]));
    assert.equal(res.items[i].error.details?.held, 20);
  }
  const owned = await allPages(admin, `/api/v1/customers?ownerId=${u.id}`);
  assert.equal(owned.length, 20, 'u holds exactly 20');
});

test('bad batches are refused whole', async () => {
  assertValidation(await admin.post('/api/v1/customers/bulk', {}), 'items', 'required');
  assertValidation(await admin.post('/api/v1/customers/bulk', { items: [] }), 'items', 'required');
  assertValidation(await admin.post('/api/v1/customers/bulk', { items: {} }), 'items', 'wrong_type');
  const many = Array.from({ length: 501 }, (_, i) => ({ name: `超长批量${core}${i}有限公司`, poolId: hb.id }));
  assertValidation(await admin.post('/api/v1/customers/bulk', { items: many }), 'items', 'too_long');
  assert.equal((await search(admin, `超长批量${core}`)).length, 0, 'nothing of a refused batch is stored');
  const otherAdmin = await as(srv.baseUrl, 'admin', 'other');
  const other = await otherAdmin.post('/api/v1/customers/bulk', { items: [{ name: `外租户${core}有限公司`, poolId: hb.id }] });
  assert.equal(other.status, 200, other.text);
  assert.equal(other.json.items[0].error?.code, 'validation.failed', 'a pool of another tenant is not a valid poolId');
  assertError(await admin.post('/api/v1/customers/bulk', undefined, { rawBody: '{"items":[' }), 400, 'validation.malformed_json');
});
