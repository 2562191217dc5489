// The approval inbox (docs/api-approvals.md): the pending / done / mine boxes, filters, keyset
// pages with total and the badge, all derived from what the test did; who may read one approval
// and an object's approvals; notifications reaching approvers and the applicant; ten approvers
// of an any-of step approving at once (exactly one decision stands); tenant isolation of every
// id route.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, allPages, makeUsers, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });
let admin, dir, team, applicants, approvers, outsider;
const made = [];  // {id, applicant, amountFen, title, status}

const submit = async (who, amountFen, title = `差旅报销${unique()}`) => {
  const a = assertOk(await who.api.post('/api/v1/approval-requests', { type: 'expense', title, amountFen, reason: '出差' }), 201, 'submit');
  made.push({ id: a.id, applicant: who.id, amountFen, title, status: a.status, version: a.version, requestId: a.request.id });
  return a;
};
const sorted = (list) => [...list].sort();
const act = (api, id, version, verb, more = {}) => api.post(`/api/v1/approvals/${id}/${verb}`, { version, ...more });
const boxIds = async (api, query) => (await allPages(api, `/api/v1/approvals?${query}`, { limit: 2 })).map((a) => a.id);

test('setup: an any-of flow of ten approvers for expenses from ¥1; a second step of one', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  team = assertOk(await admin.post('/api/v1/departments', { name: `收件箱${unique()}`, parentId: dir.dep('圈客演示科技有限公司').id }), 201);
  approvers = await makeUsers(admin, srv.baseUrl, { count: 10, departmentId: team.id, roleId: dir.role('rep').id, prefix: 'ib' });
  applicants = await makeUsers(admin, srv.baseUrl, { count: 2, departmentId: team.id, roleId: dir.role('rep').id, prefix: 'ia' });
  [outsider] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: team.id, roleId: dir.role('rep').id, prefix: 'io' });
  assertOk(await admin.post('/api/v1/approval-flows', {
    subjectType: 'expense', name: '报销', minAmountFen: 100,
    steps: [{ name: '十人任一', approverType: 'users', userIds: approvers.map((u) => u.id), mode: 'any' },
      { name: '终审', approverType: 'users', userIds: [approvers[0].id], mode: 'any' }],
  }), 201);
});

test('ten approvers of an any-of step approve at once: exactly one decision stands', async () => {
  const a = await submit(applicants[0], 12345);
  const answers = await Promise.all(approvers.map((u) => act(u.api, a.id, a.version, 'approve', { comment: u.username })));
  const ok = answers.filter((r) => r.status === 200);
  assert.equal(ok.length, 1, answers.map((r) => `${r.status} ${r.json?.error?.code ?? ''}`).join(', '));
  for (const r of answers.filter((x) => x.status !== 200))
    assert.ok(['approval.version_conflict', 'approval.not_your_turn'].includes(r.json.error.code), r.text);
  const detail = assertOk(await applicants[0].api.get(`/api/v1/approvals/${a.id}`));
  const approves = detail.history.filter((h) => h.action === 'approve');
  assert.equal(approves.length, 1);
  assert.equal(detail.currentStep, 1);
  assert.equal(detail.version, a.version + 1);
  const step0 = detail.steps[0].approvers;
  assert.deepEqual(step0.filter((x) => x.state === 'approved').map((x) => x.userId), [approves[0].userId]);
  assert.equal(step0.filter((x) => x.state === 'cancelled').length, 9);
  assert.equal(step0.find((x) => x.state === 'approved').comment, approvers.find((u) => u.id === approves[0].userId).username);
  made.at(-1).status = 'pending';
  made.at(-1).decidedBy = [approves[0].userId];
});

test('notifications: each approver of a step that becomes theirs, then the applicant', async () => {
  const first = made[0];
  for (const u of approvers) {
    const items = assertOk(await u.api.get('/api/v1/notifications?limit=200')).items.filter((n) => n.type === 'approval.pending' && n.params.approvalId === first.id);
    // Step 1 went to all ten; step 2 (approvers[0] alone) once more.
    assert.equal(items.length, u === approvers[0] ? 2 : 1, u.username);
    assert.equal(items[0].params.title, first.title);
  }
  let d = assertOk(await approvers[0].api.get(`/api/v1/approvals/${first.id}`));
  d = assertOk(await act(approvers[0].api, first.id, d.version, 'approve'));
  assert.equal(d.status, 'approved');
  first.status = 'approved';
  first.decidedBy.push(approvers[0].id);
  const told = assertOk(await applicants[0].api.get('/api/v1/notifications?limit=200')).items.filter((n) => n.type === 'approval.decided');
  assert.equal(told.length, 1);
  assert.deepEqual([told[0].params.approvalId, told[0].params.status], [first.id, 'approved']);
  assert.ok(told[0].title.includes(first.title), told[0].title);
  // A comment reaches the applicant and the approvers, not the commenter.
  const before = assertOk(await applicants[0].api.get('/api/v1/notifications/unread-count')).count;
  assertOk(await approvers[3].api.post(`/api/v1/approvals/${first.id}/comment`, { comment: '已付款' }));
  assert.equal(assertOk(await applicants[0].api.get('/api/v1/notifications/unread-count')).count, before + 1);
  const mine = assertOk(await approvers[3].api.get('/api/v1/notifications?limit=200')).items.filter((n) => n.type === 'approval.commented');
  assert.equal(mine.length, 0);
});

test('boxes, filters, pages and the badge, against what the test made', async () => {
  // More approvals: some pending, one rejected by approvers[1], one withdrawn.
  for (let i = 0; i < 3; i++) await submit(applicants[i % 2], 1000 + i, `办公用品${unique()}`);
  const rejected = await submit(applicants[1], 5000);
  assertOk(await act(approvers[1].api, rejected.id, rejected.version, 'reject', { comment: '不符合规定' }));
  made.at(-1).status = 'rejected';
  made.at(-1).decidedBy = [approvers[1].id];
  const withdrawn = await submit(applicants[0], 6000);
  assertOk(await act(applicants[0].api, withdrawn.id, withdrawn.version, 'withdraw'));
  made.at(-1).status = 'withdrawn';
  // approvers[0] approves at both steps: one approval in their done box.
  const twice = await submit(applicants[1], 7000);
  const half = assertOk(await act(approvers[0].api, twice.id, twice.version, 'approve'));
  assert.equal(assertOk(await act(approvers[0].api, twice.id, half.version, 'approve')).status, 'approved');
  made.at(-1).status = 'approved';
  made.at(-1).decidedBy = [approvers[0].id, approvers[0].id];
  const under = await submit(applicants[0], 50);  // no flow below ¥1: approved at once
  assert.equal(under.status, 'approved');
  made.at(-1).status = 'approved';

  const newestFirst = (list) => list.map((m) => m.id).sort((x, y) => (BigInt(y) > BigInt(x) ? 1 : -1));
  for (const u of approvers) {
    // Pending: every approval still waiting at the first step (all ten approvers are on it).
    const pending = made.filter((m) => m.status === 'pending' && !m.decidedBy);
    assert.deepEqual(await boxIds(u.api, 'box=pending'), newestFirst(pending), `${u.username} pending`);
    assert.equal(assertOk(await u.api.get('/api/v1/approvals?limit=1')).total, pending.length);
    assert.equal(assertOk(await u.api.get('/api/v1/approvals/counts')).pending, pending.length);
    const done = made.filter((m) => m.decidedBy?.includes(u.id));
    assert.deepEqual(await boxIds(u.api, 'box=done'), newestFirst(done), `${u.username} done`);
    // Counted once each, also where the approver acted at two steps.
    assert.equal(assertOk(await u.api.get('/api/v1/approvals?box=done&limit=1')).total, done.length, `${u.username} done total`);
  }
  for (const who of applicants) {
    const mine = made.filter((m) => m.applicant === who.id);
    assert.deepEqual(await boxIds(who.api, 'box=mine'), newestFirst(mine), `${who.username} mine`);
    const withStatus = (s) => newestFirst(mine.filter((m) => m.status === s));
    for (const s of ['pending', 'approved', 'rejected', 'withdrawn'])
      assert.deepEqual(await boxIds(who.api, `box=mine&status=${s}`), withStatus(s), `${who.username} ${s}`);
    assert.equal(assertOk(await who.api.get('/api/v1/approvals/counts')).pending, 0);
  }
  const office = made.filter((m) => m.title.startsWith('办公用品') && m.applicant === applicants[0].id);
  assert.deepEqual(await boxIds(applicants[0].api, `box=mine&q=${encodeURIComponent('办公用品')}`), newestFirst(office));
  assert.deepEqual(await boxIds(applicants[0].api, 'box=mine&subjectType=leave'), []);
  // Every list row names who may act now.
  const row = assertOk(await approvers[2].api.get('/api/v1/approvals?box=pending&limit=1')).items[0];
  assert.deepEqual(sorted(row.waitingOn.map((w) => w.userId)), sorted(approvers.map((u) => u.id)));
  for (const [q, field] of [['box=all', 'box'], ['status=done', 'status'], ['subjectType=invoice', 'subjectType'], ['subjectId=1', 'subjectType']]) {
    const r = await approvers[0].api.get(`/api/v1/approvals?${q}`);
    assertError(r, 400, 'validation.failed', q);
    assert.ok(r.json.error.details.fields.some((f) => f.field === field), r.text);
  }
});

test('reading: the applicant, the approvers and the subject\'s readers; others get 404', async () => {
  const first = made[0];
  assertOk(await applicants[0].api.get(`/api/v1/approvals/${first.id}`));
  const d = assertOk(await approvers[9].api.get(`/api/v1/approvals/${first.id}`));
  assert.deepEqual([d.canApprove, d.canWithdraw, d.canComment], [false, false, true]);
  assertError(await outsider.api.get(`/api/v1/approvals/${first.id}`), 404, 'not_found');
  assertError(await outsider.api.post(`/api/v1/approvals/${first.id}/comment`, { comment: 'x' }), 404, 'not_found');
  assertError(await applicants[1].api.get(`/api/v1/approvals/${first.id}`), 404, 'not_found');
  // An object's approvals: the request's applicant reads them, others do not.
  const list = assertOk(await applicants[0].api.get(`/api/v1/approvals?subjectType=expense&subjectId=${first.requestId}`));
  assert.deepEqual(list.items.map((a) => a.id), [first.id]);
  assert.equal(list.total, 1);
  assertError(await outsider.api.get(`/api/v1/approvals?subjectType=expense&subjectId=${first.requestId}`), 404, 'not_found');
});

test('tenant isolation: another company\'s admin gets 404 on every id route', async () => {
  const other = await as(srv.baseUrl, 'admin', 'other');
  const flowId = assertOk(await admin.get('/api/v1/approval-flows')).items[0].id;
  const pending = made.find((m) => m.status === 'pending');
  const routes = [
    ['get', `/api/v1/approval-flows/${flowId}`], ['patch', `/api/v1/approval-flows/${flowId}`, { name: 'x' }],
    ['del', `/api/v1/approval-flows/${flowId}`], ['get', `/api/v1/approvals/${pending.id}`],
    ...['approve', 'reject', 'return', 'withdraw'].map((v) => ['post', `/api/v1/approvals/${pending.id}/${v}`, { version: 1, comment: 'x' }]),
    ['post', `/api/v1/approvals/${pending.id}/comment`, { comment: 'x' }],
  ];
  for (const [method, path, body] of routes) assertError(await other[method](path, body), 404, 'not_found', `${method} ${path}`);
  assert.deepEqual(assertOk(await other.get('/api/v1/approval-flows')).items, []);
  assert.equal(assertOk(await other.get('/api/v1/approvals?box=mine')).total, 0);
  assertError(await other.get(`/api/v1/approvals?subjectType=expense&subjectId=${pending.requestId}`), 404, 'not_found');
  // Nothing changed here.
  assert.equal(assertOk(await admin.get(`/api/v1/approval-flows/${flowId}`)).version, 1);
});
