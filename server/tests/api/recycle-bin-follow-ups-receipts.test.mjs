// The recycle bin's follow-ups and receipts (docs/api-recycle-bin.md, docs/api-activity.md,
// docs/api-contracts.md): a deleted follow-up is off every read path and back on them when
// restored, the customer's last follow-up time following it; a restored receipt passes the check
// of what is owed again and is submitted anew; purge takes what hangs off either; parents first,
// administrators only, nothing across tenants.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { addDays, as, assertError, assertOk, createCustomer, unique } from './lib/crm.mjs';
import { PNG, upload } from './lib/activity.mjs';
import { activeContract, today } from './lib/contracts.mjs';

const srv = useServer({ customers: { demo: 50, other: 10 }, sweepCheck: 0 });
let admin;
let otherAdmin;
let rep;
let manager; // records receipts on rep's contracts; the admin approves (an applicant's own step is skipped)
let dir;
let receiptFlow;

const bin = async (query) => assertOk(await admin.get(`/api/v1/recycle-bin${query}`), 200, `GET /recycle-bin${query}`);
const inBin = async (kind, id) => (await bin(`?kind=${kind}&limit=200`)).items.find((i) => i.id === id);
const restore = (api, kind, id) => api.post(`/api/v1/recycle-bin/${kind}/${id}/restore`, {});
const purge = (api, kind, id) => api.del(`/api/v1/recycle-bin/${kind}/${id}`);
const followUp = async (api, customerId, body) =>
  assertOk(await api.post(`/api/v1/customers/${customerId}/follow-ups`, body), 201, 'follow-up');
const timeline = async (api, customerId) =>
  assertOk(await api.get(`/api/v1/customers/${customerId}/follow-ups?limit=200`)).items.map((f) => f.id);
const feedOf = async (api, customerId) =>
  assertOk(await api.get(`/api/v1/feed?customerId=${customerId}&limit=200`)).items.map((i) => i.id);
const lastFollowUpAt = async (customerId) => assertOk(await admin.get(`/api/v1/customers/${customerId}`)).lastFollowUpAt;
const draft = async (api) => assertOk(await api.get('/api/v1/work-logs/draft?kind=daily')).stats;
// rep01's figures of today in the reports (the day x person aggregate) and the ids of its
// follow-up records there, as rep01's manager reads them: a narrower scope than the company's
// reads now (the whole company's answers are shared for up to a minute).
const figures = async () => {
  const me = dir.user('rep01');
  const r = assertOk(await manager.get('/api/v1/reports/metrics?preset=today&groupBy=user&metrics=followUps,visits'));
  const row = r.rows.find((x) => x.id === me.id);
  assert.ok(row, `rep01 has a row in its manager's report: ${JSON.stringify(r.rows.map((x) => x.name))}`);
  const records = assertOk(await manager.get(`/api/v1/reports/records?metric=followUps&userId=${me.id}&preset=today&limit=200`));
  return { followUps: row.values.followUps, visits: row.values.visits, ids: records.items.map((x) => x.id) };
};
const decide = async (approvalId, verb) => {
  const a = assertOk(await admin.get(`/api/v1/approvals/${approvalId}`));
  return assertOk(await admin.post(`/api/v1/approvals/${approvalId}/${verb}`, { version: a.version, comment: '测试' }), 200, verb);
};
const receive = async (contractId, amountFen, allocations = undefined) =>
  assertOk(await manager.post(`/api/v1/contracts/${contractId}/receipts`, { amountFen, receivedOn: today(), method: 'bank', allocations }),
    201, 'receipt');
// A record of `kind` in the bin waits for its customer: deleted too, the restore is refused with
// the customer's id; restored, the record restores.
const waitsForCustomer = async (kind, id, customerId) => {
  assert.equal((await admin.del(`/api/v1/customers/${customerId}`)).status, 204);
  const refused = await restore(admin, kind, id);
  assertError(refused, 409, 'recycle.parent_deleted');
  assert.equal(refused.json.error.details.customerId, customerId);
  assertOk(await restore(admin, 'customer', customerId), 200);
  assertOk(await restore(admin, kind, id), 200, `${kind} restore`);
};
const contractOf = async (id) => assertOk(await admin.get(`/api/v1/contracts/${id}`));

test('setup: a receipt flow the admin approves', async () => {
  admin = await as(srv.baseUrl, 'admin');
  otherAdmin = await as(srv.baseUrl, 'admin', 'other');
  rep = await as(srv.baseUrl, 'rep01');
  manager = await as(srv.baseUrl, 'bj1.lead');
  dir = await directory(admin);
  receiptFlow = assertOk(await admin.post('/api/v1/approval-flows', { subjectType: 'receipt', name: `回款${unique()}`, enabled: true,
    steps: [{ name: '审批', approverType: 'users', userIds: [dir.user('admin').id], mode: 'any' }] }), 201, 'receipt flow');
});

test('a deleted follow-up is off every read path; restored, it is back and the customer\'s last follow-up time with it', async () => {
  const name = `跟进回收${unique()}有限公司`;
  const c = await createCustomer(rep, { name });
  const older = await followUp(rep, c.id, { type: 'call', text: '电话沟通需求' });
  const pic = assertOk(await upload(rep, { name: '现场.png', data: PNG, type: 'image/png' }), 201, 'upload');
  const text = '上门拜访，客户对方案很感兴趣，约定下周再次沟通报价细节并安排技术交流，同时确认采购流程和预算审批时间';
  const before = await draft(rep);
  const reported = await figures();
  const gone = await followUp(rep, c.id, { type: 'visit', text, attachmentIds: [pic.id] });
  assert.equal(await lastFollowUpAt(c.id), gone.createdAt);
  assertOk(await admin.post(`/api/v1/feed/${gone.feedItemId}/comments`, { text: '好' }), 201, 'a comment on it');
  assert.equal((await admin.get(`/api/v1/attachments/${pic.id}`)).status, 200, 'the admin reads its picture');

  const deletedAt = Date.now();
  assert.equal((await admin.del(`/api/v1/follow-ups/${gone.id}`)).status, 204);
  assert.deepEqual(await timeline(rep, c.id), [older.id], 'off the timeline');
  assert.equal((await feedOf(rep, c.id)).includes(gone.feedItemId), false, 'off the feed');
  assertError(await rep.get(`/api/v1/feed/${gone.feedItemId}`), 404, 'not_found', 'its feed item');
  assertError(await rep.post(`/api/v1/feed/${gone.feedItemId}/like`), 404, 'not_found', 'no likes on it');
  assertError(await rep.post(`/api/v1/feed/${gone.feedItemId}/comments`, { text: '还在吗' }), 404, 'not_found', 'no comments on it');
  assertError(await admin.get(`/api/v1/feed/${gone.feedItemId}/comments`), 404, 'not_found', 'its comments');
  assertError(await admin.del(`/api/v1/follow-ups/${gone.id}`), 404, 'not_found', 'not writable by id');
  assertError(await admin.get(`/api/v1/attachments/${pic.id}`), 404, 'not_found', 'its picture only to the uploader');
  assert.equal(await lastFollowUpAt(c.id), older.createdAt, 'the last follow-up time fell back');
  const without = await draft(rep);
  assert.deepEqual([without.followUps, without.visits], [before.followUps, before.visits], 'off the work-log figures');
  const unreported = await figures();
  assert.deepEqual([unreported.followUps, unreported.visits], [reported.followUps, reported.visits], 'off the reports\' figures');
  assert.equal(unreported.ids.includes(gone.id), false, 'and their records');

  const item = await inBin('follow_up', gone.id);
  assert.ok(item, 'listed');
  assert.equal(item.title, `visit ${[...text].slice(0, 40).join('')}`);
  assert.equal(item.customerId, c.id);
  assert.equal(item.customerName, name);
  assert.deepEqual(item.deletedBy, { id: dir.user('admin').id, name: dir.user('admin').name });
  assert.ok(Math.abs(Date.parse(item.deletedAt) - deletedAt) < 5000, `deletedAt ${item.deletedAt}`);
  assert.equal(Date.parse(item.purgeAt) - Date.parse(item.deletedAt), 90 * 24 * 3600 * 1000);
  assert.equal((await bin(`?kind=follow_up&q=${encodeURIComponent(text.slice(0, 10))}`)).items.some((i) => i.id === gone.id), true,
    'found by its text');

  const r = assertOk(await restore(admin, 'follow_up', gone.id), 200, 'restore');
  assert.equal(r.kind, 'follow_up');
  assert.equal(r.id, gone.id);
  assert.deepEqual(await timeline(rep, c.id), [gone.id, older.id], 'back on the timeline');
  assert.equal((await feedOf(rep, c.id)).includes(gone.feedItemId), true, 'back in the feed');
  const feedItem = assertOk(await rep.get(`/api/v1/feed/${gone.feedItemId}`));
  assert.equal(feedItem.commentCount, 1, 'with its comment');
  assert.equal(await lastFollowUpAt(c.id), [older.createdAt, gone.createdAt].sort().at(-1), 'the newest live one again');
  assert.equal((await admin.get(`/api/v1/attachments/${pic.id}`)).status, 200, 'its picture readable again');
  const back = await draft(rep);
  assert.deepEqual([back.followUps, back.visits], [before.followUps + 1, before.visits + 1], 'back in the work-log figures');
  const rereported = await figures();
  assert.deepEqual([rereported.followUps, rereported.visits], [reported.followUps + 1, reported.visits + 1], 'back in the reports\' figures');
  assert.equal(rereported.ids.includes(gone.id), true, 'and their records');
  assert.equal(await inBin('follow_up', gone.id), undefined, 'out of the bin');
  assertError(await restore(admin, 'follow_up', gone.id), 404, 'not_found', 'not in the bin any more');
});

test('a follow-up of a customer in the bin waits for its customer', async () => {
  const c = await createCustomer(admin, { name: `跟进父级${unique()}有限公司` });
  const f = await followUp(admin, c.id, { type: 'call', text: '父级测试' });
  assert.equal((await admin.del(`/api/v1/follow-ups/${f.id}`)).status, 204);
  await waitsForCustomer('follow_up', f.id, c.id);
  assert.deepEqual(await timeline(admin, c.id), [f.id]);
  assert.equal(await lastFollowUpAt(c.id), f.createdAt);
});

test('purge: a follow-up goes for good with its feed item, comments and picture; a customer with deleted follow-ups purges too', async () => {
  const c = await createCustomer(rep, { name: `跟进彻删${unique()}有限公司` });
  const pic = assertOk(await upload(rep, { name: '照片.png', data: PNG, type: 'image/png' }), 201, 'upload');
  const f = await followUp(rep, c.id, { type: 'visit', text: '要彻底删除的拜访', attachmentIds: [pic.id] });
  assertOk(await admin.post(`/api/v1/feed/${f.feedItemId}/comments`, { text: '收到' }), 201);
  assertOk(await admin.post(`/api/v1/feed/${f.feedItemId}/like`), 200);
  assert.equal((await rep.get(`/api/v1/attachments/${pic.id}`)).status, 200, 'the uploader reads it');
  assert.equal((await admin.del(`/api/v1/follow-ups/${f.id}`)).status, 204);
  assert.equal((await purge(admin, 'follow_up', f.id)).status, 204);
  assert.equal(await inBin('follow_up', f.id), undefined);
  assertError(await restore(admin, 'follow_up', f.id), 404, 'not_found', 'gone for good');
  assertError(await purge(admin, 'follow_up', f.id), 404, 'not_found');
  assertError(await rep.get(`/api/v1/attachments/${pic.id}`), 404, 'not_found', 'its picture went with it');
  assert.equal(await lastFollowUpAt(c.id), null, 'no follow-up left');

  const kept = await followUp(rep, c.id, { type: 'call', text: '留在回收站的跟进' });
  assert.equal((await admin.del(`/api/v1/follow-ups/${kept.id}`)).status, 204);
  assert.equal((await admin.del(`/api/v1/customers/${c.id}`)).status, 204);
  assert.equal((await purge(admin, 'customer', c.id)).status, 204, 'a customer with a deleted follow-up purges');
  assert.equal(await inBin('follow_up', kept.id), undefined, 'its follow-ups went with it');
  assertError(await restore(admin, 'follow_up', kept.id), 404, 'not_found');
});

test('a restored pending receipt must fit what is owed and is submitted anew; a rejected one comes back rejected', async () => {
  const total = 100000;
  const k = await activeContract(rep, total);
  assert.equal(k.status, 'active');
  const r1 = await receive(k.id, 60000);
  assert.equal(r1.status, 'pending');
  assert.equal((await admin.del(`/api/v1/receipts/${r1.id}`)).status, 204);
  assertError(await admin.get(`/api/v1/receipts/${r1.id}`), 404, 'not_found', 'not readable while in the bin');
  const item = await inBin('receipt', r1.id);
  assert.equal(item?.title, `¥600.00 ${k.number}`);
  assert.equal(item.customerId, k.customerId);
  assert.equal(item.customerName, k.customerName);
  assert.equal(item.deletedBy?.id, dir.user('admin').id);

  const r2 = await receive(k.id, 50000); // fits: r1 gave its claim back
  const refused = await restore(admin, 'receipt', r1.id);
  assertError(refused, 422, 'receipt.exceeds_owed');
  assert.equal(refused.json.error.details.owedFen, total - r2.amountFen);
  await decide(r2.approvalId, 'reject');
  const restored = assertOk(await restore(admin, 'receipt', r1.id), 200, 'restore once r2 is rejected');
  assert.equal(restored.title, `¥600.00 ${k.number}`);
  const again = assertOk(await admin.get(`/api/v1/receipts/${r1.id}`));
  assert.equal(again.status, 'pending');
  assert.ok(again.approvalId && again.approvalId !== r1.approvalId, 'a new approval');
  const over = await manager.post(`/api/v1/contracts/${k.id}/receipts`, { amountFen: total - r1.amountFen + 1, receivedOn: today(), method: 'bank' });
  assertError(over, 422, 'receipt.exceeds_owed', 'the restored receipt counts against what is owed');
  assert.equal(over.json.error.details.owedFen, total - r1.amountFen);

  await decide(r1.approvalId, 'approve'); // the approval of before the deletion decides nothing now
  assert.equal(assertOk(await admin.get(`/api/v1/receipts/${r1.id}`)).status, 'pending');
  assert.equal((await contractOf(k.id)).receivedFen, 0);
  await decide(again.approvalId, 'approve');
  assert.equal(assertOk(await admin.get(`/api/v1/receipts/${r1.id}`)).status, 'confirmed');
  assert.equal((await contractOf(k.id)).receivedFen, r1.amountFen);

  assert.equal((await admin.del(`/api/v1/receipts/${r2.id}`)).status, 204, 'a rejected receipt is deletable');
  assertOk(await restore(admin, 'receipt', r2.id), 200);
  assert.equal(assertOk(await admin.get(`/api/v1/receipts/${r2.id}`)).status, 'rejected', 'it stays decided');
  assert.equal((await contractOf(k.id)).receivedFen, r1.amountFen, 'and counts for nothing');
});

test('a receipt whose customer is in the bin waits; purge takes a receipt for good', async () => {
  const k = await activeContract(rep, 30000);
  const r = await receive(k.id, 12345);
  assert.equal((await admin.del(`/api/v1/receipts/${r.id}`)).status, 204);
  assert.equal((await inBin('receipt', r.id))?.title, `¥123.45 ${k.number}`);
  await waitsForCustomer('receipt', r.id, k.customerId);
  assert.equal(assertOk(await admin.get(`/api/v1/receipts/${r.id}`)).status, 'pending');

  const r2 = await receive(k.id, 100);
  assert.equal((await admin.del(`/api/v1/receipts/${r2.id}`)).status, 204);
  assert.equal((await purge(admin, 'receipt', r2.id)).status, 204);
  assert.equal(await inBin('receipt', r2.id), undefined);
  assertError(await restore(admin, 'receipt', r2.id), 404, 'not_found', 'gone for good');
  assertError(await admin.get(`/api/v1/receipts/${r2.id}`), 404, 'not_found');
  const listed = assertOk(await admin.get(`/api/v1/receipts?contractId=${k.id}&limit=200`)).items.map((x) => x.id);
  assert.deepEqual(listed, [r.id]);
});

test('a restored pending receipt keeps its allocations: each must still fit its instalment', async () => {
  const t = today();
  const k = await activeContract(rep, 100000, [{ dueDate: addDays(t, 10), amountFen: 30000 }, { dueDate: addDays(t, 40), amountFen: 70000 }]);
  const [first] = k.instalments;
  const rA = await receive(k.id, 20000, [{ instalmentId: first.id, amountFen: 20000 }]);
  assert.equal((await admin.del(`/api/v1/receipts/${rA.id}`)).status, 204);
  const rB = await receive(k.id, 15000, [{ instalmentId: first.id, amountFen: 15000 }]);
  const refused = await restore(admin, 'receipt', rA.id);
  assertError(refused, 422, 'receipt.exceeds_instalment');
  assert.equal(refused.json.error.details.instalmentId, first.id);
  assert.equal(refused.json.error.details.owedFen, first.amountFen - rB.amountFen);
  await decide(rB.approvalId, 'reject');
  assertOk(await restore(admin, 'receipt', rA.id), 200);
  const back = assertOk(await admin.get(`/api/v1/receipts/${rA.id}`));
  assert.deepEqual(back.allocations.map((a) => [a.instalmentId, a.amountFen]), [[first.id, rA.amountFen]]);
  assert.equal(back.status, 'pending');
});

test('administrators of the tenant only: 403 for a rep, 404 for another company', async () => {
  const c = await createCustomer(rep, { name: `跟进权限${unique()}有限公司` });
  const f = await followUp(rep, c.id, { type: 'call', text: '权限测试' });
  assert.equal((await admin.del(`/api/v1/follow-ups/${f.id}`)).status, 204);
  const k = await activeContract(rep, 5000);
  const r = await receive(k.id, 500);
  assert.equal((await admin.del(`/api/v1/receipts/${r.id}`)).status, 204);
  for (const [kind, id] of [['follow_up', f.id], ['receipt', r.id]]) {
    assertError(await rep.get(`/api/v1/recycle-bin?kind=${kind}`), 403, 'permission.denied');
    assertError(await restore(rep, kind, id), 403, 'permission.denied', `${kind} restore`);
    assertError(await purge(rep, kind, id), 403, 'permission.denied', `${kind} purge`);
    assertError(await restore(otherAdmin, kind, id), 404, 'not_found', `${kind} restore across tenants`);
    assertError(await purge(otherAdmin, kind, id), 404, 'not_found', `${kind} purge across tenants`);
    const theirs = assertOk(await otherAdmin.get(`/api/v1/recycle-bin?kind=${kind}&limit=200`));
    assert.equal(theirs.items.some((i) => i.id === id), false, `${kind} not in their bin`);
    assert.ok(await inBin(kind, id), `${kind} still in ours`);
  }
});

test('with no receipt flow any more, a restored pending receipt is confirmed at once (as recording it would be)', async () => {
  const k = await activeContract(rep, 8000);
  const r = await receive(k.id, 3000);
  assert.equal(r.status, 'pending');
  assert.equal((await admin.del(`/api/v1/receipts/${r.id}`)).status, 204);
  assert.equal((await admin.del(`/api/v1/approval-flows/${receiptFlow.id}`)).status, 204);
  assertOk(await restore(admin, 'receipt', r.id), 200);
  assert.equal(assertOk(await admin.get(`/api/v1/receipts/${r.id}`)).status, 'confirmed');
  assert.equal((await contractOf(k.id)).receivedFen, r.amountFen);
});
