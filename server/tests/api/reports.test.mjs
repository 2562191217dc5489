// The reports (docs/api-targets.md "Metrics", "Reports") over HTTP: people in two departments of
// a department of their own do the work through the API — customers (one deleted afterwards),
// follow-ups and visits (one deleted), a follow-up on a lead, opportunities won and open, leads
// converted and not, contracts approved, receipts, work logs — and every figure, total, rank and
// record is compared with what this file worked out from what it created (a ledger), never with
// what the server said before. A department manager never sees the other department's numbers:
// not by /reports/metrics, /reports/records, either export, nor a departmentId outside (403) or
// of another tenant (404). Time cannot be set through the API: everything happens today, and the
// period boundaries (23:59 / 00:01 local) are covered by domain/reports/metrics_test.cc.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { addDays, allPages, as, assertError, assertOk, assertValidation, createCustomer, departmentWithTwoGroups, localDate, makeUsers, unique } from './lib/crm.mjs';
import { readSheet, unzip } from './lib/xlsx.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });
const KEYS = ['contractAmountFen', 'paymentAmountFen', 'newCustomers', 'newContacts', 'followUps', 'visits', 'customersVisited',
  'newOpportunities', 'advancedOpportunities', 'wonOpportunities', 'wonAmountFen', 'newLeads', 'convertedLeads', 'workLogs'];
const KIND = { contractAmountFen: 'contract', paymentAmountFen: 'receipt', newCustomers: 'customer', newContacts: 'contact',
  advancedOpportunities: 'stageChange', followUps: 'followUp',
  visits: 'followUp', customersVisited: 'followUp', newOpportunities: 'opportunity', wonOpportunities: 'opportunity',
  wonAmountFen: 'opportunity', newLeads: 'lead', convertedLeads: 'lead', workLogs: 'workLog' };

let admin, otherAdmin;
let dept; // {top, a, b}: 报表部 with groups A and B below it
let people; // {managerA, a1, a2, gone, idle, b1}
let today;
// What was done, as the test saw it: {metric, user, id, value, customer}; customersVisited is
// derived from the visits.
const ledger = [];
const record = (metric, user, id, value = 1, customer = null) => ledger.push({ metric, user: user.id, id, value, customer });
const forget = (metric, id) => ledger.splice(ledger.findIndex((e) => e.metric === metric && e.id === id), 1);

// A person's expected value of each metric.
function expected(userIds) {
  const out = Object.fromEntries(KEYS.map((k) => [k, 0]));
  for (const e of ledger) if (userIds.includes(e.user)) out[e.metric] += e.value;
  for (const id of userIds) {
    const visited = new Set(ledger.filter((e) => e.metric === 'visits' && e.user === id).map((e) => e.customer));
    out.customersVisited += visited.size;
  }
  return out;
}
const pick = (values, keys) => Object.fromEntries(keys.map((k) => [k, values[k]]));
const sum = (rows, keys) => Object.fromEntries(keys.map((k) => [k, rows.reduce((s, r) => s + r.values[k], 0)]));
const everyone = () => Object.values(people);
const inA = () => [people.managerA, people.a1, people.a2, people.gone, people.idle];

test('setup: 报表部 with groups A and B, their people, no approval flows, a process that may skip to won', async () => {
  admin = await as(srv.baseUrl, 'admin');
  otherAdmin = await as(srv.baseUrl, 'admin', 'other');
  today = localDate(Date.now());
  const { top, a, b, role } = await departmentWithTwoGroups(admin, '报表');
  dept = { top, a, b };
  const [managerA] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: a.id, roleId: role('manager'), prefix: 'rma' });
  const [a1, a2, gone, idle] = await makeUsers(admin, srv.baseUrl, { count: 4, departmentId: a.id, roleId: role('rep'), prefix: 'rpa' });
  const [b1] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: b.id, roleId: role('rep'), prefix: 'rpb' });
  people = { managerA, a1, a2, gone, idle, b1 };
  for (const f of assertOk(await admin.get('/api/v1/approval-flows')).items)
    assert.equal((await admin.del(`/api/v1/approval-flows/${f.id}`)).status, 204, 'delete flow');
  assertOk(await admin.post('/api/v1/sales-processes', {
    name: `报表流程${unique()}`, allowSkip: true, isDefault: true, stages: [{ name: '接洽' }, { name: '报价' }],
  }), 201, 'process');
});

async function customerOf(u) {
  const c = await createCustomer(u.api, { name: `报表客户${unique()}` });
  record('newCustomers', u, c.id, 1, c.id);
  return c;
}
async function followUp(u, customer, type) {
  const f = assertOk(await u.api.post(`/api/v1/customers/${customer.id}/follow-ups`, { type, text: `${type} ${unique()}` }), 201, 'follow-up');
  record('followUps', u, f.id, 1, customer.id);
  if (type === 'visit') record('visits', u, f.id, 1, customer.id);
  return f;
}
async function opportunity(u, customer, amountFen, won) {
  let o = assertOk(await u.api.post('/api/v1/opportunities', { customerId: customer.id, name: `报表商机${unique()}`, amountFen }), 201, 'opportunity');
  record('newOpportunities', u, o.id, 1, customer.id);
  if (won === 'advance') {
    // Forward to the process's second stage: one move, found in the opportunity's history.
    const process = assertOk(await u.api.get(`/api/v1/sales-processes/${o.processId}`));
    const next = process.stages.find((s) => s.kind === 'open' && s.id !== o.stageId);
    o = assertOk(await u.api.post(`/api/v1/opportunities/${o.id}/move`, { stageId: next.id, version: o.version }), 200, 'advance');
    const history = assertOk(await u.api.get(`/api/v1/opportunities/${o.id}/history`));
    const move = history.items.find((c) => c.direction === 'forward');
    record('advancedOpportunities', u, move.id, 1, customer.id);
  } else if (won) {
    const process = assertOk(await u.api.get(`/api/v1/sales-processes/${o.processId}`));
    const wonStage = process.stages.find((s) => s.kind === 'won');
    o = assertOk(await u.api.post(`/api/v1/opportunities/${o.id}/move`, { stageId: wonStage.id, version: o.version }), 200, 'won');
    // Winning is a move forward too.
    const history = assertOk(await u.api.get(`/api/v1/opportunities/${o.id}/history`));
    for (const c of history.items.filter((x) => x.direction === 'forward')) record('advancedOpportunities', u, c.id, 1, customer.id);
    record('wonOpportunities', u, o.id, 1, customer.id);
    record('wonAmountFen', u, o.id, amountFen, customer.id);
  }
  return o;
}
async function lead(u, convertInto) {
  const mobile = `139${String(Date.now() % 1e8).padStart(8, '0')}`.slice(0, 8) + String(ledger.length).padStart(3, '0');
  const l = assertOk(await u.api.post('/api/v1/leads', { name: '联系人', company: `报表线索公司${unique()}`, mobile }), 201, 'lead');
  // A lead's customer is the one it was converted into (none while open).
  record('newLeads', u, l.id, 1, convertInto?.id ?? null);
  if (convertInto) {
    const c = assertOk(await u.api.post(`/api/v1/leads/${l.id}/convert`, { customerId: convertInto.id }), 200, 'convert');
    assert.equal(c.attached, true);
    record('convertedLeads', u, l.id, 1, convertInto.id);
    // The lead's contact joins the customer: a contact the converter added.
    const contacts = assertOk(await u.api.get(`/api/v1/customers/${convertInto.id}/contacts`)).items;
    const added = contacts.filter((x) => x.name === '联系人' && !ledger.some((e) => e.metric === 'newContacts' && e.id === x.id));
    assert.equal(added.length, 1, 'one contact from the lead');
    record('newContacts', u, added[0].id, 1, convertInto.id);
  }
  return l;
}
async function contract(u, customer, totalFen, receipts) {
  const c = assertOk(await u.api.post('/api/v1/contracts', { customerId: customer.id, name: `报表合同${unique()}`, totalFen,
    instalments: [{ dueDate: today, amountFen: totalFen }] }), 201, 'contract');
  const active = assertOk(await u.api.post(`/api/v1/contracts/${c.id}/submit`, { version: c.version }), 200, 'submit');
  assert.equal(active.status, 'active', 'no approval flow: active at once');
  record('contractAmountFen', u, c.id, totalFen, customer.id);
  for (const amountFen of receipts) {
    const r = assertOk(await admin.post(`/api/v1/contracts/${c.id}/receipts`, { amountFen, receivedOn: today, method: 'bank' }), 201, 'receipt');
    assert.equal(r.status, 'confirmed');
    record('paymentAmountFen', u, r.id, amountFen, customer.id);
  }
}
async function workLog(u, kind) {
  const w = assertOk(await u.api.post('/api/v1/work-logs', { kind, summary: `报表日志${unique()}` }), 201, 'work log');
  record('workLogs', u, w.id);
}

let customersMade; // {c1, c2, c3, c4}: for the customer type below

test('the work: customers, follow-ups and visits, opportunities, leads, contracts with receipts, work logs', async () => {
  const { managerA, a1, a2, gone, b1 } = people;
  const c1 = await customerOf(a1);
  const c2 = await customerOf(a1);
  await followUp(a1, c1, 'visit');
  await followUp(a1, c1, 'visit');
  await followUp(a1, c2, 'call');
  const doomed = await followUp(a1, c2, 'visit');
  await opportunity(a1, c1, 500000, true);
  await opportunity(a1, c2, 90000, 'advance');
  const contact = assertOk(await a1.api.post(`/api/v1/customers/${c1.id}/contacts`, { name: '报表联系人' }), 201, 'contact');
  record('newContacts', a1, contact.id, 1, c1.id);
  await lead(a1, c1);
  const open = await lead(a1, null);
  // A follow-up on a lead counts (every type), with no customer.
  const lf = assertOk(await a1.api.post(`/api/v1/leads/${open.id}/follow-ups`, { type: 'call', text: '线索电话' }), 201, 'lead follow-up');
  record('followUps', a1, lf.id, 1, null);
  await contract(a1, c1, 1234567, [30000, 45055]);
  await workLog(a1, 'daily');
  await workLog(a1, 'weekly');

  const c3 = await customerOf(a2);
  await followUp(a2, c3, 'meeting');
  await opportunity(a2, c3, 70000, true);
  await workLog(a2, 'daily');

  await workLog(gone, 'daily'); // then resigned: shown, having a number

  const c4 = await customerOf(b1);
  customersMade = { c1, c2, c3, c4 };
  await followUp(b1, c4, 'visit');
  await opportunity(b1, c4, 1200000, true);
  await lead(b1, c4);
  await contract(b1, c4, 880000, [880000]);
  await workLog(b1, 'monthly');

  // Deleted follow-ups do not count; deleted customers do (the work was done).
  assert.equal((await managerA.api.del(`/api/v1/follow-ups/${doomed.id}`)).status, 204, 'delete follow-up');
  forget('followUps', doomed.id);
  forget('visits', doomed.id);
  assert.equal((await managerA.api.del(`/api/v1/customers/${c3.id}`)).status, 204, 'delete customer');
  assertOk(await admin.patch(`/api/v1/users/${gone.id}`, { status: 'resigned' }), 200, 'resign gone');
  assertOk(await admin.patch(`/api/v1/users/${people.idle.id}`, { status: 'resigned' }), 200, 'resign idle');
});

test('the catalogue, in the doc\'s order', async () => {
  const r = assertOk(await people.b1.api.get('/api/v1/reports/metrics/catalogue'));
  assert.deepEqual(r.items.map((m) => m.key), KEYS);
  for (const m of r.items) {
    assert.equal(m.unit, m.key.endsWith('Fen') ? 'fen' : 'count', m.key);
    assert.equal(m.targetable, !['newContacts', 'customersVisited', 'advancedOpportunities', 'workLogs'].includes(m.key), m.key);
  }
});

test('the company level of a one-root tree shows the root\'s children, not one row for the root', async () => {
  const departments = assertOk(await admin.get('/api/v1/departments')).items;
  const roots = departments.filter((d) => !d.parentId);
  assert.equal(roots.length, 1, 'the tenant has the usual one top department');
  const r = assertOk(await admin.get('/api/v1/reports/metrics?preset=today&metrics=followUps'));
  assert.equal(r.department.id, null);
  assert.ok(!r.rows.some((x) => x.id === roots[0].id), 'no row for the root itself');
  const row = r.rows.find((x) => x.id === dept.top.id);
  assert.equal(row?.kind, 'department');
  assert.equal(row.values.followUps, expected(everyone().map((u) => u.id)).followUps);
  for (const x of r.rows.filter((x) => x.kind === 'department'))
    assert.equal(departments.find((d) => d.id === x.id).parentId, roots[0].id, x.name);
});

test('metrics by department: the groups sum their people; total = Σ rows; ranks by the sort', async () => {
  const r = assertOk(await admin.get(`/api/v1/reports/metrics?departmentId=${dept.top.id}&preset=today`));
  assert.equal(r.from, today);
  assert.equal(r.to, today);
  assert.ok(Math.abs(Date.parse(r.asOf) - Date.now()) < 60000, r.asOf);
  assert.deepEqual(r.department, { id: dept.top.id, name: dept.top.name });
  assert.deepEqual(r.metrics, KEYS);
  const a = expected(inA().map((u) => u.id));
  const b = expected([people.b1.id]);
  // Default sort: -contractAmountFen; A's 1,234,567 fen beat B's 880,000.
  assert.deepEqual(r.rows.map((x) => [x.kind, x.id, x.name, x.departmentName, x.values, x.rank]), [
    ['department', dept.a.id, dept.a.name, null, a, 1],
    ['department', dept.b.id, dept.b.name, null, b, 2],
  ]);
  assert.deepEqual(r.total.values, sum(r.rows, KEYS));
  assert.deepEqual(r.total.values, expected(everyone().map((u) => u.id)));

  const won = assertOk(await admin.get(`/api/v1/reports/metrics?departmentId=${dept.top.id}&preset=today&metrics=wonAmountFen,followUps&sort=wonAmountFen`));
  assert.deepEqual(won.metrics, ['followUps', 'wonAmountFen'], 'the catalogue\'s order');
  // Ascending by won amount: A (570,000) before B (1,200,000).
  assert.deepEqual(won.rows.map((x) => [x.id, x.values, x.rank]), [
    [dept.a.id, pick(a, ['followUps', 'wonAmountFen']), 1],
    [dept.b.id, pick(b, ['followUps', 'wonAmountFen']), 2],
  ]);
});

test('metrics by person: zeros kept, resigned people only with a number, ties share a rank', async () => {
  const r = assertOk(await admin.get(`/api/v1/reports/metrics?departmentId=${dept.top.id}&from=${today}&to=${today}&groupBy=user&metrics=workLogs,newCustomers`));
  assert.deepEqual(r.metrics, ['newCustomers', 'workLogs'], 'the catalogue\'s order');
  const shown = [people.managerA, people.a1, people.a2, people.gone, people.b1]; // idle: resigned with nothing
  assert.deepEqual(new Set(r.rows.map((x) => x.id)), new Set(shown.map((u) => u.id)));
  const want = Object.fromEntries(shown.map((u) => [u.id, pick(expected([u.id]), ['newCustomers', 'workLogs'])]));
  // Default sort -newCustomers (the first metric): a1 2; a2, b1 1 (rank 2 both); managerA, gone 0 (rank 4 both).
  for (const row of r.rows) {
    assert.deepEqual(row.values, want[row.id], row.name);
    assert.equal(row.kind, 'user');
    assert.equal(row.departmentName, row.id === people.b1.id ? dept.b.name : dept.a.name);
    const better = Object.values(want).filter((v) => v.newCustomers > want[row.id].newCustomers).length;
    assert.equal(row.rank, better + 1, `${row.name}: rank`);
  }
  assert.deepEqual(r.rows.map((x) => x.rank), [1, 2, 2, 4, 4]);
  assert.deepEqual(r.total.values, sum(r.rows, ['newCustomers', 'workLogs']));
  assert.deepEqual(r.total.values, pick(expected(everyone().map((u) => u.id)), ['newCustomers', 'workLogs']));
});

test('the records behind each number: the ledger\'s rows, newest first, paged, with the total', async () => {
  for (const metric of KEYS) {
    const q = `/api/v1/reports/records?metric=${metric}&departmentId=${dept.top.id}&preset=thisMonth`;
    const items = await allPages(admin, q, { limit: 2 });
    const mine = ledger.filter((e) => e.metric === (metric === 'customersVisited' ? 'visits' : metric));
    assert.deepEqual(items.map((x) => x.id).sort(), mine.map((e) => e.id).sort(), metric);
    const first = assertOk(await admin.get(`${q}&limit=2`));
    assert.equal(first.total, mine.length, `${metric} total`);
    for (const [i, x] of items.entries()) {
      const e = mine.find((y) => y.id === x.id);
      assert.equal(x.kind, KIND[metric]);
      assert.equal(x.userId, e.user, metric);
      assert.equal(x.userName, everyone().find((u) => u.id === e.user).name);
      if (e.customer !== undefined && metric !== 'newLeads' && metric !== 'convertedLeads' && metric !== 'workLogs')
        assert.equal(x.customerId, e.customer, `${metric} customer`);
      if (metric.endsWith('Fen')) assert.equal(x.amountFen, e.value, `${metric} amount`);
      if (i > 0) assert.ok(items[i - 1].at > x.at || (items[i - 1].at === x.at && BigInt(items[i - 1].id) > BigInt(x.id)), `${metric} order`);
    }
  }
  // A receipt's instant is its day's local midnight.
  const receipt = assertOk(await admin.get(`/api/v1/reports/records?metric=paymentAmountFen&departmentId=${dept.top.id}&preset=today&limit=1`)).items[0];
  assert.equal(localDate(receipt.at), today);
  assert.equal(localDate(receipt.at - 1), addDays(today, -1));
  // One person's records.
  const b1 = await allPages(admin, `/api/v1/reports/records?metric=followUps&userId=${people.b1.id}&preset=today`);
  assert.deepEqual(b1.map((x) => x.id).sort(), ledger.filter((e) => e.metric === 'followUps' && e.user === people.b1.id).map((e) => e.id).sort());
  // Yesterday nobody here did anything.
  const y = assertOk(await admin.get(`/api/v1/reports/records?metric=followUps&departmentId=${dept.top.id}&preset=yesterday`));
  assert.deepEqual([y.items, y.total], [[], 0]);
});

test('a department manager sees their department only, through every route', async () => {
  const m = people.managerA.api;
  const r = assertOk(await m.get('/api/v1/reports/metrics?preset=today&groupBy=user'));
  assert.deepEqual(r.department, { id: dept.a.id, name: dept.a.name }, 'default: the manager\'s department');
  assert.ok(!r.rows.some((x) => x.id === people.b1.id));
  assert.deepEqual(r.total.values, expected(inA().map((u) => u.id)));
  for (const path of ['/api/v1/reports/metrics', '/api/v1/reports/metrics/export']) {
    assertError(await m.get(`${path}?departmentId=${dept.b.id}`), 403, 'permission.denied', `${path} B`);
    assertError(await m.get(`${path}?departmentId=${dept.top.id}`), 403, 'permission.denied', `${path} above`);
    const otherDept = assertOk(await otherAdmin.get('/api/v1/departments')).items[0].id;
    assertError(await m.get(`${path}?departmentId=${otherDept}`), 404, 'not_found', `${path} other tenant`);
    assertError(await m.get(`${path}?departmentId=999999999999`), 404, 'not_found', `${path} unknown`);
  }
  for (const path of ['/api/v1/reports/records', '/api/v1/reports/records/export']) {
    assertError(await m.get(`${path}?metric=followUps&departmentId=${dept.b.id}`), 403, 'permission.denied', `${path} B`);
    assertError(await m.get(`${path}?metric=followUps&userId=${people.b1.id}`), 403, 'permission.denied', `${path} b1`);
    const otherUser = assertOk(await otherAdmin.get('/api/v1/users?limit=1')).items[0].id;
    assertError(await m.get(`${path}?metric=followUps&userId=${otherUser}`), 404, 'not_found', `${path} other tenant's user`);
  }
  // Records of the scope: A's people's only.
  const all = await allPages(m, '/api/v1/reports/records?metric=followUps&preset=today');
  const aIds = inA().map((u) => u.id);
  assert.deepEqual(all.map((x) => x.id).sort(), ledger.filter((e) => e.metric === 'followUps' && aIds.includes(e.user)).map((e) => e.id).sort());
  // The records export holds A's people's only too.
  const x = await m.get('/api/v1/reports/records/export?metric=followUps&preset=today');
  assert.equal(x.status, 200, x.text?.slice(0, 300));
  const sheet = readSheet(unzip(x.bytes));
  assert.equal(sheet.length - 1, all.length);
  assert.ok(sheet.slice(1).every((row) => inA().some((u) => u.name === row[4])), 'only A\'s people');
  // The metrics export by default: the manager's department, its people only.
  const e = await m.get('/api/v1/reports/metrics/export?preset=today&groupBy=user&metrics=followUps');
  assert.equal(e.status, 200, e.text?.slice(0, 300));
  const eRows = readSheet(unzip(e.bytes));
  const aNames = inA().map((u) => u.name);
  assert.ok(eRows.slice(1, -1).every((row) => aNames.includes(row[0])) && eRows.length > 2, JSON.stringify(eRows));
  assert.deepEqual(eRows.at(-1).slice(0, 3), ['合计', dept.a.name, expected(inA().map((u) => u.id)).followUps]);
  // A rep sees themselves only.
  const own = assertOk(await people.b1.api.get('/api/v1/reports/metrics?preset=today&groupBy=user'));
  assert.deepEqual(own.rows.map((x) => x.id), [people.b1.id]);
  assertError(await people.b1.api.get(`/api/v1/reports/metrics?departmentId=${dept.a.id}`), 403, 'permission.denied');
  assertError(await people.b1.api.get('/api/v1/reports/metrics/export'), 403, 'permission.denied', 'reps have no report.export');
});

test('the exports: the rows and the total in yuan, every record; both audited', async () => {
  const q = `departmentId=${dept.top.id}&preset=today&metrics=contractAmountFen,followUps`;
  const r = await admin.get(`/api/v1/reports/metrics/export?${q}`);
  assert.equal(r.status, 200, r.text?.slice(0, 300));
  assert.equal(r.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const rows = readSheet(unzip(r.bytes));
  const a = expected(inA().map((u) => u.id));
  const b = expected([people.b1.id]);
  assert.deepEqual(rows.map((row) => Array.from(row, (v) => v ?? null)), [
    ['名称', '部门', '合同金额（元）', '跟进次数'],
    [dept.a.name, null, a.contractAmountFen / 100, a.followUps],
    [dept.b.name, null, b.contractAmountFen / 100, b.followUps],
    ['合计', dept.top.name, (a.contractAmountFen + b.contractAmountFen) / 100, a.followUps + b.followUps],
  ]);
  const x = await admin.get(`/api/v1/reports/records/export?metric=paymentAmountFen&departmentId=${dept.top.id}&preset=today`, { headers: { 'accept-language': 'en' } });
  assert.equal(x.status, 200, x.text?.slice(0, 300));
  const records = readSheet(unzip(x.bytes));
  assert.deepEqual(records[0], ['Time', 'Kind', 'Title', 'Customer', 'Person', 'Amount (yuan)']);
  const payments = ledger.filter((e) => e.metric === 'paymentAmountFen');
  assert.deepEqual(records.slice(1).map((row) => row[5]).sort(), payments.map((e) => e.value / 100).sort());
  assert.ok(records.slice(1).every((row) => row[0] === `${today} 00:00` && row[1] === 'receipt'), JSON.stringify(records));
  const audit = assertOk(await admin.get('/api/v1/audit-log?limit=50')).items.filter((e) => e.action === 'report.export');
  const details = audit.map((e) => (typeof e.details === 'string' ? JSON.parse(e.details) : e.details));
  assert.ok(details.some((d) => d.report === 'metrics' && d.departmentId === dept.top.id && d.from === today), JSON.stringify(details));
  assert.ok(details.some((d) => d.report === 'records' && d.metrics[0] === 'paymentAmountFen'), JSON.stringify(details));
});

// The test's own calendar: Monday of the week of `date`, month and quarter starts.
function monday(date) {
  const d = new Date(`${date}T00:00:00Z`);
  return addDays(date, -((d.getUTCDay() + 6) % 7));
}
function monthStart(date, by = 0) {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return d.toISOString().slice(0, 10);
}

test('ranges: every preset names its days; bad ranges and filters are refused field by field', async () => {
  const q0 = monthStart(today, -((Number(today.slice(5, 7)) - 1) % 3));
  const presets = {
    today: [today, today], yesterday: [addDays(today, -1), addDays(today, -1)],
    thisWeek: [monday(today), addDays(monday(today), 6)], lastWeek: [addDays(monday(today), -7), addDays(monday(today), -1)],
    thisMonth: [monthStart(today), addDays(monthStart(today, 1), -1)], lastMonth: [monthStart(today, -1), addDays(monthStart(today), -1)],
    thisQuarter: [q0, addDays(monthStart(q0, 3), -1)], lastQuarter: [monthStart(q0, -3), addDays(q0, -1)],
    thisYear: [`${today.slice(0, 4)}-01-01`, `${today.slice(0, 4)}-12-31`],
  };
  for (const [preset, [from, to]] of Object.entries(presets)) {
    const r = assertOk(await admin.get(`/api/v1/reports/metrics?departmentId=${dept.a.id}&metrics=workLogs&preset=${preset}`), 200, preset);
    assert.deepEqual([r.from, r.to], [from, to], preset);
  }
  const d = assertOk(await admin.get(`/api/v1/reports/metrics?departmentId=${dept.a.id}&metrics=workLogs`));
  assert.deepEqual([d.from, d.to], presets.thisMonth, 'default thisMonth');
  const all = assertOk(await admin.get(`/api/v1/reports/metrics?departmentId=${dept.a.id}&metrics=workLogs&preset=all`));
  assert.equal(all.to, today);
  assert.ok(all.from <= today);
  const base = `/api/v1/reports/metrics?departmentId=${dept.a.id}`;
  assertValidation(await admin.get(`${base}&preset=nextYear`), 'preset', 'invalid_value');
  assertValidation(await admin.get(`${base}&preset=today&from=${today}&to=${today}`), 'preset', 'invalid_value');
  assertValidation(await admin.get(`${base}&from=${today}`), 'to', 'invalid_value');
  assertValidation(await admin.get(`${base}&from=${today}&to=${addDays(today, -1)}`), 'from', 'invalid_value');
  assertValidation(await admin.get(`${base}&from=2023-01-01&to=2026-01-01`), 'to', 'invalid_value');
  assertOk(await admin.get(`${base}&from=2023-01-01&to=2025-12-31`), 200, 'just under 3 years');
  assertValidation(await admin.get(`${base}&from=2026-02-30&to=2026-03-01`), 'from', 'invalid_value');
  assertValidation(await admin.get(`${base}&metrics=followUps,nope`), 'metrics', 'invalid_value');
  assertValidation(await admin.get(`${base}&metrics=followUps&sort=-visits`), 'sort', 'invalid_value');
  assertValidation(await admin.get(`${base}&groupBy=team`), 'groupBy', 'invalid_value');
  assertValidation(await admin.get('/api/v1/reports/metrics?departmentId=abc'), 'departmentId', 'invalid_value');
  assertValidation(await admin.get('/api/v1/reports/records'), 'metric', 'required');
  assertValidation(await admin.get('/api/v1/reports/records?metric=nope'), 'metric', 'invalid_value');
  assertValidation(await admin.get('/api/v1/reports/records?metric=visits&limit=0'), 'limit', 'invalid_value');
  assertValidation(await admin.get('/api/v1/reports/records?metric=visits&cursor=zzz'), 'cursor', 'invalid_value');
  assertValidation(await admin.get(`/api/v1/reports/records?metric=visits&userId=${people.a1.id}&departmentId=${dept.a.id}`), 'userId', 'invalid_value');
  assertValidation(await admin.get('/api/v1/reports/records/export?metric=visits&preset=soon'), 'preset', 'invalid_value');
});

test('customer type: only the records of customers of the levels count, in every report, the records and the distribution', async () => {
  const { c1, c2, c3, c4 } = customersMade;
  // Levels now (c3 is deleted and keeps its default C): c1 A, c2 C, c4 B.
  assertOk(await admin.patch(`/api/v1/customers/${c1.id}`, { level: 'A' }), 200, 'c1 to A');
  assertOk(await admin.patch(`/api/v1/customers/${c4.id}`, { level: 'B' }), 200, 'c4 to B');
  const levelOf = { [c1.id]: 'A', [c2.id]: 'C', [c3.id]: 'C', [c4.id]: 'B' };
  // The ledger cut to records whose customer has one of the levels (none for records without one).
  const expectedAt = (levels, userIds) => {
    const out = Object.fromEntries(KEYS.map((k) => [k, 0]));
    const kept = ledger.filter((e) => userIds.includes(e.user) && e.customer && levels.includes(levelOf[e.customer]));
    for (const e of kept) out[e.metric] += e.value;
    for (const id of userIds)
      out.customersVisited += new Set(kept.filter((e) => e.metric === 'visits' && e.user === id).map((e) => e.customer)).size;
    return out;
  };
  const a = inA().map((u) => u.id);
  const b = [people.b1.id];
  for (const levels of [['A'], ['B'], ['A', 'B'], ['C'], ['D']]) {
    const r = assertOk(await admin.get(`/api/v1/reports/metrics?departmentId=${dept.top.id}&preset=today&customerLevels=${levels.join(',')}`));
    assert.deepEqual(r.customerLevels, levels);
    const rows = Object.fromEntries(r.rows.map((x) => [x.id, x.values]));
    assert.deepEqual(rows[dept.a.id], expectedAt(levels, a), `group A at ${levels}`);
    assert.deepEqual(rows[dept.b.id], expectedAt(levels, b), `group B at ${levels}`);
    assert.deepEqual(r.total.values, expectedAt(levels, [...a, ...b]), `total at ${levels}`);
  }
  // A work log has no customer: never counted under a customer type; the A figures are not all zero.
  assert.equal(expectedAt(['A', 'B', 'C', 'D'], a).workLogs, 0);
  assert.ok(expectedAt(['A'], a).contractAmountFen > 0 && expectedAt(['A'], a).followUps > 0);
  // The order asked does not matter (one spelling, sorted); an unknown level is refused.
  assert.deepEqual(assertOk(await admin.get(`/api/v1/reports/metrics?departmentId=${dept.top.id}&preset=today&customerLevels=B,A,B`)).customerLevels, ['A', 'B']);
  assertValidation(await admin.get('/api/v1/reports/metrics?customerLevels=A,X'), 'customerLevels');
  assertValidation(await admin.get('/api/v1/reports/records?metric=followUps&customerLevels=E'), 'customerLevels');

  // The records behind a number: the ledger's follow-ups of A customers, by a group A person.
  const records = await allPages(admin, `/api/v1/reports/records?metric=followUps&departmentId=${dept.a.id}&preset=today&customerLevels=A`);
  assert.deepEqual(records.map((x) => x.id).sort(),
    ledger.filter((e) => e.metric === 'followUps' && a.includes(e.user) && e.customer && levelOf[e.customer] === 'A').map((e) => e.id).sort());
  assert.ok(records.every((x) => x.customerId === c1.id));

  // A manager of group A under a customer type still sees group A only.
  const m = people.managerA.api;
  const mine = assertOk(await m.get('/api/v1/reports/metrics?preset=today&groupBy=user&customerLevels=A,B'));
  assert.deepEqual(mine.total.values, expectedAt(['A', 'B'], a));
  assertError(await m.get(`/api/v1/reports/metrics?departmentId=${dept.b.id}&customerLevels=B`), 403, 'permission.denied');

  // The export names the metrics with their sheet words, every metric included.
  const x = await admin.get(`/api/v1/reports/metrics/export?departmentId=${dept.top.id}&preset=today&customerLevels=A`);
  assert.equal(x.status, 200, x.text?.slice(0, 300));
  const sheet = readSheet(unzip(x.bytes));
  assert.equal(sheet[0].length, 2 + KEYS.length, JSON.stringify(sheet[0]));
  assert.equal(sheet.at(-1)[2], expectedAt(['A'], [...a, ...b]).contractAmountFen / 100);

  // The customer distribution and overview under a customer type: the live customers of those levels.
  const byLevel = assertOk(await admin.get(`/api/v1/reports/customers?by=level&departmentId=${dept.top.id}&customerLevels=A,B`));
  assert.deepEqual(byLevel.customerLevels, ['A', 'B']);
  assert.deepEqual(byLevel.items, [{ value: 'A', count: 1 }, { value: 'B', count: 1 }]);
  const overview = assertOk(await admin.get(`/api/v1/reports/customers/overview?departmentId=${dept.top.id}&customerLevels=C`));
  assert.equal(overview.total, 1, 'c2 (c3 is deleted)');
  assert.equal(overview.newThisMonth, 1);
  // The distribution's rows drill down to the customer list: a comma list of levels, and a column not filled in.
  const listed = await allPages(admin, `/api/v1/customers?level=A,B&empty=industry&ownerId=${people.a1.id}`);
  assert.deepEqual(listed.map((c) => c.id), [c1.id], 'c1 is A and has no industry');
  assertValidation(await admin.get('/api/v1/customers?empty=name'), 'empty');
  assertValidation(await admin.get('/api/v1/customers?level=A,Q'), 'level');
});
