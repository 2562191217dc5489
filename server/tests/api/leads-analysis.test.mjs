// Lead channel analysis (docs/api-leads.md "Channel analysis") in a company of its own (made by
// POST /setup, so that every lead in it is one this test made): leads of three sources and none,
// three campaigns, three reps in two departments and a pool, with follow-ups, qualification,
// conversion and invalid ones. Every number the server answers is compared with a brute-force
// count over what the test did (instants the server stamped — createdAt, firstContactAt,
// convertedAt — are read from each lead). The .xlsx export is unzipped here (node:zlib) and its
// sheet holds the same numbers.
import assert from 'node:assert/strict';
import { useServer, test, client, login } from './lib/harness.mjs';
import { assertError, assertOk, assertValidation, localDate, unique } from './lib/crm.mjs';
import { readSheet, unzip } from './lib/xlsx.mjs';

const srv = useServer({ tenants: [], sweepCheck: 0 });
const PASSWORD = 'analysis-pass-1';
let admin;
const users = {}; // manager, r1, r2 (department A), r3 (department B)
const depts = {};
const sources = []; // S1, S2 with leads, S3 with spend only
const leads = []; // {id, ownerId, ownerName, sourceId, sourceName, campaign, status, followUps, createdAt, firstContactAt, convertedAt}
let today;
let month0;
let monthPrev;
let monthNext;
let from;
let costs; // sourceId → {month → fen}

function shiftMonth(month, by) {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return d.toISOString().slice(0, 7);
}

const median = (values) => {
  if (!values.length) return null;
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
};

// The table the server should answer, computed from the leads and costs this test made.
function expected({ groupBy, visible, spendShown, sourceId = null }) {
  const inRange = visible.filter((l) => localDate(l.createdAt) >= from && localDate(l.createdAt) <= today);
  const keyOf = (l) => ({
    source: [l.sourceId ?? '', l.sourceName],
    campaign: [l.campaign, l.campaign],
    month: [localDate(l.createdAt).slice(0, 7), localDate(l.createdAt).slice(0, 7)],
    owner: [l.ownerId ?? '', l.ownerName],
  })[groupBy];
  const groups = new Map();
  const group = (key, label) => {
    if (!groups.has(key)) groups.set(key, { key, label, leads: [], cost: 0 });
    return groups.get(key);
  };
  for (const l of inRange) group(...keyOf(l)).leads.push(l);
  let totalCost = 0;
  if (spendShown) {
    for (const s of sources) {
      if (sourceId && s.id !== sourceId) continue;
      for (const [month, amount] of Object.entries(costs[s.id])) {
        if (month < from.slice(0, 7) || month > today.slice(0, 7)) continue;
        totalCost += amount;
        if (groupBy === 'source') group(s.id, s.name).cost += amount;
        if (groupBy === 'month') group(month, month).cost += amount;
      }
    }
  }
  const attributed = spendShown && (groupBy === 'source' || groupBy === 'month');
  const numbers = (ls, cost, costAttributed) => {
    const converted = ls.filter((l) => l.status === 'converted');
    const per = (n) => (costAttributed && n > 0 ? Math.round(cost / n) : null);
    return {
      leads: ls.length,
      contacted: ls.filter((l) => l.firstContactAt).length,
      qualified: ls.filter((l) => l.status === 'qualified' || l.status === 'converted').length,
      converted: converted.length,
      invalid: ls.filter((l) => l.status === 'invalid').length,
      conversionRate: ls.length ? converted.length / ls.length : 0,
      medianHoursToFirstContact: median(ls.filter((l) => l.firstContactAt).map((l) => (Date.parse(l.firstContactAt) - Date.parse(l.createdAt)) / 3600000)),
      medianDaysToConversion: median(converted.map((l) => (Date.parse(l.convertedAt) - Date.parse(l.createdAt)) / 86400000)),
      cost: costAttributed ? cost : 0,
      costPerLead: per(ls.length),
      costPerConversion: per(converted.length),
      followUps: ls.reduce((s, l) => s + l.followUps, 0),
    };
  };
  const rows = [...groups.values()].map((g) => ({ key: g.key, label: g.label, ...numbers(g.leads, g.cost, attributed) }));
  return { rows, total: numbers(inRange, totalCost, spendShown) };
}

function assertNumbers(actual, wanted, what) {
  for (const [k, v] of Object.entries(wanted)) {
    if (typeof v === 'number' && !Number.isInteger(v)) assert.ok(Math.abs(actual[k] - v) < 1e-9, `${what} ${k}: ${actual[k]} vs ${v}`);
    else assert.equal(actual[k], v, `${what} ${k}`);
  }
}

function assertTable(answer, want, groupBy, what) {
  assert.equal(answer.groupBy, groupBy);
  const byKey = new Map(answer.rows.map((r) => [r.key, r]));
  assert.deepEqual([...byKey.keys()].sort(), want.rows.map((r) => r.key).sort(), `${what}: the groups`);
  for (const w of want.rows) assertNumbers(byKey.get(w.key), w, `${what} row ${w.key || '(none)'}`);
  assertNumbers(answer.total, want.total, `${what} total`);
  if (groupBy === 'month') assert.deepEqual(answer.rows.map((r) => r.key), [...answer.rows.map((r) => r.key)].sort(), 'months in order');
  else for (let i = 1; i < answer.rows.length; i++) assert.ok(answer.rows[i - 1].leads >= answer.rows[i].leads, `${what}: by leads, most first`);
}

const analysis = async (api, query) => assertOk(await api.get(`/api/v1/lead-analysis?${query}`), 200, query);

test('setup: a company of its own, two departments, a manager and three reps, three sources with spend', async () => {
  const anon = client(srv.baseUrl, null);
  assertOk(await anon.post('/api/v1/setup', { code: 'ana', name: '渠道分析测试公司', adminUsername: 'boss', adminPassword: PASSWORD }), 201, 'setup');
  admin = client(srv.baseUrl, await login(srv.baseUrl, 'ana', 'boss', PASSWORD));
  const root = assertOk(await admin.get('/api/v1/departments'), 200).items[0];
  for (const name of ['A', 'B']) depts[name] = assertOk(await admin.post('/api/v1/departments', { name: `部门${name}`, parentId: root.id }), 201, name);
  const roles = assertOk(await admin.get('/api/v1/roles'), 200).items;
  const role = (code) => roles.find((r) => r.code === code).id;
  for (const [key, dept, roleCode, name] of [['manager', 'A', 'manager', '经理甲'], ['r1', 'A', 'rep', '销售一'], ['r2', 'A', 'rep', '销售二'], ['r3', 'B', 'rep', '销售三']]) {
    const u = assertOk(await admin.post('/api/v1/users', { username: key, name, password: PASSWORD, departmentId: depts[dept].id, roleIds: [role(roleCode)] }), 201, key);
    users[key] = { ...u, api: client(srv.baseUrl, await login(srv.baseUrl, 'ana', key, PASSWORD)) };
  }
  today = localDate(new Date().toISOString());
  month0 = today.slice(0, 7);
  monthPrev = shiftMonth(month0, -1);
  monthNext = shiftMonth(month0, 1);
  from = `${monthPrev}-01`;
  const spend = [
    ['展会', { [monthPrev]: 120000, [month0]: 500000, [monthNext]: 777 }],
    ['官网', { [month0]: 300000 }],
    ['广告', { [monthPrev]: 80000 }],
  ];
  costs = {};
  for (const [name, byMonth] of spend) {
    const s = assertOk(await admin.post('/api/v1/lead-sources', { name, costs: Object.entries(byMonth).map(([month, amount]) => ({ month, amount })) }), 201, name);
    sources.push(s);
    costs[s.id] = byMonth;
  }
});

test('thirty leads with their outcomes', async () => {
  const pool = assertOk(await admin.post('/api/v1/pools', { name: '分析线索池', kind: 'lead', admins: [users.manager.id] }), 201, 'pool');
  const owners = [users.r1, users.r2, users.r3, null]; // null: waiting in the pool
  const campaigns = ['春季', '秋季', ''];
  for (let i = 0; i < 30; i++) {
    const owner = owners[i % 4];
    const source = i % 3 < 2 ? sources[i % 3] : null;
    const body = { name: `线索${i}`, company: `分析${i}号${unique()}公司`, mobile: `1350000${String(i).padStart(4, '0')}`, campaign: campaigns[i % 5 % 3], sourceId: source?.id };
    const api = owner ? owner.api : admin;
    const created = assertOk(await api.post('/api/v1/leads', owner ? body : { ...body, poolId: pool.id }), 201, `lead ${i}`);
    // Outcomes: 0 new, 1 one follow-up, 2 follow-up + qualified, 3 follow-up + converted, 4 invalid,
    // 5 two follow-ups + qualified. A lead waiting in the pool is only new or invalid.
    let outcome = i % 6;
    if (!owner && outcome !== 4) outcome = 0;
    let followUps = 0;
    let status = 'new';
    for (let k = 0; k < ({ 1: 1, 2: 1, 3: 1, 5: 2 }[outcome] ?? 0); k++) {
      assertOk(await api.post(`/api/v1/leads/${created.id}/follow-ups`, { type: 'call', text: `第${k + 1}次` }), 201, `follow-up ${i}`);
      followUps++;
      status = 'contacting';
    }
    if (outcome === 2 || outcome === 5) {
      assertOk(await api.post(`/api/v1/leads/${created.id}/status`, { status: 'qualified' }), 200, `qualify ${i}`);
      status = 'qualified';
    }
    if (outcome === 3) {
      assertOk(await api.post(`/api/v1/leads/${created.id}/convert`, {}), 200, `convert ${i}`);
      status = 'converted';
    }
    if (outcome === 4) {
      assertOk(await api.post(`/api/v1/leads/${created.id}/status`, { status: 'invalid', reason: '无效' }), 200, `invalid ${i}`);
      status = 'invalid';
    }
    const d = assertOk(await admin.get(`/api/v1/leads/${created.id}`), 200, `read ${i}`);
    assert.equal(d.status, status, `lead ${i}: the status this test gave it`);
    leads.push({ id: d.id, ownerId: owner?.id ?? null, ownerName: owner?.name ?? '', sourceId: source?.id ?? null,
      sourceName: source?.name ?? '', campaign: body.campaign, status, followUps, createdAt: d.createdAt,
      firstContactAt: d.firstContactAt, convertedAt: d.convertedAt });
  }
  assert.equal(leads.filter((l) => l.status === 'converted').length, 2, 'two converted (leads 9 and 21)');
  assert.ok(leads.every((l) => (l.followUps > 0) === Boolean(l.firstContactAt)), 'first contact is the first follow-up');
});

test('the whole company (administrator): every grouping equals the brute-force count, spend by source and month', async () => {
  for (const groupBy of ['source', 'campaign', 'month', 'owner']) {
    const answer = await analysis(admin, `from=${from}&to=${today}&groupBy=${groupBy}`);
    assert.equal(answer.from, from);
    assert.equal(answer.to, today);
    assertTable(answer, expected({ groupBy, visible: leads, spendShown: true }), groupBy, `admin by ${groupBy}`);
  }
  const bySource = await analysis(admin, `from=${from}&to=${today}`);
  assert.equal(bySource.total.cost, 120000 + 500000 + 300000 + 80000, 'the next month\'s spend is outside the range');
  const ad = bySource.rows.find((r) => r.key === sources[2].id);
  assert.equal(ad.leads, 0, 'a source with spend and no leads has a row');
  assert.equal(ad.costPerLead, null);
  // Default range: this month.
  const thisMonth = await analysis(admin, 'groupBy=month');
  assert.equal(thisMonth.from, `${month0}-01`);
  assert.deepEqual(thisMonth.rows.map((r) => r.key), [month0]);
  assert.equal(thisMonth.total.cost, 500000 + 300000);
});

test('filters: a source, a department, a campaign', async () => {
  const s1 = sources[0].id;
  assertTable(await analysis(admin, `from=${from}&to=${today}&groupBy=month&sourceId=${s1}`),
    expected({ groupBy: 'month', visible: leads.filter((l) => l.sourceId === s1), spendShown: true, sourceId: s1 }), 'month', 'one source');
  const b = leads.filter((l) => l.ownerId === users.r3.id);
  assertTable(await analysis(admin, `from=${from}&to=${today}&groupBy=owner&departmentId=${depts.B.id}`),
    expected({ groupBy: 'owner', visible: b, spendShown: false }), 'owner', 'department B');
  assertTable(await analysis(admin, `from=${from}&to=${today}&groupBy=source&campaign=${encodeURIComponent('春季')}`),
    expected({ groupBy: 'source', visible: leads.filter((l) => l.campaign === '春季'), spendShown: false }), 'source', 'one campaign');
});

test('data scope: a manager sees their department\'s owned leads, a rep their own; neither sees spend or pool leads', async () => {
  const a = leads.filter((l) => l.ownerId === users.r1.id || l.ownerId === users.r2.id);
  assertTable(await analysis(users.manager.api, `from=${from}&to=${today}&groupBy=owner`), expected({ groupBy: 'owner', visible: a, spendShown: false }), 'owner', 'manager');
  const mine = leads.filter((l) => l.ownerId === users.r3.id);
  const rep = await analysis(users.r3.api, `from=${from}&to=${today}`);
  assertTable(rep, expected({ groupBy: 'source', visible: mine, spendShown: false }), 'source', 'rep');
  assert.equal(rep.total.cost, 0);
  assert.ok(rep.rows.every((r) => r.costPerLead === null && r.cost === 0));
});

test('validation and permissions', async () => {
  assertValidation(await admin.get('/api/v1/lead-analysis?groupBy=week'), 'groupBy', 'invalid_value');
  assertValidation(await admin.get(`/api/v1/lead-analysis?from=${today}&to=${from}`), 'to', 'invalid_value');
  assertValidation(await admin.get('/api/v1/lead-analysis?from=2026-13-01'), 'from', 'invalid_value');
  assertValidation(await admin.get('/api/v1/lead-analysis?from=2020-01-01&to=2026-01-01'), 'to', 'invalid_value');
  assertValidation(await admin.get('/api/v1/lead-analysis?sourceId=abc'), 'sourceId', 'invalid_value');
  assertError(await users.r1.api.get('/api/v1/lead-analysis/export'), 403, 'permission.denied', 'a rep exports');
});

test('the .xlsx export: a valid zip whose sheet holds the same numbers (money in yuan); audited', async () => {
  const r = await admin.get(`/api/v1/lead-analysis/export?from=${from}&to=${today}&groupBy=source`, { headers: { 'accept-language': 'en' } });
  assert.equal(r.status, 200, r.text.slice(0, 300));
  assert.equal(r.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.match(r.headers.get('content-disposition'), new RegExp(`^attachment; filename="lead-analysis-${from}-${today}\\.xlsx"$`));
  const files = unzip(r.bytes);
  assert.ok(files.has('[Content_Types].xml') && files.has('xl/workbook.xml'), `an OOXML workbook: ${[...files.keys()]}`);
  const sheet = readSheet(files);
  assert.deepEqual(sheet[0], ['Source', 'Leads', 'Contacted', 'Qualified', 'Converted', 'Invalid', 'Conversion rate',
    'Median hours to first contact', 'Median days to conversion', 'Cost (yuan)', 'Cost per lead (yuan)', 'Cost per conversion (yuan)', 'Follow-ups']);
  const want = expected({ groupBy: 'source', visible: leads, spendShown: true });
  const cells = (w) => [w.leads, w.contacted, w.qualified, w.converted, w.invalid, w.conversionRate, w.medianHoursToFirstContact,
    w.medianDaysToConversion, w.cost / 100, w.costPerLead === null ? null : w.costPerLead / 100, w.costPerConversion === null ? null : w.costPerConversion / 100, w.followUps];
  const body = sheet.slice(1, -1);
  assert.equal(body.length, want.rows.length, 'a row per group');
  for (const w of want.rows) {
    const row = body.find((x) => x[0] === (w.label || '(none)'));
    assert.ok(row, `a row for ${w.label || '(none)'}: ${JSON.stringify(body.map((x) => x[0]))}`);
    cells(w).forEach((v, i) => {
      const got = row[i + 1] ?? null;
      if (v === null) assert.equal(got, null, `${w.label} ${sheet[0][i + 1]}: empty`);
      else assert.ok(Math.abs(got - v) < 1e-9, `${w.label} ${sheet[0][i + 1]}: ${got} vs ${v}`);
    });
  }
  const total = sheet.at(-1);
  assert.equal(total[0], 'Total');
  cells(want.total).forEach((v, i) => assert.ok(v === null ? (total[i + 1] ?? null) === null : Math.abs(total[i + 1] - v) < 1e-9, `total ${sheet[0][i + 1]}`));
  const audit = assertOk(await admin.get('/api/v1/audit-log?limit=20'), 200).items.filter((e) => e.action === 'lead.analysis_export');
  assert.equal(audit.length, 1, 'one audit entry');
  // The manager may export (report.export), within their scope.
  const m = await users.manager.api.get(`/api/v1/lead-analysis/export?from=${from}&to=${today}&groupBy=owner`);
  assert.equal(m.status, 200);
  const managerSheet = readSheet(unzip(m.bytes));
  assert.equal(managerSheet[0][0], '负责人', 'zh-CN by default');
  assert.equal(managerSheet.at(-1)[0], '合计');
  assert.equal(managerSheet.at(-1)[1], leads.filter((l) => l.ownerId === users.r1.id || l.ownerId === users.r2.id).length);
});
