// Customer search (GET /customers?q=): 1-, 2- and 3+-character Chinese substrings of name, short
// name and contact names, and phone digits; always within the caller's data scope; pool search
// with inPool=true.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertOk, allPages, createCustomer, pools } from './lib/crm.mjs';

const srv = useServer({ sweepCheck: 0 }); // default demo size: search over 2,000 customers a tenant
let admin;
let dir;
let rep01;
let rep02;
let hb;
const C = {};
// Rare characters that the demo data does not use.
const ONE = '龘';
const TWO = '翀翃';
const THREE = '奡嫑嘦';

const ids = (items) => items.map((c) => c.id);
const search = (api, q, extra = '') => allPages(api, `/api/v1/customers?q=${encodeURIComponent(q)}${extra}`);

test('setup: customers of rep01 and rep02, and one in 华北公海, with rare characters and phones', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  rep01 = await as(srv.baseUrl, 'rep01');
  rep02 = await as(srv.baseUrl, 'rep02');
  hb = (await pools(admin)).byName('华北公海');
  for (const [what, q] of [['1', ONE], ['2', TWO], ['3', THREE]]) {
    assert.equal((await search(admin, q)).length, 0, `demo data has no ${what}-character ${q}`);
  }
  C.byName = await createCustomer(rep01, { name: `北京${ONE}${TWO}${THREE}科技有限公司`, phone: '010-5123 4401' });
  C.byShort = await createCustomer(rep01, { name: '北京某某检索测试甲有限公司', shortName: `${TWO}${ONE}`, phone: '13712344402' });
  C.byContact = await createCustomer(rep01, { name: '北京某某检索测试乙有限公司', contacts: [{ name: `${THREE}${ONE}`, mobile: '13712344403' }] });
  C.other = await createCustomer(rep02, { name: `北京${ONE}${TWO}${THREE}贸易有限公司`, phone: '13712344404' });
  C.pool = await createCustomer(admin, { name: `天津${ONE}${THREE}物流有限公司`, poolId: hb.id, phone: '022-5123 4405' });
});

test('1-, 2- and 3-character substrings of name, short name and contact name', async () => {
  assert.deepEqual(ids(await search(rep01, ONE)).sort(), [C.byName.id, C.byShort.id, C.byContact.id].sort(), `${ONE}: name, short name, contact`);
  assert.deepEqual(ids(await search(rep01, TWO)).sort(), [C.byName.id, C.byShort.id].sort(), `${TWO}: name, short name`);
  assert.deepEqual(ids(await search(rep01, THREE)).sort(), [C.byName.id, C.byContact.id].sort(), `${THREE}: name, contact`);
  assert.deepEqual(ids(await search(rep01, `${TWO}${ONE}`)), [C.byShort.id], 'short name exactly');
  assert.deepEqual(ids(await search(rep01, `${ONE}${TWO}${THREE}科`)), [C.byName.id], 'a longer substring of the name');
  assert.deepEqual(ids(await search(rep01, `${THREE}${ONE}`)), [C.byContact.id], 'contact name');
  assert.deepEqual(ids(await search(rep01, '嫑')).sort(), [C.byName.id, C.byContact.id].sort(), 'a character from the middle of a 3-character run');
});

test('phone digits: customer phone and contact mobile, any part of the digits', async () => {
  assert.deepEqual(ids(await search(rep01, '01051234401')), [C.byName.id], 'all digits of a landline written with a dash and a space');
  assert.deepEqual(ids(await search(rep01, '51234401')), [C.byName.id], 'the local part');
  assert.deepEqual(ids(await search(rep01, '13712344402')), [C.byShort.id], 'customer mobile');
  assert.deepEqual(ids(await search(rep01, '2344403')), [C.byContact.id], 'contact mobile, a part');
  assert.deepEqual(ids(await search(rep01, '137123444')).sort(), [C.byShort.id, C.byContact.id].sort(), 'a prefix shared by two (not rep02\'s)');
});

test('results stay in the data scope: rep01 never sees rep02\'s, admin sees all, bj1.lead sees both', async () => {
  const r1 = await search(rep01, ONE);
  assert.ok(!ids(r1).includes(C.other.id), 'rep01 does not find rep02\'s customer');
  const me = dir.user('rep01').id;
  for (const c of r1) assert.equal(c.ownerId, me);
  assert.deepEqual(ids(await search(rep02, ONE)), [C.other.id], 'rep02 finds only their own');
  assert.deepEqual(ids(await search(rep02, '13712344402')), [], 'rep02 cannot find rep01\'s by phone');
  assert.deepEqual(ids(await search(admin, ONE)).sort(), [C.byName.id, C.byShort.id, C.byContact.id, C.other.id].sort(), 'admin: all owned');
  const lead = await as(srv.baseUrl, 'bj1.lead');
  assert.equal((await search(lead, ONE)).length, 4, 'bj1.lead: 北京一组 (rep01 and rep02)');
  const huadong = await as(srv.baseUrl, 'huadong');
  assert.deepEqual(ids(await search(huadong, ONE)), [], 'huadong: nothing of 华北');
  // A common character over the demo data: every result is rep01's.
  const common = await search(rep01, '科');
  for (const c of common) assert.equal(c.ownerId, me, `${c.name} is rep01's`);
  const all = await search(admin, '科');
  assert.ok(all.length > common.length, 'admin finds more for 科');
  assert.ok(all.every((c) => c.ownerId !== null), 'without inPool, pool customers are not listed');
});

test('pool search: inPool=true finds pool customers for members only; phones masked', async () => {
  const r = await search(rep01, ONE, '&inPool=true');
  assert.deepEqual(ids(r), [C.pool.id], 'rep01 (member of 华北公海) finds it in the pool');
  assert.equal(r[0].poolId, hb.id);
  assert.equal(r[0].phoneMasked, true);
  assert.ok(r[0].phone.includes('*'), r[0].phone);
  // The phone is masked for rep01: only the whole number finds it, a fragment never does
  // (masked-search.test.mjs tries the digit-by-digit attack).
  assert.deepEqual(ids(await search(rep01, '51234405', '&inPool=true')), [], 'not by a fragment of a masked phone');
  assert.deepEqual(ids(await search(rep01, '02251234405', '&inPool=true')), [C.pool.id], 'by the whole number in the pool');
  assert.deepEqual(ids(await search(rep01, THREE, `&poolId=${hb.id}`)), [C.pool.id], 'poolId filter');
  const rep08 = await as(srv.baseUrl, 'rep08');
  assert.deepEqual(ids(await search(rep08, ONE, '&inPool=true')), [], 'a 华东 rep does not see 华北公海');
  // Owned customers are not in pool results, pool customers not in owned results.
  assert.ok(!ids(await search(rep01, ONE)).includes(C.pool.id));
});

test('with q results are newest first', async () => {
  const r = assertOk(await rep01.get(`/api/v1/customers?q=${encodeURIComponent(ONE)}&limit=200`), 200);
  const created = r.items.map((c) => Date.parse(c.createdAt));
  assert.deepEqual(created, [...created].sort((a, b) => b - a), 'createdAt descending');
  assert.equal(r.items[0].id, C.byContact.id);
});

test('an edit keeps search, phones and the other fields in step with what changed', async () => {
  const RARE = '靐';
  const NEW = '齉';
  assert.equal((await search(admin, RARE)).length, 0);
  assert.equal((await search(admin, NEW)).length, 0);
  const c = await createCustomer(rep01, { name: `上海${RARE}检索编辑有限公司`, phone: '13712344411', industry: '软件', tags: ['甲'] });
  const before = assertOk(await rep01.get(`/api/v1/customers/${c.id}`), 200);
  // Two custom fields (docs/api-custom-fields.md) for the edits below.
  assertOk(await admin.post('/api/v1/custom-fields', { object: 'customer', key: 'stage', label: '阶段（检索）', type: 'select', options: ['won', 'lost'] }), 201);
  assertOk(await admin.post('/api/v1/custom-fields', { object: 'customer', key: 'amount', label: '金额（检索）', type: 'number' }), 201);
  // One field: only it (and updatedAt) changes; search by the unchanged name still finds it.
  const cf = assertOk(await rep01.patch(`/api/v1/customers/${c.id}`, { customFields: { stage: 'won', amount: 5 } }), 200);
  assert.deepEqual(cf.customFields, { stage: 'won', amount: 5 });
  for (const k of Object.keys(before)) {
    if (k !== 'customFields' && k !== 'updatedAt') assert.deepEqual(cf[k], before[k], `${k} unchanged`);
  }
  assert.ok(cf.updatedAt > before.updatedAt, 'updatedAt moves');
  assert.deepEqual(ids(await search(rep01, RARE)), [c.id]);
  // Name and phone: the new ones are found, the old ones no longer; the conflict check follows.
  const renamed = assertOk(await rep01.patch(`/api/v1/customers/${c.id}`, { name: `上海${NEW}检索编辑有限公司`, phone: '13712344412' }), 200);
  assert.equal(renamed.name, `上海${NEW}检索编辑有限公司`);
  assert.deepEqual(renamed.customFields, { stage: 'won', amount: 5 }, 'kept');
  assert.deepEqual(renamed.tags, ['甲'], 'kept');
  assert.deepEqual(ids(await search(rep01, NEW)), [c.id]);
  assert.deepEqual(ids(await search(rep01, RARE)), []);
  assert.deepEqual(ids(await search(rep01, '13712344412')), [c.id]);
  assert.deepEqual(ids(await search(rep01, '13712344411')), []);
  const conflict = assertOk(await admin.post('/api/v1/customers/check-conflict', { phone: '137 1234 4412' }), 200);
  assert.equal(conflict.conflict, true);
  assert.equal(assertOk(await admin.post('/api/v1/customers/check-conflict', { phone: '13712344411' }), 200).conflict, false);
  assert.equal(assertOk(await admin.post('/api/v1/customers/check-conflict', { name: `上海${RARE}检索编辑有限公司` }), 200).conflict, false);
  // A value equal to the stored one changes nothing but updatedAt; status deal stamps lastDealAt.
  const same = assertOk(await rep01.patch(`/api/v1/customers/${c.id}`, { name: renamed.name, industry: '软件' }), 200);
  assert.equal(same.name, renamed.name);
  assert.deepEqual(ids(await search(rep01, NEW)), [c.id]);
  const deal = assertOk(await rep01.patch(`/api/v1/customers/${c.id}`, { status: 'deal' }), 200);
  assert.equal(deal.status, 'deal');
  assert.ok(deal.lastDealAt, 'lastDealAt set');
});

test('PATCH with fields= answers only the chosen keys of the customer after the edit', async () => {
  const c = await createCustomer(rep01, { name: `上海靐字段编辑${Date.now()}有限公司`, phone: '13712344421' });
  const slim = assertOk(await rep01.patch(`/api/v1/customers/${c.id}?fields=name,customFields,updatedAt,reclaim,homePoolName`, { customFields: { amount: 9 } }), 200);
  assert.deepEqual(Object.keys(slim).sort(), ['customFields', 'homePoolName', 'id', 'name', 'reclaim', 'updatedAt']);
  const after = assertOk(await rep01.get(`/api/v1/customers/${c.id}`), 200);
  for (const k of Object.keys(slim)) assert.deepEqual(slim[k], after[k], k);
  assert.deepEqual(slim.customFields, { amount: 9 }); // the fields defined above; PATCH merges
  assert.ok(slim.reclaim, 'an owned customer has its countdown');
  // A bad selection is refused before anything is written.
  const bad = await rep01.patch(`/api/v1/customers/${c.id}?fields=name,contacts`, { customFields: { amount: 10 } });
  assert.equal(bad.status, 400, bad.text);
  assert.equal(bad.json.error.code, 'validation.failed');
  assert.deepEqual(assertOk(await rep01.get(`/api/v1/customers/${c.id}`), 200).customFields, { amount: 9 }, 'unchanged');
  // Someone else's customer stays not found, fields or not.
  const other = assertOk(await rep02.get(`/api/v1/customers/${C.other.id}`), 200);
  const r = await rep01.patch(`/api/v1/customers/${other.id}?fields=name`, { customFields: { amount: 1 } });
  assert.equal(r.status, 404, r.text);
});
