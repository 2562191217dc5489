// Receipts, allocations, invoices and receivables (docs/api-contracts.md): the overpayment
// guard (also under 20 concurrent receipts), allocations by due date, over-invoicing, invoice
// numbers, ageing buckets against counts the test derives from the due dates it chose.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, createCustomer, addDays, allPages, makeUsers, unique } from './lib/crm.mjs';
import { makeContract, activeContract, today } from './lib/contracts.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });
let admin;

const receive = (c, body) => admin.post(`/api/v1/contracts/${c.id}/receipts`, { receivedOn: today(), method: 'bank', ...body });

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
});

test('receipts never go beyond what is owed: 422 receipt.exceeds_owed with what is left', async () => {
  const c = await activeContract(admin, 100000);
  const first = assertOk(await receive(c, { amountFen: 60000 }), 201);
  assert.equal(first.status, 'confirmed');
  const refused = await receive(c, { amountFen: 40001 });
  assertError(refused, 422, 'receipt.exceeds_owed');
  assert.equal(refused.json.error.details.owedFen, 40000);
  assertOk(await receive(c, { amountFen: 40000 }), 201);
  const after = assertOk(await admin.get(`/api/v1/contracts/${c.id}`));
  assert.deepEqual([after.receivedFen, after.owedFen, after.canReceive], [100000, 0, false]);
  assertValidation(await receive(c, { amountFen: 0 }), 'amountFen', 'invalid_value');
  assertValidation(await receive(c, { amountFen: 1, receivedOn: addDays(today(), 1) }), 'receivedOn', 'invalid_value');
  assertValidation(await receive(c, { amountFen: 1, method: 'gold' }), 'method', 'invalid_value');
  const draft = await makeContract(admin, { totalFen: 100 });
  assertError(await receive(draft, { amountFen: 1 }), 409, 'contract.not_active');
});

test('20 concurrent receipts: the sum never exceeds the total', async () => {
  const total = 100000;
  const amount = 15000; // 6 fit (90,000); the 7th would make 105,000
  const c = await activeContract(admin, total);
  const answers = await Promise.all(Array.from({ length: 20 }, () => receive(c, { amountFen: amount })));
  const accepted = answers.filter((r) => r.status === 201).length;
  assert.equal(accepted, Math.floor(total / amount));
  for (const r of answers.filter((x) => x.status !== 201)) assertError(r, 422, 'receipt.exceeds_owed');
  const after = assertOk(await admin.get(`/api/v1/contracts/${c.id}`));
  assert.equal(after.receivedFen, accepted * amount);
  const listed = await allPages(admin, `/api/v1/receipts?contractId=${c.id}`);
  assert.equal(listed.reduce((s, r) => s + r.amountFen, 0), accepted * amount);
});

test('allocations: spread over the open instalments by due date, or as given, never beyond an instalment', async () => {
  const t = today();
  const c = await activeContract(admin, 90000, [
    { dueDate: addDays(t, 60), amountFen: 30000 }, { dueDate: addDays(t, -5), amountFen: 20000 }, { dueDate: addDays(t, 20), amountFen: 40000 }]);
  const [i1, i2, i3] = c.instalments; // by due date: 20000 (t-5), 40000 (t+20), 30000 (t+60)
  assert.deepEqual(c.instalments.map((i) => i.amountFen), [20000, 40000, 30000]);
  assert.equal(i1.state, 'overdue');
  assert.equal(i1.overdueDays, 5);
  const spread = assertOk(await receive(c, { amountFen: 25000 }), 201);
  assert.deepEqual(spread.allocations.map((a) => [a.instalmentId, a.amountFen]), [[i1.id, 20000], [i2.id, 5000]]);
  const r = await receive(c, { amountFen: 40000, allocations: [{ instalmentId: i2.id, amountFen: 35001 }, { instalmentId: i3.id, amountFen: 4999 }] });
  assertError(r, 422, 'receipt.exceeds_instalment');
  assert.equal(r.json.error.details.owedFen, 35000);
  assertValidation(await receive(c, { amountFen: 100, allocations: [{ instalmentId: i3.id, amountFen: 99 }] }), 'allocations', 'invalid_value');
  const given = assertOk(await receive(c, { amountFen: 10000, allocations: [{ instalmentId: i3.id, amountFen: 10000 }] }), 201);
  assert.equal(given.allocations[0].seq, 3);
  const d = assertOk(await admin.get(`/api/v1/contracts/${c.id}`));
  assert.deepEqual(d.instalments.map((i) => [i.receivedFen, i.owedFen, i.state]),
    [[20000, 0, 'paid'], [5000, 35000, 'not_due'], [10000, 20000, 'not_due']]);
  assert.equal(d.overdueFen, 0);
  // An instalment that received money cannot be removed or go below what it received.
  const keep = d.instalments.map((i) => ({ id: i.id, dueDate: i.dueDate, amountFen: i.amountFen }));
  assertError(await admin.put(`/api/v1/contracts/${c.id}/instalments`, { version: d.version, instalments: keep.slice(1) }), 422, 'instalment.below_received');
  assertError(await admin.put(`/api/v1/contracts/${c.id}/instalments`, { version: d.version, instalments: [{ ...keep[0], amountFen: 19999 }, ...keep.slice(1)] }), 422, 'instalment.below_received');
});

test('invoices: never more than the total; numbers unique among issued ones; void keeps the row', async () => {
  const c = await activeContract(admin, 50000);
  const number = `FP${unique()}`;
  const issue = (body) => admin.post(`/api/v1/contracts/${c.id}/invoices`, { type: 'vat_normal', issuedOn: today(), ...body });
  const a = assertOk(await issue({ number, amountFen: 30000, title: '某公司' }), 201);
  assert.equal(a.status, 'issued');
  assertError(await issue({ number, amountFen: 1 }), 409, 'invoice.number_taken');
  const over = await issue({ number: `${number}b`, amountFen: 20001 });
  assertError(over, 422, 'invoice.exceeds_total');
  assert.equal(over.json.error.details.invoicableFen, 20000);
  assertOk(await issue({ number: `${number}b`, amountFen: 20000 }), 201);
  assert.equal(assertOk(await admin.get(`/api/v1/contracts/${c.id}`)).invoicedFen, 50000);
  const voided = assertOk(await admin.post(`/api/v1/invoices/${a.id}/void`, { reason: '抬头错误' }));
  assert.equal(voided.status, 'void');
  assert.equal(assertOk(await admin.get(`/api/v1/contracts/${c.id}`)).invoicedFen, 20000);
  assertOk(await issue({ number, amountFen: 30000 }), 201, 'the number is free again once void');
  const listed = assertOk(await admin.get(`/api/v1/invoices?contractId=${c.id}`));
  assert.equal(listed.total, 3);
  assert.equal(assertOk(await admin.get(`/api/v1/invoices?contractId=${c.id}&status=void`)).total, 1);
  assertValidation(await issue({ number: 'x', amountFen: 1, type: 'paper' }), 'type', 'invalid_value');
});

test('receivables and ageing: buckets by today, counts and sums derived from the chosen due dates', async () => {
  const t = today();
  const customer = await createCustomer(admin, { name: `应收客户${unique()}` });
  // Due dates at the edges of each bucket, and partial receipts on some.
  const plan = [
    { offset: 0, amountFen: 1000 }, { offset: 9, amountFen: 2000 },          // not_due
    { offset: -1, amountFen: 3000 }, { offset: -30, amountFen: 4000 },        // 1-30
    { offset: -31, amountFen: 5000 }, { offset: -90, amountFen: 6000 },       // 31-90
    { offset: -91, amountFen: 7000 }, { offset: -400, amountFen: 8000 },      // > 90
  ];
  const bucketOf = (offset) => (offset >= 0 ? 'not_due' : offset >= -30 ? 'd1_30' : offset >= -90 ? 'd31_90' : 'd90_plus');
  const total = plan.reduce((s, p) => s + p.amountFen, 0) + 500; // 500 beyond the plan
  const c = await activeContract(admin, total, plan.map((p) => ({ dueDate: addDays(t, p.offset), amountFen: p.amountFen })), customer);
  // Pay off the oldest (8000) and part of the next (1500 of 7000): allocations by due date.
  assertOk(await receive(c, { amountFen: 9500 }), 201);
  const owedBy = { not_due: [0, 0], d1_30: [0, 0], d31_90: [0, 0], d90_plus: [0, 0] };
  for (const p of plan) {
    const owed = p.offset === -400 ? 0 : p.offset === -91 ? p.amountFen - 1500 : p.amountFen;
    if (owed > 0) { owedBy[bucketOf(p.offset)][0] += 1; owedBy[bucketOf(p.offset)][1] += owed; }
  }
  // A draft with a plan is not owed yet.
  await makeContract(admin, { totalFen: 100, instalments: [{ dueDate: addDays(t, -3), amountFen: 100 }] }, customer);
  const ageing = assertOk(await admin.get(`/api/v1/receivables/ageing?customerId=${customer.id}`));
  assert.equal(ageing.asOf, t);
  assert.deepEqual(ageing.buckets.map((b) => [b.bucket, b.count, b.owedFen]),
    Object.entries(owedBy).map(([b, [n, fen]]) => [b, n, fen]));
  assert.equal(ageing.totalOwedFen, Object.values(owedBy).reduce((s, [, fen]) => s + fen, 0));
  assert.equal(ageing.contractsWithoutPlanOwedFen, 500);
  for (const b of ageing.buckets) {
    assert.equal(b.query, `bucket=${b.bucket}&customerId=${customer.id}`);
    const list = assertOk(await admin.get(`/api/v1/receivables?${b.query}`));
    assert.equal(list.total, b.count, b.bucket);
    assert.equal(list.items.reduce((s, i) => s + i.owedFen, 0), b.owedFen, b.bucket);
    for (const i of list.items) {
      assert.equal(i.contractNumber, c.number);
      assert.equal(i.customerName, customer.name);
      assert.equal(i.state, b.bucket === 'not_due' ? 'not_due' : 'overdue');
    }
  }
  // The whole company's ageing (read from what is owed per due date, kept by triggers) equals its
  // open instalments listed one by one, after the receipts above changed what they owe.
  const company = assertOk(await admin.get('/api/v1/receivables/ageing'));
  for (const b of company.buckets) {
    const items = await allPages(admin, `/api/v1/receivables?bucket=${b.bucket}`);
    assert.equal(b.count, items.length, `company ${b.bucket}: count`);
    assert.equal(b.owedFen, items.reduce((s, i) => s + i.owedFen, 0), `company ${b.bucket}: owed`);
  }
  const byOwed = assertOk(await admin.get(`/api/v1/receivables?customerId=${customer.id}&sort=-owedFen&limit=3`));
  assert.deepEqual(byOwed.items.map((i) => i.owedFen), [6000, 5500, 5000]);
  const summary = assertOk(await admin.get(`/api/v1/customers/${customer.id}/contracts-summary`));
  assert.equal(summary.owedFen, total - 9500);
  assert.equal(summary.overdueFen, owedBy.d1_30[1] + owedBy.d31_90[1] + owedBy.d90_plus[1]);
  assertValidation(await admin.get('/api/v1/receivables?bucket=d1_29'), 'bucket', 'invalid_value');
});

test('the daily sweep: contracts ending within endRemindDays, instalments due within dueRemindDays and overdue, each once; past their end they become ended', async () => {
  const t = today();
  const ending = await makeContract(admin, { totalFen: 100, startDate: addDays(t, -100), endDate: addDays(t, 10), submit: true });
  const later = await makeContract(admin, { totalFen: 100, startDate: addDays(t, -100), endDate: addDays(t, 40), submit: true });
  const past = await makeContract(admin, { totalFen: 100, startDate: addDays(t, -100), endDate: addDays(t, -1), submit: true });
  const dueSoon = await activeContract(admin, 300, [{ dueDate: addDays(t, 2), amountFen: 100 }, { dueDate: addDays(t, 10), amountFen: 200 }]);
  const overdue = await activeContract(admin, 100, [{ dueDate: addDays(t, -1), amountFen: 100 }]);
  const paid = await activeContract(admin, 100, [{ dueDate: addDays(t, -2), amountFen: 100 }]);
  assertOk(await receive(paid, { amountFen: 100 }), 201);
  const ids = new Set([ending, later, past, dueSoon, overdue, paid].map((c) => c.id));
  const at = new Date().toISOString();
  srv.server.cli(['reclaim', '--at', at]);
  srv.server.cli(['reclaim', '--at', at]);
  const mine = (await allPages(admin, '/api/v1/notifications', { limit: 200 })).filter((n) => ids.has(n.objectId));
  const got = mine.map((n) => `${n.type} ${n.objectId}`).sort();
  assert.deepEqual(got, [`contract.ending ${ending.id}`, `instalment.due ${dueSoon.id}`, `instalment.overdue ${overdue.id}`].sort());
  assert.match(mine.find((n) => n.type === 'instalment.due').title, /¥1\.00/);
  assert.equal(assertOk(await admin.get(`/api/v1/contracts/${past.id}`)).status, 'ended');
  assert.equal(assertOk(await admin.get(`/api/v1/contracts/${ending.id}`)).status, 'active');
  // Money is still collectable on an ended contract.
  assertOk(await receive(past, { amountFen: 100 }), 201);
});

test('home to-dos and work-log figures of a new manager: own contracts ending and receivables due; contracts activated and money received today', async () => {
  const t = today();
  const dir = await directory(admin);
  const [u] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: dir.users.find((x) => x.username === 'bj1.lead').departmentId, roleId: dir.role('manager').id, prefix: 'ht' });
  const api = u.api;
  const customer = await createCustomer(api, { name: `待办客户${unique()}` });
  const ending = await makeContract(api, { totalFen: 12345, endDate: addDays(t, 5), submit: true,
    instalments: [{ dueDate: addDays(t, -4), amountFen: 2345 }, { dueDate: addDays(t, 2), amountFen: 5000 }, { dueDate: addDays(t, 10), amountFen: 5000 }] }, customer);
  await makeContract(api, { totalFen: 500, endDate: addDays(t, 40), submit: true }, customer);
  await makeContract(api, { totalFen: 777, endDate: addDays(t, 3) }, customer); // a draft: neither
  const todos = assertOk(await api.get('/api/v1/home/todos'));
  assert.deepEqual(todos.contractsEnding, [{ id: ending.id, number: ending.number, name: ending.name, customerName: customer.name, endDate: addDays(t, 5) }]);
  assert.deepEqual(todos.receivablesDue.map((r) => [r.contractId, r.dueDate, r.owedFen, r.overdueDays]),
    [[ending.id, addDays(t, -4), 2345, 4], [ending.id, addDays(t, 2), 5000, 0]]);
  const draft = assertOk(await api.get('/api/v1/work-logs/draft?kind=daily'));
  assert.deepEqual([draft.stats.contractAmountFen, draft.stats.paymentAmountFen], [12345 + 500, 0]);
  assertOk(await api.post(`/api/v1/contracts/${ending.id}/receipts`, { amountFen: 2345, receivedOn: t, method: 'bank' }), 201);
  assertOk(await api.post(`/api/v1/contracts/${ending.id}/receipts`, { amountFen: 100, receivedOn: addDays(t, -1), method: 'bank' }), 201);
  const after = assertOk(await api.get('/api/v1/work-logs/draft?kind=daily'));
  assert.equal(after.stats.paymentAmountFen, 2345, 'received today only');
  assert.deepEqual(assertOk(await api.get('/api/v1/home/todos')).receivablesDue.map((r) => [r.dueDate, r.owedFen]), [[addDays(t, 2), 5000 - 100]]);
});
