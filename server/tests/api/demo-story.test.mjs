// The demo company tells a full story (issue 11): every page of `make run` shows something —
// check-ins (some suspicious), visit plans done, missed and upcoming, work logs with read
// receipts, robots with a delivery log — and every customer's "last follow-up" is a follow-up
// one can read, also one written by an earlier owner: a customer picked up from the pool brings
// its history along.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { as, assertOk, allPages, localDate, addDays } from './lib/crm.mjs';

const srv = useServer({ tenants: ['demo'], sweepCheck: 0, activity: true });
let admin;

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
});

test('check-ins of the last week, some of them suspicious', async () => {
  const all = await allPages(admin, '/api/v1/check-ins');
  assert.ok(all.length >= 20, `check-ins: ${all.length}`);
  const reasons = new Set(all.flatMap((k) => k.reasons.map((r) => r.code)));
  for (const code of ['far_from_customer', 'poor_accuracy', 'mock_location']) assert.ok(reasons.has(code), `a ${code} check-in`);
  assert.ok(all.some((k) => k.score === 'verified'));
  const week = Date.now() - 8 * 24 * 3600 * 1000;
  assert.ok(all.every((k) => Date.parse(k.at) > week && Date.parse(k.at) <= Date.now()), 'all within the last week');
});

test('visit plans: done, missed and upcoming', async () => {
  const from = new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString();
  const to = new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString();
  const plans = assertOk(await admin.get(`/api/v1/visit-plans?from=${from}&to=${to}`)).items;
  const by = (s) => plans.filter((p) => p.status === s);
  assert.ok(by('done').length > 0 && by('missed').length > 0, JSON.stringify(plans.map((p) => p.status)));
  const upcoming = by('planned').filter((p) => Date.parse(p.plannedAt) > Date.now());
  assert.ok(upcoming.length > 0, 'upcoming plans');
});

test('work logs with read receipts; someone has not submitted', async () => {
  const lead = await as(srv.baseUrl, 'bj1.lead');
  const logs = await allPages(lead, '/api/v1/work-logs');
  assert.ok(logs.length >= 6, `logs: ${logs.length}`);
  const rep01 = await as(srv.baseUrl, 'rep01');
  const mine = await allPages(rep01, '/api/v1/work-logs?authorId=' + logs.find((l) => l.authorName === '马超').authorId);
  const detail = assertOk(await rep01.get(`/api/v1/work-logs/${mine[0].id}`));
  assert.ok(detail.readers.some((r) => r.name === '张伟'), `bj1.lead read it: ${JSON.stringify(detail.readers)}`);
  assert.ok(detail.stats.visits > 0, 'the log counts the day\'s visits');
  // rep03 (朱婷) skipped yesterday's log.
  const yesterday = addDays(localDate(new Date().toISOString()), -1);
  const missing = assertOk(await lead.get(`/api/v1/work-logs/missing?date=${yesterday}`)).items.map((u) => u.name);
  assert.ok(missing.includes('朱婷') && !missing.includes('马超'), JSON.stringify(missing));
});

test('robots with a delivery log: one delivered, one refused by the robot; both switched off', async () => {
  const hooks = assertOk(await admin.get('/api/v1/webhooks')).items;
  const byKind = Object.fromEntries(hooks.map((h) => [h.kind, h]));
  assert.ok(byKind.wecom && byKind.dingtalk, JSON.stringify(hooks));
  assert.ok(hooks.every((h) => !h.enabled), 'a demo server posts nothing to the internet');
  const [ok] = assertOk(await admin.get(`/api/v1/webhooks/${byKind.wecom.id}/deliveries`)).items;
  assert.equal(ok.status, 'delivered');
  const [bad] = assertOk(await admin.get(`/api/v1/webhooks/${byKind.dingtalk.id}/deliveries`)).items;
  assert.equal(bad.status, 'failed');
  assert.match(bad.lastError, /310000/);
  assert.equal(assertOk(await admin.get('/api/v1/settings/notifications')).publicBaseUrl, 'http://127.0.0.1:8080');
});

test('every last follow-up is a follow-up one can read; a claimed pool customer shows its earlier owner\'s', async () => {
  const customers = await allPages(admin, '/api/v1/customers?fields=lastFollowUpAt,name', { max: 20 });
  const pool = await allPages(admin, '/api/v1/customers?inPool=true&fields=lastFollowUpAt,name,previousOwnerName,timesReclaimed', { max: 20 });
  let checked = 0;
  for (const c of [...customers.slice(0, 60), ...pool.slice(0, 60)]) {
    const fus = assertOk(await admin.get(`/api/v1/customers/${c.id}/follow-ups?limit=1`)).items;
    if (c.lastFollowUpAt === null) {
      assert.equal(fus.length, 0, `${c.name}: no last follow-up, no follow-ups`);
    } else {
      assert.equal(fus[0]?.createdAt, c.lastFollowUpAt, `${c.name}: the newest follow-up is the last follow-up`);
      checked++;
    }
  }
  assert.ok(checked > 40, `customers with follow-ups checked: ${checked}`);
  // A rep claims a pool customer that an earlier owner worked, and reads that owner's notes.
  const rep = await as(srv.baseUrl, 'rep02');
  const inMyPool = await allPages(rep, '/api/v1/customers?inPool=true&fields=previousOwnerName,lastFollowUpAt,name', { max: 5 });
  const worked = inMyPool.find((c) => c.previousOwnerName && c.lastFollowUpAt);
  assert.ok(worked, 'a pool customer with an earlier owner and follow-ups');
  const claimed = assertOk(await rep.post(`/api/v1/customers/${worked.id}/claim`, {}));
  const timeline = assertOk(await rep.get(`/api/v1/customers/${worked.id}/follow-ups`)).items;
  assert.ok(timeline.length > 0, 'the timeline is not empty');
  assert.ok(timeline.every((f) => f.authorName !== '胡军'), 'written by the earlier owner, not by the new one');
  assert.equal(timeline[0].createdAt, claimed.lastFollowUpAt);
});

test('approvals: the demo managers have something to approve, and every ending is there', async () => {
  for (const manager of ['huabei', 'huadong', 'bj1.lead', 'sh1.lead']) {
    const api = await as(srv.baseUrl, manager);
    const pending = assertOk(await api.get('/api/v1/approvals?box=pending'));
    assert.ok(pending.total > 0, `${manager}'s inbox`);
    assert.equal(assertOk(await api.get('/api/v1/approvals/counts')).pending, pending.total);
    for (const a of pending.items) assert.ok(a.waitingOn.some((w) => w.name) && a.status === 'pending', JSON.stringify(a));
  }
  const flows = assertOk(await admin.get('/api/v1/approval-flows')).items;
  for (const type of ['contract', 'discount', 'receipt', 'expense', 'leave']) assert.ok(flows.some((f) => f.subjectType === type), `a ${type} flow`);
  const statuses = new Set();
  for (const who of ['rep01', 'rep03', 'rep05', 'rep11', 'rep12']) {
    const api = await as(srv.baseUrl, who);
    for (const a of assertOk(await api.get('/api/v1/approvals?box=mine')).items) statuses.add(a.status);
  }
  assert.deepEqual([...statuses].sort(), ['approved', 'pending', 'rejected', 'returned', 'withdrawn']);
});

test('the recycle bin holds what was deleted lately: customers, a lead and a product, by the admin, restorable', async () => {
  const bin = assertOk(await admin.get('/api/v1/recycle-bin?limit=50'));
  const kinds = new Set(bin.items.map((x) => x.kind));
  for (const kind of ['customer', 'lead', 'product']) assert.ok(kinds.has(kind), `a deleted ${kind}`);
  const now = Date.now();
  for (const x of bin.items) {
    assert.equal(x.deletedBy?.name, '系统管理员', `${x.title}: deleted by the admin`);
    assert.ok(Date.parse(x.deletedAt) < now && Date.parse(x.purgeAt) > now, `${x.title}: within the 90 days`);
  }
  const times = bin.items.map((x) => Date.parse(x.deletedAt));
  assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest deletion first');
});
