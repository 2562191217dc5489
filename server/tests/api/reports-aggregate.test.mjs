// The reports' day x person aggregate over HTTP (docs/api-targets.md, "Freshness"). Receipts are
// the one record the API lets a user date in the past: two reps receive money on days of the last
// three months; `quanke rebuild-reports` (the backfill command) builds the aggregate on the
// server's database; /reports/metrics must then answer, for ranges of whole months, parts of
// months and days up to today, what this file's own ledger sums — and a receipt added on a day
// already sealed shows at once (the day is read from the records until the next
// refresh), before and after a second rebuild.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { addDays, as, assertOk, createCustomer, departmentWithTwoGroups, localDate, makeUsers, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });

let admin, manager, dept, groupA, reps, today;
const ledger = []; // {id, user, day, fen}
const contracts = new Map(); // rep id -> contract

async function receive(rep, day, fen) {
  const r = assertOk(await admin.post(`/api/v1/contracts/${contracts.get(rep.id).id}/receipts`,
    { amountFen: fen, receivedOn: day, method: 'bank' }), 201, `receipt on ${day}`);
  assert.equal(r.status, 'confirmed');
  ledger.push({ id: r.id, user: rep.id, day, fen });
  return r;
}

function want(from, to) {
  const out = Object.fromEntries([...reps, manager].map((u) => [u.id, 0]));
  for (const e of ledger) if (e.day >= from && e.day <= to) out[e.user] += e.fen;
  return out;
}

async function check(what) {
  const monthStart = (d) => `${d.slice(0, 8)}01`;
  const lastMonthEnd = addDays(monthStart(today), -1);
  const ranges = [
    [monthStart(lastMonthEnd), lastMonthEnd], // last month, whole
    [addDays(today, -75), addDays(today, -20)], // parts of months
    [addDays(today, -95), today], // into today
    [addDays(today, -40), addDays(today, -40)], // one sealed day
    [today, today],
  ];
  for (const [from, to] of ranges) {
    // The department's manager: read now (a whole-company caller may get an answer a minute old).
    const r = assertOk(await manager.api.get(`/api/v1/reports/metrics?departmentId=${dept.id}&groupBy=user&metrics=paymentAmountFen&from=${from}&to=${to}`));
    const got = Object.fromEntries(r.rows.map((x) => [x.id, x.values.paymentAmountFen]));
    assert.deepEqual(got, want(from, to), `${what}: ${from}..${to}`);
  }
}

test('setup: a manager and two reps, each with an active contract of ¥1,000,000 and no approval flow', async () => {
  admin = await as(srv.baseUrl, 'admin');
  today = localDate(Date.now());
  for (const f of assertOk(await admin.get('/api/v1/approval-flows')).items)
    assert.equal((await admin.del(`/api/v1/approval-flows/${f.id}`)).status, 204, 'delete flow');
  const { top, a, role } = await departmentWithTwoGroups(admin, '聚合');
  dept = top;
  groupA = a;
  reps = await makeUsers(admin, srv.baseUrl, { count: 2, departmentId: top.id, roleId: role('rep'), prefix: 'agg' });
  [manager] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: top.id, roleId: role('manager'), prefix: 'aggm' });
  for (const rep of reps) {
    const customer = await createCustomer(rep.api, { name: `聚合客户${unique()}` });
    const c = assertOk(await rep.api.post('/api/v1/contracts', { customerId: customer.id, name: `聚合合同${unique()}`,
      totalFen: 100000000, instalments: [{ dueDate: today, amountFen: 100000000 }] }), 201, 'contract');
    assert.equal(assertOk(await rep.api.post(`/api/v1/contracts/${c.id}/submit`, { version: c.version })).status, 'active');
    contracts.set(rep.id, c);
  }
});

test('receipts over three months, the rebuild, then changes on sealed days read at once', async () => {
  const [x, y] = reps;
  const days = [-90, -70, -45, -40, -40, -31, -20, -3, -1, 0];
  for (const [i, d] of days.entries()) await receive(i % 3 === 0 ? y : x, addDays(today, d), 10000 + i * 137);
  await check('before any aggregate');

  const out = srv.server.cli(['rebuild-reports', '--tenant', 'demo']);
  assert.match(out, /demo: \d+ day\(s\) of report figures rebuilt/);
  await check('read from the aggregate');

  // Sealed days gain receipts (a confirmed receipt cannot be deleted; deletions of sealed rows
  // are covered by domain/reports/metrics_test.cc): the answers follow at once.
  await receive(y, addDays(today, -40), 55500);
  await receive(x, addDays(today, -70), 4400);
  await check('with changed sealed days');

  srv.server.cli(['rebuild-reports']);
  await check('after a second rebuild');
});

test('a rep who moves today: what they received before stays with the department, today\'s counts for the new one', async () => {
  const [, y] = reps;
  await receive(y, today, 3300);
  assertOk(await admin.patch(`/api/v1/users/${y.id}`, { departmentId: groupA.id }), 200, 'move');
  const from = addDays(today, -95);
  const r = assertOk(await manager.api.get(`/api/v1/reports/metrics?departmentId=${dept.id}&metrics=paymentAmountFen&from=${from}&to=${today}`));
  const mine = (pred) => ledger.filter((e) => e.user === y.id && pred(e.day)).reduce((sum, e) => sum + e.fen, 0);
  const groupRow = r.rows.find((x) => x.kind === 'department' && x.id === groupA.id);
  assert.equal(groupRow?.values.paymentAmountFen, mine((d) => d === today), 'the move day counts for the new group');
  const yRow = r.rows.find((x) => x.kind === 'user' && x.id === y.id);
  assert.equal(yRow?.values.paymentAmountFen, mine((d) => d < today), 'earlier days stay with the department');
  assert.equal(r.total.values.paymentAmountFen, ledger.filter((e) => e.day >= from).reduce((sum, e) => sum + e.fen, 0));
  // The records behind the group's number are today's receipts of the rep, and nothing else.
  const records = assertOk(await manager.api.get(`/api/v1/reports/records?metric=paymentAmountFen&departmentId=${groupA.id}&from=${from}&to=${today}&limit=100`));
  assert.deepEqual(records.items.map((x) => x.id).sort(), ledger.filter((e) => e.user === y.id && e.day === today).map((e) => e.id).sort());
});
