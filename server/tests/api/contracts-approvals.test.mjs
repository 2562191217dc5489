// Contracts through the approval engine (docs/api-contracts.md, docs/api-approvals.md): a
// submitted contract is pending and locked until approved (then active) or rejected (back to
// draft); the discount flow above the threshold; change orders and receipts approved through
// /approvals.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, createCustomer, addDays, unique } from './lib/crm.mjs';
import { makeContract, today } from './lib/contracts.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });
let admin, rep, dir, approver;
const flows = [];

const flow = async (subjectType) => {
  const f = assertOk(await admin.post('/api/v1/approval-flows', { subjectType, name: `${subjectType}${unique()}`, enabled: true,
    steps: [{ name: '审批', approverType: 'users', userIds: [dir.user('admin').id], mode: 'any' }] }), 201, `flow ${subjectType}`);
  flows.push(f);
  return f;
};
const approval = async (id) => assertOk(await approver.get(`/api/v1/approvals/${id}`));
const act = async (id, verb, comment) => {
  const a = await approval(id);
  return assertOk(await approver.post(`/api/v1/approvals/${id}/${verb}`, { version: a.version, ...(comment ? { comment } : {}) }), 200, verb);
};

test('setup: flows for contracts, discounts, change orders and receipts, each approved by the admin', async () => {
  admin = await as(srv.baseUrl, 'admin');
  approver = admin;
  rep = await as(srv.baseUrl, 'rep01');
  dir = await directory(admin);
  for (const t of ['contract', 'contract_change', 'receipt']) await flow(t);
});

test('a submitted contract is pending and locked; approved it is active and the customer a deal customer', async () => {
  const customer = await createCustomer(rep, { name: `审批客户${unique()}` });
  const c = await makeContract(rep, { totalFen: 880000, instalments: [{ dueDate: addDays(today(), 30), amountFen: 880000 }] }, customer);
  const pending = assertOk(await rep.post(`/api/v1/contracts/${c.id}/submit`, { version: c.version }));
  assert.equal(pending.status, 'pending');
  assert.equal(pending.approvalStatus, 'pending');
  assert.ok(pending.approvalId);
  const a = await approval(pending.approvalId);
  assert.deepEqual([a.subjectType, a.subjectId, a.amountFen, a.status], ['contract', c.id, 880000, 'pending']);
  assert.equal(a.title, `合同 ${c.number} ${c.name}`);
  // Locked while pending.
  assertError(await admin.patch(`/api/v1/contracts/${c.id}`, { name: '改' }), 409, 'contract.locked');
  assertError(await admin.put(`/api/v1/contracts/${c.id}/instalments`, { version: pending.version, instalments: [] }), 409, 'contract.locked');
  assertError(await admin.post(`/api/v1/contracts/${c.id}/receipts`, { amountFen: 1, receivedOn: today(), method: 'bank' }), 409, 'contract.locked');
  assertError(await admin.post(`/api/v1/contracts/${c.id}/invoices`, { type: 'other', number: `L${unique()}`, amountFen: 1, issuedOn: today() }), 409, 'contract.locked');
  assertError(await admin.post(`/api/v1/contracts/${c.id}/void`, { reason: 'x' }), 409, 'contract.locked');
  assertError(await rep.post(`/api/v1/contracts/${c.id}/submit`, { version: pending.version }), 409, 'contract.locked');
  assert.notEqual(assertOk(await rep.get(`/api/v1/customers/${customer.id}`)).status, 'deal');
  await act(pending.approvalId, 'approve');
  const active = assertOk(await rep.get(`/api/v1/contracts/${c.id}`));
  assert.deepEqual([active.status, active.approvalStatus], ['active', 'approved']);
  assert.equal(assertOk(await rep.get(`/api/v1/customers/${customer.id}`)).status, 'deal');
  assert.deepEqual(active.instalments.map((i) => i.state), ['not_due']);
  assertError(await admin.patch(`/api/v1/contracts/${c.id}`, { totalFen: 1 }), 409, 'contract.amount_locked');
});

test('rejected or returned: back to draft with the outcome; it may be edited and submitted again', async () => {
  const c = await makeContract(rep, { totalFen: 1000 });
  let d = assertOk(await rep.post(`/api/v1/contracts/${c.id}/submit`, { version: c.version }));
  await act(d.approvalId, 'reject', '价格不对');
  d = assertOk(await rep.get(`/api/v1/contracts/${c.id}`));
  assert.deepEqual([d.status, d.approvalStatus], ['draft', 'rejected']);
  d = assertOk(await admin.patch(`/api/v1/contracts/${c.id}`, { totalFen: 1200 }));
  d = assertOk(await rep.post(`/api/v1/contracts/${c.id}/submit`, { version: d.version }));
  const second = d.approvalId;
  assert.notEqual(second, c.approvalId);
  await act(second, 'return', '补充附件');
  d = assertOk(await rep.get(`/api/v1/contracts/${c.id}`));
  assert.deepEqual([d.status, d.approvalStatus, d.totalFen], ['draft', 'returned', 1200]);
  // Withdrawn by the applicant.
  d = assertOk(await rep.post(`/api/v1/contracts/${c.id}/submit`, { version: d.version }));
  const a = await approval(d.approvalId);
  assertOk(await rep.post(`/api/v1/approvals/${d.approvalId}/withdraw`, { version: a.version }));
  d = assertOk(await rep.get(`/api/v1/contracts/${c.id}`));
  assert.deepEqual([d.status, d.approvalStatus], ['draft', 'withdrawn']);
});

test('a discount above the setting goes to the discount flow when one is enabled, else to the contract flow', async () => {
  const items = [{ name: '旗舰版', quantity: 1, unitPriceFen: 70000 }];
  // Without products the list price is the unit price: sell a product below its list price.
  const product = assertOk(await admin.post('/api/v1/products', { code: `D${unique()}`, name: '折扣品', listPriceFen: 100000 }), 201);
  const discounted = [{ productId: product.id, quantity: 1, unitPriceFen: 70000 }]; // 30.00 % off
  const small = [{ productId: product.id, quantity: 1, unitPriceFen: 85000 }];      // 15.00 % off
  const submit = async (lines) => {
    const c = await makeContract(rep, { items: lines });
    return assertOk(await rep.post(`/api/v1/contracts/${c.id}/submit`, { version: c.version }));
  };
  const before = await submit(discounted);
  assert.equal(before.discountBp, 3000);
  assert.equal((await approval(before.approvalId)).subjectType, 'contract', 'no discount flow yet');
  await flow('discount');
  const over = await submit(discounted);
  const a = await approval(over.approvalId);
  assert.equal(a.subjectType, 'discount');
  assert.equal(a.title, `折扣 ${over.number} 30.00%`);
  assert.equal((await approval((await submit(small)).approvalId)).subjectType, 'contract', 'under the threshold');
  await act(over.approvalId, 'approve');
  assert.equal(assertOk(await rep.get(`/api/v1/contracts/${over.id}`)).status, 'active');
  assert.equal((await submit(items)).discountBp, 0);
});

test('a change order is pending until approved, one at a time, then applied; receipts are pending until approved and count against what is owed', async () => {
  // The rep's contract, approved by the admin; the rep's manager (contract.edit, payment.create)
  // asks for the change and records the receipts, which the admin approves.
  const manager = await as(srv.baseUrl, 'bj1.lead');
  const c = await makeContract(rep, { totalFen: 100000 });
  const submitted = assertOk(await rep.post(`/api/v1/contracts/${c.id}/submit`, { version: c.version }));
  await act(submitted.approvalId, 'approve');
  const d = assertOk(await manager.get(`/api/v1/contracts/${c.id}`));
  const order = assertOk(await manager.post(`/api/v1/contracts/${c.id}/changes`, { reason: '增购', version: d.version, totalFen: 150000 }), 201);
  assert.equal(order.status, 'pending');
  assert.equal((await approval(order.approvalId)).subjectType, 'contract_change');
  assertError(await manager.post(`/api/v1/contracts/${c.id}/changes`, { reason: '再改', version: d.version, totalFen: 1 }), 409, 'contract.change_pending');
  assert.equal(assertOk(await manager.get(`/api/v1/contracts/${c.id}`)).totalFen, 100000, 'not applied while pending');
  await act(order.approvalId, 'approve');
  const changed = assertOk(await manager.get(`/api/v1/contracts/${c.id}`));
  assert.equal(changed.totalFen, 150000);
  assert.equal(changed.version, d.version + 1);
  const history = assertOk(await manager.get(`/api/v1/contracts/${c.id}/changes`)).items;
  assert.deepEqual(history.map((h) => [h.status, h.before.totalFen, h.after.totalFen]), [['approved', 100000, 150000]]);
  // Receipts.
  const r1 = assertOk(await manager.post(`/api/v1/contracts/${c.id}/receipts`, { amountFen: 90000, receivedOn: today(), method: 'bank' }), 201);
  assert.equal(r1.status, 'pending');
  assert.equal(assertOk(await manager.get(`/api/v1/contracts/${c.id}`)).receivedFen, 0, 'pending is not received');
  const over = await manager.post(`/api/v1/contracts/${c.id}/receipts`, { amountFen: 60001, receivedOn: today(), method: 'bank' });
  assertError(over, 422, 'receipt.exceeds_owed');
  assert.equal(over.json.error.details.owedFen, 60000, 'the pending receipt counts');
  const r2 = assertOk(await manager.post(`/api/v1/contracts/${c.id}/receipts`, { amountFen: 60000, receivedOn: today(), method: 'cash' }), 201);
  await act(r1.approvalId, 'approve');
  await act(r2.approvalId, 'reject', '金额不符');
  assert.equal(assertOk(await manager.get(`/api/v1/contracts/${c.id}`)).receivedFen, 90000);
  assert.equal(assertOk(await manager.get(`/api/v1/receipts/${r1.id}`)).status, 'confirmed');
  assert.equal(assertOk(await manager.get(`/api/v1/receipts/${r2.id}`)).status, 'rejected');
  const r3 = assertOk(await manager.post(`/api/v1/contracts/${c.id}/receipts`, { amountFen: 60000, receivedOn: today(), method: 'cash' }), 201, 'the rejected claim was given back');
  // A pending receipt deleted gives its claim back; its approval, decided later, changes nothing.
  assert.equal((await admin.del(`/api/v1/receipts/${r3.id}`)).status, 204);
  await act(r3.approvalId, 'approve');
  const last = assertOk(await manager.get(`/api/v1/contracts/${c.id}`));
  assert.deepEqual([last.receivedFen, last.canReceive], [90000, true]);
  assertError(await admin.del(`/api/v1/receipts/${r1.id}`), 409, 'receipt.confirmed');
});

test('teardown: the flows go', async () => {
  for (const f of flows) assert.equal((await admin.del(`/api/v1/approval-flows/${f.id}`)).status, 204);
});
