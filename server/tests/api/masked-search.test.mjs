// A phone the caller sees masked must not be recoverable through search: a digit query matches
// such a record only by its whole number (or its name), never by a fragment — on the pool list,
// the customer list, and the colleague lookup. The attack it stops: growing a digit string one
// digit at a time until `137****9069` is known in full. Claiming outside one's scope is a 404.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, allPages, createCustomer, pools, unique } from './lib/crm.mjs';

const srv = useServer({ customers: { demo: 30, other: 0 }, sweepCheck: 0 });
let admin, rep01, rep02, lead, poolAdmin, dir, hb;
// Random 11-digit mobiles: no demo number contains them by chance.
const mobile = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const ids = (r) => r.json.items.map((c) => c.id);

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  rep01 = await as(srv.baseUrl, 'rep01');
  rep02 = await as(srv.baseUrl, 'rep02');
  poolAdmin = await as(srv.baseUrl, 'huabei'); // administers 华北公海
  dir = await directory(admin);
  hb = (await pools(admin)).byName('华北公海');
  // A team lead who sees the team's customers but not their protected fields.
  const role = assertOk(await admin.post('/api/v1/roles', { name: `组长无号码${unique()}`, dataScope: 'department',
    permissions: ['customer.view', 'customer.create', 'pool.view'] }), 201);
  const username = unique('nophone');
  assertOk(await admin.post('/api/v1/users', { username, name: '看不到号码的组长', password: 'demo123456',
    departmentId: dir.dep('北京一组').id, roleIds: [role.id] }), 201);
  lead = await as(srv.baseUrl, username);
});

// The attack: a fragment grown one digit at a time, each step kept when it still finds the record.
async function recoverDigits(api, pathPrefix, id, start) {
  let known = start;
  for (let step = 0; step < 12 && known.length < 11; step++) {
    let grew = false;
    for (let d = 0; d <= 9 && !grew; d++) {
      const r = await api.get(`${pathPrefix}&q=${known}${d}`);
      if (ids(r).includes(id)) { known += d; grew = true; }
    }
    if (!grew) break;
  }
  return known;
}

test('pool: a masked phone is found by its whole number, never by a fragment', async () => {
  const phone = mobile();
  const c = await createCustomer(admin, { name: `掩码公海${unique()}有限公司`, poolId: hb.id, phone });
  const seen = assertOk(await rep01.get(`/api/v1/customers/${c.id}`));
  assert.equal(seen.phoneMasked, true, 'rep01 sees the pool phone masked');
  for (const fragment of [phone.slice(0, 4), phone.slice(0, 7), phone.slice(3, 10), phone.slice(-4), phone.slice(0, 10)]) {
    const r = assertOk(await rep01.get(`/api/v1/customers?inPool=true&q=${fragment}`));
    assert.ok(!r.items.some((x) => x.id === c.id), `fragment ${fragment} must not find the masked record`);
  }
  assert.equal(await recoverDigits(rep01, '/api/v1/customers?inPool=true', c.id, phone.slice(0, 3)), phone.slice(0, 3),
    'not one digit is recovered');
  assert.ok(ids(await rep01.get(`/api/v1/customers?inPool=true&q=${phone}`)).includes(c.id), 'the whole number finds it');
  assert.ok(ids(await rep01.get(`/api/v1/customers?inPool=true&q=${encodeURIComponent(c.name.slice(2, 8))}`)).includes(c.id), 'the name finds it');
  // The pool's administrator sees the phone, so a fragment finds it for them.
  assert.equal(assertOk(await poolAdmin.get(`/api/v1/customers/${c.id}`)).phoneMasked, false);
  assert.ok(ids(await poolAdmin.get(`/api/v1/customers?inPool=true&q=${phone.slice(2, 9)}`)).includes(c.id), 'pool admin: fragment');
});

test('pool: a contact\'s masked mobile is protected the same way', async () => {
  const m = mobile();
  const c = await createCustomer(admin, { name: `掩码联系人${unique()}有限公司`, poolId: hb.id, contacts: [{ name: '王经理', mobile: m }] });
  for (const fragment of [m.slice(0, 5), m.slice(4, 11), m.slice(0, 10)])
    assert.ok(!ids(await rep01.get(`/api/v1/customers?inPool=true&q=${fragment}`)).includes(c.id), `contact fragment ${fragment}`);
  assert.equal(await recoverDigits(rep01, '/api/v1/customers?inPool=true', c.id, m.slice(0, 3)), m.slice(0, 3));
  assert.ok(ids(await rep01.get(`/api/v1/customers?inPool=true&q=${m}`)).includes(c.id), 'whole contact number');
});

test('customer list: a manager who sees a rep\'s phones masked cannot search them by fragment; the owner can', async () => {
  const phone = mobile();
  const c = await createCustomer(rep01, { name: `掩码自有${unique()}有限公司`, phone });
  const asLead = assertOk(await lead.get(`/api/v1/customers/${c.id}`));
  assert.equal(asLead.phoneMasked, true, 'the lead without field.view_protected sees rep01\'s phone masked');
  assert.ok(!ids(await lead.get(`/api/v1/customers?q=${phone.slice(0, 8)}`)).includes(c.id), 'manager: fragment');
  assert.equal(await recoverDigits(lead, '/api/v1/customers?x=1', c.id, phone.slice(0, 3)), phone.slice(0, 3));
  assert.ok(ids(await lead.get(`/api/v1/customers?q=${phone}`)).includes(c.id), 'manager: whole number');
  assert.ok(ids(await rep01.get(`/api/v1/customers?q=${phone.slice(0, 8)}&mine=true`)).includes(c.id), 'owner: fragment');
  assert.ok(ids(await rep01.get(`/api/v1/customers?q=${phone.slice(4, 9)}`)).includes(c.id), 'owner, wide list: fragment');
});

test('colleague lookup finds people by name, not by their mobile', async () => {
  const m = mobile();
  const name = `查找${unique()}`;
  assertOk(await admin.post('/api/v1/users', { username: unique('lk'), name, mobile: m, password: 'demo123456', departmentId: dir.dep('北京一组').id, roleIds: [dir.role('rep').id] }), 201);
  const byName = assertOk(await rep02.get(`/api/v1/users/lookup?q=${encodeURIComponent(name)}`));
  assert.equal(byName.items.length, 1);
  assert.deepEqual(Object.keys(byName.items[0]).sort(), ['departmentName', 'id', 'name']);
  for (const q of [m.slice(0, 6), m]) assert.equal(assertOk(await rep02.get(`/api/v1/users/lookup?q=${q}`)).items.length, 0, `lookup ${q}`);
});

test('claiming a customer outside the caller\'s scope is a 404, like an unknown id', async () => {
  const c = await createCustomer(admin, { name: `范围外${unique()}有限公司`, ownerId: dir.user('rep03').id });
  const r = await rep01.post(`/api/v1/customers/${c.id}/claim`, {});
  assertError(r, 404, 'not_found');
  assertError(await rep01.post('/api/v1/customers/123456789012/claim', {}), 404, 'not_found');
  assert.equal(JSON.stringify(r.json.error.details ?? null), JSON.stringify((await rep01.post('/api/v1/customers/123456789012/claim', {})).json.error.details ?? null));
});
