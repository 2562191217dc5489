// Contracts (docs/api-contracts.md): numbers (format, unique and gap-free under concurrency),
// money in integer fen, totals and lines, plans flagged when they do not sum, submit (no flow:
// active at once, a deal customer), the money fields locked after approval and change orders,
// void, delete, renew.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, createCustomer, addDays, unique } from './lib/crm.mjs';
import { makeContract, activeContract, today } from './lib/contracts.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });
let admin, otherAdmin;

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  otherAdmin = await as(srv.baseUrl, 'admin', 'other');
});

test('50 concurrent creations get the numbers 1..50 of the day, unique and without a gap; failures take none', async () => {
  // The other tenant has no contracts yet: its day's sequence starts at 1.
  const customer = await createCustomer(otherAdmin, { name: `并发客户${unique()}` });
  const bad = await createCustomer(otherAdmin, { name: `并发客户${unique()}` });
  const day = today().replaceAll('-', '');
  const calls = [];
  for (let i = 0; i < 60; i++) {
    // Every sixth fails (an end before the start), interleaved with the good ones.
    const failing = i % 6 === 5;
    calls.push(otherAdmin.post('/api/v1/contracts', failing
      ? { customerId: bad.id, name: `失败${i}`, startDate: '2026-02-01', endDate: '2026-01-01' }
      : { customerId: customer.id, name: `并发${i}`, totalFen: 100 + i }));
  }
  const answers = await Promise.all(calls);
  const made = answers.filter((r) => r.status === 201).map((r) => r.json);
  assert.equal(made.length, 50);
  assert.equal(answers.filter((r) => r.status === 400).length, 10);
  const expected = Array.from({ length: 50 }, (_, i) => `HT${day}${String(i + 1).padStart(4, '0')}`);
  assert.deepEqual(made.map((c) => c.number).sort(), expected);
  // The next one continues the sequence.
  const next = assertOk(await otherAdmin.post('/api/v1/contracts', { customerId: customer.id, name: '第51个' }), 201);
  assert.equal(next.number, `HT${day}0051`);
});

test('numbers follow the settings; a number in the body is refused', async () => {
  const before = assertOk(await admin.get('/api/v1/contract-settings'));
  assert.deepEqual(before, { numberPrefix: 'HT', numberDate: 'YYYYMMDD', numberDigits: 4, numberReset: 'daily',
    endRemindDays: 30, dueRemindDays: 3, discountApprovalBp: 2000 });
  const prefix = `T${unique().slice(-4).toUpperCase()}-`;
  assertOk(await admin.put('/api/v1/contract-settings', { ...before, numberPrefix: prefix, numberDate: 'YYYY', numberDigits: 3, numberReset: 'never' }));
  const c = await makeContract(admin);
  assert.match(c.number, new RegExp(`^${prefix}${today().slice(0, 4)}\\d{3,}$`));
  assertValidation(await admin.put('/api/v1/contract-settings', { ...before, numberDigits: 9 }), 'numberDigits', 'invalid_value');
  assertValidation(await admin.put('/api/v1/contract-settings', { ...before, numberReset: 'weekly' }), 'numberReset', 'invalid_value');
  const rep = await as(srv.baseUrl, 'rep01');
  assertError(await rep.put('/api/v1/contract-settings', before), 403, 'permission.denied');
  assertOk(await admin.put('/api/v1/contract-settings', before));
  const customer = await createCustomer(admin, { name: `编号客户${unique()}` });
  assertValidation(await admin.post('/api/v1/contracts', { customerId: customer.id, name: 'x', number: 'HT1' }), 'number', 'invalid_value');
});

test('money is integer fen end to end: lines, totals, list totals and the discount in basis points', async () => {
  // A yuan amount with cents that a binary float cannot hold exactly (1234567890123.45 yuan).
  const big = 123456789012345;
  const items = [
    { name: '服务A', quantity: 3, unitPriceFen: 33333, discountFen: 1 },
    { name: '服务B', quantity: 7, unitPriceFen: big, discountFen: 0 },
  ];
  const sum = 3 * 33333 - 1 + 7 * big;
  const c = await makeContract(admin, { items });
  assert.equal(c.totalFen, sum);
  assert.equal(c.listTotalFen, sum + 1, 'no product: the list price is the unit price');
  assert.equal(c.discountBp, 0, 'floor(1 × 10000 / list) is 0');
  assert.deepEqual(c.items.map((i) => i.totalFen), [3 * 33333 - 1, 7 * big]);
  assert.equal(c.owedFen, sum);
  assert.equal(c.planMismatchFen, sum);
  assert.equal(c.status, 'draft');
  // Given with the lines, the total must agree.
  const customer = await createCustomer(admin, { name: `金额客户${unique()}` });
  assertValidation(await admin.post('/api/v1/contracts', { customerId: customer.id, name: 'x', items, totalFen: sum + 1 }), 'totalFen', 'invalid_value');
  assertValidation(await admin.post('/api/v1/contracts', { customerId: customer.id, name: 'x', totalFen: 1.5 }), 'totalFen');
  assertValidation(await admin.post('/api/v1/contracts', { customerId: customer.id, name: 'x', startDate: '2026-03-01', endDate: '2026-02-28' }), 'endDate', 'invalid_value');
  assertValidation(await admin.post('/api/v1/contracts', { customerId: customer.id, name: 'x', items: [{ name: 'a', quantity: 1, unitPriceFen: 5, discountFen: 6 }] }), 'items[0].discountFen', 'invalid_value');
});

test('a plan that does not sum to the total is kept and flagged; instalments numbered by due date', async () => {
  const t = today();
  const c = await makeContract(admin, { totalFen: 100000 });
  const put = (body) => admin.put(`/api/v1/contracts/${c.id}/instalments`, body);
  const plan = [{ dueDate: addDays(t, 60), amountFen: 30000 }, { dueDate: addDays(t, 30), amountFen: 50000 }];
  const d = assertOk(await put({ version: c.version, instalments: plan }));
  assert.equal(d.planFen, 80000);
  assert.equal(d.planMismatchFen, 20000);
  assert.deepEqual(d.instalments.map((i) => [i.seq, i.dueDate, i.amountFen, i.state]),
    [[1, addDays(t, 30), 50000, 'not_due'], [2, addDays(t, 60), 30000, 'not_due']]);
  assert.equal(d.version, c.version + 1);
  assertError(await put({ version: c.version, instalments: plan }), 409, 'contract.version_conflict');
  const full = assertOk(await put({ version: d.version, instalments: [...d.instalments.map((i) => ({ id: i.id, dueDate: i.dueDate, amountFen: i.amountFen })), { dueDate: addDays(t, 90), amountFen: 20000 }] }));
  assert.equal(full.planMismatchFen, 0);
  assert.deepEqual(full.instalments.slice(0, 2).map((i) => i.id), d.instalments.map((i) => i.id), 'ids kept');
  assertValidation(await put({ version: full.version, instalments: [{ dueDate: t, amountFen: 0 }] }), 'instalments[0].amountFen', 'invalid_value');
});

test('submit without a flow: active at once, the customer becomes a deal customer, the feed says so, the team hears of it', async () => {
  const customer = await createCustomer(admin, { name: `成交客户${unique()}` });
  const rep = await as(srv.baseUrl, 'rep01');
  const me = assertOk(await rep.get('/api/v1/me'));
  assertOk(await admin.post(`/api/v1/customers/${customer.id}/team`, { userId: me.user.id, access: 'read' }), 201, 'team');
  const c = await makeContract(admin, { totalFen: 500000 }, customer);
  assertError(await admin.post(`/api/v1/contracts/${c.id}/submit`, { version: c.version + 1 }), 409, 'contract.version_conflict');
  const active = assertOk(await admin.post(`/api/v1/contracts/${c.id}/submit`, { version: c.version }));
  assert.equal(active.status, 'active');
  assert.equal(active.approvalStatus, 'approved');
  assertError(await admin.post(`/api/v1/contracts/${c.id}/submit`, { version: active.version }), 409, 'contract.not_draft');
  const after = assertOk(await admin.get(`/api/v1/customers/${customer.id}`));
  assert.equal(after.status, 'deal');
  const feed = assertOk(await admin.get(`/api/v1/feed?customerId=${customer.id}`));
  const item = feed.items.find((f) => f.type === 'contract.activated');
  assert.ok(item, `feed: ${JSON.stringify(feed.items.map((f) => f.type))}`);
  assert.equal(item.params.number, c.number);
  assert.equal(item.params.totalFen, '500000');
  // 成交确认: the customer's team is told (not the admin who activated it).
  const told = assertOk(await rep.get('/api/v1/notifications?limit=50')).items.filter((n) => n.type === 'contract.activated' && n.objectId === c.id);
  assert.equal(told.length, 1);
  assert.match(told[0].title, new RegExp(`${c.number}.*¥5000\\.00`));
});

test('an approved contract\'s money is locked (409 contract.amount_locked); a change order applies and keeps the history', async () => {
  const t = today();
  const c = await activeContract(admin, 300000, [{ dueDate: addDays(t, 10), amountFen: 300000 }]);
  for (const body of [{ totalFen: 1 }, { items: [] }, { endDate: addDays(t, 400) }, { signDate: t }])
    assertError(await admin.patch(`/api/v1/contracts/${c.id}`, body), 409, 'contract.amount_locked', JSON.stringify(body));
  const renamed = assertOk(await admin.patch(`/api/v1/contracts/${c.id}`, { name: '改名后', notes: '备注' }));
  assert.equal(renamed.name, '改名后');
  assert.equal(renamed.totalFen, 300000);
  assertValidation(await admin.post(`/api/v1/contracts/${c.id}/changes`, { version: renamed.version, totalFen: 350000 }), 'reason', 'required');
  assertError(await admin.post(`/api/v1/contracts/${c.id}/changes`, { reason: '加量', version: renamed.version - 1, totalFen: 350000 }), 409, 'contract.version_conflict');
  const order = assertOk(await admin.post(`/api/v1/contracts/${c.id}/changes`, { reason: '加量', version: renamed.version, totalFen: 350000, endDate: addDays(t, 365) }), 201);
  assert.equal(order.status, 'approved');
  assert.equal(order.before.totalFen, 300000);
  assert.equal(order.after.totalFen, 350000);
  assert.equal(order.after.endDate, addDays(t, 365));
  const changed = assertOk(await admin.get(`/api/v1/contracts/${c.id}`));
  assert.equal(changed.totalFen, 350000);
  assert.equal(changed.version, renamed.version + 1);
  assert.equal(changed.planMismatchFen, 50000);
  const history = assertOk(await admin.get(`/api/v1/contracts/${c.id}/changes`)).items;
  assert.deepEqual(history.map((h) => h.id), [order.id]);
  // Not below what was received.
  assertOk(await admin.post(`/api/v1/contracts/${c.id}/receipts`, { amountFen: 200000, receivedOn: t, method: 'bank' }), 201);
  const r = await admin.post(`/api/v1/contracts/${c.id}/changes`, { reason: '减量', version: changed.version, totalFen: 199999 });
  assertError(r, 422, 'contract.below_received');
  // A draft is edited freely; the changes route is for approved ones.
  const draft = await makeContract(admin, { totalFen: 1000 });
  assert.equal(assertOk(await admin.patch(`/api/v1/contracts/${draft.id}`, { totalFen: 2000 })).totalFen, 2000);
  assertError(await admin.post(`/api/v1/contracts/${draft.id}/changes`, { reason: 'x', version: draft.version + 1, totalFen: 5 }), 409, 'contract.not_active');
});

test('delete drafts only; void from draft or active, refused with confirmed receipts; renew links', async () => {
  const t = today();
  const draft = await makeContract(admin, { totalFen: 1000 });
  const active = await activeContract(admin, 1000);
  assertError(await admin.del(`/api/v1/contracts/${active.id}`), 409, 'contract.not_draft');
  assert.equal((await admin.del(`/api/v1/contracts/${draft.id}`)).status, 204);
  assertError(await admin.get(`/api/v1/contracts/${draft.id}`), 404, 'not_found');
  const paid = await activeContract(admin, 1000);
  assertOk(await admin.post(`/api/v1/contracts/${paid.id}/receipts`, { amountFen: 10, receivedOn: t, method: 'cash' }), 201);
  assertError(await admin.post(`/api/v1/contracts/${paid.id}/void`, { reason: '错' }), 409, 'contract.has_receipts');
  const voided = assertOk(await admin.post(`/api/v1/contracts/${active.id}/void`, { reason: '客户取消' }));
  assert.equal(voided.status, 'void');
  assertError(await admin.patch(`/api/v1/contracts/${active.id}`, { name: 'x' }), 409, 'contract.void');
  assertError(await admin.post(`/api/v1/contracts/${active.id}/receipts`, { amountFen: 1, receivedOn: t, method: 'cash' }), 409, 'contract.not_active');
  const ending = await makeContract(admin, { totalFen: 7000, startDate: t, endDate: addDays(t, 30), items: [{ name: '年费', quantity: 1, unitPriceFen: 7000 }] });
  const renewal = assertOk(await admin.post(`/api/v1/contracts/${ending.id}/renew`, {}), 201);
  assert.equal(renewal.renewalOfId, ending.id);
  assert.equal(renewal.customerId, ending.customerId);
  assert.equal(renewal.totalFen, 7000);
  assert.equal(renewal.startDate, addDays(t, 31));
  assert.notEqual(renewal.number, ending.number);
  assert.equal(assertOk(await admin.get(`/api/v1/contracts/${ending.id}`)).renewedById, renewal.id);
});

test('the list: filters and sorts against what the test made, keyset pages and total', async () => {
  const customer = await createCustomer(admin, { name: `列表客户${unique()}` });
  const t = today();
  const made = [];
  for (let i = 0; i < 5; i++)
    made.push(await makeContract(admin, { totalFen: (i + 1) * 1000, signDate: addDays(t, -i), endDate: addDays(t, 10 * (i + 1)), submit: i % 2 === 0 }, customer));
  const q = `/api/v1/contracts?customerId=${customer.id}`;
  const all = assertOk(await admin.get(q));
  assert.equal(all.total, 5);
  assert.deepEqual(all.items.map((c) => c.id), [...made].reverse().map((c) => c.id), 'newest first');
  const byTotal = assertOk(await admin.get(`${q}&sort=-totalFen&limit=2`));
  assert.deepEqual(byTotal.items.map((c) => c.totalFen), [5000, 4000]);
  const page2 = assertOk(await admin.get(`${q}&sort=-totalFen&limit=2&cursor=${encodeURIComponent(byTotal.nextCursor)}`));
  assert.deepEqual(page2.items.map((c) => c.totalFen), [3000, 2000]);
  assert.equal(assertOk(await admin.get(`${q}&status=active`)).total, 3);
  assert.equal(assertOk(await admin.get(`${q}&status=draft,void`)).total, 2);
  assert.equal(assertOk(await admin.get(`${q}&signedFrom=${addDays(t, -1)}`)).total, 2);
  // Active and ending within 25 days: totals 1000 (t+10) and 3000 (t+30) is out, 1000 in.
  assert.deepEqual(assertOk(await admin.get(`${q}&endingWithinDays=25`)).items.map((c) => c.totalFen), [1000]);
  assert.equal(assertOk(await admin.get(`${q}&owed=true`)).total, 3);
  assert.equal(assertOk(await admin.get(`/api/v1/contracts?q=${encodeURIComponent(made[2].number)}`)).items[0].id, made[2].id);
  assert.deepEqual(assertOk(await admin.get(`${q}&sort=endDate`)).items.map((c) => c.totalFen), [1000, 2000, 3000, 4000, 5000]);
  assertValidation(await admin.get(`${q}&status=open`), 'status', 'invalid_value');
  const summary = assertOk(await admin.get(`/api/v1/customers/${customer.id}/contracts-summary`));
  assert.deepEqual(summary, { contracts: 3, activeContracts: 3, totalFen: 9000, receivedFen: 0, owedFen: 9000, overdueFen: 0, invoicedFen: 0 });
});
