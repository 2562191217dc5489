// The customer reports (docs/api-targets.md "Customers") over HTTP: two groups below a department
// of the test's own create customers through the API (one deleted afterwards); the distribution
// by industry and level and the overview are compared with what this file created, never with
// what the server said before. A group manager sees their group only: another group is 403,
// another tenant's department 404. Everything happens today (time cannot be set through the API).
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { addDays, as, assertError, assertOk, assertValidation, createCustomer, departmentWithTwoGroups, localDate, makeUsers, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });
let admin, otherAdmin, dept, people, today;
const made = []; // {owner, industry, level, id}

// The expected distribution: counts per value, largest first, ties by the value's UTF-8 bytes.
function distribution(rows, key) {
  const counts = new Map();
  for (const r of rows) counts.set(r[key], (counts.get(r[key]) ?? 0) + 1);
  const bytes = (s) => Buffer.from(s, 'utf8');
  return [...counts].map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || Buffer.compare(bytes(a.value), bytes(b.value)));
}

test('setup: a department with groups A and B, a manager of A, a rep in each', async () => {
  admin = await as(srv.baseUrl, 'admin');
  otherAdmin = await as(srv.baseUrl, 'admin', 'other');
  today = localDate(Date.now());
  const { top, a, b, role } = await departmentWithTwoGroups(admin, '分布');
  dept = { top, a, b };
  const [managerA] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: a.id, roleId: role('manager'), prefix: 'dma' });
  const [a1] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: a.id, roleId: role('rep'), prefix: 'dra' });
  const [b1] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: b.id, roleId: role('rep'), prefix: 'drb' });
  people = { managerA, a1, b1 };
  for (const [who, industry, level, province, city] of [[a1, '制造', 'A', '广东', '广州'], [a1, '制造', 'B', '广东省', '深圳'],
    [a1, '零售', 'B', '广东省', '广州'], [a1, '', 'C', '浙江', '杭州'], [b1, '零售', 'A', '广东省', '广州'], [b1, '教育', 'B', '', '']]) {
    const c = await createCustomer(who.api, { name: `分布客户${unique()}`, industry, level, province, city });
    made.push({ owner: who.id, industry, level, province, city, id: c.id });
  }
  // One of a1's manufacturers is deleted: it no longer counts anywhere.
  const gone = made.find((m) => m.owner === a1.id && m.industry === '制造');
  assert.equal((await admin.del(`/api/v1/customers/${gone.id}`)).status, 204);
  made.splice(made.indexOf(gone), 1);
});

test('distribution: the department\'s customers by industry and by level; a drill-down lists the same', async () => {
  for (const by of ['industry', 'level']) {
    const r = assertOk(await admin.get(`/api/v1/reports/customers?by=${by}&departmentId=${dept.top.id}`));
    assert.equal(r.by, by);
    assert.equal(r.departmentId, dept.top.id);
    assert.deepEqual(r.items, distribution(made, by), by);
    assert.equal(r.total, made.length);
    assert.ok(Math.abs(Date.parse(r.asOf) - Date.now()) < 60000, r.asOf);
  }
  const a = assertOk(await admin.get(`/api/v1/reports/customers?by=industry&departmentId=${dept.a.id}`));
  assert.deepEqual(a.items, distribution(made.filter((m) => m.owner === people.a1.id), 'industry'));
  // The count of a value is what the customer list shows for it, in the group manager's view.
  const mine = assertOk(await people.managerA.api.get('/api/v1/reports/customers?by=industry'));
  const retail = mine.items.find((x) => x.value === '零售');
  const list = assertOk(await people.managerA.api.get(`/api/v1/customers?industry=${encodeURIComponent('零售')}&limit=100`));
  assert.equal(list.items.length, retail.count);
});

test('a group manager sees their group only: another group 403, another tenant\'s department 404', async () => {
  const m = people.managerA.api;
  const r = assertOk(await m.get('/api/v1/reports/customers?by=industry'));
  assert.deepEqual(r.items, distribution(made.filter((x) => x.owner === people.a1.id), 'industry'));
  assertError(await m.get(`/api/v1/reports/customers?by=industry&departmentId=${dept.b.id}`), 403, 'permission.denied');
  assertError(await m.get(`/api/v1/reports/customers/overview?departmentId=${dept.top.id}`), 403, 'permission.denied');
  const otherDept = assertOk(await otherAdmin.get('/api/v1/departments')).items[0].id;
  assertError(await admin.get(`/api/v1/reports/customers?departmentId=${otherDept}`), 404, 'not_found');
  const ov = assertOk(await m.get('/api/v1/reports/customers/overview'));
  assert.equal(ov.total, made.filter((x) => x.owner === people.a1.id).length);
});

test('overview: total, new yesterday and this month, and 30 days ending today', async () => {
  const r = assertOk(await admin.get(`/api/v1/reports/customers/overview?departmentId=${dept.top.id}`));
  assert.equal(r.today, today);
  assert.equal(r.total, made.length);
  assert.equal(r.newYesterday, 0);
  assert.equal(r.newThisMonth, made.length);
  assert.deepEqual(r.trend.map((x) => x.date), Array.from({ length: 30 }, (_, i) => addDays(today, i - 29)));
  assert.deepEqual(r.trend.map((x) => x.count), [...Array(29).fill(0), made.length]);
});

test('by city within the spellings of one province (the map\'s drill-down), in the caller\'s scope', async () => {
  const guangdong = ['广东', '广东省'];
  const r = assertOk(await admin.get(`/api/v1/reports/customers?by=city&departmentId=${dept.top.id}&provinces=${encodeURIComponent(guangdong.join(','))}`));
  assert.deepEqual(r.provinces, guangdong);
  const inGuangdong = made.filter((m) => guangdong.includes(m.province));
  assert.deepEqual(r.items, distribution(inGuangdong, 'city'));
  assert.equal(r.total, inGuangdong.length);
  const one = assertOk(await admin.get(`/api/v1/reports/customers?by=city&departmentId=${dept.top.id}&provinces=${encodeURIComponent('广东省')}`));
  assert.deepEqual(one.items, distribution(made.filter((m) => m.province === '广东省'), 'city'));
  const mine = assertOk(await people.managerA.api.get(`/api/v1/reports/customers?by=city&provinces=${encodeURIComponent(guangdong.join(','))}`));
  assert.deepEqual(mine.items, distribution(inGuangdong.filter((m) => m.owner === people.a1.id), 'city'));
  const none = assertOk(await admin.get(`/api/v1/reports/customers?by=city&departmentId=${dept.top.id}`));
  assert.deepEqual(none.provinces, []);
  assert.equal(none.total, made.length);
  assertValidation(await admin.get(`/api/v1/reports/customers?by=city&provinces=${Array.from({ length: 21 }, (_, i) => `省${i}`).join(',')}`), 'provinces', 'invalid_value');
  assertValidation(await admin.get(`/api/v1/reports/customers?by=city&provinces=${encodeURIComponent('广'.repeat(51))}`), 'provinces', 'invalid_value');
});

test('validation: an unknown column, a malformed department id', async () => {
  assertValidation(await admin.get('/api/v1/reports/customers?by=phone'), 'by', 'invalid_value');
  assertValidation(await admin.get('/api/v1/reports/customers?departmentId=abc'), 'departmentId', 'invalid_value');
  assertValidation(await admin.get('/api/v1/reports/customers/overview?departmentId=abc'), 'departmentId', 'invalid_value');
});
