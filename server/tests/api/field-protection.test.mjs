// Field protection as one concept (docs/api-customers.md "Field protection"): the masking matrix
// — viewer × field × surface — generated from the tables below, under two protection settings of
// the tenant; the reveals of a customer, a contact and a lead; the setting itself.
//
// The rule every expected value comes from: a protected field is shown in clear to the record's
// owner and to holders of field.view_protected, and masked for everyone else who may see the
// record; an unprotected field is shown in clear to all of them. A masked value never appears in
// the answer in clear, anywhere (the whole body is searched, the export's every cell).
import assert from 'node:assert/strict';
import { useServer, test, sleep } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, departmentWithTwoGroups, makeUsers, unique } from './lib/crm.mjs';
import { readSheet, unzip } from './lib/xlsx.mjs';

const srv = useServer({ tenants: ['demo', 'other'], sweepCheck: 0, customers: 0 });
let admin;
const who = {}; // viewer name -> {api, id}
const tag = `护${unique().slice(-6)}`;
const digits = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');
const at = { lat: 30.1 + Math.random() * 0.5, lng: 120.1 + Math.random() * 0.5 };

let customer; // the record, as its owner created it
let contact;
let lead;
const cf = {}; // custom fields: customer id number (text), customer memo (text, never protected), lead id number
const clear = {}; // field -> the clear value the records hold after the administrator's edit
const before = {}; // field -> the value the administrator's edit replaced

// Who looks, and why they see clear values: `owner` (the record is theirs) or `viewProtected` (the
// permission). `lead`: whether they may see the lead (a teammate of the customer may not).
// `audit`: whether they read the audit log (org.view with the whole company).
const VIEWERS = [
  { name: 'owner', owner: true, viewProtected: false, lead: true, audit: false, export: true },
  { name: 'mate', owner: false, viewProtected: false, lead: false, audit: false, export: true },
  { name: 'mgrNo', owner: false, viewProtected: false, lead: true, audit: false, export: true },
  { name: 'mgrYes', owner: false, viewProtected: true, lead: true, audit: false, export: true },
  { name: 'auditor', owner: false, viewProtected: false, lead: true, audit: true, export: true },
  { name: 'admin', owner: false, viewProtected: true, lead: true, audit: true, export: true },
];

// The fields: the setting's name for them (a built-in name, or the custom key).
const FIELDS = {
  'customer.phone': () => 'phone',
  'customer.address': () => 'address',
  'customer.idNumber': () => `customFields.customer.${cf.id.key}`,
  'customer.memo': () => null, // never protected: clear for everyone, always
  'contact.mobile': () => 'mobile',
  'contact.phone': () => 'phone',
  'contact.email': () => 'email',
  'contact.wechat': () => 'wechat',
  'lead.mobile': () => 'mobile',
  'lead.phone': () => 'phone',
  'lead.email': () => 'email',
  'lead.wechat': () => 'wechat',
  'lead.idNumber': () => `customFields.lead.${cf.leadId.key}`,
};

// Where a viewer meets the fields: each surface answers {field: value as shown} and the whole
// body it came in (searched for clear values that must not be there).
const customerFields = (c) => ({
  'customer.phone': c.phone,
  'customer.address': c.address,
  'customer.idNumber': c.customFields[cf.id.key],
  'customer.memo': c.customFields[cf.memo.key],
});
const contactFields = (k) => ({
  'contact.mobile': k.mobile,
  'contact.phone': k.phone,
  'contact.email': k.email,
  'contact.wechat': k.wechat,
});
const leadFields = (l) => ({
  'lead.mobile': l.mobile,
  'lead.phone': l.phone,
  'lead.email': l.email,
  'lead.wechat': l.wechat,
  'lead.idNumber': l.customFields[cf.leadId.key],
});
const one = (items, id, what) => {
  const found = items.filter((x) => x.id === id);
  assert.equal(found.length, 1, `${what}: the record is listed once`);
  return found[0];
};

const SURFACES = [
  {
    name: 'customer detail',
    applies: () => true,
    read: async (api) => {
      const d = assertOk(await api.get(`/api/v1/customers/${customer.id}`), 200);
      return { shown: { ...customerFields(d), ...contactFields(d.contacts[0]) }, body: d };
    },
  },
  {
    name: 'customer list',
    applies: () => true,
    read: async (api) => {
      const r = assertOk(await api.get(`/api/v1/customers?tag=${encodeURIComponent(tag)}`), 200);
      return { shown: customerFields(one(r.items, customer.id, 'list')), body: r };
    },
  },
  {
    name: 'search results',
    applies: () => true,
    read: async (api) => {
      const r = assertOk(await api.get(`/api/v1/customers?q=${encodeURIComponent(customer.name)}`), 200);
      return { shown: customerFields(one(r.items, customer.id, 'search')), body: r };
    },
  },
  {
    name: 'contacts',
    applies: () => true,
    read: async (api) => {
      const r = assertOk(await api.get(`/api/v1/customers/${customer.id}/contacts`), 200);
      return { shown: contactFields(one(r.items, contact.id, 'contacts')), body: r };
    },
  },
  {
    name: 'nearby card',
    applies: () => true,
    read: async (api) => {
      const r = assertOk(await api.get(`/api/v1/customers/nearby?lat=${at.lat}&lng=${at.lng}&radius=50&limit=200`), 200);
      const card = one(r.items, customer.id, 'nearby');
      return { shown: { 'customer.phone': card.phone, 'customer.address': card.address }, body: r };
    },
  },
  {
    name: 'customer export',
    applies: (v) => v.export,
    read: async (api) => {
      const rows = await exportRows(api, 'customers', { tag });
      const row = rows.find((r) => r.cells[rows.header.indexOf('客户名称')] === customer.name);
      assert.ok(row, 'the customer is exported');
      const cell = (label) => row.cells[rows.header.indexOf(label)] ?? null;
      return {
        shown: {
          'customer.phone': cell('电话'),
          'customer.address': cell('地址'),
          'customer.idNumber': cell(cf.id.label),
          'customer.memo': cell(cf.memo.label),
        },
        body: rows.all,
      };
    },
  },
  {
    name: 'lead detail',
    applies: (v) => v.lead,
    read: async (api) => {
      const d = assertOk(await api.get(`/api/v1/leads/${lead.id}`), 200);
      return { shown: leadFields(d), body: d };
    },
  },
  {
    name: 'lead list',
    applies: (v) => v.lead,
    read: async (api) => {
      const r = assertOk(await api.get(`/api/v1/leads?q=${encodeURIComponent(lead.name)}`), 200);
      return { shown: leadFields(one(r.items, lead.id, 'lead list')), body: r };
    },
  },
  {
    name: 'lead export',
    applies: (v) => v.lead && v.export,
    read: async (api) => {
      const rows = await exportRows(api, 'leads', { q: lead.name });
      const row = rows.find((r) => r.cells[rows.header.indexOf('姓名')] === lead.name);
      assert.ok(row, 'the lead is exported');
      const cell = (label) => row.cells[rows.header.indexOf(label)] ?? null;
      return {
        shown: {
          'lead.mobile': cell('手机'),
          'lead.phone': cell('电话'),
          'lead.email': cell('邮箱'),
          'lead.wechat': cell('微信'),
          'lead.idNumber': cell(cf.leadId.label),
        },
        body: rows.all,
      };
    },
  },
  {
    name: 'audit log (the edit\'s after values)',
    applies: (v) => v.audit,
    read: async (api) => {
      const shown = {};
      const bodies = [];
      for (const [objectId, object] of [[customer.id, 'customer'], [contact.id, 'contact'], [lead.id, 'lead']]) {
        const r = assertOk(await api.get(`/api/v1/audit-log?objectId=${objectId}&action=${object}.update`), 200);
        bodies.push(r);
        for (const e of r.items)
          for (const c of e.details.changes ?? []) {
            const field = `${object}.${c.field === `customFields.${object === 'lead' ? cf.leadId.key : cf.id.key}` ? 'idNumber' : c.field}`;
            if (field in FIELDS) shown[field] = c.after;
          }
      }
      return { shown, body: bodies, alsoHidden: true };
    },
  },
];

const FINISHED = new Set(['done', 'cancelled', 'failed']);
async function exportRows(api, object, query) {
  const job = assertOk(await api.post('/api/v1/exports', { object, query }), 202, `POST /exports ${object}`);
  for (let i = 0; ; i++) {
    const j = assertOk(await api.get(`/api/v1/exports/${job.id}`), 200);
    if (FINISHED.has(j.status)) {
      assert.equal(j.status, 'done', JSON.stringify(j));
      break;
    }
    assert.ok(i < 600, 'the export finishes');
    await sleep(100);
  }
  const file = await api.get(`/api/v1/exports/${job.id}/file`);
  assert.equal(file.status, 200, file.text);
  const sheet = readSheet(unzip(file.bytes));
  const rows = sheet.slice(1).map((cells) => ({ cells }));
  rows.header = sheet[0];
  rows.all = sheet;
  return rows;
}

// What the setting protects of the table's fields.
function isProtected(setting, field) {
  const name = FIELDS[field]();
  if (name === null) return false;
  if (name.startsWith('customFields.')) {
    const [, object, key] = name.split('.');
    return (setting.customFields[object] ?? []).includes(key);
  }
  return setting.fields.includes(name);
}

function checkSurface(viewer, surface, setting, { shown, body, alsoHidden }) {
  const text = JSON.stringify(body);
  for (const [field, value] of Object.entries(shown)) {
    const what = `${viewer.name} / ${surface.name} / ${field} (${setting.label})`;
    const masked = isProtected(setting, field) && !viewer.owner && !viewer.viewProtected;
    if (masked) {
      assert.notEqual(value, clear[field], `${what}: masked`);
      assert.match(String(value), /\*/, `${what}: shown masked, not left out`);
      assert.ok(!text.includes(clear[field]), `${what}: the clear value appears nowhere in the answer`);
      if (alsoHidden) assert.ok(!text.includes(before[field]), `${what}: nor the value before the edit`);
    } else {
      assert.equal(value, clear[field], `${what}: clear`);
    }
  }
}

test('setup: a customer with a contact, and a lead, of a rep; five other viewers', async () => {
  admin = await as(srv.baseUrl, 'admin');
  const d = await departmentWithTwoGroups(admin, '号码保护');
  const base = ['customer.view', 'customer.create', 'customer.edit', 'customer.export', 'lead.view', 'lead.create', 'lead.edit', 'lead.export'];
  const role = async (name, dataScope, permissions) =>
    assertOk(await admin.post('/api/v1/roles', { name: `${name}${unique()}`, dataScope, permissions }), 201);
  const rep = await role('保护销售', 'self', base);
  const mgrNo = await role('无号码经理', 'department_tree', base);
  const mgrYes = await role('号码经理', 'department_tree', [...base, 'field.view_protected']);
  const auditor = await role('审计员', 'all', [...base, 'org.view', 'pool.view']);
  const [owner, mate] = await makeUsers(admin, srv.baseUrl, { count: 2, departmentId: d.a.id, roleId: rep.id, prefix: 'fpr' });
  const [m1] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: d.top.id, roleId: mgrNo.id, prefix: 'fpn' });
  const [m2] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: d.top.id, roleId: mgrYes.id, prefix: 'fpy' });
  const [au] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: d.b.id, roleId: auditor.id, prefix: 'fpa' });
  Object.assign(who, { owner, mate, mgrNo: m1, mgrYes: m2, auditor: au, admin: { api: admin } });

  const field = async (body) => assertOk(await admin.post('/api/v1/custom-fields', body), 201, body.label);
  cf.id = await field({ object: 'customer', label: `证件号${tag}`, type: 'text' });
  cf.memo = await field({ object: 'customer', label: `备忘${tag}`, type: 'text' });
  cf.leadId = await field({ object: 'lead', label: `线索证件${tag}`, type: 'text' });

  const values = (round) => ({
    'customer.phone': `0571-${digits(8)}`,
    'customer.address': `文三路${digits(3)}号${round}楼${unique().slice(-4)}`,
    'customer.idNumber': `3301${digits(14)}`,
    'customer.memo': `备忘${digits(6)}`,
    'contact.mobile': `139${digits(8)}`,
    'contact.phone': `010-${digits(8)}`,
    'contact.email': `z${digits(6)}@example.com`,
    'contact.wechat': `wx_${digits(8)}`,
    'lead.mobile': `138${digits(8)}`,
    'lead.phone': `021-${digits(8)}`,
    'lead.email': `l${digits(6)}@example.com`,
    'lead.wechat': `wxl_${digits(8)}`,
    'lead.idNumber': `4401${digits(14)}`,
  });
  Object.assign(before, values('一'));
  Object.assign(clear, values('二'));
  customer = assertOk(await owner.api.post('/api/v1/customers', {
    name: `号码保护客户${unique()}有限公司`,
    tags: [tag],
    phone: before['customer.phone'],
    address: before['customer.address'],
    lat: at.lat,
    lng: at.lng,
    customFields: { [cf.id.key]: before['customer.idNumber'], [cf.memo.key]: before['customer.memo'] },
    contacts: [{ name: '钱经理', mobile: before['contact.mobile'], phone: before['contact.phone'], email: before['contact.email'], wechat: before['contact.wechat'] }],
  }), 201);
  contact = customer.contacts[0];
  assertOk(await owner.api.post(`/api/v1/customers/${customer.id}/team`, { userId: mate.id, access: 'write' }), 201);
  lead = assertOk(await owner.api.post('/api/v1/leads', {
    name: `线索人${unique()}`,
    company: `线索公司${unique()}`,
    mobile: before['lead.mobile'],
    phone: before['lead.phone'],
    email: before['lead.email'],
    wechat: before['lead.wechat'],
    customFields: { [cf.leadId.key]: before['lead.idNumber'] },
  }), 201);
  // The administrator's edits: the audit log holds before and after of every protected field.
  assertOk(await admin.patch(`/api/v1/customers/${customer.id}`, {
    phone: clear['customer.phone'],
    address: clear['customer.address'],
    customFields: { [cf.id.key]: clear['customer.idNumber'], [cf.memo.key]: clear['customer.memo'] },
  }), 200);
  assertOk(await admin.patch(`/api/v1/contacts/${contact.id}`, {
    mobile: clear['contact.mobile'], phone: clear['contact.phone'], email: clear['contact.email'], wechat: clear['contact.wechat'],
  }), 200);
  assertOk(await admin.patch(`/api/v1/leads/${lead.id}`, {
    mobile: clear['lead.mobile'], phone: clear['lead.phone'], email: clear['lead.email'], wechat: clear['lead.wechat'],
    customFields: { [cf.leadId.key]: clear['lead.idNumber'] },
  }), 200);
  assertOk(await admin.put('/api/v1/settings/reveal', { dailyQuota: 1000 }), 200);
});

test('the setting: phone, mobile, email and WeChat by default; settings.configure to change; checked', async () => {
  const current = assertOk(await who.owner.api.get('/api/v1/settings/field-protection'), 200);
  assert.deepEqual(current, { fields: ['email', 'mobile', 'phone', 'wechat'], customFields: { customer: [], lead: [] } });
  const body = { fields: ['address'], customFields: { customer: [cf.id.key] } };
  assertError(await who.mgrYes.api.put('/api/v1/settings/field-protection', body), 403, 'permission.denied');
  assertValidation(await admin.put('/api/v1/settings/field-protection', { fields: ['fax'] }), 'fields', 'invalid_value');
  assertValidation(await admin.put('/api/v1/settings/field-protection', {}), 'fields', 'required');
  assertValidation(await admin.put('/api/v1/settings/field-protection', { fields: [], customFields: { customer: ['nope'] } }), 'customFields.customer', 'invalid_value');
  assertValidation(await admin.put('/api/v1/settings/field-protection', { fields: [], customFields: { contract: [] } }), 'customFields.contract', 'invalid_value');
  const select = assertOk(await admin.post('/api/v1/custom-fields', { object: 'customer', label: `选项${tag}`, type: 'select', options: ['甲'] }), 201);
  assertValidation(await admin.put('/api/v1/settings/field-protection', { fields: [], customFields: { customer: [select.key] } }),
    'customFields.customer', 'invalid_value', 'only text fields can be protected');
  assertValidation(await admin.put('/api/v1/settings/field-protection', { fields: [], customFields: { customer: [cf.leadId.key === cf.id.key ? 'x' : cf.leadId.key] } }),
    'customFields.customer', 'invalid_value', 'a lead field is not a customer field');
  // Nothing was written by the refusals.
  assert.deepEqual(assertOk(await admin.get('/api/v1/settings/field-protection'), 200), current);
  const saved = assertOk(await admin.put('/api/v1/settings/field-protection', body), 200);
  assert.deepEqual(saved, { fields: ['address'], customFields: { customer: [cf.id.key], lead: [] } });
  const audit = assertOk(await admin.get('/api/v1/audit-log?action=settings.field_protection&limit=1'), 200).items[0];
  assert.deepEqual(audit.details.changes, [
    { field: 'fields', before: ['email', 'mobile', 'phone', 'wechat'], after: ['address'] },
    { field: 'customFields.customer', before: [], after: [cf.id.key] },
  ]);
  // Another company keeps its own setting.
  const other = await as(srv.baseUrl, 'admin', 'other');
  assert.deepEqual(assertOk(await other.get('/api/v1/settings/field-protection'), 200).fields, ['email', 'mobile', 'phone', 'wechat']);
});

const SETTINGS = [
  () => ({ label: 'everything protected', fields: ['phone', 'mobile', 'email', 'wechat', 'address'], customFields: { customer: [cf.id.key], lead: [cf.leadId.key] } }),
  () => ({ label: 'email and address only', fields: ['email', 'address'], customFields: { customer: [], lead: [] } }),
  () => ({ label: 'nothing protected', fields: [], customFields: { customer: [], lead: [] } }),
];

for (const [i, make] of SETTINGS.entries()) {
  test(`the masking matrix, setting ${i + 1}: viewer × field × surface`, async () => {
    const setting = make();
    assertOk(await admin.put('/api/v1/settings/field-protection', { fields: setting.fields, customFields: setting.customFields }), 200);
    let checked = 0;
    for (const viewer of VIEWERS)
      for (const surface of SURFACES) {
        if (!surface.applies(viewer)) continue;
        const seen = await surface.read(who[viewer.name].api);
        checkSurface(viewer, surface, setting, seen);
        checked += Object.keys(seen.shown).length;
      }
    assert.ok(checked > 200, `${checked} cells checked`);

    // A filter on a protected custom field runs over records the viewer may see masked: refused
    // without field.view_protected, whatever the record.
    for (const viewer of VIEWERS) {
      const r = await who[viewer.name].api.get(`/api/v1/customers?cf.${cf.id.key}=${encodeURIComponent(clear['customer.idNumber'])}`);
      if (isProtected(setting, 'customer.idNumber') && !viewer.viewProtected) {
        assertValidation(r, `cf.${cf.id.key}`, 'protected', viewer.name);
      } else {
        assert.deepEqual(assertOk(r, 200).items.map((c) => c.id), [customer.id], viewer.name);
      }
    }

    // A teammate who edits a contact is answered with the contact as the detail shows it.
    const edited = assertOk(await who.mate.api.patch(`/api/v1/contacts/${contact.id}`, { title: `经理${i}` }), 200);
    checkSurface(VIEWERS[1], { name: 'contact edit answer' }, setting, { shown: contactFields(edited), body: edited });
    // The teammate's form sends back what it was shown: the masked values change nothing.
    assertOk(await who.mate.api.patch(`/api/v1/contacts/${contact.id}`, {
      mobile: edited.mobile, phone: edited.phone, email: edited.email, wechat: edited.wechat, title: `经理${i}`,
    }), 200);
    const stored = one(assertOk(await admin.get(`/api/v1/customers/${customer.id}/contacts`), 200).items, contact.id, 'contacts');
    assert.deepEqual(contactFields(stored), Object.fromEntries(Object.keys(contactFields(stored)).map((f) => [f, clear[f]])),
      'the stored numbers are kept');
    const shownCustomer = assertOk(await who.mate.api.get(`/api/v1/customers/${customer.id}`), 200);
    assertOk(await who.mate.api.patch(`/api/v1/customers/${customer.id}`, {
      phone: shownCustomer.phone, address: shownCustomer.address, customFields: shownCustomer.customFields,
    }), 200);
    const shownLead = assertOk(await who.mgrNo.api.get(`/api/v1/leads/${lead.id}`), 200);
    assertOk(await who.mgrNo.api.patch(`/api/v1/leads/${lead.id}`, {
      mobile: shownLead.mobile, phone: shownLead.phone, email: shownLead.email, wechat: shownLead.wechat, customFields: shownLead.customFields,
    }), 200);
    const storedCustomer = assertOk(await admin.get(`/api/v1/customers/${customer.id}`), 200);
    const storedLead = assertOk(await admin.get(`/api/v1/leads/${lead.id}`), 200);
    for (const [field, value] of Object.entries({ ...customerFields(storedCustomer), ...leadFields(storedLead) }))
      assert.equal(value, clear[field], `${field}: kept when its masked form is sent back`);
  });
}

test('reveals: what the viewer saw masked, in clear; audited and counted only when something was masked', async () => {
  const setting = SETTINGS[0]();
  assertOk(await admin.put('/api/v1/settings/field-protection', { fields: setting.fields, customFields: setting.customFields }), 200);
  const audits = async (action, actorId) =>
    assertOk(await admin.get(`/api/v1/audit-log?action=${action}&actorId=${actorId}&limit=200`), 200).items.length;
  for (const viewer of VIEWERS) {
    const { api, id } = who[viewer.name];
    const spends = !viewer.owner && !viewer.viewProtected;
    const actor = id ?? assertOk(await api.get('/api/v1/me'), 200).user.id;
    const counts = { customer: await audits('customer.reveal', actor), contact: await audits('contact.reveal', actor), lead: await audits('lead.reveal', actor) };

    const c = assertOk(await api.post(`/api/v1/customers/${customer.id}/reveal`, {}), 200, viewer.name);
    assert.equal(c.phone, clear['customer.phone']);
    assert.equal(c.address, clear['customer.address']);
    assert.deepEqual(c.customFields, { [cf.id.key]: clear['customer.idNumber'] }, 'the protected custom fields only');
    assert.deepEqual(contactFields(c.contacts[0]), Object.fromEntries(Object.keys(contactFields(contact)).map((f) => [f, clear[f]])));
    const k = assertOk(await api.post(`/api/v1/contacts/${contact.id}/reveal`, {}), 200, viewer.name);
    assert.equal(k.id, contact.id);
    assert.deepEqual(contactFields(k), Object.fromEntries(Object.keys(contactFields(contact)).map((f) => [f, clear[f]])));
    assert.equal(k.revealsLeftToday, c.revealsLeftToday - (spends ? 1 : 0));
    if (viewer.lead) {
      const l = assertOk(await api.post(`/api/v1/leads/${lead.id}/reveal`, {}), 200, viewer.name);
      assert.deepEqual({ mobile: l.mobile, phone: l.phone, email: l.email, wechat: l.wechat },
        { mobile: clear['lead.mobile'], phone: clear['lead.phone'], email: clear['lead.email'], wechat: clear['lead.wechat'] });
      assert.deepEqual(l.customFields, { [cf.leadId.key]: clear['lead.idNumber'] });
      assert.equal(l.revealsLeftToday, k.revealsLeftToday - (spends ? 1 : 0));
    } else {
      assertError(await api.post(`/api/v1/leads/${lead.id}/reveal`, {}), 404, 'not_found', 'a lead the viewer may not open');
    }
    assert.equal(await audits('customer.reveal', actor), counts.customer + (spends ? 1 : 0), `${viewer.name}: customer.reveal`);
    assert.equal(await audits('contact.reveal', actor), counts.contact + (spends ? 1 : 0), `${viewer.name}: contact.reveal`);
    assert.equal(await audits('lead.reveal', actor), counts.lead + (spends && viewer.lead ? 1 : 0), `${viewer.name}: lead.reveal`);
  }
  // With nothing protected nothing is masked, so nothing is spent or audited.
  assertOk(await admin.put('/api/v1/settings/field-protection', { fields: [] }), 200);
  const actor = who.mgrNo.id;
  const n = await audits('customer.reveal', actor);
  const first = assertOk(await who.mgrNo.api.post(`/api/v1/customers/${customer.id}/reveal`, {}), 200);
  const second = assertOk(await who.mgrNo.api.post(`/api/v1/customers/${customer.id}/reveal`, {}), 200);
  assert.equal(second.revealsLeftToday, first.revealsLeftToday);
  assert.equal(await audits('customer.reveal', actor), n);
});

test('lead and contact reveals: the shared daily quota, pool leads, other companies', async () => {
  const setting = SETTINGS[0]();
  assertOk(await admin.put('/api/v1/settings/field-protection', { fields: setting.fields, customFields: setting.customFields }), 200);
  // A manager of the customer's department tree without the permission spends one reveal per look.
  const api = who.mgrNo.api;
  assertOk(await admin.put('/api/v1/settings/reveal', { dailyQuota: 2 }), 200);
  const used = (await api.post(`/api/v1/contacts/${contact.id}/reveal`, {}));
  // The quota counts across customers, contacts and leads: what is left decides the next refusal.
  let left = used.status === 200 ? used.json.revealsLeftToday : 0;
  while (left > 0) left = assertOk(await api.post(`/api/v1/leads/${lead.id}/reveal`, {}), 200).revealsLeftToday;
  const over = await api.post(`/api/v1/leads/${lead.id}/reveal`, {});
  assertError(over, 429, 'reveal.quota_exceeded');
  assert.equal(over.json.error.details.dailyQuota, 2);
  assertError(await api.post(`/api/v1/contacts/${contact.id}/reveal`, {}), 429, 'reveal.quota_exceeded');
  assertError(await api.post(`/api/v1/customers/${customer.id}/reveal`, {}), 429, 'reveal.quota_exceeded');
  assertOk(await admin.put('/api/v1/settings/reveal', { dailyQuota: 1000 }), 200);

  // A lead in a pool is masked until claimed, for everyone but the pool's admins.
  const pool = assertOk(await admin.post('/api/v1/pools', { name: `护线索池${unique()}`, kind: 'lead', members: [{ type: 'user', id: who.auditor.id }] }), 201);
  const pooled = assertOk(await admin.post('/api/v1/leads', { name: `池线索${unique()}`, company: `池公司${unique()}`, mobile: `137${digits(8)}`, poolId: pool.id }), 201);
  const seen = assertOk(await who.auditor.api.get(`/api/v1/leads/${pooled.id}`), 200);
  assert.equal(seen.poolId, pool.id);
  assert.notEqual(seen.mobile, pooled.mobile);
  assertError(await who.auditor.api.post(`/api/v1/leads/${pooled.id}/reveal`, {}), 409, 'lead.claim_first');

  // Another company's ids are not found.
  const other = await as(srv.baseUrl, 'admin', 'other');
  assertError(await other.post(`/api/v1/contacts/${contact.id}/reveal`, {}), 404, 'not_found');
  assertError(await other.post(`/api/v1/leads/${lead.id}/reveal`, {}), 404, 'not_found');
  assertError(await other.post(`/api/v1/customers/${customer.id}/reveal`, {}), 404, 'not_found');
});
