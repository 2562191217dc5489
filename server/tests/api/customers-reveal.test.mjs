// POST /customers/{id}/reveal (the audited phone reveal) and its daily quota (GET/PUT
// /settings/reveal): who may reveal, what it answers, what it spends, and exact counting when
// reveals arrive at once. Not testable here: the count starting again on the next local day.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, createCustomer, unique } from './lib/crm.mjs';

const srv = useServer({ sweepCheck: 0, customers: 0 });
let admin;
let dir;
const api = {};

const phone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const protectedOf = (c) => ({ id: c.id, mobile: c.mobile, phone: c.phone, email: c.email, wechat: c.wechat });

// A customer of rep02 with a phone and two contacts, with `members` on its team (read access).
async function teamCustomer(members) {
  const c = await createCustomer(api.rep02, {
    name: `号码客户${unique()}有限公司`,
    phone: phone(),
    contacts: [
      { name: '张经理', mobile: phone(), email: `zhang${unique()}@example.com`, wechat: `wx${unique()}` },
      { name: '李工', phone: `010-${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` },
    ],
  });
  for (const m of members)
    assertOk(await api.rep02.post(`/api/v1/customers/${c.id}/team`, { userId: dir.user(m).id, access: 'read' }), 201, `team ${m}`);
  return c;
}

async function revealAudits(userId) {
  const r = assertOk(await admin.get('/api/v1/audit-log?action=customer.reveal&limit=200'), 200);
  return r.items.filter((e) => e.actorId === userId);
}

async function setQuota(n) {
  assert.equal(assertOk(await admin.put('/api/v1/settings/reveal', { dailyQuota: n }), 200).dailyQuota, n);
}

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  for (const u of ['rep01', 'rep02', 'rep03', 'rep04', 'rep05']) api[u] = await as(srv.baseUrl, u);
});

test('settings: default 20, settings.configure to change, 0..1000', async () => {
  assert.equal(assertOk(await api.rep01.get('/api/v1/settings/reveal'), 200).dailyQuota, 20);
  assertError(await api.rep01.put('/api/v1/settings/reveal', { dailyQuota: 100 }), 403, 'permission.denied');
  assertValidation(await admin.put('/api/v1/settings/reveal', { dailyQuota: 1001 }), 'dailyQuota', 'invalid_value');
  assertValidation(await admin.put('/api/v1/settings/reveal', { dailyQuota: -1 }), 'dailyQuota', 'invalid_value');
  assertValidation(await admin.put('/api/v1/settings/reveal', {}), 'dailyQuota');
  assertValidation(await admin.put('/api/v1/settings/reveal', { dailyQuota: '5' }), 'dailyQuota', 'wrong_type');
  await setQuota(3);
  assert.equal(assertOk(await api.rep01.get('/api/v1/settings/reveal'), 200).dailyQuota, 3);
  const audit = assertOk(await admin.get('/api/v1/audit-log?action=settings.reveal&limit=5'), 200);
  assert.equal(audit.items[0].details.dailyQuota, 3);
});

test('a team member who sees the customer masked reveals it: the owner\'s values, audited, counted; then 429', async () => {
  await setQuota(3);
  const c = await teamCustomer(['rep01']);
  const owner = assertOk(await api.rep02.get(`/api/v1/customers/${c.id}`), 200);
  assert.equal(owner.phoneMasked, false);
  const seen = assertOk(await api.rep01.get(`/api/v1/customers/${c.id}`), 200);
  assert.equal(seen.phoneMasked, true);
  assert.notEqual(seen.phone, owner.phone, 'the member sees the phone masked');
  assert.notDeepEqual(seen.contacts.map(protectedOf), owner.contacts.map(protectedOf));

  const before = (await revealAudits(dir.user('rep01').id)).length;
  const r = assertOk(await api.rep01.post(`/api/v1/customers/${c.id}/reveal`, {}), 200);
  assert.equal(r.phone, owner.phone);
  const byId = (a, b) => (a.id < b.id ? -1 : 1);
  assert.deepEqual([...r.contacts].sort(byId), owner.contacts.map(protectedOf).sort(byId));
  assert.equal(r.revealsLeftToday, 2);
  const audits = await revealAudits(dir.user('rep01').id);
  assert.equal(audits.length, before + 1, 'one audit entry per reveal');
  assert.equal(audits[0].objectType, 'customer');
  assert.equal(audits[0].objectId, c.id);

  // An Idempotency-Key does not replay a reveal: the clear values are never stored for replay, so
  // a repeat with the same key is a new reveal, audited and counted.
  const key = { headers: { 'Idempotency-Key': `reveal-${c.id}` } };
  const first = await api.rep01.post(`/api/v1/customers/${c.id}/reveal`, {}, key);
  assert.equal(assertOk(first, 200).revealsLeftToday, 1);
  const again = await api.rep01.post(`/api/v1/customers/${c.id}/reveal`, {}, key);
  assert.equal(again.headers.get('idempotent-replayed'), null, 'not a replay');
  assert.equal(assertOk(again, 200).revealsLeftToday, 0);
  assert.equal((await revealAudits(dir.user('rep01').id)).length, before + 3, 'each reveal audited');
  const over = await api.rep01.post(`/api/v1/customers/${c.id}/reveal`, {});
  assertError(over, 429, 'reveal.quota_exceeded');
  assert.equal(over.json.error.details.dailyQuota, 3);
  assert.equal((await revealAudits(dir.user('rep01').id)).length, before + 3, 'a refused reveal is not audited');
  // Raising the quota gives the difference back for today.
  await setQuota(4);
  assert.equal(assertOk(await api.rep01.post(`/api/v1/customers/${c.id}/reveal`, {}), 200).revealsLeftToday, 0);
  assertError(await api.rep01.post(`/api/v1/customers/${c.id}/reveal`, {}), 429, 'reveal.quota_exceeded');
});

test('the owner and a viewer with field.view_protected reveal without spending', async () => {
  await setQuota(2);
  const c = await teamCustomer([]);
  const owner = assertOk(await api.rep02.get(`/api/v1/customers/${c.id}`), 200);
  const before = (await revealAudits(dir.user('rep02').id)).length;
  for (let i = 0; i < 3; i++) {
    const r = assertOk(await api.rep02.post(`/api/v1/customers/${c.id}/reveal`, {}), 200);
    assert.equal(r.phone, owner.phone);
    assert.equal(r.revealsLeftToday, 2, 'nothing spent');
  }
  const a = assertOk(await admin.post(`/api/v1/customers/${c.id}/reveal`, {}), 200);
  assert.equal(a.phone, owner.phone);
  assert.equal(a.revealsLeftToday, 2);
  assert.equal((await revealAudits(dir.user('rep02').id)).length, before, 'no audit entry');
});

test('a customer with nothing to reveal (no phone, no contact numbers) spends nothing', async () => {
  await setQuota(1);
  const c = await createCustomer(api.rep02, { name: `无号码客户${unique()}有限公司`, contacts: [{ name: '赵总' }] });
  assertOk(await api.rep02.post(`/api/v1/customers/${c.id}/team`, { userId: dir.user('rep04').id, access: 'read' }), 201);
  const before = (await revealAudits(dir.user('rep04').id)).length;
  for (let i = 0; i < 2; i++) {
    const r = assertOk(await api.rep04.post(`/api/v1/customers/${c.id}/reveal`, {}), 200);
    assert.equal(r.phone, null);
    assert.equal(r.revealsLeftToday, 1);
  }
  assert.equal((await revealAudits(dir.user('rep04').id)).length, before);
});

test('a pool customer: 409 customer.claim_first (mask until claimed)', async () => {
  const pools = assertOk(await api.rep03.get('/api/v1/pools'), 200).items;
  assert.ok(pools.length > 0, 'rep03 is a member of a pool');
  const c = await createCustomer(admin, { name: `公海号码客户${unique()}有限公司`, poolId: pools[0].id, phone: phone() });
  const seen = assertOk(await api.rep03.get(`/api/v1/customers/${c.id}`), 200);
  assert.equal(seen.phoneMasked, true);
  assertError(await api.rep03.post(`/api/v1/customers/${c.id}/reveal`, {}), 409, 'customer.claim_first');
});

test('a customer the caller may not open, or of another tenant: 404 not_found', async () => {
  const c = await teamCustomer([]);
  assertError(await api.rep04.get(`/api/v1/customers/${c.id}`), 404, 'not_found');
  assertError(await api.rep04.post(`/api/v1/customers/${c.id}/reveal`, {}), 404, 'not_found');
  const other = await as(srv.baseUrl, 'admin', 'other');
  assertError(await other.post(`/api/v1/customers/${c.id}/reveal`, {}), 404, 'not_found');
  assertError(await api.rep04.post('/api/v1/customers/999999999999/reveal', {}), 404, 'not_found');
});

test('20 reveals at once against a quota of 5: exactly 5 succeed', async () => {
  await setQuota(5);
  const c = await teamCustomer(['rep05']);
  const rep05 = dir.user('rep05').id;
  const before = (await revealAudits(rep05)).length;
  const answers = await Promise.all(Array.from({ length: 20 }, () => api.rep05.post(`/api/v1/customers/${c.id}/reveal`, {})));
  const ok = answers.filter((r) => r.status === 200);
  const refused = answers.filter((r) => r.status === 429);
  assert.equal(ok.length, 5, answers.map((r) => r.status).join(','));
  assert.equal(refused.length, 15);
  for (const r of refused) assert.equal(r.json.error.code, 'reveal.quota_exceeded');
  assert.deepEqual(ok.map((r) => r.json.revealsLeftToday).sort(), [0, 1, 2, 3, 4]);
  assert.equal((await revealAudits(rep05)).length, before + 5);
});
