// Contracts and money: data scope on every list (a rep sees own + team, a manager the
// department subtree), 404 on every id route for anyone else, and tenant isolation.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { as, assertError, assertOk, allPages, createCustomer, addDays, unique } from './lib/crm.mjs';
import { today } from './lib/contracts.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });
let admin, otherAdmin, users, made;
const tag = unique();

async function contractOf(api, totalFen) {
  const customer = await createCustomer(api, { name: `范围合同客户${unique()}` });
  const c = assertOk(await api.post('/api/v1/contracts', { customerId: customer.id, name: `范围合同${tag}`, totalFen,
    instalments: [{ dueDate: addDays(today(), -3), amountFen: totalFen }] }), 201);
  return assertOk(await api.post(`/api/v1/contracts/${c.id}/submit`, { version: c.version }));
}

test('setup: active contracts of rep01, rep02 (rep01 on its customer\'s team, read), rep04 (another group), each with a receipt and an invoice', async () => {
  admin = await as(srv.baseUrl, 'admin');
  otherAdmin = await as(srv.baseUrl, 'admin', 'other');
  users = {};
  for (const u of ['rep01', 'rep02', 'rep04', 'bj1.lead']) users[u] = await as(srv.baseUrl, u);
  made = { own: await contractOf(users.rep01, 1000), team: await contractOf(users.rep02, 2000), other: await contractOf(users.rep04, 4000) };
  const rep01 = assertOk(await admin.get('/api/v1/users?q=rep01')).items.find((u) => u.username === 'rep01');
  assertOk(await users.rep02.post(`/api/v1/customers/${made.team.customerId}/team`, { userId: rep01.id, access: 'read' }), 201, 'team');
  for (const c of Object.values(made)) {
    c.receipt = assertOk(await admin.post(`/api/v1/contracts/${c.id}/receipts`, { amountFen: 10, receivedOn: today(), method: 'cash' }), 201);
    c.invoice = assertOk(await admin.post(`/api/v1/contracts/${c.id}/invoices`, { type: 'other', number: `S${unique()}`, amountFen: 10, issuedOn: today() }), 201);
  }
});

const ids = (items) => items.map((x) => x.id).sort();
const contractIds = (...keys) => keys.map((k) => made[k].id).sort();

test('every list in scope: a rep sees own and team, a manager the subtree, the admin everything', async () => {
  const lists = {
    contracts: (api) => allPages(api, `/api/v1/contracts?q=${encodeURIComponent(tag)}`),
    receipts: async (api) => (await allPages(api, '/api/v1/receipts')).filter((r) => Object.values(made).some((c) => c.id === r.contractId)),
    invoices: async (api) => (await allPages(api, '/api/v1/invoices')).filter((v) => Object.values(made).some((c) => c.id === v.contractId)),
  };
  const expect = { rep01: ['own', 'team'], 'bj1.lead': ['own', 'team'], rep04: ['other'] };
  for (const [who, keys] of Object.entries(expect)) {
    assert.deepEqual(ids(await lists.contracts(users[who])), contractIds(...keys), `${who} contracts`);
    assert.deepEqual((await lists.receipts(users[who])).map((r) => r.contractId).sort(), contractIds(...keys), `${who} receipts`);
    assert.deepEqual((await lists.invoices(users[who])).map((v) => v.contractId).sort(), contractIds(...keys), `${who} invoices`);
  }
  assert.deepEqual(ids(await lists.contracts(admin)), contractIds('own', 'team', 'other'));
  assert.equal(assertOk(await users.rep01.get(`/api/v1/contracts?q=${encodeURIComponent(tag)}`)).total, 2);
  assert.deepEqual(ids(await allPages(users.rep01, `/api/v1/contracts?q=${encodeURIComponent(tag)}&mine=true`)), contractIds('own'));
  // Receivables and their ageing follow the contract's owner (the data scope, not the team).
  const receivable = async (api) => (await allPages(api, '/api/v1/receivables')).filter((i) => Object.values(made).some((c) => c.id === i.contractId)).map((i) => i.contractId).sort();
  assert.deepEqual(await receivable(users.rep01), contractIds('own'));
  assert.deepEqual(await receivable(users['bj1.lead']), contractIds('own', 'team'));
  assert.deepEqual(await receivable(users.rep04), contractIds('other'));
  const ageing = assertOk(await users.rep04.get(`/api/v1/receivables/ageing?customerId=${made.other.customerId}`));
  assert.equal(ageing.buckets.find((b) => b.bucket === 'd1_30').owedFen, 4000 - 10);
  const none = assertOk(await users.rep01.get(`/api/v1/receivables/ageing?customerId=${made.other.customerId}`));
  assert.equal(none.totalOwedFen, 0);
  // The team member reads the contract but may not change it.
  const team = assertOk(await users.rep01.get(`/api/v1/contracts/${made.team.id}`));
  assert.deepEqual([team.canEdit, team.canChange, team.canDelete], [false, false, false]);
});

// Every id route, as [method, path(contract), body(contract)].
const idRoutes = [
  ['GET', (c) => `/api/v1/contracts/${c.id}`],
  ['PATCH', (c) => `/api/v1/contracts/${c.id}`, () => ({ name: '改' })],
  ['DELETE', (c) => `/api/v1/contracts/${c.id}`],
  ['POST', (c) => `/api/v1/contracts/${c.id}/submit`, (c) => ({ version: c.version })],
  ['POST', (c) => `/api/v1/contracts/${c.id}/void`, () => ({ reason: 'x' })],
  ['POST', (c) => `/api/v1/contracts/${c.id}/renew`, () => ({})],
  ['GET', (c) => `/api/v1/contracts/${c.id}/changes`],
  ['POST', (c) => `/api/v1/contracts/${c.id}/changes`, (c) => ({ reason: 'x', version: c.version, totalFen: 1 })],
  ['PUT', (c) => `/api/v1/contracts/${c.id}/instalments`, (c) => ({ version: c.version, instalments: [] })],
  ['POST', (c) => `/api/v1/contracts/${c.id}/receipts`, () => ({ amountFen: 1, receivedOn: today(), method: 'cash' })],
  ['POST', (c) => `/api/v1/contracts/${c.id}/invoices`, () => ({ type: 'other', number: `N${unique()}`, amountFen: 1, issuedOn: today() })],
  ['GET', (c) => `/api/v1/receipts/${c.receipt.id}`],
  ['DELETE', (c) => `/api/v1/receipts/${c.receipt.id}`],
  ['POST', (c) => `/api/v1/invoices/${c.invoice.id}/void`, () => ({ reason: 'x' })],
  ['GET', (c) => `/api/v1/customers/${c.customerId}/contracts-summary`],
];
const call = (api, method, p, body) => api[method === 'DELETE' ? 'del' : method.toLowerCase()](p, body);

test('outside the scope every id route answers 404 (where the permission is held)', async () => {
  const manager = users['bj1.lead'];
  for (const [method, p, body] of idRoutes) {
    const r = await call(manager, method, p(made.other), body?.(made.other));
    // A manager holds neither contract.delete nor payment.delete: those answer 403 before any lookup.
    if (method === 'DELETE') assertError(r, 403, 'permission.denied', `${method} ${p({ id: '{id}', receipt: {}, invoice: {} })}`);
    else assertError(r, 404, 'not_found', `${method} ${p({ id: '{id}', receipt: { id: '{r}' }, invoice: { id: '{i}' }, customerId: '{c}' })}`);
  }
  assertError(await users.rep01.get(`/api/v1/contracts/${made.other.id}`), 404, 'not_found');
  assertError(await users.rep01.get(`/api/v1/receipts/${made.other.receipt.id}`), 404, 'not_found');
});

test('tenant isolation: another company\'s admin gets 404 on every id route', async () => {
  for (const c of Object.values(made))
    for (const [method, p, body] of idRoutes)
      assertError(await call(otherAdmin, method, p(c), body?.(c)), 404, 'not_found', `${method} ${p({ id: '{id}', receipt: { id: '{r}' }, invoice: { id: '{i}' }, customerId: '{c}' })}`);
  const none = assertOk(await otherAdmin.get(`/api/v1/contracts?q=${encodeURIComponent(tag)}`));
  assert.equal(none.total, 0);
  assert.equal((await allPages(otherAdmin, '/api/v1/receivables')).filter((i) => Object.values(made).some((c) => c.id === i.contractId)).length, 0);
});
