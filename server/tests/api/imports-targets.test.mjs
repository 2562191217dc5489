// Imports of targets (docs/api-imports.md, "Targets"): each row one cell of the targets sheet,
// written through the targets module's write path — metrics by key or by their Chinese or
// English name, periods as the targets API writes them, assignees by name (the company, a
// department, a user by username or name: exactly one), money in yuan as fen and counts as whole
// numbers, the change log, a locked period refusing its rows, the skip and update policies on a
// cell already set, attach refused, target.configure and the data scope, tenant isolation. Every
// expected value is derived from the rows sent. Periods of 2031, which the demo leaves empty.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { runImport } from './lib/imports.mjs';
import { as, assertError, assertOk, allPages, departmentWithTwoGroups, makeUsers, unique } from './lib/crm.mjs';

const BATCH = 4;
const srv = useServer({ sweepCheck: 0, extraArgs: ['--import-batch', String(BATCH)] });
const YEAR = 2031;
let admin;
let org; // {top, a, b, role}
let people; // two users of group A

const run = (api, policy, rows) => runImport(api, 'targets', policy, rows);
const errorsOf = async (api, id) => assertOk(await api.get(`/api/v1/imports/${id}/errors`), 200).items;
const sortFields = (fields) => [...fields].sort((a, b) => a.field.localeCompare(b.field));

// The sheet's cells of a metric (and customer level) in YEAR, by "period|type|id".
async function cells(api, metric, level = '') {
  const sheet = assertOk(await api.get(`/api/v1/targets/sheet?metric=${metric}&year=${YEAR}${level ? `&customerLevel=${level}` : ''}`), 200);
  return new Map(sheet.cells.map((c) => [`${c.period}|${c.assigneeType}|${c.assigneeId ?? ''}`, c]));
}
// The test's own reading of a money cell: yuan with ¥/￥ and separators, in fen.
const fenOf = (text) => Math.round(Number(text.replace(/[¥￥,\s]/g, '')) * 100);

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  org = await departmentWithTwoGroups(admin, '目标导入');
  people = await makeUsers(admin, srv.baseUrl, { count: 2, departmentId: org.a.id, roleId: org.role('rep'), prefix: 'tgi' });
});

test('valid rows are written with their exact values; bad rows are reported by row and field', async () => {
  const [p0, p1] = people;
  const rows = [
    { metric: 'contractAmountFen', period: `${YEAR}`, assignee: '公司', value: '¥1,200,000', sprintValue: '1,500,000.50', challengeValue: '2000000' },
    { metric: '新增客户', period: `${YEAR}-03`, assignee: org.a.name, value: '30', sprintValue: '40' },
    { metric: 'Follow-ups', period: `${YEAR}-Q2`, assignee: p0.username, value: '120' },
    { metric: 'visits', period: `${YEAR}-W10`, assignee: p1.name, value: '8', customerLevel: 'A' },
    { metric: 'newCustomers', period: `${YEAR}-03`, assignee: org.b.name, value: '12.5' },           // 5: a count with a fraction
    { metric: 'workLogs', period: `${YEAR}-03`, assignee: p0.username, value: '5' },                   // 6: not targetable
    { metric: '不存在的指标', period: `${YEAR}-13`, assignee: p0.username, value: '5' },              // 7: metric and period
    { metric: 'newCustomers', period: `${YEAR}-04`, assignee: '没有这个人', value: '5' },             // 8: no such assignee
    { metric: 'newCustomers', period: `${YEAR}-04`, assignee: p0.username, value: '10', sprintValue: '5' }, // 9: sprint below value
    { metric: 'newCustomers', period: `${YEAR}-04`, assignee: p0.username, customerLevel: 'E' },     // 10: level, no value
    { metric: 'paymentAmountFen', period: `${YEAR}-04`, assignee: 'company', value: '-1' },            // 11: negative
    { period: `${YEAR}-04`, value: 'abc' },                                                             // 12: metric and assignee required
  ];
  const job = await run(admin, 'skip', rows);
  const bad = {
    5: [{ field: 'value', issue: 'invalid_value' }],
    6: [{ field: 'metric', issue: 'invalid_value' }],
    7: [{ field: 'metric', issue: 'invalid_value' }, { field: 'period', issue: 'invalid_value' }],
    8: [{ field: 'assignee', issue: 'invalid_value' }],
    9: [{ field: 'sprintValue', issue: 'invalid_value' }],
    10: [{ field: 'customerLevel', issue: 'invalid_value' }],
    11: [{ field: 'value', issue: 'invalid_value' }],
    12: [{ field: 'assignee', issue: 'required' }, { field: 'metric', issue: 'required' }],
  };
  assert.deepEqual([job.total, job.done, job.created, job.updated, job.skipped, job.failed], [rows.length, rows.length, 4, 0, 0, Object.keys(bad).length]);
  const errors = await errorsOf(admin, job.id);
  assert.deepEqual(
    errors.map((e) => [e.row, e.outcome, e.code, sortFields(e.fields)]),
    Object.entries(bad).map(([row, fields]) => [Number(row), 'failed', 'validation.failed', sortFields(fields)]),
  );
  assert.equal(errors.find((e) => e.row === 8).label, `没有这个人 ${YEAR}-04`);

  // Each cell exactly as its row says: money in fen, counts as they are.
  const money = await cells(admin, 'contractAmountFen');
  assert.deepEqual(
    [money.size, money.get(`${YEAR}|company|`)?.value, money.get(`${YEAR}|company|`)?.sprintValue, money.get(`${YEAR}|company|`)?.challengeValue],
    [1, fenOf(rows[0].value), fenOf(rows[0].sprintValue), fenOf(rows[0].challengeValue)],
  );
  const created = await cells(admin, 'newCustomers');
  assert.deepEqual([...created.keys()], [`${YEAR}-03|department|${org.a.id}`]);
  assert.deepEqual([created.get(`${YEAR}-03|department|${org.a.id}`).value, created.get(`${YEAR}-03|department|${org.a.id}`).sprintValue], [30, 40]);
  const follow = await cells(admin, 'followUps');
  assert.deepEqual([...follow.entries()].map(([k, c]) => [k, c.value, c.sprintValue]), [[`${YEAR}-Q2|user|${p0.id}`, 120, null]]);
  assert.equal((await cells(admin, 'visits')).size, 0, 'a level-A target is not on the every-customer sheet');
  const levelA = await cells(admin, 'visits', 'A');
  assert.deepEqual([...levelA.entries()].map(([k, c]) => [k, c.value]), [[`${YEAR}-W10|user|${p1.id}`, 8]]);
  assert.equal((await cells(admin, 'paymentAmountFen')).size, 0);

  // The change log has the import's writes, by the importer.
  const changes = await allPages(admin, `/api/v1/targets/changes?period=${YEAR}`);
  const mine = changes.filter((c) => c.metric === 'contractAmountFen' && c.period === `${YEAR}`);
  assert.deepEqual(
    mine.map((c) => [c.field, c.before, c.after, c.by.name]).sort(),
    [['challengeValue', null, fenOf(rows[0].challengeValue)], ['sprintValue', null, fenOf(rows[0].sprintValue)], ['value', null, fenOf(rows[0].value)]]
      .map((x) => [...x, mine[0].by.name]).sort(),
  );
  assert.equal(mine[0].by.id, job.createdById);
});

test('a cell already set: skip reports it, update sets the row\'s non-empty cells; a locked period refuses its rows', async () => {
  const [p0] = people;
  const period = `${YEAR}-06`;
  assertOk(await admin.put('/api/v1/targets', { metric: 'newLeads', items: [{ period, assigneeType: 'user', assigneeId: p0.id, value: 10, sprintValue: 15, challengeValue: 20 }] }), 200);
  const skip = await run(admin, 'skip', [
    { metric: 'newLeads', period, assignee: p0.username, value: '99' },
    { metric: 'newLeads', period: `${YEAR}-07`, assignee: p0.username, value: '7' },
  ]);
  assert.deepEqual([skip.created, skip.skipped, skip.updated, skip.failed], [1, 1, 0, 0]);
  assert.deepEqual((await errorsOf(admin, skip.id)).map((e) => [e.row, e.outcome, e.code]), [[1, 'skipped', 'target.already_set']]);
  assert.equal((await cells(admin, 'newLeads')).get(`${period}|user|${p0.id}`).value, 10);

  const update = await run(admin, 'update', [
    { metric: '新增线索', period, assignee: p0.username, sprintValue: '25', challengeValue: '30' }, // value kept
    { metric: 'newLeads', period: `${YEAR}-07`, assignee: p0.username, value: '8' },
  ]);
  assert.deepEqual([update.created, update.updated, update.skipped, update.failed], [0, 2, 0, 0]);
  const after = await cells(admin, 'newLeads');
  assert.deepEqual(
    [after.get(`${period}|user|${p0.id}`).value, after.get(`${period}|user|${p0.id}`).sprintValue, after.get(`${period}|user|${p0.id}`).challengeValue],
    [10, 25, 30],
  );
  assert.equal(after.get(`${YEAR}-07|user|${p0.id}`).value, 8);

  // A locked period: its rows fail with target.locked, the others are written.
  const locked = `${YEAR}-08`;
  assert.equal((await admin.put(`/api/v1/targets/locks/${locked}`)).status, 204);
  const lockedRun = await run(admin, 'skip', [
    { metric: 'newLeads', period: locked, assignee: p0.username, value: '3' },
    { metric: 'newLeads', period: `${YEAR}-09`, assignee: p0.username, value: '4' },
  ]);
  assert.deepEqual([lockedRun.created, lockedRun.failed], [1, 1]);
  assert.deepEqual((await errorsOf(admin, lockedRun.id)).map((e) => [e.row, e.outcome, e.code]), [[1, 'failed', 'target.locked']]);
  const final = await cells(admin, 'newLeads');
  assert.equal(final.has(`${locked}|user|${p0.id}`), false);
  assert.equal(final.get(`${YEAR}-09|user|${p0.id}`).value, 4);
});

test('an assignee named twice (a department and a user of one name) is refused', async () => {
  const [twin] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: org.b.id, roleId: org.role('rep'), prefix: 'tgt' });
  assertOk(await admin.patch(`/api/v1/users/${twin.id}`, { name: org.b.name }), 200);
  const job = await run(admin, 'skip', [{ metric: 'newLeads', period: `${YEAR}-10`, assignee: org.b.name, value: '1' }]);
  assert.deepEqual((await errorsOf(admin, job.id)).map((e) => [e.row, e.fields]), [[1, [{ field: 'assignee', issue: 'invalid_value' }]]]);
  // Its username is still one match.
  const byUsername = await run(admin, 'skip', [{ metric: 'newLeads', period: `${YEAR}-10`, assignee: twin.username, value: '1' }]);
  assert.equal(byUsername.created, 1);
});

test('attach is refused; target.configure is needed; the data scope limits the assignees', async () => {
  const r = await admin.post('/api/v1/imports', { object: 'targets', policy: 'attach', rows: [{ metric: 'visits', period: `${YEAR}`, assignee: '公司', value: '1' }] });
  assertError(r, 400, 'validation.failed');
  assert.deepEqual(r.json.error.details.fields, [{ field: 'policy', issue: 'invalid_value' }]);
  const rep = await as(srv.baseUrl, 'rep01');
  assertError(await rep.put('/api/v1/targets', { metric: 'visits', items: [{ period: `${YEAR}`, assigneeType: 'company', value: 1 }] }), 403, 'permission.denied');
  assertError(await rep.post('/api/v1/imports', { object: 'targets', rows: [{ metric: 'visits', period: `${YEAR}`, assignee: '公司', value: '1' }] }), 403, 'permission.denied');
  assertError(await rep.get('/api/v1/import-templates?object=targets'), 403, 'permission.denied');

  // A department manager who may set targets sees group A only: group B and its people are unknown.
  const role = assertOk(await admin.post('/api/v1/roles', { name: `目标导入${unique()}`, dataScope: 'department', permissions: ['target.view', 'target.configure'] }), 201);
  const [manager] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: org.a.id, roleId: role.id, prefix: 'tgm' });
  const [outsider] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: org.b.id, roleId: org.role('rep'), prefix: 'tgo' });
  const rows = [
    { metric: 'wonAmountFen', period: `${YEAR}-11`, assignee: people[0].username, value: '500' },
    { metric: 'wonAmountFen', period: `${YEAR}-11`, assignee: outsider.username, value: '500' },
    { metric: 'wonAmountFen', period: `${YEAR}-11`, assignee: org.b.name, value: '500' },
  ];
  const job = await run(manager.api, 'skip', rows);
  assert.deepEqual([job.created, job.failed], [1, 2]);
  assert.deepEqual((await errorsOf(manager.api, job.id)).map((e) => [e.row, e.fields]), [
    [2, [{ field: 'assignee', issue: 'invalid_value' }]],
    [3, [{ field: 'assignee', issue: 'invalid_value' }]],
  ]);
  const written = await cells(admin, 'wonAmountFen');
  assert.deepEqual([...written.entries()].map(([k, c]) => [k, c.value]), [[`${YEAR}-11|user|${people[0].id}`, fenOf(rows[0].value)]]);
});

test('tenant isolation: another company sees neither the import nor its targets', async () => {
  const job = await run(admin, 'skip', [{ metric: 'newOpportunities', period: `${YEAR}-12`, assignee: '公司', value: '9' }]);
  assert.equal(job.created, 1);
  const other = await as(srv.baseUrl, 'admin', 'other');
  assertError(await other.get(`/api/v1/imports/${job.id}`), 404, 'not_found');
  assertError(await other.get(`/api/v1/imports/${job.id}/errors`), 404, 'not_found');
  assert.equal((await cells(other, 'newOpportunities')).size, 0);
  // A department of this company is no assignee of the other's import.
  const theirs = await run(other, 'skip', [{ metric: 'newOpportunities', period: `${YEAR}-12`, assignee: org.a.name, value: '9' }]);
  assert.deepEqual((await errorsOf(other, theirs.id)).map((e) => [e.row, e.fields]), [[1, [{ field: 'assignee', issue: 'invalid_value' }]]]);
});
