// The opportunity funnel, forecast and export routes (docs/api-opportunities.md "Funnel,
// forecast, stale") over HTTP, in a company of its own (POST /setup) that has no sales process
// and no opportunity yet: the answers are empty but complete, with their drill-down queries; bad
// dates and months are refused field by field; an unknown process is 404; report.view and
// report.export are required; the export is a two-sheet workbook and is audited. The numbers over
// real opportunities are compared with a brute-force count in deal_analysis_test.cc.
import assert from 'node:assert/strict';
import { useServer, test, client, login } from './lib/harness.mjs';
import { assertError, assertOk, assertValidation, localDate, unique } from './lib/crm.mjs';
import { readSheet, unzip } from './lib/xlsx.mjs';

const srv = useServer({ tenants: [], sweepCheck: 0 });
const PASSWORD = 'funnel-pass-1';
let admin;
let rep; // role rep: report.view, not report.export
let viewer; // opportunity.view only
let dept;
let year;
let thisMonth;

function shiftMonth(month, by) {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return d.toISOString().slice(0, 7);
}

test('setup: a company of its own with a rep and a user without reports', async () => {
  const anon = client(srv.baseUrl, null);
  const code = `df${unique().slice(-6)}`;
  assertOk(await anon.post('/api/v1/setup', { code, name: '漏斗测试公司', adminUsername: 'boss', adminPassword: PASSWORD }), 201, 'setup');
  admin = client(srv.baseUrl, await login(srv.baseUrl, code, 'boss', PASSWORD));
  dept = assertOk(await admin.get('/api/v1/departments'), 200).items[0];
  const roles = assertOk(await admin.get('/api/v1/roles'), 200).items;
  const noReports = assertOk(await admin.post('/api/v1/roles', { name: '只看商机', dataScope: 'all', permissions: ['opportunity.view'] }), 201);
  const make = async (username, roleId) => {
    const u = assertOk(await admin.post('/api/v1/users', { username, name: username, password: PASSWORD, departmentId: dept.id, roleIds: [roleId] }), 201, username);
    return { ...u, api: client(srv.baseUrl, await login(srv.baseUrl, code, username, PASSWORD)) };
  };
  rep = await make('rep1', roles.find((r) => r.code === 'rep').id);
  viewer = await make('viewer', noReports.id);
  const today = localDate(new Date().toISOString());
  year = today.slice(0, 4);
  thisMonth = today.slice(0, 7);
});

test('funnel of a company without processes: empty, this year by default, queries carry the filters', async () => {
  const f = assertOk(await admin.get('/api/v1/opportunities/funnel'), 200);
  const dates = `createdFrom=${year}-01-01&createdTo=${year}-12-31`;
  assert.deepEqual(f, {
    processId: null,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    stages: [],
    won: { count: 0, amountFen: 0, query: `status=won&${dates}` },
    lost: { count: 0, amountFen: 0, query: `status=lost&${dates}`, reasons: [] },
    invalid: { count: 0, amountFen: 0, query: `status=invalid&${dates}` },
    winRateBp: null,
  });
  const g = assertOk(await rep.api.get(`/api/v1/opportunities/funnel?from=2025-03-01&to=2025-04-30&departmentId=${dept.id}&ownerId=${rep.id}`), 200);
  assert.equal(g.from, '2025-03-01');
  assert.equal(g.to, '2025-04-30');
  assert.equal(g.won.query, `status=won&createdFrom=2025-03-01&createdTo=2025-04-30&departmentId=${dept.id}&ownerId=${rep.id}`);
  // Only one end given: the year of the other.
  assert.equal(assertOk(await admin.get('/api/v1/opportunities/funnel?from=2024-05-06'), 200).to, '2024-12-31');
  assert.equal(assertOk(await admin.get('/api/v1/opportunities/funnel?to=2024-05-06'), 200).from, '2024-01-01');
});

test('forecast: this month and the next five by default, zeros, and up to 24 months', async () => {
  const f = assertOk(await admin.get('/api/v1/opportunities/forecast'), 200);
  const months = [0, 1, 2, 3, 4, 5].map((i) => shiftMonth(thisMonth, i));
  assert.deepEqual(f.months, months.map((month) => ({
    month, count: 0, amountFen: 0, weightedFen: 0, commitFen: 0, bestCaseFen: 0, wonFen: 0,
    query: `status=open&closeMonth=${month}`, wonQuery: `status=won&closedMonth=${month}`,
  })));
  const long = assertOk(await rep.api.get(`/api/v1/opportunities/forecast?from=2026-01&to=2027-12&ownerId=${rep.id}`), 200);
  assert.equal(long.months.length, 24);
  assert.equal(long.months[23].month, '2027-12');
  assert.equal(long.months[0].query, `status=open&closeMonth=2026-01&ownerId=${rep.id}`);
  assert.equal(assertOk(await admin.get('/api/v1/opportunities/forecast?from=2027-02'), 200).months.at(-1).month, '2027-07');
});

test('bad dates, months and ids are validation.failed on their field; an unknown process is 404', async () => {
  assertValidation(await admin.get('/api/v1/opportunities/funnel?from=2026-13-01'), 'from', 'invalid_value');
  assertValidation(await admin.get('/api/v1/opportunities/funnel?from=2026-05-02&to=2026-05-01'), 'to', 'invalid_value');
  assertValidation(await admin.get('/api/v1/opportunities/funnel?processId=abc'), 'processId', 'invalid_value');
  assertValidation(await admin.get('/api/v1/opportunities/funnel?departmentId=x1'), 'departmentId', 'invalid_value');
  assertValidation(await admin.get('/api/v1/opportunities/forecast?from=2026-1'), 'from', 'invalid_value');
  assertValidation(await admin.get('/api/v1/opportunities/forecast?to=2026-13'), 'to', 'invalid_value');
  assertValidation(await admin.get('/api/v1/opportunities/forecast?from=2026-01&to=2028-01'), 'to', 'invalid_value'); // 25 months
  assertValidation(await admin.get('/api/v1/opportunities/forecast?from=2026-05&to=2026-04'), 'to', 'invalid_value');
  assertValidation(await admin.get('/api/v1/opportunities/forecast?ownerId=-'), 'ownerId', 'invalid_value');
  assertValidation(await admin.get('/api/v1/opportunities/funnel/export?to=2026-02-30'), 'to', 'invalid_value');
  // No process of this tenant has the id (another tenant's is answered the same way).
  assertError(await admin.get('/api/v1/opportunities/funnel?processId=123456789'), 404, 'not_found');
  assertError(await admin.get('/api/v1/opportunities/forecast?processId=123456789'), 404, 'not_found');
  assertError(await admin.get('/api/v1/opportunities/funnel/export?processId=123456789'), 404, 'not_found');
});

test('report.view for the funnel and the forecast, report.export for the export', async () => {
  assertError(await viewer.api.get('/api/v1/opportunities/funnel'), 403, 'permission.denied');
  assertError(await viewer.api.get('/api/v1/opportunities/forecast'), 403, 'permission.denied');
  assertError(await viewer.api.get('/api/v1/opportunities/funnel/export'), 403, 'permission.denied');
  assertError(await rep.api.get('/api/v1/opportunities/funnel/export'), 403, 'permission.denied');
});

test('the export: a workbook with the funnel and forecast sheets, audited', async () => {
  const r = await admin.get('/api/v1/opportunities/funnel/export?from=2026-01-01&to=2026-06-30');
  assert.equal(r.status, 200, r.text.slice(0, 300));
  assert.equal(r.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.equal(r.headers.get('content-disposition'), 'attachment; filename="opportunity-funnel-2026-01-01-2026-06-30.xlsx"');
  const files = unzip(r.bytes);
  const workbook = files.get('xl/workbook.xml').toString('utf8');
  assert.deepEqual([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]), ['销售漏斗', '销售预测']);
  const funnel = readSheet(files, 1);
  assert.equal(funnel[0][0], '阶段');
  assert.deepEqual(funnel.slice(1, 4).map((row) => [row[0], row[2], row[3]]), [['赢单', 0, 0], ['输单', 0, 0], ['无效', 0, 0]]);
  const forecast = readSheet(files, 2);
  assert.equal(forecast[0][0], '月份');
  assert.deepEqual(forecast.slice(1).map((row) => row[0]), [0, 1, 2, 3, 4, 5].map((i) => shiftMonth(thisMonth, i)));
  assert.ok(forecast.slice(1).every((row) => row.slice(1).every((v) => v === 0)), 'a forecast of zeros');
  const en = await admin.get('/api/v1/opportunities/funnel/export', { headers: { 'accept-language': 'en' } });
  assert.equal(en.status, 200);
  assert.deepEqual([...unzip(en.bytes).get('xl/workbook.xml').toString('utf8').matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]), ['Funnel', 'Forecast']);
  const audit = assertOk(await admin.get('/api/v1/audit-log?limit=20'), 200).items.filter((e) => e.action === 'opportunity.funnel_export');
  assert.equal(audit.length, 2);
  assert.ok(audit.some((e) => JSON.stringify(e.details).includes('2026-06-30')), JSON.stringify(audit));
});
