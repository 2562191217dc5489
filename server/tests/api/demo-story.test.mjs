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

test('the feed reads in the order things happened: moves and contracts carry their own times', async () => {
  const feed = await allPages(admin, '/api/v1/feed'); // newest first
  assert.ok(feed.length > 1000, `feed items: ${feed.length}`);
  for (let i = 1; i < feed.length; i++) {
    assert.ok(Date.parse(feed[i].createdAt) <= Date.parse(feed[i - 1].createdAt), `item ${i} is newer than the one above it`);
  }
  // Not a wall of one instant at the top (every move and contract of the demo used to be "just now").
  const top = feed.slice(0, 100);
  const perInstant = new Map();
  for (const f of top) perInstant.set(f.createdAt, (perInstant.get(f.createdAt) ?? 0) + 1);
  const sameInstant = Math.max(...perInstant.values());
  assert.ok(sameInstant <= 30, `${sameInstant} of the newest 100 items share one time: ${JSON.stringify(top.map((f) => [f.type, f.createdAt]))}`);
  const moves = feed.filter((f) => f.type === 'opportunity.moved');
  const contracts = feed.filter((f) => f.type === 'contract.activated');
  assert.ok(moves.length > 100 && contracts.length > 20, `${moves.length} moves, ${contracts.length} contracts`);
  assert.ok(new Set(moves.map((f) => f.createdAt)).size > moves.length / 2, 'moves at many different times');
  // A move's time is its stage change's; a contract's is after it was entered, within days.
  for (const f of moves.filter((_, i) => i % Math.ceil(moves.length / 8) === 0)) {
    const history = assertOk(await admin.get(`/api/v1/opportunities/${f.params.opportunityId}/history`)).items;
    const change = history.find((h) => h.fromName === f.params.fromName && h.toName === f.params.toName && h.at === f.createdAt);
    assert.ok(change, `move ${f.params.fromName} → ${f.params.toName} at ${f.createdAt}: ${JSON.stringify(history.map((h) => [h.toName, h.at]))}`);
  }
  for (const f of contracts.filter((_, i) => i % Math.ceil(contracts.length / 8) === 0)) {
    const c = assertOk(await admin.get(`/api/v1/contracts/${f.params.contractId}`));
    const after = Date.parse(f.createdAt) - Date.parse((c.contract ?? c).createdAt);
    assert.ok(after >= 0 && after < 3 * 24 * 3600 * 1000, `contract ${f.params.number}: activated ${after} ms after it was entered`);
  }
});

test('the audit log shows edits with their before/after from a phone and a desktop; 导出记录 holds a written export', async () => {
  const edits = (await allPages(admin, '/api/v1/audit-log?action=customer.update')).filter((e) => e.details.changes?.length);
  assert.ok(edits.length >= 2, `customer edits with changes: ${edits.length}`);
  assert.ok(edits.some((e) => /iPhone/.test(e.client)) && edits.some((e) => /Windows/.test(e.client)), 'a phone and a desktop');
  for (const e of edits) for (const c of e.details.changes) assert.notDeepEqual(c.before, c.after, `${e.id} ${c.field}`);
  const price = (await allPages(admin, '/api/v1/audit-log?action=product.update')).find((e) => e.details.changes?.some((c) => c.field === 'listPriceFen'));
  assert.ok(price, 'a product price change');
  const [before, after] = [price.details.changes[0].before, price.details.changes[0].after];
  assert.equal(after, Math.floor(before / 100) * 110, '+10 % in whole yuan');
  // The queued export is written by the server's runner within seconds of its start.
  let jobs;
  for (let i = 0; i < 100; i++) {
    jobs = assertOk(await admin.get('/api/v1/exports')).items;
    if (jobs.length && jobs.every((j) => j.status === 'done')) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(jobs.length, 1);
  assert.equal(jobs[0].status, 'done');
  const deals = await allPages(admin, '/api/v1/customers?status=deal');
  assert.equal(jobs[0].done, deals.length, 'every deal customer the admin sees');
});
