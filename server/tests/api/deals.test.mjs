// Sales processes and opportunities (docs/api-opportunities.md): process CRUD and versioning,
// the move rules (feedback, skip, back, reopen, reasons), won → deal customer atomically,
// concurrent moves, money in integer fen.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, createCustomer, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });
let admin, rep;

const stagesV1 = () => [
  { name: '初步接洽', probability: 10, checklist: ['确认联系人'] },
  { name: '需求确认', probability: 30, feedbackFields: [
    { key: 'budget', label: '预算', type: 'money', required: true },
    { key: 'decider', label: '决策人', type: 'text', required: true },
    { key: 'level', label: '级别', type: 'select', required: false, options: ['A', 'B'] },
    { key: 'people', label: '人数', type: 'number', required: false },
    { key: 'sign', label: '签约日', type: 'date', required: false },
    { key: 'quote', label: '报价单', type: 'attachment', required: false },
  ] },
  { name: '方案报价', probability: 50 },
  { name: '商务谈判', probability: 70 },
];

async function makeProcess(body = {}) {
  return assertOk(await admin.post('/api/v1/sales-processes', {
    name: `流程${unique()}`, stages: stagesV1(), lostReasons: ['价格过高', '选择竞品'], ...body,
  }), 201, 'process');
}
const stage = (p, name) => p.stages.find((s) => s.name === name);
const terminal = (p, kind) => p.stages.find((s) => s.kind === kind);
async function makeOpportunity(api, processId, extra = {}) {
  const customer = await createCustomer(api, { name: `商机测试客户${unique()}` });
  return assertOk(await api.post('/api/v1/opportunities', {
    customerId: customer.id, name: `商机${unique()}`, processId, ...extra,
  }), 201, 'opportunity');
}
const move = (api, o, stageId, more = {}) => api.post(`/api/v1/opportunities/${o.id}/move`, { stageId, version: o.version, ...more });
const feedbackOk = { budget: 5000000, decider: '王总' };

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  rep = await as(srv.baseUrl, 'rep01');
});

test('a company without processes gets the default one on first read', async () => {
  const list = assertOk(await rep.get('/api/v1/sales-processes')).items;
  assert.equal(list.length, 1);
  assert.equal(list[0].isDefault, true);
  assert.deepEqual(list[0].stages.map((s) => s.kind), ['open', 'open', 'open', 'open', 'open', 'won', 'lost', 'invalid']);
  assert.deepEqual(list[0].stages.map((s) => s.position), [1, 2, 3, 4, 5, 6, 7, 7]);
  assert.equal(assertOk(await rep.get('/api/v1/sales-processes')).items.length, 1, 'made once');
});

test('creating a process: terminal stages made, validation, only settings.configure', async () => {
  const p = await makeProcess();
  assert.equal(p.version, 1);
  assert.equal(p.isDefault, false);
  assert.deepEqual(p.stages.map((s) => [s.kind, s.position, s.probability]),
    [['open', 1, 10], ['open', 2, 30], ['open', 3, 50], ['open', 4, 70], ['won', 5, 100], ['lost', 6, 0], ['invalid', 6, 0]]);
  assertError(await rep.post('/api/v1/sales-processes', { name: 'x', stages: stagesV1() }), 403, 'permission.denied');
  assertValidation(await admin.post('/api/v1/sales-processes', { stages: stagesV1() }), 'name', 'required');
  assertValidation(await admin.post('/api/v1/sales-processes', { name: 'x', stages: [] }), 'stages', 'invalid_value');
  assertValidation(await admin.post('/api/v1/sales-processes', { name: 'x', stages: Array.from({ length: 21 }, (_, i) => ({ name: `s${i}` })) }), 'stages', 'invalid_value');
  assertValidation(await admin.post('/api/v1/sales-processes', { name: 'x', stages: [{ name: 'a', probability: 101 }] }), 'stages[0].probability', 'invalid_value');
  assertValidation(await admin.post('/api/v1/sales-processes', { name: 'x', stages: [{ name: 'a', feedbackFields: [{ key: 'Bad', label: 'b', type: 'text' }] }] }), 'stages[0].feedbackFields[0].key', 'invalid_value');
  assertValidation(await admin.post('/api/v1/sales-processes', { name: 'x', stages: [{ name: 'a', feedbackFields: [{ key: 'k', label: 'b', type: 'select' }] }] }), 'stages[0].feedbackFields[0].options', 'required');
  assertValidation(await admin.post('/api/v1/sales-processes', { name: 'x', staleDays: 366, stages: stagesV1() }), 'staleDays', 'invalid_value');
  // Setting another default moves the flag.
  const q = await makeProcess({ isDefault: true });
  const all = assertOk(await admin.get('/api/v1/sales-processes')).items;
  assert.deepEqual(all.filter((x) => x.isDefault).map((x) => x.id), [q.id]);
});

test('versioning: history keeps v1 names and feedback fields after an edit; stage in use 409; unused stage deletable', async () => {
  const p = await makeProcess();
  let o = await makeOpportunity(rep, p.id);
  assert.equal(o.stageId, stage(p, '初步接洽').id);
  o = assertOk(await move(rep, o, stage(p, '需求确认').id));
  o = assertOk(await move(rep, o, stage(p, '方案报价').id, { feedback: feedbackOk }));
  // v2: rename 需求确认, drop its feedback fields, remove 商务谈判 (unused), add a stage.
  const stages = p.stages.filter((s) => s.kind === 'open' && s.name !== '商务谈判').map((s) => ({
    id: s.id, name: s.name === '需求确认' ? '需求调研' : s.name, probability: s.probability,
  }));
  stages.push({ name: '合同签订', probability: 90 });
  const v2 = assertOk(await admin.patch(`/api/v1/sales-processes/${p.id}`, { stages }));
  assert.equal(v2.version, 2);
  assert.deepEqual(v2.stages.filter((s) => s.kind === 'open').map((s) => s.name), ['初步接洽', '需求调研', '方案报价', '合同签订']);
  assert.equal(terminal(v2, 'won').position, 5);
  const history = assertOk(await rep.get(`/api/v1/opportunities/${o.id}/history`)).items;
  assert.deepEqual(history.map((h) => [h.direction, h.fromName, h.toName, h.processVersion]),
    [['create', '', '初步接洽', 1], ['forward', '初步接洽', '需求确认', 1], ['forward', '需求确认', '方案报价', 1]]);
  assert.deepEqual(history[2].feedbackFields.map((f) => f.key), ['budget', 'decider', 'level', 'people', 'sign', 'quote']);
  assert.deepEqual(history[2].feedback, feedbackOk);
  // The version snapshot is the process as it was.
  const snap = assertOk(await rep.get(`/api/v1/sales-processes/${p.id}/versions/1`));
  assert.equal(snap.version, 1);
  assert.equal(stage(snap.process, '需求确认').feedbackFields.length, 6);
  assertError(await rep.get(`/api/v1/sales-processes/${p.id}/versions/9`), 404, 'not_found');
  // The stage it is in cannot go; nothing changes then.
  const without = v2.stages.filter((s) => s.kind === 'open' && s.name !== '方案报价').map((s) => ({ id: s.id, name: s.name }));
  const r = await admin.patch(`/api/v1/sales-processes/${p.id}`, { stages: without, name: '改名' });
  assertError(r, 409, 'process.stage_in_use');
  assert.equal(r.json.error.details.stageId, stage(p, '方案报价').id);
  assert.equal(r.json.error.details.count, 1);
  const still = assertOk(await admin.get(`/api/v1/sales-processes/${p.id}`));
  assert.equal(still.version, 2);
  assert.equal(still.name, p.name);
  assert.equal(stage(still, '方案报价').inUse, 1);
  assert.equal(still.inUse, 1);
  assertError(await admin.del(`/api/v1/sales-processes/${p.id}`), 409, 'process.in_use');
  assertError(await rep.del(`/api/v1/opportunities/${o.id}`), 403, 'permission.denied', 'reps may not delete');
  assertOk(await admin.del(`/api/v1/opportunities/${o.id}`), 204);
  assertError(await rep.get(`/api/v1/opportunities/${o.id}`), 404, 'not_found');
  assertOk(await admin.del(`/api/v1/sales-processes/${p.id}`), 204);
  assertError(await admin.get(`/api/v1/sales-processes/${p.id}`), 404, 'not_found');
});

test('cannot advance without the required feedback: 422 with the exact missing list; typed feedback errors', async () => {
  const p = await makeProcess();
  let o = await makeOpportunity(rep, p.id, { stageId: stage(p, '需求确认').id });
  const next = stage(p, '方案报价').id;
  let r = await move(rep, o, next);
  assertError(r, 422, 'opportunity.feedback_required');
  assert.deepEqual(r.json.error.details.missing, [{ key: 'budget', label: '预算' }, { key: 'decider', label: '决策人' }]);
  r = await move(rep, o, next, { feedback: { budget: 100, decider: '  ' } });
  assertError(r, 422, 'opportunity.feedback_required');
  assert.deepEqual(r.json.error.details.missing, [{ key: 'decider', label: '决策人' }]);
  for (const [feedback, field, issue] of [
    [{ ...feedbackOk, budget: 12.5 }, 'feedback.budget', 'wrong_type'],
    [{ ...feedbackOk, budget: -1 }, 'feedback.budget', 'invalid_value'],
    [{ ...feedbackOk, people: '3' }, 'feedback.people', 'wrong_type'],
    [{ ...feedbackOk, sign: '2026-02-30' }, 'feedback.sign', 'invalid_value'],
    [{ ...feedbackOk, level: 'C' }, 'feedback.level', 'invalid_value'],
    [{ ...feedbackOk, decider: 'x'.repeat(2001) }, 'feedback.decider', 'too_long'],
    [{ ...feedbackOk, quote: '123456789' }, 'feedback.quote', 'invalid_value'],
    [{ ...feedbackOk, unknown: 1 }, 'feedback.unknown', 'invalid_value'],
  ]) assertValidation(await move(rep, o, next, { feedback }), field, issue, JSON.stringify(feedback).slice(0, 80));
  const same = assertOk(await rep.get(`/api/v1/opportunities/${o.id}`));
  assert.equal(same.stageId, o.stageId, 'refused moves change nothing');
  assert.equal(same.version, o.version);
  // Going back needs no feedback; forward with it succeeds.
  o = assertOk(await move(rep, o, stage(p, '初步接洽').id));
  o = assertOk(await move(rep, o, stage(p, '需求确认').id));
  o = assertOk(await move(rep, o, next, { feedback: { ...feedbackOk, level: 'A', people: 12, sign: '2026-12-31' } }));
  assert.equal(o.stageName, '方案报价');
  assert.equal(o.probability, 50);
});

test('skip rule off and on; bad stages', async () => {
  const strict = await makeProcess();
  const o = await makeOpportunity(rep, strict.id);
  const r = await move(rep, o, stage(strict, '方案报价').id);
  assertError(r, 422, 'opportunity.stage_skipped');
  assert.equal(r.json.error.details.nextStageId, stage(strict, '需求确认').id);
  assertError(await move(rep, o, terminal(strict, 'won').id), 422, 'opportunity.stage_skipped');
  assertError(await move(rep, o, o.stageId), 422, 'opportunity.bad_stage');
  const other = await makeProcess();
  assertError(await move(rep, o, stage(other, '需求确认').id), 422, 'opportunity.bad_stage');
  const loose = await makeProcess({ allowSkip: true });
  let l = await makeOpportunity(rep, loose.id);
  l = assertOk(await move(rep, l, stage(loose, '商务谈判').id));
  assert.equal(l.stagePosition, 4);
  // Skipping forward over 需求确认 from before it does not ask for its feedback (it was never entered).
  l = assertOk(await move(rep, l, terminal(loose, 'won').id));
  assert.equal(l.status, 'won');
});

test('back and reopen are recorded; lost/invalid reasons; probability rules', async () => {
  const p = await makeProcess({ invalidReasons: [] });
  let o = await makeOpportunity(rep, p.id, { probability: 65 });
  assert.equal(o.probability, 65);
  assert.equal(o.probabilitySet, true);
  o = assertOk(await move(rep, o, stage(p, '需求确认').id));
  assert.equal(o.probability, 65, 'a set probability is kept');
  o = assertOk(await move(rep, o, stage(p, '初步接洽').id, { resetProbability: true }));
  assert.equal(o.probability, 10);
  assert.equal(o.probabilitySet, false);
  assertError(await move(rep, o, terminal(p, 'lost').id), 422, 'opportunity.reason_required');
  assertError(await move(rep, o, terminal(p, 'lost').id, { reason: '太贵' }), 422, 'opportunity.reason_required');
  o = assertOk(await move(rep, o, terminal(p, 'lost').id, { reason: '价格过高' }));
  assert.deepEqual([o.status, o.closeReason, o.probability], ['lost', '价格过高', 0]);
  assert.ok(o.closedAt);
  assertError(await move(rep, o, terminal(p, 'invalid').id, { reason: 'x' }), 422, 'opportunity.bad_stage');
  o = assertOk(await move(rep, o, stage(p, '需求确认').id));
  assert.deepEqual([o.status, o.closeReason, o.closedAt, o.probability], ['open', '', null, 30]);
  assertError(await move(rep, o, terminal(p, 'invalid').id, { reason: ' ' }), 422, 'opportunity.reason_required');
  o = assertOk(await move(rep, o, terminal(p, 'invalid').id, { reason: '重复录入' }), 200, 'any text when the list is empty');
  const h = assertOk(await rep.get(`/api/v1/opportunities/${o.id}/history`)).items;
  assert.deepEqual(h.map((x) => x.direction), ['create', 'forward', 'back', 'close', 'reopen', 'close']);
  assert.deepEqual(h.map((x) => x.reason), ['', '', '', '价格过高', '', '重复录入']);
  assert.ok(h.slice(1).every((x) => Number.isInteger(x.msInFrom) && x.msInFrom >= 0));
  assert.equal(h[0].msInFrom, null);
});

test('every move answers the opportunity exactly as a fresh read shows it', async () => {
  const p = await makeProcess({ staleDays: 1 });
  let o = await makeOpportunity(rep, p.id, { amountFen: 123456, expectedCloseDate: '2099-01-31',
    items: [{ name: '服务', quantity: 2, unitPriceFen: 61728, discountFen: 0 }] });
  const steps = [
    [stage(p, '需求确认').id, { checklistDone: ['确认联系人'] }],
    [stage(p, '初步接洽').id, {}],
    [terminal(p, 'lost').id, { reason: '选择竞品' }],
    [stage(p, '需求确认').id, {}],
    [stage(p, '方案报价').id, { feedback: feedbackOk }],
    [stage(p, '商务谈判').id, {}],
    [terminal(p, 'won').id, {}],
  ];
  for (const [stageId, more] of steps) {
    const answered = assertOk(await move(rep, o, stageId, more));
    const read = assertOk(await rep.get(`/api/v1/opportunities/${o.id}`));
    assert.deepEqual(answered, read);
    assert.equal(answered.version, o.version + 1);
    assert.equal(answered.stageId, stageId);
    o = answered;
  }
});

test('won: the customer becomes a deal customer in the same transaction; a failing won move changes neither', async () => {
  const p = await makeProcess();
  const customer = await createCustomer(rep, { name: `赢单客户${unique()}` });
  assert.notEqual(customer.status, 'deal');
  let o = assertOk(await rep.post('/api/v1/opportunities', { customerId: customer.id, name: '赢单商机', processId: p.id,
    stageId: stage(p, '商务谈判').id, amountFen: 1234567 }), 201);
  // Refused (stale version): neither the opportunity nor the customer changes.
  assertError(await rep.post(`/api/v1/opportunities/${o.id}/move`, { stageId: terminal(p, 'won').id, version: o.version + 1 }),
    409, 'opportunity.version_conflict');
  assert.equal(assertOk(await rep.get(`/api/v1/customers/${customer.id}`)).status, customer.status);
  assert.equal(assertOk(await rep.get(`/api/v1/opportunities/${o.id}`)).status, 'open');
  o = assertOk(await move(rep, o, terminal(p, 'won').id, { checklistDone: [] }));
  assert.deepEqual([o.status, o.probability, o.amountFen], ['won', 100, 1234567]);
  const c = assertOk(await rep.get(`/api/v1/customers/${customer.id}`));
  assert.equal(c.status, 'deal');
  assert.equal(c.lastDealAt, o.closedAt);
  // A feed item for the move, on the customer.
  const feed = assertOk(await rep.get(`/api/v1/feed?customerId=${customer.id}`)).items;
  assert.ok(feed.some((f) => f.type === 'opportunity.moved'), JSON.stringify(feed.map((f) => f.type)));
});

test('a process edit removing a stage races moves into it: no opportunity is ever left in a removed stage', async () => {
  for (let round = 0; round < 3; round += 1) {
    const p = await makeProcess({ stages: [{ name: '甲', probability: 10 }, { name: '乙', probability: 40 }, { name: '丙', probability: 60 }] });
    const customer = await createCustomer(rep, { name: `竞态客户${unique()}` });
    const opps = [];
    for (let i = 0; i < 12; i += 1) {
      opps.push(assertOk(await rep.post('/api/v1/opportunities', { customerId: customer.id, name: `竞态${i}`, processId: p.id }), 201));
    }
    const keep = p.stages.filter((s) => s.kind === 'open' && s.name !== '乙').map((s) => ({ id: s.id, name: s.name, probability: s.probability }));
    const [edit, ...moves] = await Promise.all([
      admin.patch(`/api/v1/sales-processes/${p.id}`, { stages: keep }),
      ...opps.map((o) => move(rep, o, stage(p, '乙').id)),
    ]);
    const moved = moves.filter((r) => r.status === 200).length;
    for (const r of moves) assert.ok(r.status === 200 || (r.status === 422 && r.json?.error?.code === 'opportunity.bad_stage'), `${r.status} ${r.text}`);
    if (edit.status === 200) {
      assert.equal(moved, 0, 'the stage was removed, so no move into it may have succeeded');
    } else {
      assertError(edit, 409, 'process.stage_in_use');
      assert.ok(moved > 0);
    }
    const now = assertOk(await admin.get(`/api/v1/sales-processes/${p.id}`));
    const live = new Set(now.stages.map((s) => s.id));
    for (const o of opps) {
      const read = assertOk(await rep.get(`/api/v1/opportunities/${o.id}`));
      assert.ok(live.has(read.stageId), `opportunity ${o.id} sits in removed stage ${read.stageName}`);
      assert.equal(read.stagePosition, now.stages.find((s) => s.id === read.stageId).position);
    }
  }
});

test('20 concurrent moves with the same version: exactly one 200, the rest 409, one new history row', async () => {
  const p = await makeProcess();
  const o = await makeOpportunity(rep, p.id);
  const to = stage(p, '需求确认').id;
  const answers = await Promise.all(Array.from({ length: 20 }, () => move(rep, o, to)));
  const statuses = answers.map((r) => r.status).sort();
  assert.deepEqual(statuses, [200, ...Array(19).fill(409)], answers.map((r) => r.text.slice(0, 120)).join('\n'));
  for (const r of answers.filter((x) => x.status === 409)) {
    assert.equal(r.json.error.code, 'opportunity.version_conflict');
    assert.equal(r.json.error.details.version, o.version + 1);
  }
  const h = assertOk(await rep.get(`/api/v1/opportunities/${o.id}/history`)).items;
  assert.equal(h.length, 2);
});

test('items: integer fen, amount defaults to their sum, edits and probability null', async () => {
  const p = await makeProcess();
  const items = [{ name: '服务器', quantity: 3, unitPriceFen: 1999900, discountFen: 100 }, { name: '实施', quantity: 1, unitPriceFen: 50001 }];
  let o = await makeOpportunity(rep, p.id, { items, competitors: ['竞品A'] });
  assert.equal(o.amountFen, 3 * 1999900 - 100 + 50001);
  assert.deepEqual(o.items.map((i) => i.totalFen), [3 * 1999900 - 100, 50001]);
  assert.ok(Number.isInteger(o.amountFen));
  assertValidation(await rep.post('/api/v1/opportunities', { customerId: o.customerId, name: 'x', items: [{ name: 'a', quantity: 1, unitPriceFen: 10, discountFen: 11 }] }), 'items[0].discountFen', 'invalid_value');
  assertValidation(await rep.post('/api/v1/opportunities', { customerId: o.customerId, name: 'x', amountFen: 1.5 }), 'amountFen');
  assertValidation(await rep.patch(`/api/v1/opportunities/${o.id}`, { stageId: stage(p, '需求确认').id }), 'stageId', 'invalid_value');
  o = assertOk(await rep.patch(`/api/v1/opportunities/${o.id}`, { amountFen: 777, probability: 42, expectedCloseDate: '2027-01-15' }));
  assert.deepEqual([o.amountFen, o.probability, o.probabilitySet, o.expectedCloseDate], [777, 42, true, '2027-01-15']);
  o = assertOk(await rep.patch(`/api/v1/opportunities/${o.id}`, { probability: null }));
  assert.deepEqual([o.probability, o.probabilitySet], [10, false]);
});

test('a follow-up naming an opportunity of the customer sets its last activity; another customer\'s is refused', async () => {
  const p = await makeProcess();
  const o = await makeOpportunity(rep, p.id);
  const other = await makeOpportunity(rep, p.id);
  const before = assertOk(await rep.get(`/api/v1/opportunities/${o.id}`)).lastActivityAt;
  const f = assertOk(await rep.post(`/api/v1/customers/${o.customerId}/follow-ups`, { type: 'call', text: '沟通方案', opportunityId: o.id }), 201);
  const after = assertOk(await rep.get(`/api/v1/opportunities/${o.id}`)).lastActivityAt;
  assert.ok(Date.parse(after) >= Date.parse(before));
  assert.equal(after, f.createdAt);
  assertValidation(await rep.post(`/api/v1/customers/${o.customerId}/follow-ups`, { type: 'call', text: 'x', opportunityId: other.id }), 'opportunityId', 'invalid_value');
});

test('stale reminders: the daily sweep names an overdue opportunity to its owner once per episode', async () => {
  const p = await makeProcess({ staleDays: 0, staleWhenOverdue: true });
  const yesterday = new Date(Date.now() - 86400000 + 8 * 3600000).toISOString().slice(0, 10);
  const stale = await makeOpportunity(rep, p.id, { expectedCloseDate: yesterday });
  const fresh = await makeOpportunity(rep, p.id, { expectedCloseDate: '2099-01-01' });
  assert.deepEqual(assertOk(await rep.get(`/api/v1/opportunities/${stale.id}`)).stale, { reason: 'overdue', since: new Date(Date.parse(`${yesterday}T00:00:00Z`) + 86400000).toISOString().slice(0, 10) });
  assert.equal(assertOk(await rep.get(`/api/v1/opportunities/${fresh.id}`)).stale, null);
  const reminders = async () => (assertOk(await rep.get('/api/v1/notifications?limit=200')).items)
    .filter((n) => n.type === 'opportunity.stale');
  const at = new Date().toISOString();
  srv.server.cli(['reclaim', '--at', at]);
  srv.server.cli(['reclaim', '--at', at]);
  const got = await reminders();
  assert.deepEqual(got.map((n) => n.objectId), [stale.id], JSON.stringify(got));
  assert.match(got[0].title, new RegExp(stale.name));
});
