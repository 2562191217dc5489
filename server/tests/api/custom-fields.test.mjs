// Custom fields and form layouts (docs/api-custom-fields.md): definitions and their refusals,
// values checked on every write (field-level 400s), PATCH merging, filters on the lists that
// return exactly the records the test gave the value to, visibility per role on every read path
// (detail, list, filter, export, audit), deleted fields whose values stay readable, layouts per
// department, and another company seeing none of it.
import assert from 'node:assert/strict';
import { useServer, test, sleep } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, allPages, createCustomer, departmentWithTwoGroups, makeUsers, unique } from './lib/crm.mjs';
import { readSheet, unzip } from './lib/xlsx.mjs';

// A filter matching 4 or more records is checked per row (EXISTS), a rarer one drives the query (IN):
// both plans run on the few records here, and must answer alike.
const srv = useServer({ tenants: ['demo', 'other'], sweepCheck: 0, extraArgs: ['--custom-filter-dense-at', '4'] });
const f = {}; // label -> field
let admin;
let rep; // a rep of the demo company without the secret role
let insider; // a rep holding the role that may see the secret field
let secretRole;
const tag = `自定义${unique().slice(-6)}`;

async function field(body) {
  return assertOk(await admin.post('/api/v1/custom-fields', body), 201, `POST /custom-fields ${body.label}`);
}
const ids = (items) => items.map((c) => c.id).sort();

test('setup: an administrator defines fields of every kind', async () => {
  admin = await as(srv.baseUrl, 'admin');
  const d = await departmentWithTwoGroups(admin, '字段');
  secretRole = assertOk(await admin.post('/api/v1/roles', { name: `底价可见${unique()}`, dataScope: 'self', permissions: ['customer.view', 'customer.create', 'customer.edit'] }), 201);
  const repRole = assertOk(await admin.post('/api/v1/roles', { name: `导出销售${unique()}`, dataScope: 'self', permissions: ['customer.view', 'customer.create', 'customer.edit', 'customer.export'] }), 201);
  [rep] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: d.a.id, roleId: repRole.id, prefix: 'cfr' });
  [insider] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: d.a.id, roleId: secretRole.id, prefix: 'cfi' });
  f.grade = await field({ object: 'customer', label: `客户等级${tag}`, type: 'select', options: ['甲', '乙', '丙'] });
  f.rooms = await field({ object: 'customer', label: `房间数${tag}`, type: 'number', unique: true });
  f.budget = await field({ object: 'customer', label: `预算${tag}`, type: 'money' });
  f.signed = await field({ object: 'customer', label: `签约日${tag}`, type: 'date' });
  f.channels = await field({ object: 'customer', label: `渠道${tag}`, type: 'multi_select', options: ['线上', '展会', '转介绍'] });
  f.contact = await field({ object: 'customer', label: `对接人${tag}`, type: 'user' });
  f.code = await field({ object: 'customer', label: `内部编码${tag}`, type: 'text', key: `code_${unique().slice(-6)}` });
  f.memo = await field({ object: 'customer', label: `备忘${tag}`, type: 'long_text' });
  f.place = await field({ object: 'customer', label: `门店位置${tag}`, type: 'location' });
  f.source = await field({ object: 'customer', label: `来源细分${tag}`, type: 'select', options: ['官网', '地推'], defaultValue: '官网' });
  f.floor = await field({ object: 'customer', label: `底价${tag}`, type: 'money', visibleRoleIds: [secretRole.id] });
  assert.match(f.grade.key, /^cf_\d+$/);
  assert.equal(f.grade.filterable, true);
  assert.equal(f.memo.filterable, false);
  assert.deepEqual(f.floor.visibleRoleIds, [secretRole.id]);
  assert.equal(f.source.defaultValue, '官网');
});

test('definitions are refused with field-level errors, and only administrators change them', async () => {
  const bad = [
    [{ object: 'customer', type: 'text' }, 'label', 'required'],
    [{ object: 'customer', label: `x${unique()}`, type: 'select' }, 'options', 'required'],
    [{ object: 'customer', label: `x${unique()}`, type: 'select', options: ['a', 'a'] }, 'options', 'invalid_value'],
    [{ object: 'customer', label: `x${unique()}`, type: 'multi_select', options: ['a'], unique: true }, 'unique', 'invalid_value'],
    [{ object: 'customer', label: `x${unique()}`, type: 'colour' }, 'type', 'invalid_value'],
    [{ object: 'contract', label: `x${unique()}`, type: 'text' }, 'object', 'invalid_value'],
    [{ object: 'customer', label: `x${unique()}`, type: 'text', key: '9bad' }, 'key', 'invalid_value'],
    [{ object: 'customer', label: `x${unique()}`, type: 'select', options: ['a'], defaultValue: 'b' }, 'defaultValue', 'invalid_value'],
    [{ object: 'customer', label: `x${unique()}`, type: 'text', visibleRoleIds: ['123'] }, 'visibleRoleIds', 'invalid_value'],
    [{ object: 'customer', label: `${'长'.repeat(41)}`, type: 'text' }, 'label', 'too_long'],
  ];
  for (const [body, fieldName, issue] of bad) assertValidation(await admin.post('/api/v1/custom-fields', body), fieldName, issue, JSON.stringify(body));
  assertError(await admin.post('/api/v1/custom-fields', { object: 'customer', label: `x${unique()}`, type: 'text', key: f.code.key }), 409, 'custom_field.key_taken');
  assertError(await admin.post('/api/v1/custom-fields', { object: 'customer', label: f.grade.label, type: 'text' }), 409, 'custom_field.label_taken');
  assertValidation(await admin.patch(`/api/v1/custom-fields/${f.grade.id}`, { type: 'text' }), 'type', 'read_only');
  assertError(await rep.api.post('/api/v1/custom-fields', { object: 'customer', label: 'x', type: 'text' }), 403, 'permission.denied');
  assertError(await rep.api.patch(`/api/v1/custom-fields/${f.grade.id}`, { label: 'x' }), 403, 'permission.denied');
  assertError(await rep.api.get('/api/v1/custom-fields?object=customer&includeDeleted=true'), 403, 'permission.denied');
  // Every one of them left no field behind.
  const all = assertOk(await admin.get('/api/v1/custom-fields?object=customer&includeDeleted=true')).items;
  assert.equal(all.filter((x) => x.label.endsWith(tag)).length, 11);
});

test('values are checked per type, with the field named', async () => {
  const name = () => `字段校验${unique()}有限公司`;
  const cases = [
    [{ [f.grade.key]: '丁' }, f.grade.key, 'invalid_value'],
    [{ [f.grade.key]: 1 }, f.grade.key, 'wrong_type'],
    [{ [f.rooms.key]: 'many' }, f.rooms.key, 'wrong_type'],
    [{ [f.rooms.key]: 1e16 }, f.rooms.key, 'invalid_value'],
    [{ [f.budget.key]: 12.5 }, f.budget.key, 'invalid_value'],
    [{ [f.signed.key]: '2026-02-30' }, f.signed.key, 'invalid_value'],
    [{ [f.channels.key]: ['线上', '线上'] }, f.channels.key, 'invalid_value'],
    [{ [f.channels.key]: '线上' }, f.channels.key, 'wrong_type'],
    [{ [f.contact.key]: '999' }, f.contact.key, 'invalid_value'],
    [{ [f.code.key]: 'x'.repeat(201) }, f.code.key, 'too_long'],
    [{ [f.place.key]: { lat: 91, lng: 0 } }, f.place.key, 'invalid_value'],
    [{ nosuch: 1 }, 'nosuch', 'unknown_field'],
  ];
  for (const [customFields, key, issue] of cases)
    assertValidation(await admin.post('/api/v1/customers', { name: name(), customFields }), `customFields.${key}`, issue, JSON.stringify(customFields));
  // A rep cannot even name the field their role does not see: to them it does not exist.
  assertValidation(await rep.api.post('/api/v1/customers', { name: name(), customFields: { [f.floor.key]: 100 } }), `customFields.${f.floor.key}`, 'unknown_field');
});

const made = []; // {id, values} as the test gave them
test('a create stores the values as given (normalised), fills defaults, and the detail shows them', async () => {
  const me = assertOk(await admin.get('/api/v1/me'));
  const values = {
    [f.grade.key]: '甲', [f.rooms.key]: 120, [f.budget.key]: 1234500, [f.signed.key]: '2026-12-01',
    [f.channels.key]: ['展会', '线上'], [f.contact.key]: me.user.id, [f.code.key]: 'HZ-001',
    [f.memo.key]: '第一行\n第二行', [f.place.key]: { lat: 30.25, lng: 120.16, address: '杭州西湖' }, [f.floor.key]: 990000,
  };
  const c = await createCustomer(admin, { name: `字段客户${unique()}有限公司`, tags: [tag], customFields: values });
  assert.deepEqual(c.customFields, { ...values, [f.source.key]: '官网' });
  made.push({ id: c.id, values: c.customFields });
  const again = assertOk(await admin.get(`/api/v1/customers/${c.id}`));
  assert.deepEqual(again.customFields, c.customFields);
  // A unique value another customer holds is refused; the first keeps it.
  assertValidation(await admin.post('/api/v1/customers', { name: `字段重复${unique()}有限公司`, customFields: { [f.rooms.key]: 120 } }), `customFields.${f.rooms.key}`, 'taken');
});

test('PATCH merges: named keys change, null clears, the rest stay; the audit entry names each key', async () => {
  const { id, values } = made[0];
  const r = assertOk(await admin.patch(`/api/v1/customers/${id}`, { customFields: { [f.grade.key]: '乙', [f.code.key]: null } }));
  const expected = { ...values, [f.grade.key]: '乙' };
  delete expected[f.code.key];
  assert.deepEqual(r.customFields, expected);
  made[0].values = expected;
  const audit = assertOk(await admin.get(`/api/v1/audit-log?objectType=customer&objectId=${id}&action=customer.update`)).items[0];
  const changes = audit.details.changes;
  assert.deepEqual(changes.find((c) => c.field === `customFields.${f.grade.key}`), { field: `customFields.${f.grade.key}`, before: '甲', after: '乙' });
  assert.deepEqual(changes.find((c) => c.field === `customFields.${f.code.key}`), { field: `customFields.${f.code.key}`, before: 'HZ-001', after: null });
  // The value it had before is free for another record once changed.
  assertOk(await admin.patch(`/api/v1/customers/${id}`, { customFields: { [f.rooms.key]: 121 } }));
  made[0].values[f.rooms.key] = 121;
  const other = await createCustomer(admin, { name: `字段复用${unique()}有限公司`, tags: [tag], customFields: { [f.rooms.key]: 120, [f.grade.key]: '丙' } });
  made.push({ id: other.id, values: other.customFields });
});

test('list filters return exactly the records holding the value', async () => {
  // More customers with values chosen here; the expected sets are counted from them.
  const grades = ['甲', '乙', '丙'];
  for (let i = 0; i < 12; i++) {
    const values = {
      [f.grade.key]: grades[i % 3], [f.rooms.key]: 1000 + i * 10, [f.budget.key]: i * 100000,
      [f.signed.key]: `2026-11-${String(10 + i).padStart(2, '0')}`, [f.channels.key]: i % 2 ? ['线上'] : ['展会', '转介绍'],
      [f.code.key]: `K${i % 4}-${i}`,
    };
    const c = await createCustomer(admin, { name: `字段筛选${i}${unique()}有限公司`, tags: [tag], customFields: values });
    made.push({ id: c.id, values: c.customFields });
  }
  const expect = (pred) => made.filter((m) => pred(m.values)).map((m) => m.id).sort();
  const list = async (query) => ids(await allPages(admin, `/api/v1/customers?tag=${encodeURIComponent(tag)}&${query}`));
  const q = (k, v) => `cf.${k}=${encodeURIComponent(v)}`;
  assert.deepEqual(await list(q(f.grade.key, '乙')), expect((v) => v[f.grade.key] === '乙'));
  assert.deepEqual(await list(q(f.channels.key, '展会')), expect((v) => (v[f.channels.key] ?? []).includes('展会')));
  assert.deepEqual(await list(`${q(`${f.rooms.key}From`, 1030)}&${q(`${f.rooms.key}To`, 1080)}`), expect((v) => v[f.rooms.key] >= 1030 && v[f.rooms.key] <= 1080));
  assert.deepEqual(await list(q(`${f.budget.key}From`, 500000)), expect((v) => v[f.budget.key] >= 500000));
  assert.deepEqual(await list(`${q(`${f.signed.key}From`, '2026-11-12')}&${q(`${f.signed.key}To`, '2026-11-15')}`), expect((v) => v[f.signed.key] >= '2026-11-12' && v[f.signed.key] <= '2026-11-15'));
  assert.deepEqual(await list(q(f.code.key, 'K2-')), expect((v) => (v[f.code.key] ?? '').includes('K2-')));
  assert.deepEqual(await list(`${q(f.grade.key, '甲')}&${q(f.channels.key, '线上')}`), expect((v) => v[f.grade.key] === '甲' && (v[f.channels.key] ?? []).includes('线上')));
  assert.ok((await list(q(f.grade.key, '乙'))).length > 0, 'the filter matched something');
  // Refusals name the parameter.
  assertValidation(await admin.get(`/api/v1/customers?${q('nosuch', 'x')}`), 'cf.nosuch', 'invalid_value');
  assertValidation(await admin.get(`/api/v1/customers?${q(f.memo.key, 'x')}`), `cf.${f.memo.key}`, 'invalid_value');
  assertValidation(await admin.get(`/api/v1/customers?${q(`${f.grade.key}From`, 'x')}`), `cf.${f.grade.key}From`, 'invalid_value');
  assertValidation(await admin.get(`/api/v1/customers?${q(`${f.rooms.key}From`, 'many')}`), `cf.${f.rooms.key}From`, 'invalid_value');
});

test('an import reads custom field cells as their types say, and names the bad cells', async () => {
  const base = `字段导入${unique().slice(-5)}`;
  const rows = [
    { name: `${base}甲有限公司`, tags: tag, [`customFields.${f.grade.key}`]: '乙', [`customFields.${f.budget.key}`]: '¥12,345.60', [`customFields.${f.signed.key}`]: '2026/3/5', [`customFields.${f.channels.key}`]: '线上、展会', [`customFields.${f.contact.key}`]: 'admin', [`customFields.${f.rooms.key}`]: '7,001' },
    { name: `${base}乙有限公司`, tags: tag, [`customFields.${f.grade.key}`]: '戊' },
    { name: `${base}丙有限公司`, tags: tag, [`customFields.${f.budget.key}`]: '很多' },
    { name: `${base}丁有限公司`, tags: tag, [`customFields.${f.rooms.key}`]: '7001' },
  ];
  const job = assertOk(await admin.post('/api/v1/imports', { object: 'customers', policy: 'skip', fileName: 'fields.csv', rows }), 202);
  let done = job;
  for (let i = 0; i < 300 && !['done', 'failed', 'cancelled'].includes(done.status); i++) {
    await sleep(100);
    done = assertOk(await admin.get(`/api/v1/imports/${job.id}`));
  }
  assert.equal(done.status, 'done', JSON.stringify(done));
  const errors = assertOk(await admin.get(`/api/v1/imports/${job.id}/errors`)).items;
  assert.deepEqual(errors.map((e) => [e.row, e.fields]), [
    [2, [{ field: `customFields.${f.grade.key}`, issue: 'invalid_value' }]],
    [3, [{ field: `customFields.${f.budget.key}`, issue: 'invalid_value' }]],
    [4, [{ field: `customFields.${f.rooms.key}`, issue: 'taken' }]],
  ]);
  const [created] = await allPages(admin, `/api/v1/customers?q=${encodeURIComponent(`${base}甲`)}`);
  const me = assertOk(await admin.get('/api/v1/me'));
  assert.deepEqual(created.customFields, {
    [f.grade.key]: '乙', [f.budget.key]: 1234560, [f.signed.key]: '2026-03-05', [f.channels.key]: ['线上', '展会'],
    [f.contact.key]: me.user.id, [f.rooms.key]: 7001, [f.source.key]: '官网',
  });
  made.push({ id: created.id, values: created.customFields });
});

test('a field restricted to a role is invisible to everyone else on every read path', async () => {
  const c = await createCustomer(insider.api, { name: `字段可见${unique()}有限公司`, tags: [tag], customFields: { [f.floor.key]: 500000, [f.grade.key]: '甲' } });
  assert.equal(c.customFields[f.floor.key], 500000, 'the role that sees it writes and reads it');
  // The rep's manager view: the admin moves the customer to the rep so that the rep can read it.
  assertOk(await admin.post(`/api/v1/customers/${c.id}/transfer`, { userId: rep.id }), 200);
  const seen = assertOk(await rep.api.get(`/api/v1/customers/${c.id}`));
  assert.equal(seen.customFields[f.grade.key], '甲');
  assert.ok(!(f.floor.key in seen.customFields), 'detail hides it');
  const listed = (await allPages(rep.api, `/api/v1/customers?mine=true&tag=${encodeURIComponent(tag)}`)).find((x) => x.id === c.id);
  assert.ok(listed && !(f.floor.key in listed.customFields), 'list hides it');
  assertValidation(await rep.api.get(`/api/v1/customers?mine=true&cf.${f.floor.key}From=1`), `cf.${f.floor.key}From`, 'invalid_value');
  const fieldsSeen = assertOk(await rep.api.get('/api/v1/custom-fields?object=customer')).items.map((x) => x.key);
  assert.ok(!fieldsSeen.includes(f.floor.key) && fieldsSeen.includes(f.grade.key));
  // The rep edits what they see; the hidden value stays as it was.
  assertOk(await rep.api.patch(`/api/v1/customers/${c.id}`, { customFields: { [f.grade.key]: '丙' } }));
  const back = assertOk(await admin.get(`/api/v1/customers/${c.id}`));
  assert.equal(back.customFields[f.floor.key], 500000);
  assert.equal(back.customFields[f.grade.key], '丙');
  // The audit entry of the rep's edit names only what changed.
  const audit = assertOk(await admin.get(`/api/v1/audit-log?objectType=customer&objectId=${c.id}&action=customer.update`)).items[0];
  assert.deepEqual(audit.details.changes.map((x) => x.field), [`customFields.${f.grade.key}`]);
  // The audit log shows an edit of the hidden field only to readers whose role sees it.
  assertOk(await admin.patch(`/api/v1/customers/${c.id}`, { customFields: { [f.floor.key]: 600000, [f.grade.key]: '甲' } }));
  const auditRole = assertOk(await admin.post('/api/v1/roles', { name: `字段审计${unique()}`, dataScope: 'all', permissions: ['org.view'] }), 201);
  const [auditor] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: (await admin.get('/api/v1/me')).json.user.departmentId, roleId: auditRole.id, prefix: 'cfa' });
  const path = `/api/v1/audit-log?objectType=customer&objectId=${c.id}&action=customer.update`;
  const byAdmin = assertOk(await admin.get(path)).items[0].details.changes.map((x) => x.field).sort();
  assert.deepEqual(byAdmin, [`customFields.${f.floor.key}`, `customFields.${f.grade.key}`].sort());
  const byAuditor = assertOk(await auditor.api.get(path)).items[0];
  assert.equal(byAuditor.id, assertOk(await admin.get(path)).items[0].id);
  assert.deepEqual(byAuditor.details.changes.map((x) => x.field), [`customFields.${f.grade.key}`]);
  assert.ok(!JSON.stringify(byAuditor).includes('600000'), 'no hidden value in the auditor\'s entry');
});

test('an export has a column per field the exporter sees, holding the list\'s values', async () => {
  const exportRows = async (api, query) => {
    const job = assertOk(await api.post('/api/v1/exports', { object: 'customers', query }), 202);
    for (let i = 0; i < 600; i++) {
      const j = assertOk(await api.get(`/api/v1/exports/${job.id}`));
      if (j.status === 'done') break;
      assert.ok(!['failed', 'cancelled'].includes(j.status), JSON.stringify(j));
      await sleep(100);
    }
    const sheet = readSheet(unzip((await api.get(`/api/v1/exports/${job.id}/file`)).bytes));
    return { header: sheet[0], rows: sheet.slice(1) };
  };
  const { header, rows } = await exportRows(admin, { tag, [`cf.${f.grade.key}`]: '乙', sort: 'name' });
  const col = (label) => header.indexOf(label);
  assert.ok(col(f.grade.label) > 0 && col(f.budget.label) > 0 && col(f.floor.label) > 0, header.join('|'));
  assert.equal(col(`图片${tag}`), -1);
  const expected = made.filter((m) => m.values[f.grade.key] === '乙');
  assert.equal(rows.length, expected.length);
  for (const row of rows) assert.equal(row[col(f.grade.label)], '乙');
  const budgets = rows.map((r) => r[col(f.budget.label)]).filter((x) => x !== undefined && x !== '').map(Number).sort((a, b) => a - b);
  assert.deepEqual(budgets, expected.map((m) => m.values[f.budget.key]).filter((x) => x !== undefined).map((x) => x / 100).sort((a, b) => a - b));
  // The rep's export has no column for the field their role does not see.
  const mine = await exportRows(rep.api, { mine: 'true' });
  assert.equal(mine.header.indexOf(f.floor.label), -1);
  assert.ok(mine.header.includes(f.grade.label));
  assert.ok(!JSON.stringify(mine.rows).includes('5000'), 'no floor price in the rep\'s file');
});

test('a deleted field keeps its values readable but takes no new ones; its key stays taken', async () => {
  const { id, values } = made[0];
  assert.equal(values[f.budget.key], 1234500);
  assert.equal((await admin.del(`/api/v1/custom-fields/${f.budget.id}`)).status, 204);
  const live = assertOk(await admin.get('/api/v1/custom-fields?object=customer')).items.map((x) => x.key);
  assert.ok(!live.includes(f.budget.key));
  const all = assertOk(await admin.get('/api/v1/custom-fields?object=customer&includeDeleted=true')).items;
  assert.ok(all.find((x) => x.key === f.budget.key).deletedAt);
  assert.equal(assertOk(await admin.get(`/api/v1/customers/${id}`)).customFields[f.budget.key], 1234500);
  assertValidation(await admin.patch(`/api/v1/customers/${id}`, { customFields: { [f.budget.key]: 1 } }), `customFields.${f.budget.key}`, 'unknown_field');
  assertValidation(await admin.get(`/api/v1/customers?cf.${f.budget.key}From=1`), `cf.${f.budget.key}From`, 'invalid_value');
  assertError(await admin.post('/api/v1/custom-fields', { object: 'customer', label: `新预算${tag}`, type: 'money', key: f.budget.key }), 409, 'custom_field.key_taken');
  assertError(await admin.patch(`/api/v1/custom-fields/${f.budget.id}`, { label: 'x' }), 404, 'not_found');
  // An edit of other fields keeps the deleted field's value.
  assertOk(await admin.patch(`/api/v1/customers/${id}`, { customFields: { [f.grade.key]: '甲' } }));
  assert.equal(assertOk(await admin.get(`/api/v1/customers/${id}`)).customFields[f.budget.key], 1234500);
});

test('unique cannot be turned on while records share a value; options can be renamed, old values stay', async () => {
  // Two customers share a date: the date field cannot become unique.
  const day = '2027-01-05';
  for (let i = 0; i < 2; i++) await createCustomer(admin, { name: `同日${i}${unique()}有限公司`, customFields: { [f.signed.key]: day } });
  assertError(await admin.patch(`/api/v1/custom-fields/${f.signed.id}`, { unique: true }), 409, 'custom_field.not_unique');
  assert.equal(assertOk(await admin.get('/api/v1/custom-fields?object=customer')).items.find((x) => x.id === f.signed.id).unique, false);
  const renamed = assertOk(await admin.patch(`/api/v1/custom-fields/${f.grade.id}`, { options: ['甲等', '乙', '丙'] }));
  assert.deepEqual(renamed.options, ['甲等', '乙', '丙']);
  const holder = made.find((m) => m.values[f.grade.key] === '甲');
  assert.equal(assertOk(await admin.get(`/api/v1/customers/${holder.id}`)).customFields[f.grade.key], '甲', 'old value readable');
  assertValidation(await admin.patch(`/api/v1/customers/${holder.id}`, { customFields: { [f.grade.key]: '甲' } }), `customFields.${f.grade.key}`, 'invalid_value');
  assertOk(await admin.patch(`/api/v1/custom-fields/${f.grade.id}`, { options: ['甲', '乙', '丙'] }));
});

test('layouts: the department\'s own, inherited, and which required fields a form asks for', async () => {
  const d = await departmentWithTwoGroups(admin, '布局');
  const [member] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: d.a.id, roleId: d.role('rep'), prefix: 'cfl' });
  const req = await field({ object: 'customer', label: `必填项${tag}`, type: 'text', required: true });
  // No layout of the department: the company's (or every field) applies, and the field is asked for.
  const inherited = assertOk(await admin.get(`/api/v1/form-layouts?object=customer&departmentId=${d.a.id}`));
  assert.equal(inherited.own, false);
  assertValidation(await member.api.post('/api/v1/customers', { name: `布局${unique()}有限公司` }), `customFields.${req.key}`, 'required');
  // The parent department lays out a form without it: its sub-group inherits that.
  const groups = [{ title: '基本', fields: [f.grade.key, f.rooms.key] }, { title: '', fields: [f.signed.key] }];
  const put = assertOk(await admin.put('/api/v1/form-layouts', { object: 'customer', departmentId: d.top.id, groups }));
  assert.deepEqual(put.groups, groups);
  assert.equal(put.own, true);
  const sub = assertOk(await admin.get(`/api/v1/form-layouts?object=customer&departmentId=${d.a.id}`));
  assert.equal(sub.own, false);
  assert.equal(sub.inheritedFrom, d.top.id);
  assert.deepEqual(sub.groups, groups);
  const mine = assertOk(await member.api.get('/api/v1/custom-fields?object=customer'));
  assert.deepEqual(mine.layout.groups, groups);
  const c = await createCustomer(member.api, { name: `布局${unique()}有限公司` });
  assert.ok(!(req.key in c.customFields), 'not asked of a form that does not show it');
  // Refusals.
  assertValidation(await admin.put('/api/v1/form-layouts', { object: 'customer', departmentId: d.top.id, groups: [{ title: 'x', fields: ['nosuch'] }] }), 'groups[0].fields[0]', 'invalid_value');
  assertValidation(await admin.put('/api/v1/form-layouts', { object: 'customer', departmentId: d.top.id, groups: [{ title: 'x', fields: [f.grade.key, f.grade.key] }] }), 'groups[0].fields[1]', 'invalid_value');
  assertValidation(await admin.put('/api/v1/form-layouts', { object: 'customer', departmentId: '1', groups: [] }), 'departmentId', 'invalid_value');
  assertError(await member.api.put('/api/v1/form-layouts', { object: 'customer', groups: [] }), 403, 'permission.denied');
  // Removing the department's own layout: it inherits again, and the field is asked for again.
  assert.equal((await admin.del(`/api/v1/form-layouts?object=customer&departmentId=${d.top.id}`)).status, 204);
  assert.equal(assertOk(await admin.get(`/api/v1/form-layouts?object=customer&departmentId=${d.a.id}`)).inheritedFrom, null);
  assertValidation(await member.api.post('/api/v1/customers', { name: `布局${unique()}有限公司` }), `customFields.${req.key}`, 'required');
  assert.equal((await admin.del(`/api/v1/custom-fields/${req.id}`)).status, 204);
});

test('leads have fields of their own, checked, filtered and merged the same way', async () => {
  const stage = await field({ object: 'lead', label: `意向${tag}`, type: 'select', options: ['高', '低'] });
  assertValidation(await admin.post('/api/v1/leads', { name: '张三', mobile: '13800000000', customFields: { [f.code.key]: 'x' } }), `customFields.${f.code.key}`, 'unknown_field');
  const mk = async (value, i) => assertOk(await admin.post('/api/v1/leads', { name: `线索${i}`, company: `线索字段${unique()}公司`, mobile: `1390000${String(Math.floor(Math.random() * 10000)).padStart(4, '0')}`, force: true, customFields: { [stage.key]: value } }), 201);
  const made2 = [await mk('高', 1), await mk('低', 2), await mk('高', 3)];
  const high = ids(await allPages(admin, `/api/v1/leads?cf.${stage.key}=${encodeURIComponent('高')}`));
  assert.deepEqual(high.filter((x) => made2.some((m) => m.id === x)), ids(made2.filter((m) => m.customFields[stage.key] === '高')));
  const r = assertOk(await admin.patch(`/api/v1/leads/${made2[1].id}`, { customFields: { [stage.key]: null } }));
  assert.deepEqual(r.customFields, {});
});

test('another company sees none of it', async () => {
  const stranger = await as(srv.baseUrl, 'admin', 'other');
  const theirs = assertOk(await stranger.get('/api/v1/custom-fields?object=customer&includeDeleted=true')).items;
  assert.ok(!theirs.some((x) => x.label.endsWith(tag)));
  assertError(await stranger.patch(`/api/v1/custom-fields/${f.grade.id}`, { label: 'x' }), 404, 'not_found');
  assertError(await stranger.del(`/api/v1/custom-fields/${f.grade.id}`), 404, 'not_found');
  assertValidation(await stranger.get(`/api/v1/customers?cf.${f.grade.key}=${encodeURIComponent('甲')}`), `cf.${f.grade.key}`, 'invalid_value');
  assertValidation(await stranger.post('/api/v1/customers', { name: `外司${unique()}`, customFields: { [f.grade.key]: '甲' } }), `customFields.${f.grade.key}`, 'unknown_field');
});
