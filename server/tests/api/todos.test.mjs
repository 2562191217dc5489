// Home to-dos (docs/api-activity.md §Home to-dos): follow-ups due today, overdue, forgotten
// (N days without follow-up), about to be reclaimed (within the pool's 3 reminder days); only the
// caller's own customers; forgottenDays validation.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { as, assertOk, assertValidation, allPages, localDate, addDays } from './lib/crm.mjs';
import { sleep } from './lib/harness.mjs';

const srv = useServer({ reuseDemo: true, customers: { other: 0 }, sweepCheck: 0 });
let rep01, lead;
let mine;
const todos = async (api, q = '') => assertOk(await api.get(`/api/v1/home/todos${q}`), 200, 'todos');
const ids = (list) => list.map((x) => x.customerId);
const SHANGHAI_MS = 8 * 3600 * 1000;

// An instant later today in Asia/Shanghai (between now and local midnight).
async function laterToday() {
  for (;;) {
    const now = Date.now();
    const midnight = Date.parse(`${addDays(localDate(now), 1)}T00:00:00Z`) - SHANGHAI_MS;
    if (midnight - now > 120000) return new Date(now + Math.min(3600000, (midnight - now) / 2)).toISOString();
    await sleep(midnight - now + 1000); // too close to midnight: wait for the next day
  }
}

test('setup', async () => {
  rep01 = await as(srv.baseUrl, 'rep01');
  lead = await as(srv.baseUrl, 'bj1.lead');
  mine = await allPages(rep01, '/api/v1/customers?mine=true');
  const t = await todos(rep01);
  assert.deepEqual(Object.keys(t).sort(), ['followUpsDue', 'forgotten', 'forgottenDays', 'overdue', 'reclaimSoon', 'contractsEnding', 'receivablesDue'].sort());
  assert.equal(t.forgottenDays, 150, 'default forgottenDays');
});

test('demo customers near reclaim are in reclaimSoon with daysLeft ≤ 3, matching the customer\'s reclaim', async () => {
  const t = await todos(rep01);
  const near = mine.filter((c) => c.reclaim && c.reclaim.daysLeft <= 3);
  assert.ok(near.length >= 1, `the demo gives rep01 customers near reclaim: ${JSON.stringify(mine.map((c) => c.reclaim?.daysLeft))}`);
  assert.deepEqual(ids(t.reclaimSoon).sort(), near.map((c) => c.id).sort(), 'exactly the customers within the 3 reminder days');
  for (const x of t.reclaimSoon) {
    const c = mine.find((m) => m.id === x.customerId);
    assert.ok(x.daysLeft <= 3 && x.daysLeft >= 0, `daysLeft ${x.daysLeft}`);
    assert.equal(x.daysLeft, c.reclaim.daysLeft);
    assert.equal(x.rule, c.reclaim.rule);
    assert.equal(x.customerName, c.name);
  }
  // bj1.lead's own to-dos do not list rep01's customers.
  const l = await todos(lead);
  for (const k of ['followUpsDue', 'overdue', 'forgotten', 'reclaimSoon']) {
    assert.ok(!ids(l[k]).some((id) => mine.some((c) => c.id === id)), `bj1.lead ${k} has none of rep01's customers`);
  }
});

test('a follow-up with nextFollowUpAt later today → followUpsDue (not overdue); tomorrow → neither', async () => {
  // (overdue needs a next follow-up time before today that no later follow-up answered: it
  // cannot be made through the API without waiting a day, so it is only checked for absence.)
  const before = await todos(rep01);
  const due = mine.find((c) => !ids(before.followUpsDue).includes(c.id) && !ids(before.overdue).includes(c.id) && !ids(before.reclaimSoon).includes(c.id));
  const next = await laterToday();
  assertOk(await rep01.post(`/api/v1/customers/${due.id}/follow-ups`, { text: '今天晚些再打', nextFollowUpAt: next }), 201);
  const t = await todos(rep01);
  const d = t.followUpsDue.find((x) => x.customerId === due.id);
  assert.ok(d, `followUpsDue lists the customer: ${JSON.stringify(t.followUpsDue)}`);
  assert.equal(Date.parse(d.nextFollowUpAt), Date.parse(next));
  assert.ok(Date.parse(d.lastFollowUpAt) > Date.now() - 60000, 'lastFollowUpAt is the new follow-up');
  assert.equal(d.customerName, due.name);
  assert.ok(!ids(t.overdue).includes(due.id), 'due later today is not overdue');
  const tomorrowCust = mine.find((c) => c.id !== due.id && !ids(t.followUpsDue).includes(c.id) && !ids(t.overdue).includes(c.id));
  const tomorrow = `${addDays(localDate(Date.now()), 1)}T02:00:00Z`; // 10:00 tomorrow in Shanghai
  assertOk(await rep01.post(`/api/v1/customers/${tomorrowCust.id}/follow-ups`, { text: '明天', nextFollowUpAt: tomorrow }), 201);
  const t2 = await todos(rep01);
  assert.ok(!ids(t2.followUpsDue).includes(tomorrowCust.id) && !ids(t2.overdue).includes(tomorrowCust.id), 'tomorrow: not due, not overdue');
  assert.ok(ids(t2.followUpsDue).includes(due.id), 'still due');
  // Another user's to-dos do not list it.
  assert.ok(!ids((await todos(lead)).followUpsDue).includes(due.id));
});

test('a follow-up takes a customer out of reclaimSoon', async () => {
  const t = await todos(rep01);
  const [soon] = t.reclaimSoon;
  assert.ok(soon);
  assertOk(await rep01.post(`/api/v1/customers/${soon.customerId}/follow-ups`, { text: '赶在回收前跟进', type: 'call' }), 201);
  const after = await todos(rep01);
  const still = after.reclaimSoon.find((x) => x.customerId === soon.customerId);
  assert.ok(!still || still.rule !== 'no_follow_up', `no longer about to be reclaimed for lack of follow-up: ${JSON.stringify(still)}`);
});

test('forgottenDays=N lists own customers without a follow-up for N days', async () => {
  const now = Date.now();
  const fresh = await allPages(rep01, '/api/v1/customers?mine=true');
  const t = await todos(rep01, '?forgottenDays=10');
  assert.equal(t.forgottenDays, 10);
  const old = fresh.filter((c) => c.lastFollowUpAt && now - Date.parse(c.lastFollowUpAt) > 11 * 86400000);
  const recent = fresh.filter((c) => c.lastFollowUpAt && now - Date.parse(c.lastFollowUpAt) < 9 * 86400000);
  assert.ok(old.length >= 1, `some demo customer of rep01 has no follow-up for > 11 days: ${fresh.map((c) => c.lastFollowUpAt)}`);
  for (const c of old) assert.ok(ids(t.forgotten).includes(c.id), `${c.name} (last ${c.lastFollowUpAt}) is forgotten`);
  for (const c of recent) assert.ok(!ids(t.forgotten).includes(c.id), `${c.name} (last ${c.lastFollowUpAt}) is not`);
  assert.deepEqual((await todos(rep01, '?forgottenDays=3650')).forgotten, [], 'nobody is forgotten for 10 years');
});

test('forgottenDays that is not a positive whole number → 400 validation.failed naming forgottenDays', async () => {
  for (const v of ['abc', '0', '-1', '1.5', '10x', '99999999999999999999', '%20']) {
    assertValidation(await rep01.get(`/api/v1/home/todos?forgottenDays=${v}`), 'forgottenDays', undefined, `forgottenDays=${v}`);
  }
});
