// Attachments of objects other than follow-ups (docs/architecture.md, "Attachments"): a contract's
// files, a product's image, an expense claim's receipts and an opportunity's stage feedback may be
// downloaded by whoever may read the object — and by nobody else (404, as for any attachment one
// may not see). Only one's own uploads can be attached; an object keeps the ones it holds.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation } from './lib/crm.mjs';
import { PNG, pdfOfSize, upload } from './lib/activity.mjs';

const srv = useServer({ reuseDemo: true, customers: { other: 0 }, sweepCheck: 0 });
let admin, rep01, rep04, lead;
const download = (api, a) => api.get(`/api/v1/attachments/${a.id}`);

async function ownCustomer(api) {
  const page = assertOk(await api.get('/api/v1/customers?mine=true&limit=1'));
  assert.ok(page.items.length > 0, 'the demo rep owns customers');
  return page.items[0];
}

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  rep01 = await as(srv.baseUrl, 'rep01');
  rep04 = await as(srv.baseUrl, 'rep04');
  lead = await as(srv.baseUrl, 'bj1.lead');
  // The premise: rep04 cannot see rep01's customers, bj1.lead can.
  const c = await ownCustomer(rep01);
  assertError(await rep04.get(`/api/v1/customers/${c.id}`), 404, 'not_found');
  assertOk(await lead.get(`/api/v1/customers/${c.id}`));
});

test("a contract's files: its readers download them, others get 404; only own uploads attach", async () => {
  const file = assertOk(await upload(rep01, { name: '合同扫描件.pdf', data: pdfOfSize(2048), type: 'application/pdf' }), 201);
  const foreign = assertOk(await upload(rep04, { name: '别人的.pdf', data: pdfOfSize(1024), type: 'application/pdf' }), 201);
  const customer = await ownCustomer(rep01);
  assertValidation(await rep01.post('/api/v1/contracts', { customerId: customer.id, name: '附件合同', totalFen: 100000,
    attachmentIds: [foreign.id] }), 'attachmentIds', 'invalid_value');
  assertError(await lead.get(`/api/v1/attachments/${file.id}`), 404, 'not_found', 'not yet attached');
  const contract = assertOk(await rep01.post('/api/v1/contracts', { customerId: customer.id, name: '附件合同', totalFen: 100000,
    attachmentIds: [file.id] }), 201);
  assert.deepEqual(contract.attachmentIds, [file.id]);
  assertOk(await download(lead, file));
  assertError(await download(rep04, file), 404, 'not_found');
  // Taken off the contract, the manager no longer reaches it.
  assertOk(await admin.patch(`/api/v1/contracts/${contract.id}`, { attachmentIds: [] }));
  assertError(await download(lead, file), 404, 'not_found');
});

test("a product's image: every user of the company sees it", async () => {
  const image = assertOk(await upload(admin, { name: '产品图.png', data: PNG, type: 'image/png' }), 201);
  assertError(await download(rep04, image), 404, 'not_found', 'an upload alone is its uploader\'s');
  const product = assertOk(await admin.post('/api/v1/products', { code: `IMG-${Date.now()}`, name: '带图产品', listPriceFen: 9900,
    imageId: image.id }), 201);
  assert.equal(product.imageId, image.id);
  for (const api of [rep01, rep04, lead]) assertOk(await download(api, image));
  const other = await as(srv.baseUrl, 'admin', 'other');
  assertError(await download(other, image), 404, 'not_found', 'another company');
});

test("an expense claim's receipts: the applicant and its approvers, nobody else", async () => {
  const flows = assertOk(await admin.get('/api/v1/approval-flows?subjectType=expense')).items;
  if (!flows.some((f) => f.enabled)) {
    assertOk(await admin.post('/api/v1/approval-flows', { subjectType: 'expense', name: '报销', enabled: true,
      steps: [{ name: '部门负责人', approverType: 'dept_head', levels: 1, mode: 'any', userIds: [] }] }), 201);
  }
  const receipt = assertOk(await upload(rep01, { name: '发票.png', data: PNG, type: 'image/png' }), 201);
  const claim = assertOk(await rep01.post('/api/v1/approval-requests', { type: 'expense', title: '打车费', amountFen: 3600,
    category: '交通', reason: '拜访客户', attachmentIds: [receipt.id] }), 201);
  const approvers = claim.steps.flatMap((s) => s.approvers.map((a) => a.userId));
  assert.ok(approvers.length > 0, `the demo expense flow names approvers: ${JSON.stringify(claim)}`);
  const users = assertOk(await admin.get('/api/v1/users?limit=200')).items;
  const approver = users.find((u) => u.id === approvers[0]);
  assertOk(await download(await as(srv.baseUrl, approver.username), receipt));
  assert.ok(!approvers.includes(users.find((u) => u.username === 'rep04').id));
  assertError(await download(rep04, receipt), 404, 'not_found');
});

test("an opportunity's stage feedback: the opportunity's readers download it; another's upload is refused", async () => {
  const process = assertOk(await admin.post('/api/v1/sales-processes', { name: `附件流程${Date.now()}`, stages: [
    { name: '报价', probability: 40, feedbackFields: [{ key: 'quote', label: '报价单', type: 'attachment', required: true }] },
    { name: '谈判', probability: 70 },
  ] }), 201);
  const customer = await ownCustomer(rep01);
  const o = assertOk(await rep01.post('/api/v1/opportunities', { customerId: customer.id, name: '附件商机', processId: process.id }), 201);
  const next = process.stages.find((s) => s.name === '谈判');
  const foreign = assertOk(await upload(rep04, { name: '别人的报价.pdf', data: pdfOfSize(512), type: 'application/pdf' }), 201);
  assertValidation(await rep01.post(`/api/v1/opportunities/${o.id}/move`, { stageId: next.id, version: o.version,
    feedback: { quote: foreign.id } }), 'feedback.quote', 'invalid_value');
  const quote = assertOk(await upload(rep01, { name: '报价单.pdf', data: pdfOfSize(512), type: 'application/pdf' }), 201);
  assertOk(await rep01.post(`/api/v1/opportunities/${o.id}/move`, { stageId: next.id, version: o.version, feedback: { quote: quote.id } }));
  assertOk(await download(lead, quote));
  assertError(await download(rep04, quote), 404, 'not_found');
});
