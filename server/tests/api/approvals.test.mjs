// The approval engine (docs/api-approvals.md): flow CRUD and validation, chains resolved at the
// start (a missing or resigned department head skips a level, recorded), any-of and all-of
// steps, reject / return / withdraw, not-your-turn, closed and stale versions, no flow, and the
// expense and leave requests whose status follows their approval. Each test's expense flows
// cover an amount window of their own, so the tests do not choose each other's flows.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, makeUsers, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });
let admin, dir, org;

const flow = (body) => admin.post('/api/v1/approval-flows', { subjectType: 'expense', name: `流程${unique()}`, ...body });
const expense = (api, amountFen, more = {}) =>
  api.post('/api/v1/approval-requests', { type: 'expense', title: `报销${unique()}`, amountFen, reason: '出差', ...more });
const act = (api, a, verb, more = {}) => api.post(`/api/v1/approvals/${a.id}/${verb}`, { version: a.version, ...more });
const usersStep = (users, mode = 'any') => ({ name: `指定${unique()}`, approverType: 'users', userIds: users.map((u) => u.id), mode });
const headStep = (levels = 1) => ({ name: '部门负责人', approverType: 'dept_head', levels, mode: 'any' });
const ids = (list) => list.map((x) => x.userId).sort();

test('setup: departments A ← B ← C; A has an active head, B a resigned one, C none', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  const root = dir.dep('圈客演示科技有限公司');
  const dep = async (name, parentId) => assertOk(await admin.post('/api/v1/departments', { name: `${name}${unique()}`, parentId }), 201, 'department');
  const A = await dep('审批A', root.id);
  const B = await dep('审批B', A.id);
  const C = await dep('审批C', B.id);
  const manager = dir.role('manager').id, rep = dir.role('rep').id;
  const [headA] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: A.id, roleId: manager, prefix: 'ha' });
  const [headB] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: B.id, roleId: manager, prefix: 'hb' });
  const applicants = await makeUsers(admin, srv.baseUrl, { count: 2, departmentId: C.id, roleId: rep, prefix: 'ap' });
  const finance = await makeUsers(admin, srv.baseUrl, { count: 3, departmentId: A.id, roleId: rep, prefix: 'fi' });
  assertOk(await admin.patch(`/api/v1/users/${headA.id}`, { isDepartmentHead: true }));
  assertOk(await admin.patch(`/api/v1/users/${headB.id}`, { isDepartmentHead: true, status: 'resigned' }));
  org = { A, B, C, headA, headB, applicant: applicants[0], peer: applicants[1], finance };
});

test('flows: create, read, list by type, PATCH raises the version, delete; settings.configure only', async () => {
  const f = assertOk(await flow({ minAmountFen: 900000000, maxAmountFen: 900000100, steps: [headStep(2)] }), 201, 'flow');
  assert.equal(f.version, 1);
  assert.equal(f.enabled, true);
  assert.deepEqual(f.steps, [{ name: '部门负责人', approverType: 'dept_head', userIds: [], roleId: null, levels: 2, mode: 'any' }]);
  assert.deepEqual(assertOk(await org.applicant.api.get(`/api/v1/approval-flows/${f.id}`)), f, 'every signed-in user reads');
  const listed = assertOk(await admin.get('/api/v1/approval-flows?subjectType=expense')).items;
  assert.ok(listed.some((x) => x.id === f.id));
  assert.ok(listed.every((x) => x.subjectType === 'expense'));
  assert.equal(assertOk(await admin.get('/api/v1/approval-flows?subjectType=leave')).items.filter((x) => x.id === f.id).length, 0);
  const g = assertOk(await admin.patch(`/api/v1/approval-flows/${f.id}`, { name: '改名', enabled: false }));
  assert.deepEqual([g.version, g.name, g.enabled, g.minAmountFen], [2, '改名', false, 900000000]);
  assertError(await org.applicant.api.post('/api/v1/approval-flows', { subjectType: 'expense', name: 'x', steps: [headStep()] }), 403, 'permission.denied');
  assertError(await org.applicant.api.patch(`/api/v1/approval-flows/${f.id}`, { name: 'x' }), 403, 'permission.denied');
  assertOk(await admin.del(`/api/v1/approval-flows/${f.id}`), 204);
  assertError(await admin.get(`/api/v1/approval-flows/${f.id}`), 404, 'not_found');
  assertError(await admin.del(`/api/v1/approval-flows/${f.id}`), 404, 'not_found');
});

test('flow validation names each field', async () => {
  const roleless = { name: 's', approverType: 'role', mode: 'any' };
  assertValidation(await flow({ subjectType: 'invoice', steps: [headStep()] }), 'subjectType', 'invalid_value');
  assertValidation(await admin.post('/api/v1/approval-flows', { subjectType: 'expense', steps: [headStep()] }), 'name', 'required');
  assertValidation(await flow({ steps: undefined }), 'steps', 'required');
  assertValidation(await flow({ steps: [] }), 'steps', 'invalid_value');
  assertValidation(await flow({ steps: Array.from({ length: 11 }, () => headStep()) }), 'steps', 'invalid_value');
  assertValidation(await flow({ steps: [{ name: 's', approverType: 'users', userIds: [] }] }), 'steps[0].userIds', 'required');
  assertValidation(await flow({ steps: [{ name: 's', approverType: 'users', userIds: ['123456789'] }] }), 'steps[0].userIds', 'invalid_value');
  assertValidation(await flow({ steps: [usersStep([org.headB])] }), 'steps[0].userIds', 'invalid_value', 'a resigned user');
  assertValidation(await flow({ steps: [roleless] }), 'steps[0].roleId', 'required');
  assertValidation(await flow({ steps: [{ ...roleless, roleId: '123456789' }] }), 'steps[0].roleId', 'invalid_value');
  assertValidation(await flow({ steps: [headStep(), headStep(6)] }), 'steps[1].levels', 'invalid_value');
  assertValidation(await flow({ steps: [{ ...headStep(), mode: 'most' }] }), 'steps[0].mode', 'invalid_value');
  assertValidation(await flow({ minAmountFen: 500, maxAmountFen: 500, steps: [headStep()] }), 'maxAmountFen', 'invalid_value');
});

test('a chain: C has no head and B\'s resigned, so A\'s head approves (two skips recorded); then an all-of step; a PATCH leaves the running approval alone', async () => {
  const [f1, f2, f3] = org.finance;
  const f = assertOk(await flow({ minAmountFen: 10000, maxAmountFen: 20000, steps: [headStep(1), usersStep([f1, f2], 'all')] }), 201);
  let a = assertOk(await expense(org.applicant.api, 15000), 201, 'submit');
  assert.equal(a.status, 'pending');
  assert.equal(a.flowId, f.id);
  assert.equal(a.currentStep, 0);
  assert.deepEqual(ids(a.waitingOn), [org.headA.id]);
  assert.deepEqual(a.history.map((h) => h.action), ['submit', 'skip', 'skip']);
  assert.ok(a.history[1].comment.includes(org.C.name) && a.history[2].comment.includes(org.B.name), JSON.stringify(a.history));
  assert.ok(a.steps[0].note.includes(org.C.name) && a.steps[0].note.includes(org.B.name));
  assert.deepEqual(a.steps.map((s) => s.state), ['pending', 'waiting']);
  assert.deepEqual(a.steps[1].approvers.map((x) => [x.userId, x.state]).sort(), [[f1.id, 'waiting'], [f2.id, 'waiting']].sort());
  assert.equal(a.request.status, 'pending');
  assert.equal(a.request.amountFen, 15000);
  assert.equal(a.canWithdraw, true);
  assert.equal(a.canApprove, false);

  // The flow changes: the running approval keeps its step-2 approvers.
  assertOk(await admin.patch(`/api/v1/approval-flows/${f.id}`, { steps: [headStep(1), usersStep([f3], 'any')] }));
  // A waiting approver may not act yet.
  assertError(await act(f1.api, a, 'approve'), 403, 'approval.not_your_turn');
  a = assertOk(await act(org.headA.api, a, 'approve', { comment: '同意' }));
  assert.equal(a.currentStep, 1);
  assert.deepEqual(ids(a.waitingOn), [f1.id, f2.id].sort());
  a = assertOk(await act(f1.api, a, 'approve'));
  assert.equal(a.status, 'pending', 'all-of: one of two is not enough');
  assert.deepEqual(ids(a.waitingOn), [f2.id]);
  assertError(await act(f1.api, a, 'approve'), 403, 'approval.not_your_turn', 'acted already');
  assertError(await act(f3.api, a, 'approve'), 404, 'not_found', 'the new flow\'s approver is no approver of this one');
  a = assertOk(await act(f2.api, a, 'approve'));
  assert.equal(a.status, 'approved');
  assert.equal(a.currentStep, null);
  assert.ok(a.decidedAt);
  assert.equal(a.request.status, 'approved');
  assert.deepEqual(a.steps.map((s) => s.state), ['approved', 'approved']);
  assert.deepEqual(a.history.map((h) => [h.action, h.step]),
    [['submit', null], ['skip', 0], ['skip', 0], ['approve', 0], ['approve', 1], ['approve', 1]]);
  assertError(await act(f2.api, a, 'approve'), 409, 'approval.closed');
});

test('any-of: one approval completes the step and the others\' tasks are cancelled', async () => {
  const [f1, f2] = org.finance;
  assertOk(await flow({ minAmountFen: 20000, maxAmountFen: 30000, steps: [usersStep([f1, f2], 'any')] }), 201);
  let a = assertOk(await expense(org.applicant.api, 25000), 201);
  a = assertOk(await act(f2.api, a, 'approve'));
  assert.equal(a.status, 'approved');
  assert.deepEqual(a.steps[0].approvers.map((x) => [x.userId, x.state]).sort(), [[f1.id, 'cancelled'], [f2.id, 'approved']].sort());
});

test('reject and return need a comment and end the approval; withdraw is the applicant\'s while pending; stale versions conflict', async () => {
  const [f1, f2] = org.finance;
  assertOk(await flow({ minAmountFen: 30000, maxAmountFen: 40000, steps: [usersStep([f1, f2], 'all'), usersStep([org.headA])] }), 201);
  // Reject.
  let a = assertOk(await expense(org.applicant.api, 31000), 201);
  assertValidation(await act(f1.api, a, 'reject'), 'comment', 'required');
  assertValidation(await f1.api.post(`/api/v1/approvals/${a.id}/approve`, {}), 'version', 'required');
  assertError(await act(f1.api, { ...a, version: a.version + 1 }, 'approve'), 409, 'approval.version_conflict');
  a = assertOk(await act(f1.api, a, 'reject', { comment: '金额不对' }));
  assert.equal(a.status, 'rejected');
  assert.equal(a.request.status, 'rejected');
  assert.deepEqual(a.steps.map((s) => s.state), ['rejected', 'waiting']);
  assert.deepEqual(a.steps[1].approvers.map((x) => x.state), ['cancelled']);
  assertError(await act(f2.api, a, 'approve'), 409, 'approval.closed');
  assertError(await act(org.applicant.api, a, 'withdraw'), 409, 'approval.closed');
  // Return, at the second step.
  a = assertOk(await expense(org.applicant.api, 32000), 201);
  a = assertOk(await act(f1.api, a, 'approve'));
  a = assertOk(await act(f2.api, a, 'approve'));
  assert.equal(a.currentStep, 1);
  assertValidation(await act(org.headA.api, a, 'return', { comment: ' ' }), 'comment', 'required');
  a = assertOk(await act(org.headA.api, a, 'return', { comment: '补充发票' }));
  assert.equal(a.status, 'returned');
  assert.equal(a.request.status, 'returned');
  assert.deepEqual(a.history.map((h) => h.action), ['submit', 'approve', 'approve', 'return']);
  // Withdraw: not an approver's, only the applicant's.
  a = assertOk(await expense(org.applicant.api, 33000), 201);
  assertError(await act(f1.api, a, 'withdraw'), 403, 'approval.not_your_turn');
  assertError(await act(org.applicant.api, a, 'approve'), 403, 'approval.not_your_turn');
  assertError(await act(org.applicant.api, { ...a, version: 7 }, 'withdraw'), 409, 'approval.version_conflict');
  a = assertOk(await act(org.applicant.api, a, 'withdraw'));
  assert.equal(a.status, 'withdrawn');
  assert.equal(a.request.status, 'withdrawn');
  assert.equal(a.canWithdraw, false);
  assert.ok(a.steps.every((s) => s.approvers.every((x) => x.state === 'cancelled')));
  assert.deepEqual(a.history.map((h) => [h.action, h.step]), [['submit', null], ['withdraw', null]]);
});

test('no flow applies, or every step is skipped: approved at once (auto_approve)', async () => {
  let a = assertOk(await expense(org.applicant.api, 7), 201, 'no flow for 7 fen');
  assert.equal(a.status, 'approved');
  assert.equal(a.flowId, null);
  assert.deepEqual(a.history.map((h) => h.action), ['submit', 'auto_approve']);
  assert.equal(a.request.status, 'approved');
  // The applicant is the only approver: that step is skipped, so nobody is left.
  assertOk(await flow({ minAmountFen: 40000, maxAmountFen: 50000, steps: [usersStep([org.applicant])] }), 201);
  a = assertOk(await expense(org.applicant.api, 45000), 201);
  assert.equal(a.status, 'approved');
  assert.deepEqual(a.steps.map((s) => s.state), ['skipped']);
  assert.deepEqual(a.history.map((h) => h.action), ['submit', 'skip', 'auto_approve']);
});

test('requests: expense and leave validation; a leave goes to the department head levels up', async () => {
  const api = org.applicant.api;
  assertValidation(await api.post('/api/v1/approval-requests', { type: 'trip', title: 't', reason: 'r' }), 'type', 'invalid_value');
  assertValidation(await expense(api, 0), 'amountFen', 'invalid_value');
  assertValidation(await expense(api, undefined), 'amountFen', 'required');
  assertValidation(await expense(api, 100, { title: '' }), 'title', 'required');
  assertValidation(await expense(api, 100, { reason: '' }), 'reason', 'required');
  const leave = (more) => api.post('/api/v1/approval-requests', { type: 'leave', title: '年假', leaveType: 'annual', startDate: '2026-12-10', endDate: '2026-12-11', halfDays: 3, reason: '休息', ...more });
  assertValidation(await leave({ leaveType: 'holiday' }), 'leaveType', 'invalid_value');
  assertValidation(await leave({ endDate: '2026-12-09' }), 'endDate', 'invalid_value');
  assertValidation(await leave({ startDate: '2026-13-01' }), 'startDate', 'invalid_value');
  assertValidation(await leave({ halfDays: 0 }), 'halfDays', 'invalid_value');
  assertValidation(await leave({ halfDays: undefined }), 'halfDays', 'required');
  // Level 2 from C is B (resigned head), so A's head, one skip recorded.
  assertOk(await admin.post('/api/v1/approval-flows', { subjectType: 'leave', name: '请假', steps: [headStep(2)] }), 201);
  let a = assertOk(await leave({}), 201);
  assert.equal(a.subjectType, 'leave');
  assert.equal(a.amountFen, 0);
  assert.deepEqual(ids(a.waitingOn), [org.headA.id]);
  assert.deepEqual(a.history.map((h) => h.action), ['submit', 'skip']);
  assert.deepEqual([a.request.leaveType, a.request.halfDays, a.request.startDate, a.request.endDate], ['annual', 3, '2026-12-10', '2026-12-11']);
  assert.equal(a.subject.link, `/approvals/${a.id}`);
  a = assertOk(await act(org.headA.api, a, 'approve'));
  assert.equal(a.request.status, 'approved');
});
