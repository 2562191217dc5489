// The demo company's products, contracts and money (issue 16): a catalogue, contracts in every
// state, receivables in each ageing bucket, contracts on the won opportunities, and contracts
// pending for the demo managers.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { as, assertOk, allPages } from './lib/crm.mjs';

const srv = useServer({ tenants: ['demo'], sweepCheck: 0, activity: true });

test('the demo has a catalogue, contracts in every state, money in each ageing bucket and approvals pending for managers', async () => {
  const admin = await as(srv.baseUrl, 'admin');
  const products = assertOk(await admin.get('/api/v1/products?limit=100'));
  assert.equal(products.total, 15);
  assert.ok(products.items.every((p) => p.code && p.unit && p.listPriceFen > 0 && p.categoryId));
  assert.equal(assertOk(await admin.get('/api/v1/product-categories')).items.length, 3);
  const all = await allPages(admin, '/api/v1/contracts');
  const by = (s) => all.filter((c) => c.status === s).length;
  assert.ok(all.length >= 55 && all.length <= 70, `contracts: ${all.length}`);
  assert.ok(by('active') > all.length / 2, `active: ${by('active')}`);
  assert.ok(by('ended') >= 1 && by('draft') >= 1 && by('void') === 1 && by('pending') >= 1, JSON.stringify({ ended: by('ended'), draft: by('draft'), void: by('void'), pending: by('pending') }));
  const won = await allPages(admin, '/api/v1/opportunities?status=won');
  const linked = new Set(all.map((c) => c.opportunityId).filter(Boolean));
  assert.ok(won.length > 0 && won.every((o) => linked.has(o.id)), 'a contract for every won opportunity');
  const ageing = assertOk(await admin.get('/api/v1/receivables/ageing'));
  for (const b of ageing.buckets) assert.ok(b.count > 0, `bucket ${b.bucket} is empty`);
  assert.ok(assertOk(await admin.get('/api/v1/receipts')).total > 0);
  assert.ok(assertOk(await admin.get('/api/v1/invoices')).total > 0);
  const c = all.find((x) => x.status === 'active' && x.receivedFen > 0 && x.owedFen > 0);
  assert.ok(c, 'a partly paid contract');
  // The reps' submissions wait on their managers.
  const pending = all.filter((x) => x.status === 'pending');
  let waiting = 0;
  for (const lead of ['bj1.lead', 'bj2.lead', 'sh1.lead', 'hz.lead']) {
    const inbox = assertOk(await (await as(srv.baseUrl, lead)).get('/api/v1/approvals?box=pending&subjectType=contract'));
    waiting += inbox.items.filter((a) => pending.some((p) => p.id === a.subjectId)).length;
  }
  assert.equal(waiting, pending.length);
});
