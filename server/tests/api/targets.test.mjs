// Targets (docs/api-targets.md "Targets") over HTTP, in a company of its own (POST /setup):
// the sheet round trip and its flags, validation field by field with nothing written, locks
// (409 target.locked, nothing of the batch written, a year lock leaving its months open), the
// change log before and after, decomposition checked against the test's own integer arithmetic
// (even, weights, history over customers the test created), attainment and /targets/mine equal
// to a count of those customers, the export, and data scope: a department manager never sees
// another department on the sheet, in attainment or in the change log, and cannot write.
import assert from 'node:assert/strict';
import { useServer, test, client, login } from './lib/harness.mjs';
import { assertError, assertOk, assertValidation, localDate, unique } from './lib/crm.mjs';
import { readSheet, unzip } from './lib/xlsx.mjs';

const srv = useServer({ tenants: [], sweepCheck: 0 });
const PASSWORD = 'targets-pass-1';
const METRIC = 'newCustomers';
// Customers each person creates this month: the actuals of attainment and the history window.
const CREATED = { repA1: 15, repA2: 6, repB1: 4, managerA: 0 };
// Of repA1's customers, this many are of level A (客户类型); every other customer keeps the default C.
const LEVEL_A = 3;

let admin;
let root; // the company's first department (POST /setup)
let depA;
let depB;
const people = {}; // name → {id, api}
let year;
let thisMonth;
let nextMonth;

function monthAfter(month) {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 7);
}

// The doc's split: floor(total × w / Σw), the remainder one unit at a time to the largest
// `total × w mod Σw`, ties to the earlier part. BigInt, so fen totals stay exact.
function split(total, weights) {
  const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
  const t = BigInt(total);
  const parts = weights.map((w) => (t * BigInt(w)) / sum);
  const order = weights.map((w, i) => ({ rem: (t * BigInt(w)) % sum, i }))
    .sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  let left = t - parts.reduce((a, p) => a + p, 0n);
  for (let k = 0; left > 0n; k++, left--) parts[order[k].i] += 1n;
  return parts.map(Number);
}

// The doc's history split of `total` over parts with these 3-month actuals.
function historySplit(total, actuals) {
  const avg = actuals.map((a) => Math.floor(a / 3));
  const baselines = avg.map((a) => Math.floor((a * 7) / 10));
  const baselineTotal = baselines.reduce((a, b) => a + b, 0);
  const increment = total - baselineTotal;
  const weights = avg.every((a) => a === 0) ? avg.map(() => 1) : avg;
  const shares = split(Math.abs(increment), weights);
  const values = baselines.map((b, i) => b + Math.sign(increment) * shares[i]);
  let shortfall = 0;
  for (let i = 0; i < values.length; i++) if (values[i] < 0) { shortfall -= values[i]; values[i] = 0; }
  for (let i = 0; i < values.length; i++) { const take = Math.min(values[i], shortfall); values[i] -= take; shortfall -= take; }
  return { baselines, baselineTotal, values };
}

const key = (c) => `${c.period}|${c.assigneeType}|${c.assigneeId}`;
const cellsOf = (sheet) => Object.fromEntries(sheet.cells.map((c) => [key(c), [c.value, c.sprintValue, c.challengeValue]]));
const put = (api, items, metric = METRIC) => api.put('/api/v1/targets', { metric, items });
const sheetOf = async (api, y = year, metric = METRIC) => assertOk(await api.get(`/api/v1/targets/sheet?metric=${metric}&year=${y}`), 200, 'sheet');

test('setup: a company with departments A and B under the first one, a manager and reps, customers created this month', async () => {
  const anon = client(srv.baseUrl, null);
  const code = `tg${unique().slice(-6)}`;
  assertOk(await anon.post('/api/v1/setup', { code, name: '目标测试公司', adminUsername: 'boss', adminPassword: PASSWORD }), 201, 'setup');
  admin = client(srv.baseUrl, await login(srv.baseUrl, code, 'boss', PASSWORD));
  root = assertOk(await admin.get('/api/v1/departments'), 200).items[0];
  depA = assertOk(await admin.post('/api/v1/departments', { name: '销售一部', parentId: root.id }), 201);
  depB = assertOk(await admin.post('/api/v1/departments', { name: '销售二部', parentId: root.id }), 201);
  const roles = assertOk(await admin.get('/api/v1/roles'), 200).items;
  const role = (c) => roles.find((r) => r.code === c).id;
  for (const [name, dep, r] of [['managerA', depA, 'manager'], ['repA1', depA, 'rep'], ['repA2', depA, 'rep'], ['repB1', depB, 'rep']]) {
    const u = assertOk(await admin.post('/api/v1/users', { username: name, name, password: PASSWORD, departmentId: dep.id, roleIds: [role(r)] }), 201, name);
    people[name] = { id: u.id, api: client(srv.baseUrl, await login(srv.baseUrl, code, name, PASSWORD)) };
  }
  for (const [name, n] of Object.entries(CREATED))
    for (let i = 0; i < n; i++) {
      const level = name === 'repA1' && i < LEVEL_A ? 'A' : undefined;
      assertOk(await people[name].api.post('/api/v1/customers', { name: `目标客户${name}${i}${unique()}`, level }), 201, 'customer');
    }
  const today = localDate(new Date().toISOString());
  year = Number(today.slice(0, 4));
  thisMonth = today.slice(0, 7);
  nextMonth = monthAfter(thisMonth);
});

test('the sheet: what PUT writes comes back as cells; null removes; the assignees are the company, the tree and its members', async () => {
  const items = [
    { period: `${year}`, assigneeType: 'company', assigneeId: null, value: 1200, sprintValue: 1500, challengeValue: 2000 },
    { period: `${year}-Q1`, assigneeType: 'company', value: 300 },
    { period: `${year}-02`, assigneeType: 'department', assigneeId: depA.id, value: 40 },
    { period: `${year}-W10`, assigneeType: 'user', assigneeId: people.repA1.id, value: 7, sprintValue: 7 },
  ];
  const written = assertOk(await put(admin, items), 200, 'put').items;
  assert.equal(written.length, 4);
  const company = written.find((t) => t.period === `${year}`);
  assert.equal(company.assigneeId, null);
  assert.equal(company.assigneeName, '目标测试公司');
  assert.equal(company.periodKind, 'year');
  assert.equal(company.from, `${year}-01-01`);
  assert.equal(company.to, `${year}-12-31`);
  assert.equal(company.updatedBy.name, 'boss');
  assert.equal(written.find((t) => t.period === `${year}-Q1`).to, `${year}-03-31`);
  assert.equal(written.find((t) => t.period === `${year}-W10`).periodKind, 'week');

  let sheet = await sheetOf(admin);
  assert.deepEqual(cellsOf(sheet), Object.fromEntries(items.map((i) => [key({ ...i, assigneeId: i.assigneeId ?? null }), [i.value, i.sprintValue ?? null, i.challengeValue ?? null]])));
  const order = sheet.assignees.map((a) => `${a.assigneeType}:${a.name}:${a.depth}`);
  assert.deepEqual(order.slice(0, 2), ['company:目标测试公司:0', `department:${root.name}:1`]);
  // A and B after the first department and its own member (the administrator), each followed by its members.
  const at = (name) => order.findIndex((o) => o.includes(`:${name}:`));
  assert.ok(at('销售一部') < at('managerA') && at('managerA') < at('销售二部') && at('销售二部') < at('repB1'), order.join(' '));
  assert.equal(sheet.assignees.find((a) => a.name === '销售一部').parentDepartmentId, root.id);
  assert.equal(sheet.assignees.find((a) => a.name === 'repB1').departmentId, depB.id);

  // Change one, remove one; the others stay as they were.
  assertOk(await put(admin, [{ period: `${year}-Q1`, assigneeType: 'company', value: 310 },
    { period: `${year}-W10`, assigneeType: 'user', assigneeId: people.repA1.id, value: null }]), 200);
  sheet = await sheetOf(admin);
  const cells = cellsOf(sheet);
  assert.deepEqual(cells[`${year}-Q1|company|null`], [310, null, null]);
  assert.equal(cells[`${year}-W10|user|${people.repA1.id}`], undefined);
  assert.deepEqual(cells[`${year}|company|null`], [1200, 1500, 2000]);
  assert.equal(Object.keys(cells).length, 3);
  // Another year's sheet holds none of them.
  assert.deepEqual((await sheetOf(admin, year + 1)).cells, []);
});

test('the sheet flags children that do not sum to their parent, and sub-periods that do not sum to theirs', async () => {
  const m = `${year}-03`;
  assertOk(await put(admin, [
    { period: m, assigneeType: 'department', assigneeId: root.id, value: 10 },
    { period: m, assigneeType: 'department', assigneeId: depA.id, value: 6 },
    { period: m, assigneeType: 'department', assigneeId: depB.id, value: 3 },
  ]), 200);
  let sheet = await sheetOf(admin);
  assert.deepEqual(sheet.flags, [], 'the administrator (a direct member of the first department) has no target yet');
  const bossId = sheet.assignees.find((a) => a.name === 'boss').assigneeId;
  assertOk(await put(admin, [{ period: m, assigneeType: 'user', assigneeId: bossId, value: 0 },
    { period: `${year}-Q2`, assigneeType: 'company', value: 300 }, { period: `${year}-Q3`, assigneeType: 'company', value: 300 },
    { period: `${year}-Q4`, assigneeType: 'company', value: 200 }]), 200);
  sheet = await sheetOf(admin);
  assert.deepEqual(sheet.flags, [
    { kind: 'periods_sum', period: `${year}`, assigneeType: 'company', assigneeId: null, expected: 1200, actual: 310 + 300 + 300 + 200 },
    { kind: 'children_sum', period: m, assigneeType: 'department', assigneeId: root.id, expected: 10, actual: 6 + 3 + 0 },
  ]);
  assertOk(await put(admin, [{ period: m, assigneeType: 'user', assigneeId: bossId, value: 1 },
    { period: `${year}-Q4`, assigneeType: 'company', value: 290 }]), 200);
  assert.deepEqual((await sheetOf(admin)).flags, []);
});

test('validation: each problem named items[i].field, and nothing of the batch written', async () => {
  const before = cellsOf(await sheetOf(admin));
  const good = { period: `${year}-05`, assigneeType: 'company', value: 5 };
  const cases = [
    [{ metric: 'nope', items: [good] }, 'metric'],
    [{ metric: 'workLogs', items: [good] }, 'metric'],
    [{ metric: METRIC, items: [good, { ...good, period: `${year}-13` }] }, 'items[1].period'],
    [{ metric: METRIC, items: [{ ...good, period: `${year}-W54` }] }, 'items[0].period'],
    [{ metric: METRIC, items: [{ ...good, assigneeType: 'team' }] }, 'items[0].assigneeType'],
    [{ metric: METRIC, items: [{ ...good, assigneeType: 'user', assigneeId: '123456789' }] }, 'items[0].assigneeId'],
    [{ metric: METRIC, items: [{ ...good, assigneeType: 'department', assigneeId: people.repA1.id }] }, 'items[0].assigneeId'],
    [{ metric: METRIC, items: [good, { ...good, period: `${year}-06`, value: -1 }] }, 'items[1].value'],
    [{ metric: METRIC, items: [{ ...good, value: 1.5 }] }, 'items[0].value'],
    [{ metric: METRIC, items: [{ ...good, value: '5' }] }, 'items[0].value'],
    [{ metric: METRIC, items: [{ ...good, sprintValue: 4 }] }, 'items[0].sprintValue'],
    [{ metric: METRIC, items: [{ ...good, sprintValue: 6, challengeValue: 5 }] }, 'items[0].challengeValue'],
    [{ metric: METRIC, items: [] }, 'items'],
    [{ metric: METRIC, items: Array.from({ length: 501 }, (_, i) => ({ ...good, period: `${year}-W${String((i % 52) + 1).padStart(2, '0')}` })) }, 'items'],
  ];
  for (const [body, field] of cases)
    assertValidation(await admin.put('/api/v1/targets', body), field, field === 'items' || field === 'metric' ? undefined : 'invalid_value', field);
  assert.deepEqual(cellsOf(await sheetOf(admin)), before);
  assertValidation(await admin.get(`/api/v1/targets/sheet?metric=workLogs&year=${year}`), 'metric');
  assertValidation(await admin.get('/api/v1/targets/sheet?metric=newCustomers&year=20x6'), 'year');
});

test('locks: a locked period refuses the whole batch (409 target.locked, nothing written); a year lock leaves its months open', async () => {
  const m = `${year}-07`;
  assertOk(await put(admin, [{ period: m, assigneeType: 'company', value: 70 }]), 200);
  assert.equal((await admin.put(`/api/v1/targets/locks/${m}`)).status, 204);
  assert.equal((await admin.put(`/api/v1/targets/locks/${m}`)).status, 204, 'idempotent');
  const locks = assertOk(await admin.get(`/api/v1/targets/locks?year=${year}`), 200).items;
  assert.deepEqual(locks.map((l) => [l.period, l.lockedBy.name]), [[m, 'boss']]);
  assert.deepEqual((await sheetOf(admin)).locked, [m]);

  const r = await put(admin, [{ period: `${year}-08`, assigneeType: 'company', value: 80 }, { period: m, assigneeType: 'company', value: 71 }]);
  assertError(r, 409, 'target.locked');
  assert.equal(r.json.error.details.period, m);
  const cells = cellsOf(await sheetOf(admin));
  assert.deepEqual(cells[`${m}|company|null`], [70, null, null]);
  assert.equal(cells[`${year}-08|company|null`], undefined, 'the unlocked item of the refused batch is not written either');
  assertError(await put(admin, [{ period: m, assigneeType: 'company', value: null }]), 409, 'target.locked');

  assert.equal((await admin.put(`/api/v1/targets/locks/${year}`)).status, 204);
  assertOk(await put(admin, [{ period: `${year}-08`, assigneeType: 'company', value: 80 }]), 200, 'a month of a locked year');
  assertError(await put(admin, [{ period: `${year}`, assigneeType: 'company', value: 1 }]), 409, 'target.locked');
  assert.equal((await admin.del(`/api/v1/targets/locks/${year}`)).status, 204);
  assert.equal((await admin.del(`/api/v1/targets/locks/${m}`)).status, 204);
  assert.equal((await admin.del(`/api/v1/targets/locks/${m}`)).status, 204, 'idempotent');
  assertOk(await put(admin, [{ period: m, assigneeType: 'company', value: 71 }]), 200, 'unlocked again');
  assertValidation(await admin.put('/api/v1/targets/locks/2026-13'), 'period', 'invalid_value');
});

test('the change log: one row per changed field with before and after, locks as field lock, newest first over pages', async () => {
  const m = `${year}-09`;
  const first = assertOk(await admin.get(`/api/v1/targets/changes?period=${m}`), 200);
  assert.deepEqual(first.items, []);
  assertOk(await put(admin, [{ period: m, assigneeType: 'department', assigneeId: depA.id, value: 90, sprintValue: 100 }]), 200);
  assertOk(await put(admin, [{ period: m, assigneeType: 'department', assigneeId: depA.id, value: 90, sprintValue: 110, challengeValue: 120 }]), 200);
  assertOk(await put(admin, [{ period: m, assigneeType: 'department', assigneeId: depA.id, value: 90, sprintValue: 110, challengeValue: 120 }]), 200, 'no change');
  assert.equal((await admin.put(`/api/v1/targets/locks/${m}`)).status, 204);
  assert.equal((await admin.del(`/api/v1/targets/locks/${m}`)).status, 204);
  assertOk(await put(admin, [{ period: m, assigneeType: 'department', assigneeId: depA.id, value: null }]), 200);
  const expected = [ // newest first
    ['department', '销售一部', 'challengeValue', 120, null], ['department', '销售一部', 'sprintValue', 110, null], ['department', '销售一部', 'value', 90, null],
    [null, null, 'lock', 1, 0], [null, null, 'lock', 0, 1],
    ['department', '销售一部', 'challengeValue', null, 120], ['department', '销售一部', 'sprintValue', 100, 110],
    ['department', '销售一部', 'sprintValue', null, 100], ['department', '销售一部', 'value', null, 90],
  ];
  const rows = [];
  let cursor = '';
  for (let pages = 0; pages < 10; pages++) {
    const page = assertOk(await admin.get(`/api/v1/targets/changes?period=${m}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`), 200);
    rows.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  // Rows written in one request share their instant: compare as sets per instant, in instant order.
  const shape = (c) => [c.assigneeType, c.assigneeName, c.field, c.before, c.after];
  assert.equal(rows.length, expected.length, JSON.stringify(rows.map(shape)));
  assert.deepEqual(rows.map(shape).map(String).sort(), expected.map(String).sort());
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1].at >= rows[i].at, 'newest first');
  assert.ok(rows.every((c) => c.by.name === 'boss' && c.period === m));
  assert.deepEqual(rows.filter((c) => c.field === 'lock').map((c) => c.after), [0, 1], 'the unlock after the lock');
  // A year names every period inside it; a metric filters.
  const yearRows = assertOk(await admin.get(`/api/v1/targets/changes?period=${year}&limit=200`), 200).items;
  assert.ok(yearRows.length > rows.length && yearRows.every((c) => String(c.period).startsWith(`${year}`)));
  assert.deepEqual(assertOk(await admin.get('/api/v1/targets/changes?metric=followUps'), 200).items, []);
});

test('decompose: even, weights and history as the test computes them; the parts sum to the total; nothing written', async () => {
  const before = cellsOf(await sheetOf(admin));
  const dec = async (body) => assertOk(await admin.post('/api/v1/targets/decompose', { metric: METRIC, ...body }), 200, JSON.stringify(body));

  const quarters = await dec({ method: 'even', total: 1001, periods: { parent: `${year}`, into: 'quarters' } });
  assert.deepEqual(quarters.items.map((i) => [i.period, i.value]), [1, 2, 3, 4].map((q, i) => [`${year}-Q${q}`, split(1001, [1, 1, 1, 1])[i]]));
  assert.equal(quarters.baselineTotal, null);
  assert.ok(quarters.items.every((i) => i.assigneeType === 'company' && i.assigneeId === null && i.baseline === null));
  const months = await dec({ method: 'even', total: 1000000, periods: { parent: `${year}`, into: 'months' }, assigneeType: 'department', assigneeId: depA.id });
  assert.deepEqual(months.items.map((i) => i.value), split(1000000, Array(12).fill(1)));
  assert.ok(months.items.every((i) => i.assigneeName === '销售一部'));
  const weights = [3, 0, 5];
  const q4 = await dec({ method: 'weights', total: 1000, periods: { parent: `${year}-Q4`, into: 'months' },
    weights: [{ key: `${year}-10`, weight: 3 }, { key: `${year}-12`, weight: 5 }] });
  assert.deepEqual(q4.items.map((i) => [i.period, i.value]), [10, 11, 12].map((mo, i) => [`${year}-${mo}`, split(1000, weights)[i]]));

  // People: the sheet's order of department A's members is the order of the parts.
  const sheet = await sheetOf(admin);
  const membersA = sheet.assignees.filter((a) => a.assigneeType === 'user' && a.departmentId === depA.id);
  const byUsers = await dec({ method: 'even', total: 100, people: { period: thisMonth, departmentId: depA.id, into: 'users' } });
  assert.deepEqual(byUsers.items.map((i) => [i.assigneeId, i.value]), membersA.map((a, i) => [a.assigneeId, split(100, membersA.map(() => 1))[i]]));
  const byDepartments = await dec({ method: 'weights', total: 7, people: { period: thisMonth, departmentId: root.id, into: 'departments' },
    weights: [{ key: depA.id, weight: 2 }, { key: depB.id, weight: 1 }] });
  assert.deepEqual(byDepartments.items.map((i) => [i.assigneeName, i.value]), [['销售一部', split(7, [2, 1])[0]], ['销售二部', split(7, [2, 1])[1]]]);

  // History for next month: the three months before it hold this month's customers.
  const nameOf = Object.fromEntries(Object.entries(people).map(([n, p]) => [p.id, n]));
  for (const total of [100, 3, 0]) {
    const h = await dec({ method: 'history', total, people: { period: nextMonth, departmentId: depA.id, into: 'users' } });
    const want = historySplit(total, membersA.map((a) => CREATED[nameOf[a.assigneeId]]));
    assert.deepEqual(h.items.map((i) => [i.assigneeId, i.value, i.baseline]), membersA.map((a, i) => [a.assigneeId, want.values[i], want.baselines[i]]), `total ${total}`);
    assert.equal(h.baselineTotal, want.baselineTotal);
    assert.equal(h.items.reduce((s, i) => s + i.value, 0), total);
  }
  assert.ok(historySplit(3, membersA.map((a) => CREATED[nameOf[a.assigneeId]])).baselineTotal > 3, 'the total 3 case is a negative increment');
  // Departments: each the sum of its people's.
  const hd = await dec({ method: 'history', total: 50, people: { period: nextMonth, departmentId: root.id, into: 'departments' } });
  const sums = [CREATED.managerA + CREATED.repA1 + CREATED.repA2, CREATED.repB1];
  assert.deepEqual(hd.items.map((i) => i.value), historySplit(50, sums).values);

  for (const [body, field] of [
    [{ method: 'history', total: 10, periods: { parent: `${year}`, into: 'months' } }, 'method'],
    [{ method: 'even', total: -1, periods: { parent: `${year}`, into: 'months' } }, 'total'],
    [{ method: 'even', total: 10 }, 'periods'],
    [{ method: 'even', total: 10, periods: { parent: `${year}-05`, into: 'months' } }, 'periods.into'],
    [{ method: 'weights', total: 10, periods: { parent: `${year}`, into: 'quarters' }, weights: [{ key: `${year}-Q1`, weight: 0 }] }, 'weights'],
    [{ method: 'weights', total: 10, periods: { parent: `${year}`, into: 'quarters' }, weights: [{ key: `${year}-05`, weight: 1 }] }, 'weights'],
    [{ method: 'split', total: 10, periods: { parent: `${year}`, into: 'quarters' } }, 'method'],
  ]) assertValidation(await admin.post('/api/v1/targets/decompose', { metric: METRIC, ...body }), field, undefined, field);
  assert.deepEqual(cellsOf(await sheetOf(admin)), before, 'nothing written');
});

test('attainment: actual, rateBp, left and rank equal the count of the customers created; the export holds the same rows and is audited', async () => {
  const targets = { managerA: 4, repA1: 10, repA2: 8, repB1: 3 };
  const items = Object.entries(targets).map(([n, value]) => ({ period: thisMonth, assigneeType: 'user', assigneeId: people[n].id, value }));
  items.push({ period: thisMonth, assigneeType: 'department', assigneeId: depA.id, value: 40, sprintValue: 45 });
  items.push({ period: thisMonth, assigneeType: 'company', value: 100 });
  assertOk(await put(admin, items), 200);
  const total = Object.values(CREATED).reduce((a, b) => a + b, 0);

  const company = assertOk(await admin.get(`/api/v1/targets/attainment?metric=${METRIC}`), 200);
  assert.equal(company.period, thisMonth);
  assert.equal(company.from, `${thisMonth}-01`);
  assert.deepEqual(company.department, { id: null, name: '目标测试公司' });
  assert.deepEqual([company.total.target, company.total.actual, company.total.rateBp, company.total.left], [100, total, Math.floor((total * 10000) / 100), 100 - total]);
  // One root department (the usual tree): the company level lists its children and members.
  const sumA0 = CREATED.managerA + CREATED.repA1 + CREATED.repA2;
  assert.deepEqual(company.rows.map((r) => [r.assigneeType, r.name, r.actual]).sort(),
    [['department', '销售一部', sumA0], ['department', '销售二部', CREATED.repB1], ['user', 'boss', 0]].sort());
  const lastDay = new Date(Date.UTC(Number(thisMonth.slice(0, 4)), Number(thisMonth.slice(5, 7)), 0)).getUTCDate();
  const today = Number(localDate(new Date().toISOString()).slice(8, 10));
  assert.equal(company.daysLeft, lastDay - today + 1);

  const a = assertOk(await admin.get(`/api/v1/targets/attainment?metric=${METRIC}&period=${thisMonth}&departmentId=${depA.id}`), 200);
  const sumA = CREATED.managerA + CREATED.repA1 + CREATED.repA2;
  assert.deepEqual([a.total.name, a.total.target, a.total.sprint, a.total.actual, a.total.rateBp, a.total.left], ['销售一部', 40, 45, sumA, Math.floor((sumA * 10000) / 40), 40 - sumA]);
  const want = ['managerA', 'repA1', 'repA2'].map((n) => ({ n, rate: Math.floor((CREATED[n] * 10000) / targets[n]) }))
    .sort((x, y) => y.rate - x.rate);
  assert.deepEqual(a.rows.map((r) => [r.name, r.target, r.actual, r.rateBp, r.left, r.rank]),
    want.map(({ n, rate }, i) => [n, targets[n], CREATED[n], rate, Math.max(targets[n] - CREATED[n], 0), i + 1]));

  const root1 = assertOk(await admin.get(`/api/v1/targets/attainment?metric=${METRIC}&departmentId=${root.id}`), 200);
  assert.deepEqual(root1.rows.map((r) => [r.assigneeType, r.name, r.actual]).sort(),
    [['department', '销售一部', sumA], ['department', '销售二部', CREATED.repB1], ['user', 'boss', 0]].sort());
  assert.equal(root1.rows.find((r) => r.name === 'boss').rateBp, null, 'no target');
  assertError(await admin.get(`/api/v1/targets/attainment?metric=${METRIC}&departmentId=123456789`), 404, 'not_found');
  assertValidation(await admin.get(`/api/v1/targets/attainment?metric=${METRIC}&period=${year}-00`), 'period');

  const x = await admin.get(`/api/v1/targets/attainment/export?metric=${METRIC}&departmentId=${depA.id}`);
  assert.equal(x.status, 200, x.text.slice(0, 300));
  assert.equal(x.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const rows = readSheet(unzip(x.bytes), 1);
  assert.equal(rows[0][0], '名称');
  assert.deepEqual(rows.slice(1, -1).map((r) => [r[0], r[1], r[4]]), a.rows.map((r) => [r.name, r.target, r.actual]));
  assert.deepEqual([rows.at(-1)[0], rows.at(-1)[4]], ['合计：销售一部', sumA]);
  const audit = assertOk(await admin.get('/api/v1/audit-log?limit=20'), 200).items.filter((e) => e.action === 'report.export');
  assert.equal(audit.length, 1);
  assert.ok(JSON.stringify(audit[0].details).includes('targetAttainment') && JSON.stringify(audit[0].details).includes(depA.id), JSON.stringify(audit[0]));
  assertError(await people.repA1.api.get(`/api/v1/targets/attainment/export?metric=${METRIC}`), 403, 'permission.denied');

  // Mine: the caller's own row, ranked among department A's members with a target.
  const mine = assertOk(await people.repA1.api.get('/api/v1/targets/mine'), 200);
  assert.equal(mine.period, thisMonth);
  const rankA1 = want.findIndex((w) => w.n === 'repA1') + 1;
  assert.deepEqual(mine.items.map((r) => [r.metric, r.target, r.actual, r.rateBp, r.rank]),
    [[METRIC, targets.repA1, CREATED.repA1, Math.floor((CREATED.repA1 * 10000) / targets.repA1), rankA1]]);
  assert.deepEqual(assertOk(await people.repA1.api.get(`/api/v1/targets/mine?period=${nextMonth}`), 200).items, []);
});

test('data scope: a department manager sees the company, A and its people only — on the sheet, in attainment, in the change log — and cannot write', async () => {
  const mgr = people.managerA.api;
  assertOk(await put(admin, [{ period: thisMonth, assigneeType: 'department', assigneeId: depB.id, value: 9 }]), 200);
  const sheet = await sheetOf(mgr);
  assert.deepEqual(sheet.assignees.map((a) => a.name), ['目标测试公司', '销售一部', ...sheet.assignees.slice(2).map((a) => a.name)]);
  assert.deepEqual(sheet.assignees.slice(2).map((a) => a.name).sort(), ['managerA', 'repA1', 'repA2']);
  const visible = new Set(sheet.assignees.map((a) => `${a.assigneeType}|${a.assigneeId}`));
  assert.ok(sheet.cells.length > 0);
  assert.ok(sheet.cells.every((c) => visible.has(`${c.assigneeType}|${c.assigneeId}`)), JSON.stringify(sheet.cells));
  assert.ok(!JSON.stringify(sheet).includes(depB.id) && !JSON.stringify(sheet).includes(people.repB1.id));

  const att = assertOk(await mgr.get(`/api/v1/targets/attainment?metric=${METRIC}`), 200);
  assert.equal(att.department.id, depA.id);
  assert.deepEqual(att.rows.map((r) => r.name).sort(), ['managerA', 'repA1', 'repA2']);
  assertError(await mgr.get(`/api/v1/targets/attainment?metric=${METRIC}&departmentId=${depB.id}`), 403, 'permission.denied');
  assertError(await mgr.get(`/api/v1/targets/attainment?metric=${METRIC}&departmentId=${root.id}`), 403, 'permission.denied');

  const changes = assertOk(await mgr.get('/api/v1/targets/changes?limit=200'), 200).items;
  assert.ok(changes.length > 0);
  assert.ok(changes.every((c) => c.assigneeType === null || c.assigneeType === 'company' || visible.has(`${c.assigneeType}|${c.assigneeId}`)));
  assert.ok(assertOk(await admin.get('/api/v1/targets/changes?limit=200'), 200).items.some((c) => c.assigneeId === depB.id), 'the administrator sees B');

  assertError(await put(mgr, [{ period: thisMonth, assigneeType: 'user', assigneeId: people.repA1.id, value: 1 }]), 403, 'permission.denied');
  assertError(await mgr.post('/api/v1/targets/decompose', { metric: METRIC, method: 'even', total: 1, periods: { parent: `${year}`, into: 'quarters' } }), 403, 'permission.denied');
  assertError(await mgr.put(`/api/v1/targets/locks/${thisMonth}`), 403, 'permission.denied');
  // A rep (scope self) sees the company and themselves.
  const repSheet = await sheetOf(people.repB1.api);
  assert.deepEqual(repSheet.assignees.map((a) => a.name), ['目标测试公司', 'repB1']);
  assert.ok(repSheet.cells.every((c) => c.assigneeType === 'company' || c.assigneeId === people.repB1.id));
});

test('customer type: targets of one customer level are a sheet of their own, counted on that level\'s customers only (every customer counts without one)', async () => {
  const levelA = LEVEL_A; // repA1's level-A customers, created at setup
  const items = [
    { period: thisMonth, assigneeType: 'user', assigneeId: people.repA1.id, value: 5 },
    { period: thisMonth, assigneeType: 'user', assigneeId: people.repA2.id, value: 2 },
  ];
  const written = assertOk(await admin.put('/api/v1/targets', { metric: METRIC, customerLevel: 'A', items }), 200).items;
  assert.deepEqual(written.map((t) => [t.customerLevel, t.value]), [['A', 5], ['A', 2]]);

  const sheetA = assertOk(await admin.get(`/api/v1/targets/sheet?metric=${METRIC}&year=${year}&customerLevel=A`), 200);
  assert.equal(sheetA.customerLevel, 'A');
  assert.deepEqual(sheetA.cells.map((c) => [c.period, c.assigneeId, c.value]).sort(),
    [[thisMonth, people.repA1.id, 5], [thisMonth, people.repA2.id, 2]].sort());
  const plain = assertOk(await admin.get(`/api/v1/targets/sheet?metric=${METRIC}&year=${year}`), 200);
  assert.equal(plain.customerLevel, null);
  assert.equal(plain.cells.find((c) => c.period === thisMonth && c.assigneeId === people.repA1.id).value, 10, 'the plain target is untouched');

  const a = assertOk(await admin.get(`/api/v1/targets/attainment?metric=${METRIC}&departmentId=${depA.id}&customerLevel=A`), 200);
  assert.equal(a.customerLevel, 'A');
  assert.deepEqual(a.rows.map((r) => [r.name, r.target, r.actual]).sort(),
    [['managerA', null, 0], ['repA1', 5, levelA], ['repA2', 2, 0]].sort());
  assert.equal(a.total.actual, levelA);

  const mine = assertOk(await people.repA1.api.get('/api/v1/targets/mine'), 200);
  assert.deepEqual(mine.items.map((r) => [r.metric, r.customerLevel, r.target, r.actual]),
    [[METRIC, null, 10, CREATED.repA1], [METRIC, 'A', 5, levelA]]);

  const changes = assertOk(await admin.get(`/api/v1/targets/changes?metric=${METRIC}&period=${thisMonth}&limit=5`), 200).items;
  assert.deepEqual(changes.slice(0, 2).map((c) => [c.customerLevel, c.field, c.after]).sort(), [['A', 'value', 2], ['A', 'value', 5]].sort());

  assertValidation(await admin.get(`/api/v1/targets/sheet?metric=${METRIC}&year=${year}&customerLevel=Z`), 'customerLevel');
  assertValidation(await admin.get(`/api/v1/targets/attainment?metric=${METRIC}&customerLevel=a`), 'customerLevel');
  assertValidation(await admin.put('/api/v1/targets', { metric: METRIC, customerLevel: 'AB', items }), 'customerLevel');
  assertValidation(await admin.post('/api/v1/targets/decompose', { metric: METRIC, customerLevel: 'E', method: 'even', total: 9,
    periods: { parent: String(year), into: 'quarters' } }), 'customerLevel');
});
