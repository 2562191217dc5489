// Work logs (日报/周报/月报, PRODUCT.md §4): statistics filled in for the period, one log per
// author and period, read receipts, data scope, who has not submitted, comments via the feed.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation } from './lib/crm.mjs';

const srv = useServer({ customers: 200, sweepCheck: 0 });
let rep01;
let rep04;
let lead;
let other;
let dir;

test('setup', async () => {
  rep01 = await as(srv.baseUrl, 'rep01');
  rep04 = await as(srv.baseUrl, 'rep04');
  lead = await as(srv.baseUrl, 'bj1.lead');
  other = await as(srv.baseUrl, 'admin', 'other');
  const admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  for (const n of [1, 2]) {
    assertOk(await admin.post('/api/v1/customers', { name: `日报测试客户${n}${Date.now()}有限公司`, ownerId: dir.user('rep01').id }), 201);
  }
});

test('the daily draft counts the follow-ups written today', async () => {
  const before = assertOk(await rep01.get('/api/v1/work-logs/draft?kind=daily'));
  assert.equal(before.id, null);
  assert.equal(before.periodStart, before.periodEnd);
  const mine = assertOk(await rep01.get('/api/v1/customers?mine=true&limit=2')).items;
  assert.ok(mine.length >= 1, 'rep01 holds customers in the demo');
  for (const c of mine) assertOk(await rep01.post(`/api/v1/customers/${c.id}/follow-ups`, { text: '日报统计测试', type: 'visit' }), 201);
  const after = assertOk(await rep01.get('/api/v1/work-logs/draft?kind=daily'));
  assert.equal(after.stats.followUps, before.stats.followUps + mine.length);
  assert.equal(after.stats.visits, before.stats.visits + mine.length);
  const week = assertOk(await rep01.get('/api/v1/work-logs/draft?kind=weekly'));
  const start = new Date(`${week.periodStart}T00:00:00Z`);
  assert.equal(start.getUTCDay(), 1, 'a week starts on Monday');
  assert.ok(week.stats.followUps >= after.stats.followUps);
});

let logId;
test('submitting twice keeps one log per period; a manager reading it leaves a receipt', async () => {
  const first = assertOk(await rep01.post('/api/v1/work-logs', { kind: 'daily', summary: '拜访两家客户', plan: '明天报价' }), 201);
  logId = first.id;
  assert.ok(first.stats.followUps >= 2);
  const again = assertOk(await rep01.post('/api/v1/work-logs', { kind: 'daily', summary: '拜访两家客户（补充）' }), 201);
  assert.equal(again.id, first.id, 'the same period updates the same log');
  assert.equal(again.summary, '拜访两家客户（补充）');
  const seen = assertOk(await lead.get(`/api/v1/work-logs/${logId}`));
  assert.equal(seen.readCount, 1);
  assert.deepEqual(seen.readers.map((r) => r.name), ['张伟']);
  const byAuthor = assertOk(await rep01.get(`/api/v1/work-logs/${logId}`));
  assert.equal(byAuthor.readCount, 1, 'the author opening it is not a receipt');
});

test('scope: the manager lists it, another team and another tenant do not see it', async () => {
  const list = assertOk(await lead.get('/api/v1/work-logs?kind=daily'));
  assert.ok(list.items.some((w) => w.id === logId));
  assertError(await rep04.get(`/api/v1/work-logs/${logId}`), 404, 'not_found');
  assertError(await other.get(`/api/v1/work-logs/${logId}`), 404, 'not_found');
  const theirs = assertOk(await rep04.get('/api/v1/work-logs'));
  assert.ok(!theirs.items.some((w) => w.id === logId));
});

test('who has not submitted today: rep01 is not listed, rep02 and rep03 are', async () => {
  const missing = assertOk(await lead.get('/api/v1/work-logs/missing'));
  const names = missing.items.map((u) => u.id);
  assert.ok(!names.includes(dir.user('rep01').id));
  assert.ok(names.includes(dir.user('rep02').id));
  assert.ok(names.includes(dir.user('rep03').id));
  assert.ok(!names.includes(dir.user('rep04').id), 'rep04 is outside bj1.lead\'s scope');
});

test('the log is a feed item the manager can comment on, which notifies the author once', async () => {
  const log = assertOk(await rep01.get(`/api/v1/work-logs/${logId}`));
  // The item holds the summary as first submitted and the kind and period as parameters; the
  // reader's language phrases the label (no Chinese assembled by the server).
  const item = assertOk(await lead.get(`/api/v1/feed/${log.feedItemId}`));
  assert.equal(item.type, 'worklog');
  assert.equal(item.text, '拜访两家客户');
  assert.deepEqual(item.params, { kind: log.kind, period: log.periodStart });
  const before = assertOk(await rep01.get('/api/v1/notifications/unread-count')).count;
  assertOk(await lead.post(`/api/v1/feed/${log.feedItemId}/comments`, { text: '很好，继续' }), 201);
  const after = assertOk(await rep01.get('/api/v1/notifications/unread-count')).count;
  assert.equal(after, before + 1);
});

test('bad input', async () => {
  assertValidation(await rep01.post('/api/v1/work-logs', { kind: 'yearly', summary: 'x' }), 'kind', 'invalid_value');
  assertValidation(await rep01.post('/api/v1/work-logs', { kind: 'daily' }), 'summary', 'required');
  assertValidation(await rep01.post('/api/v1/work-logs', { kind: 'daily', summary: 'x', date: '2099-01-01' }), 'date', 'invalid_value');
  assertValidation(await rep01.post('/api/v1/work-logs', { kind: 'daily', summary: 'x', customerIds: ['1'] }), 'customerIds', 'invalid_value');
  assertValidation(await rep01.post('/api/v1/work-logs', { kind: 'daily', summary: 5 }), 'summary', 'wrong_type');
  assertError(await rep01.post('/api/v1/work-logs', undefined, { rawBody: '{' }), 400, 'validation.malformed_json');
  assertValidation(await rep01.get('/api/v1/work-logs/draft?date=yesterday'), 'date', 'invalid_value');
  assertValidation(await rep01.get('/api/v1/work-logs?kind=x'), 'kind', 'invalid_value');
  assertError(await rep01.get('/api/v1/work-logs/abc'), 404, 'not_found');
});
