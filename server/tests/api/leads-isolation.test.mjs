// Tenant isolation of the lead endpoints (docs/api-leads.md): every id route of /leads,
// /lead-sources, /lead-forms and a lead pool's push rules, called by tenant other's admin with
// demo's ids → 404 not_found, and demo's objects are unchanged afterwards; demo ids in bodies and
// filters are refused or find nothing; lists, analysis and settings never show demo's rows.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, allPages, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });
let demo, other, otherDir;
let ids; // demo's objects: lead (owned by admin, with a follow-up), poolLead, pool, source, form
let snapshot;

async function demoState() {
  return {
    lead: assertOk(await demo.get(`/api/v1/leads/${ids.lead}`)),
    poolLead: assertOk(await demo.get(`/api/v1/leads/${ids.poolLead}`)),
    followUps: assertOk(await demo.get(`/api/v1/leads/${ids.lead}/follow-ups`)).items,
    history: assertOk(await demo.get(`/api/v1/leads/${ids.lead}/history`)),
    sources: assertOk(await demo.get('/api/v1/lead-sources')).items,
    forms: assertOk(await demo.get('/api/v1/lead-forms')).items,
    rules: assertOk(await demo.get(`/api/v1/pools/${ids.pool}/push-rules`)).items,
    mapping: assertOk(await demo.get('/api/v1/lead-conversion-mapping')),
  };
}

test('setup: demo has a lead pool with a push rule, a source, a form, an owned lead with a follow-up and a pool lead', async () => {
  demo = await as(srv.baseUrl, 'admin');
  other = await as(srv.baseUrl, 'admin', 'other');
  const d = await directory(demo);
  otherDir = await directory(other);
  const pool = assertOk(await demo.post('/api/v1/pools', {
    name: `隔离线索池${unique()}`, kind: 'lead', admins: [d.user('admin').id], members: [{ type: 'user', id: d.user('rep01').id }],
  }), 201, 'pool');
  assertOk(await demo.put(`/api/v1/pools/${pool.id}/push-rules`, {
    rules: [{ name: '只给rep01', strategy: 'user', userId: d.user('rep01').id, enabled: false }],
  }), 200, 'push rules');
  const source = assertOk(await demo.post('/api/v1/lead-sources', { name: `隔离渠道${unique()}` }), 201, 'source');
  const form = assertOk(await demo.post('/api/v1/lead-forms', { name: '隔离表单', poolId: pool.id, sourceId: source.id }), 201, 'form');
  const lead = assertOk(await demo.post('/api/v1/leads', { name: '隔离线索', company: '隔离测试科技', mobile: '13712340001', sourceId: source.id }), 201, 'lead');
  assertOk(await demo.post(`/api/v1/leads/${lead.id}/follow-ups`, { type: 'call', text: '第一次电话' }), 201, 'follow-up');
  const poolLead = assertOk(await demo.post('/api/v1/leads', { name: '池中线索', mobile: '13712340002', poolId: pool.id }), 201, 'pool lead');
  ids = { lead: lead.id, poolLead: poolLead.id, pool: pool.id, source: source.id, form: form.id };
  snapshot = await demoState();
  assert.equal(snapshot.followUps.length, 1);
  assert.equal(snapshot.poolLead.poolId, pool.id, 'the pool lead waits in the pool (its rule is disabled)');
});

const attacks = [
  ['GET', (i) => `/api/v1/leads/${i.lead}`],
  ['PATCH', (i) => `/api/v1/leads/${i.lead}`, () => ({ name: '被改了' })],
  ['DELETE', (i) => `/api/v1/leads/${i.lead}`],
  ['POST', (i) => `/api/v1/leads/${i.lead}/status`, () => ({ status: 'invalid', reason: '被改了' })],
  ['POST', (i) => `/api/v1/leads/${i.poolLead}/claim`, () => ({})],
  ['POST', (i) => `/api/v1/leads/${i.poolLead}/assign`, () => ({ userId: otherDir.user('rep01').id })],
  ['POST', (i) => `/api/v1/leads/${i.lead}/release`, () => ({ reason: '被放回' })],
  ['POST', (i) => `/api/v1/leads/${i.lead}/transfer`, () => ({ userId: otherDir.user('rep01').id })],
  ['GET', (i) => `/api/v1/leads/${i.lead}/follow-ups`],
  ['POST', (i) => `/api/v1/leads/${i.lead}/follow-ups`, () => ({ type: 'call', text: '越界跟进' })],
  ['GET', (i) => `/api/v1/leads/${i.lead}/history`],
  ['POST', (i) => `/api/v1/leads/${i.lead}/convert`, () => ({})],
  ['PATCH', (i) => `/api/v1/lead-sources/${i.source}`, () => ({ name: '被改了' })],
  ['DELETE', (i) => `/api/v1/lead-sources/${i.source}`],
  ['PATCH', (i) => `/api/v1/lead-forms/${i.form}`, () => ({ enabled: false })],
  ['PATCH', (i) => `/api/v1/lead-forms/${i.form}`, () => ({ rotateToken: true })],
  ['DELETE', (i) => `/api/v1/lead-forms/${i.form}`],
  ['GET', (i) => `/api/v1/pools/${i.pool}/push-rules`],
  ['PUT', (i) => `/api/v1/pools/${i.pool}/push-rules`, () => ({ rules: [] })],
];

for (const [method, path, body] of attacks) {
  const label = path({ lead: '{lead}', poolLead: '{pool lead}', pool: '{lead pool}', source: '{source}', form: '{form}' });
  test(`other's admin: ${method} ${label} with demo's id → 404 not_found`, async () => {
    const r = await other[method === 'DELETE' ? 'del' : method.toLowerCase()](path(ids), body?.());
    assertError(r, 404, 'not_found', `${method} ${label}`);
  });
}

test('demo ids in other\'s bodies are refused, never linked', async () => {
  const refused = async (what, r) => assert.ok([400, 404].includes(r.status), `${what} → ${r.status} ${r.text}`);
  await refused('lead with demo\'s source', await other.post('/api/v1/leads', { name: '越界', mobile: '13712349991', sourceId: ids.source }));
  await refused('lead into demo\'s pool', await other.post('/api/v1/leads', { name: '越界', mobile: '13712349992', poolId: ids.pool }));
  await refused('bulk into demo\'s pool', await other.post('/api/v1/leads/bulk', { poolId: ids.pool, items: [{ name: '越界', mobile: '13712349993' }] }));
  await refused('form on demo\'s pool', await other.post('/api/v1/lead-forms', { name: '越界表单', poolId: ids.pool }));
  const b = await other.post('/api/v1/leads/bulk', { items: [{ name: '越界', mobile: '13712349994', sourceId: ids.source }] });
  if (b.status === 200) assert.equal(b.json.failed, 1, `bulk row with demo's source: ${b.text}`);
  else await refused('bulk row with demo\'s source', b);
  // The rows refused above stored nothing in other.
  assert.deepEqual(await allPages(other, '/api/v1/leads'), [], 'other has no leads');
});

test('other\'s lists, filters, conflict check, analysis and settings show nothing of demo', async () => {
  for (const q of ['', `poolId=${ids.pool}`, `sourceId=${ids.source}`, 'q=隔离', 'q=13712340001', 'inPool=true']) {
    const r = await other.get(`/api/v1/leads?${q}&limit=200`);
    assert.ok(r.status === 200 || r.status === 400, `${q}: ${r.status} ${r.text}`);
    if (r.status === 200) assert.deepEqual(r.json.items, [], `/leads?${q}`);
  }
  const mine = assertOk(await demo.post('/api/v1/leads/check-conflict', { company: '隔离测试科技', phone: '13712340001' }));
  assert.equal(mine.conflict, true, 'the same check in demo finds the lead');
  const c = assertOk(await other.post('/api/v1/leads/check-conflict', { company: '隔离测试科技', phone: '13712340001' }));
  assert.equal(c.conflict, false);
  assert.deepEqual(c.matches, [], `conflict check discloses nothing of demo: ${JSON.stringify(c)}`);
  assert.deepEqual(assertOk(await other.get('/api/v1/lead-sources')).items.filter((s) => s.id === ids.source), []);
  assert.deepEqual(assertOk(await other.get('/api/v1/lead-forms')).items, []);
  const pools = assertOk(await other.get('/api/v1/pools?kind=all')).items;
  assert.ok(!pools.some((p) => p.id === ids.pool), 'demo\'s pool is not listed');
  const a = await other.get(`/api/v1/lead-analysis?sourceId=${ids.source}`);
  if (a.status === 200) assert.ok(!JSON.stringify(a.json).includes(ids.source), 'analysis does not show demo\'s source');
  else assert.equal(a.status, 400, a.text);
  const all = assertOk(await other.get('/api/v1/lead-analysis'));
  assert.ok(!JSON.stringify(all).includes(ids.source), 'the whole analysis of other does not show demo\'s source');
});

test('demo\'s leads, sources, forms, push rules and mapping are unchanged after the attempts', async () => {
  assert.deepEqual(await demoState(), snapshot);
});
