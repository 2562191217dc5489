// Opportunities: data scope (a rep sees own + team, a manager the department subtree, others
// 404 on every id route), tenant isolation of every id route, and each drill-down filter of the
// list (docs/api-opportunities.md) against counts derived from what the test made.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, allPages, createCustomer, localDate, addDays, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });
let admin, dir, users, process, opps;

const stageOf = (name) => process.stages.find((s) => s.name === name);
const terminal = (kind) => process.stages.find((s) => s.kind === kind);
async function make(api, body = {}) {
  const customer = await createCustomer(api, { name: `范围客户${unique()}` });
  return assertOk(await api.post('/api/v1/opportunities', { customerId: customer.id, name: `范围商机${unique()}`, processId: process.id, ...body }), 201, 'opportunity');
}
async function moveTo(api, o, stageName, more = {}) {
  const to = stageName.startsWith('#') ? terminal(stageName.slice(1)) : stageOf(stageName);
  return assertOk(await api.post(`/api/v1/opportunities/${o.id}/move`, { stageId: to.id, version: o.version, ...more }), 200, `move to ${stageName}`);
}

test('setup: a process; opportunities of rep01, rep02 (rep01 on its team, read), rep04 (another group)', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  users = {};
  for (const u of ['rep01', 'rep02', 'rep04', 'bj1.lead', 'huabei']) users[u] = await as(srv.baseUrl, u);
  process = assertOk(await admin.post('/api/v1/sales-processes', {
    name: `范围流程${unique()}`, allowSkip: true, staleDays: 0, staleWhenOverdue: true, lostReasons: ['价格过高', '选择竞品'],
    stages: [{ name: '接洽', probability: 10 }, { name: '确认', probability: 30 }, { name: '报价', probability: 60 }],
  }), 201);
  opps = {
    own: await make(users.rep01, { amountFen: 100 }),
    team: await make(users.rep02, { amountFen: 200 }),
    other: await make(users.rep04, { amountFen: 300 }),
  };
  assertOk(await users.rep02.post(`/api/v1/customers/${opps.team.customerId}/team`, { userId: dir.user('rep01').id, access: 'read' }), 201, 'team');
});

const idRoutes = [
  ['GET', (o) => `/api/v1/opportunities/${o.id}`],
  ['PATCH', (o) => `/api/v1/opportunities/${o.id}`, () => ({ name: '被改了' })],
  ['DELETE', (o) => `/api/v1/opportunities/${o.id}`],
  ['POST', (o) => `/api/v1/opportunities/${o.id}/move`, (o) => ({ stageId: stageOf('确认').id, version: o.version })],
  ['GET', (o) => `/api/v1/opportunities/${o.id}/history`],
];
const call = (api, method, path, body) => api[method === 'DELETE' ? 'del' : method.toLowerCase()](path, body);

test('a rep sees own and team opportunities; another group\'s are 404 on every id route', async () => {
  const seen = (await allPages(users.rep01, `/api/v1/opportunities?processId=${process.id}`)).map((o) => o.id).sort();
  assert.deepEqual(seen, [opps.own.id, opps.team.id].sort());
  assert.equal(assertOk(await users.rep01.get(`/api/v1/opportunities?processId=${process.id}`)).total, 2);
  for (const [method, path, body] of idRoutes.filter(([m]) => m !== 'DELETE'))
    assertError(await call(users.rep01, method, path(opps.other), body?.(opps.other)), 404, 'not_found', `${method} ${path({ id: '{other}' })}`);
  // Reps may not delete at all: the permission answers before the record is looked up.
  assertError(await users.rep01.del(`/api/v1/opportunities/${opps.other.id}`), 403, 'permission.denied');
  const team = assertOk(await users.rep01.get(`/api/v1/opportunities/${opps.team.id}`));
  assert.deepEqual([team.canEdit, team.canMove, team.canDelete], [false, false, false], 'read team member');
  assertError(await users.rep01.post(`/api/v1/opportunities/${opps.team.id}/move`, { stageId: stageOf('确认').id, version: team.version }), 403, 'permission.denied');
  assert.equal(assertOk(await users.rep01.get(`/api/v1/opportunities/${opps.team.id}/history`)).items.length, 1);
  const mine = (await allPages(users.rep01, `/api/v1/opportunities?processId=${process.id}&mine=true`)).map((o) => o.id);
  assert.deepEqual(mine, [opps.own.id]);
});

test('a manager sees the department subtree; the regional manager both groups', async () => {
  const group = (await allPages(users['bj1.lead'], `/api/v1/opportunities?processId=${process.id}`)).map((o) => o.id).sort();
  assert.deepEqual(group, [opps.own.id, opps.team.id].sort());
  for (const [method, path, body] of idRoutes)
    assertError(await call(users['bj1.lead'], method, path(opps.other), body?.(opps.other)), 404, 'not_found', `${method} ${path({ id: '{other}' })}`);
  const region = (await allPages(users.huabei, `/api/v1/opportunities?processId=${process.id}`)).map((o) => o.id).sort();
  assert.deepEqual(region, [opps.own.id, opps.team.id, opps.other.id].sort());
  const bj2 = dir.dep('北京二组').id;
  assert.deepEqual((await allPages(users.huabei, `/api/v1/opportunities?processId=${process.id}&departmentId=${bj2}`)).map((o) => o.id), [opps.other.id]);
  assert.equal(assertOk(await users.huabei.get(`/api/v1/opportunities?processId=${process.id}&departmentId=${dir.dep('华北大区').id}`)).total, 3);
  assert.equal(assertOk(await users.huabei.get(`/api/v1/opportunities/${opps.other.id}`)).canMove, true);
});

test('another tenant: every id route of opportunities and processes is 404, and nothing changed', async () => {
  const other = await as(srv.baseUrl, 'admin', 'other');
  for (const [method, path, body] of idRoutes)
    assertError(await call(other, method, path(opps.own), body?.(opps.own)), 404, 'not_found', `${method} ${path({ id: '{id}' })}`);
  for (const [method, path, body] of [
    ['GET', `/api/v1/sales-processes/${process.id}`],
    ['PATCH', `/api/v1/sales-processes/${process.id}`, { name: '被改了' }],
    ['DELETE', `/api/v1/sales-processes/${process.id}`],
    ['GET', `/api/v1/sales-processes/${process.id}/versions/1`],
  ]) assertError(await call(other, method, path, body), 404, 'not_found', `${method} ${path}`);
  assert.equal((await allPages(other, `/api/v1/opportunities?processId=${process.id}`)).length, 0);
  // Demo's ids in other's bodies are refused.
  const theirs = await createCustomer(other, { name: `别家客户${unique()}` });
  const r = await other.post('/api/v1/opportunities', { customerId: opps.own.customerId, name: 'x' });
  assert.equal(r.status, 400, r.text);
  assert.equal((await other.post('/api/v1/opportunities', { customerId: theirs.id, name: 'x', processId: process.id })).status, 400);
  const after = assertOk(await users.rep01.get(`/api/v1/opportunities/${opps.own.id}`));
  assert.deepEqual([after.name, after.version, after.stageId], [opps.own.name, opps.own.version, opps.own.stageId]);
});

test('every drill-down filter matches the count derived from the opportunities made', async () => {
  const rep = users.rep01;
  const today = localDate(new Date().toISOString());
  const thisMonth = today.slice(0, 7);
  const nextMonth = addDays(`${thisMonth}-28`, 7).slice(0, 7);
  const made = [];
  const specs = [
    { path: ['确认'], close: `${nextMonth}-10` },
    { path: ['确认', '报价'], close: `${nextMonth}-20` },
    { path: ['确认', '报价', '#won'], close: `${thisMonth}-01` },
    { path: ['确认', '#lost'], reason: '价格过高', close: null },
    { path: ['#lost'], reason: '选择竞品', close: null },
    { path: ['报价', '确认'], close: addDays(today, -3) },
    { path: ['#invalid'], reason: '重复', close: null },
    { path: [], close: addDays(today, -1) },
  ];
  for (const s of specs) {
    let o = await make(rep, { expectedCloseDate: s.close, amountFen: 1000 });
    for (const step of s.path) o = await moveTo(rep, o, step, step.startsWith('#') && step !== '#won' ? { reason: s.reason } : {});
    made.push({ ...s, o });
  }
  // What each filter should find, from the specs (plus the setup's own opportunity for rep01).
  const mine = [...made.map((m) => m.o), opps.own];
  const pos = (name) => (name.startsWith('#') ? (name === '#won' ? 4 : 0) : stageOf(name).position);
  const maxPos = (m) => Math.max(1, ...m.path.map(pos));
  const count = async (query) => assertOk(await rep.get(`/api/v1/opportunities?processId=${process.id}&mine=true&${query}`)).total;
  const expectCount = async (query, want) => assert.equal(await count(query), want, query);
  const status = (o) => o.status;
  await expectCount('', mine.length);
  // The whole company's list narrowed by nothing omits the total (counting it reads every
  // opportunity); narrowed by an owner it counts.
  const whole = assertOk(await admin.get(`/api/v1/opportunities?processId=${process.id}`));
  assert.equal(whole.total, undefined, 'no total for the whole company');
  const byOwner = assertOk(await admin.get(`/api/v1/opportunities?processId=${process.id}&ownerId=${dir.user('rep01').id}`));
  assert.equal(byOwner.total, byOwner.items.length, 'an owner\'s list counts');
  await expectCount(`stageId=${stageOf('确认').id}`, mine.filter((o) => o.stageId === stageOf('确认').id).length);
  await expectCount(`stageId=${stageOf('确认').id}`, 2);
  for (const s of ['open', 'won', 'lost', 'invalid', 'lost,invalid'])
    await expectCount(`status=${s}`, mine.filter((o) => s.split(',').includes(status(o))).length);
  await expectCount(`closeMonth=${nextMonth}`, made.filter((m) => m.close?.startsWith(nextMonth)).length);
  await expectCount(`closedMonth=${thisMonth}`, made.filter((m) => m.o.closedAt).length);
  await expectCount('closedMonth=2001-01', 0);
  for (const n of [1, 2, 3, 4])
    await expectCount(`reachedPosition=${n}`, made.filter((m) => maxPos(m) >= n).length + (n <= 1 ? 1 : 0));
  await expectCount('lostReason=价格过高', 1);
  await expectCount('lostReason=选择竞品', 1);
  await expectCount(`createdFrom=${today}&createdTo=${today}`, mine.length);
  await expectCount(`createdTo=${addDays(today, -1)}`, 0);
  await expectCount(`ownerId=${dir.user('rep01').id}`, mine.length);
  await expectCount(`ownerId=${dir.user('rep02').id}`, 0);
  await expectCount(`departmentId=${dir.dep('北京一组').id}`, mine.length);
  await expectCount(`departmentId=${dir.dep('北京二组').id}`, 0);
  // Stale: open ones whose expected close date is before today (the process's days rule is off).
  const stale = made.filter((m) => m.o.status === 'open' && m.close && m.close < today);
  await expectCount('stale=true', stale.length);
  const staleItems = await allPages(rep, `/api/v1/opportunities?processId=${process.id}&mine=true&stale=true`);
  for (const item of staleItems) {
    const m = made.find((x) => x.o.id === item.id);
    assert.deepEqual(item.stale, { reason: 'overdue', since: addDays(m.close, 1) });
  }
  // Sorts, keyset pages and money as integers.
  const byAmount = await allPages(rep, `/api/v1/opportunities?processId=${process.id}&mine=true&sort=-amountFen`, { limit: 2 });
  assert.equal(byAmount.length, mine.length);
  assert.ok(byAmount.every((o, i) => i === 0 || byAmount[i - 1].amountFen >= o.amountFen));
  assert.ok(byAmount.every((o) => Number.isInteger(o.amountFen)));
  const byClose = await allPages(rep, `/api/v1/opportunities?processId=${process.id}&mine=true&sort=expectedCloseDate`, { limit: 3 });
  const closes = byClose.map((o) => o.expectedCloseDate ?? '9999-12-31');
  assert.deepEqual(closes, [...closes].sort());
  assert.equal(new Set(byClose.map((o) => o.id)).size, mine.length);
});
