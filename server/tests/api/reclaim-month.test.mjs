// A month of reclaim sweeps (PRODUCT.md §3, api-customers.md "Rules"). Actions (claim, assign,
// lock, unlock, transfer, deal, rule changes) happen at the server's real "now" (day 0 =
// today's date in Asia/Shanghai); sweeps run as of simulated instants, 03:00 local on days
// 1…35 (after the default sweep hour 2) through POST /reclaim/run {at}. Every day: the preview
// at that instant lists exactly what the run reclaims, and a second run reclaims nothing.
// A table of tracked customers says on which day each must be reclaimed (null: never), and is
// compared with what happened at the end.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertOk, makeUsers, createCustomer, pools, allPages, unique, localDate, addDays, daysBetween, localInstant } from './lib/crm.mjs';

const srv = useServer({ sweepCheck: 0 }); // the default 2,000 demo customers per tenant
const DAYS = 35;
let admin;
let dir;
let hb; // 华北公海
let D0; // local date of "now"
const T = {}; // tracked: key → {id, expectedDay, owner (expected owner id while held), homePoolId, note}
const reclaimedOn = new Map(); // customer id → day it appeared in a sweep
const daily = []; // per day {day, previewed, reclaimed, rerun, previewAfter}

const sweepAt = (k) => localInstant(addDays(D0, k), 3);
const dayOf = (date) => daysBetween(D0, date);
const rulesOf = async (poolId) => (await admin.get(`/api/v1/pools/${poolId}`)).json.rules;
const putRules = async (poolId, rules, effectiveAt) => {
  const r = await admin.put(`/api/v1/pools/${poolId}/rules`, effectiveAt ? { rules, effectiveAt } : { rules });
  return assertOk(r, 201, `PUT /pools/${poolId}/rules`);
};
const newPool = async (name) => assertOk(await admin.post('/api/v1/pools', {
  name: `${name}${unique()}`, members: [{ type: 'department', id: dir.dep('华北大区').id }], admins: [dir.user('huabei').id],
}), 201, `POST /pools ${name}`);
const userName = (id) => dir.users.find((u) => u.id === id)?.username;

// The sweep day (relative to D0) that reclaims an owned customer under `rules` (PoolRules of its
// home pool, in effect since the oldest version), from the rules alone: each rule's clock starts
// on the local date of the later of the last follow-up (noFollowUp only) and the moment its owner
// received it (the newest owner-history entry that gave it to them), not before the rules took
// effect; N days → reclaimed by the sweep of start + N + 1. The earliest enabled rule governs.
async function dueDayByRules(c, rules, versions) {
  const history = assertOk(await admin.get(`/api/v1/customers/${c.id}/owner-history`), 200, 'owner history').items;
  const gave = history.find((h) => h.toUserId === c.ownerId);
  const received = localDate(gave?.at ?? c.claimedAt ?? c.createdAt);
  const since = localDate(versions[versions.length - 1].effectiveAt);
  const later = (a, b) => (a > b ? a : b);
  const days = (rule) => rule.daysByLevel?.[c.level] ?? rule.days;
  const dues = [];
  if (rules.noFollowUp.enabled) {
    const start = later(later(received, c.lastFollowUpAt ? localDate(c.lastFollowUpAt) : received), since);
    dues.push(dayOf(addDays(start, days(rules.noFollowUp) + 1)));
  }
  if (rules.noDeal.enabled) dues.push(dayOf(addDays(later(received, since), days(rules.noDeal) + 1)));
  assert.equal(rules.protection.enabled, false, 'the demo pool has no protection rule');
  return Math.min(...dues);
}

function track(key, customer, expectedDay, note) {
  T[key] = { id: customer.id, name: customer.name, expectedDay, owner: customer.ownerId, homePoolId: customer.homePoolId, note };
}

test('setup: tracked customers — claimed, assigned, locked, unlocked, transferred, deal, rule changes', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  hb = (await pools(admin)).byName('华北公海');
  D0 = localDate(new Date().toISOString());
  const [A, B, C, D] = await makeUsers(admin, srv.baseUrl, { count: 4, departmentId: dir.dep('北京一组').id, roleId: dir.role('rep').id, prefix: 'month' });
  const poolCust = async (tag, pool = hb) => createCustomer(admin, { name: `月度${tag}${unique()}有限公司`, poolId: pool.id });
  const claimBy = async (u, c) => assertOk(await u.api.post(`/api/v1/customers/${c.id}/claim`, {}), 200, `claim ${c.name}`);
  const receivedDay = (c) => dayOf(localDate(c.claimedAt ?? c.createdAt));

  // 1. Claimed on day 0 under "no follow-up 15 days": reclaimed by the sweep of day 16, not 15.
  const base = await claimBy(A, await poolCust('领取'));
  assert.equal(base.ownerId, A.id);
  assert.equal(base.homePoolId, hb.id);
  const d = receivedDay(base);
  assert.ok(d === 0 || d === 1, 'claimed today');
  assert.deepEqual({ rule: base.reclaim?.rule, days: base.reclaim?.days, startedOn: base.reclaim?.startedOn, reclaimOn: base.reclaim?.reclaimOn },
    { rule: 'no_follow_up', days: 15, startedOn: addDays(D0, d), reclaimOn: addDays(D0, d + 16) }, `countdown: ${JSON.stringify(base.reclaim)}`);
  track('claimed', base, d + 16, 'claimed day 0, 15 days without follow-up');
  // 2. Assigned by the pool admin.
  const huabei = await as(srv.baseUrl, 'huabei');
  const asg = assertOk(await huabei.post(`/api/v1/customers/${(await poolCust('分配')).id}/assign`, { userId: B.id }), 200, 'assign');
  track('assigned', asg, receivedDay(asg) + 16, 'assigned day 0');
  // 4. Deal customer: exempt.
  const deal = await claimBy(A, await poolCust('成交'));
  const dealed = assertOk(await A.api.patch(`/api/v1/customers/${deal.id}`, { status: 'deal' }), 200, 'mark deal');
  assert.equal(dealed.status, 'deal');
  assert.equal(dealed.reclaim, null, 'a deal customer has no countdown');
  track('deal', dealed, null, 'deal: exempt');

  // Demo customers of 华北 reps due in a few days — by the rules, computed here from the pool's
  // rules, each customer's last follow-up and when its owner received it (owner history). The
  // server's own countdown is only compared with that, never used as the expectation.
  const hbRules = await rulesOf(hb.id);
  const hbVersions = assertOk(await admin.get(`/api/v1/pools/${hb.id}/rules`), 200, 'rule versions').items;
  const owned = await allPages(admin, '/api/v1/customers?sort=name');
  const hbReps = new Set(['rep01', 'rep02', 'rep03', 'rep04', 'rep05', 'rep06', 'rep07'].map((u) => dir.user(u).id));
  const candidates = owned.filter((c) => hbReps.has(c.ownerId) && c.homePoolId === hb.id && !c.locked && c.status !== 'deal');
  const old = [];
  for (const c of candidates) {
    const due = await dueDayByRules(c, hbRules, hbVersions);
    if (due < 1 || due > 4) continue;
    assert.equal(c.reclaim?.reclaimOn, addDays(D0, due), `${c.name}: the server's countdown agrees with the rules`);
    old.push({ ...c, dueDay: due });
    if (old.length >= 40) break;
  }
  // One customer per owner (lock limit, and independent owners).
  const pick = [];
  for (const c of old) if (!pick.some((p) => p.ownerId === c.ownerId)) pick.push(c);
  assert.ok(pick.length >= 6, `demo has 6 华北 reps with a customer due within 4 days (found ${pick.length})`);
  const [oLocked, oUnlockNow, oUnlockLater, oTransfer, oDeal, oUntouched] = pick;
  const ownerApi = async (c) => as(srv.baseUrl, userName(c.ownerId));

  // 5. Untouched demo customer: reclaimed on the day its countdown says.
  track('demoUntouched', oUntouched, oUntouched.dueDay, `demo, due day ${oUntouched.dueDay} by the rules`);
  // 6. Locked all month: never reclaimed.
  const lk = assertOk(await (await ownerApi(oLocked)).post(`/api/v1/customers/${oLocked.id}/lock`, {}), 200, 'lock');
  assert.equal(lk.locked, true);
  assert.equal(lk.reclaim, null);
  track('locked', lk, null, `demo, due day ${oLocked.dueDay}, locked`);
  // 7. Locked and unlocked at once: the clock restarts today → day 16 instead of its old date.
  const o7 = await ownerApi(oUnlockNow);
  assertOk(await o7.post(`/api/v1/customers/${oUnlockNow.id}/lock`, {}), 200, 'lock');
  const un = assertOk(await o7.post(`/api/v1/customers/${oUnlockNow.id}/unlock`, {}), 200, 'unlock');
  const today = dayOf(localDate(new Date().toISOString()));
  assert.equal(un.reclaim?.reclaimOn, addDays(D0, today + 16), `countdown after unlock: ${JSON.stringify(un.reclaim)}`);
  track('unlockedDay0', un, today + 16, `demo, due day ${oUnlockNow.dueDay}, locked+unlocked day 0`);
  // 8. Locked now, unlocked after the sweep of day 10: not reclaimed while locked (its old date
  //    passes), and after the unlock its clock starts at the unlock (real now = day 0) → day 16.
  const lk8 = assertOk(await (await ownerApi(oUnlockLater)).post(`/api/v1/customers/${oUnlockLater.id}/lock`, {}), 200, 'lock');
  track('unlockedAfterDay10', lk8, 16, `demo, due day ${oUnlockLater.dueDay}, locked, unlocked after the day-10 sweep`);
  T.unlockedAfterDay10.ownerName = userName(oUnlockLater.ownerId);
  // 9. Transferred to C today: the clock restarts at the transfer.
  const tr = assertOk(await admin.post(`/api/v1/customers/${oTransfer.id}/transfer`, { userId: C.id }), 200, 'transfer');
  assert.equal(tr.ownerId, C.id);
  track('transferred', tr, dayOf(localDate(new Date().toISOString())) + 16, `demo, due day ${oTransfer.dueDay}, transferred day 0`);
  assert.equal(tr.reclaim?.startedOn, localDate(new Date().toISOString()), 'transfer restarts the clock');
  // 10. Old demo customer becomes a deal: exempt.
  const dl = assertOk(await (await ownerApi(oDeal)).patch(`/api/v1/customers/${oDeal.id}`, { status: 'deal' }), 200, 'deal');
  track('demoDeal', dl, null, `demo, due day ${oDeal.dueDay}, deal`);

  // 11. Rule change effective immediately: pool P1 15 → 5 days after the claim.
  const P1 = await newPool('规则即时变更池');
  const c11 = await claimBy(D, await poolCust('即时变更', P1));
  assert.equal(c11.reclaim?.days, 15);
  const r1 = await rulesOf(P1.id);
  await putRules(P1.id, { ...r1, noFollowUp: { ...r1.noFollowUp, days: 5 } });
  const c11b = (await admin.get(`/api/v1/customers/${c11.id}`)).json;
  assert.equal(c11b.reclaim?.days, 5, `countdown follows the new rule: ${JSON.stringify(c11b.reclaim)}`);
  track('ruleNow5', c11b, receivedDay(c11) + 6, '15→5 days effective now');
  // 12. Rule change effective on day 10 (15 → 5): sweeps 1–9 use 15, day 10 uses 5 → reclaimed on day 10.
  const P2 = await newPool('规则未来变更池');
  const c12 = await claimBy(D, await poolCust('未来变更', P2));
  const r2 = await rulesOf(P2.id);
  await putRules(P2.id, { ...r2, noFollowUp: { ...r2.noFollowUp, days: 5 } }, localInstant(addDays(D0, 10), 0));
  track('ruleDay10to5', c12, 10, '15→5 days effective day 10 00:00');
  // 13. noFollowUp switched off now and on again from day 10: a fresh period from day 10 → day 26
  //     (noDeal 30 days from day 0 would be day 31).
  const P3 = await newPool('规则开关池');
  const c13 = await claimBy(D, await poolCust('开关', P3));
  const r3 = await rulesOf(P3.id);
  await putRules(P3.id, { ...r3, noFollowUp: { ...r3.noFollowUp, enabled: false } });
  await putRules(P3.id, { ...r3, noFollowUp: { ...r3.noFollowUp, enabled: true } }, localInstant(addDays(D0, 10), 0));
  track('ruleOffOn', c13, 26, 'noFollowUp off now, on from day 10 (fresh period)');
  const versions = assertOk(await admin.get(`/api/v1/pools/${P3.id}/rules`), 200, 'rule versions');
  assert.equal(versions.items.length, 3, 'three versions');
  assert.ok(versions.items[0].version > versions.items[1].version, 'newest first');
  // 14. noDeal 30 days, noFollowUp off: reclaimed on day 31 by no_deal.
  const P4 = await newPool('无成交池');
  const r4 = await rulesOf(P4.id);
  await putRules(P4.id, { ...r4, noFollowUp: { ...r4.noFollowUp, enabled: false } });
  const c14 = await claimBy(D, await poolCust('无成交', P4));
  assert.equal(c14.reclaim?.rule, 'no_deal', JSON.stringify(c14.reclaim));
  track('noDeal30', c14, receivedDay(c14) + 31, 'no_deal 30 days');

  Object.assign(T, { _users: { A, B, C, D } });
});

test('35 daily sweeps: preview = run, second run at the same instant reclaims nothing', async () => {
  assert.ok(D0, 'setup ran');
  const tracked = Object.entries(T).filter(([k]) => !k.startsWith('_'));
  for (let k = 1; k <= DAYS; k++) {
    const at = sweepAt(k);
    if (k === 11) {
      // After the sweep of day 10: unlock (the owner, at real now).
      const t = T.unlockedAfterDay10;
      const owner = await as(srv.baseUrl, t.ownerName);
      const before = (await admin.get(`/api/v1/customers/${t.id}`)).json;
      assert.equal(before.ownerId, t.owner, 'still owned after 10 sweeps while locked');
      const u = assertOk(await owner.post(`/api/v1/customers/${t.id}/unlock`, {}), 200, 'unlock');
      assert.equal(u.locked, false);
    }
    const pv = assertOk(await admin.get(`/api/v1/reclaim/preview?at=${encodeURIComponent(at)}`), 200, `preview day ${k}`);
    const ids = pv.items.map((i) => i.customerId);
    assert.equal(new Set(ids).size, ids.length, `day ${k}: preview lists each customer once`);
    const run = assertOk(await admin.post('/api/v1/reclaim/run', { at }), 200, `run day ${k}`);
    const rerun = assertOk(await admin.post('/api/v1/reclaim/run', { at }), 200, `rerun day ${k}`);
    const pvAfter = assertOk(await admin.get(`/api/v1/reclaim/preview?at=${encodeURIComponent(at)}`), 200, `preview again day ${k}`);
    daily.push({ day: k, previewed: ids.length, reclaimed: run.reclaimed, rerun: rerun.reclaimed, previewAfter: pvAfter.items.length });
    for (const item of pv.items) {
      if (!reclaimedOn.has(item.customerId)) reclaimedOn.set(item.customerId, k);
      const t = tracked.find(([, v]) => v.id === item.customerId);
      if (t) {
        assert.ok(dayOf(item.reclaimOn) <= k, `${t[0]}: reclaimOn ${item.reclaimOn} not after the sweep day ${k}`);
        t[1].previewItem = item;
      }
    }
    // The customers the preview named are now in a pool.
    for (const [key, t] of tracked) {
      if (!ids.includes(t.id)) continue;
      const c = (await admin.get(`/api/v1/customers/${t.id}`)).json;
      assert.equal(c.ownerId, null, `${key} reclaimed on day ${k}: no owner`);
      assert.equal(c.poolId, t.homePoolId, `${key} back in its home pool`);
    }
  }
  const bad = daily.filter((d) => d.previewed !== d.reclaimed || d.rerun !== 0 || d.previewAfter !== 0);
  assert.deepEqual(bad, [], 'days where preview ≠ run, or the second run / preview found more');
  assert.ok(daily.reduce((s, d) => s + d.reclaimed, 0) > 20, `the demo data gives the sweeps work: ${JSON.stringify(daily)}`);
});

test('the table: each tracked customer was reclaimed on its expected day (or never), owners as expected', async () => {
  assert.ok(daily.length === DAYS, 'the sweeps ran');
  const rows = [];
  const want = [];
  for (const [key, t] of Object.entries(T)) {
    if (key.startsWith('_')) continue;
    const c = (await admin.get(`/api/v1/customers/${t.id}`)).json;
    const reclaimed = t.expectedDay !== null && t.expectedDay <= DAYS;
    rows.push({ key, day: reclaimedOn.get(t.id) ?? null, owner: c.ownerId, pool: c.poolId });
    want.push({ key, day: reclaimed ? t.expectedDay : null, owner: reclaimed ? null : t.owner, pool: reclaimed ? t.homePoolId : null });
  }
  if (process.env.QT_DEBUG) console.log(JSON.stringify({ rows, daily }));
  assert.deepEqual(rows, want, `notes: ${JSON.stringify(Object.fromEntries(Object.entries(T).filter(([k]) => !k.startsWith('_')).map(([k, v]) => [k, v.note])))}`);
});

test('preview items and owner history name the rule; the previous owner is notified', async () => {
  const t = T.claimed;
  assert.ok(t?.previewItem, 'the claimed customer was in a preview');
  assert.equal(t.previewItem.rule, 'no_follow_up');
  assert.equal(t.previewItem.days, 15);
  assert.equal(t.previewItem.ownerId, t.owner);
  assert.equal(t.previewItem.poolId, hb.id);
  assert.equal(daysBetween(t.previewItem.startedOn, t.previewItem.reclaimOn), 16);
  const h = assertOk(await admin.get(`/api/v1/customers/${t.id}/owner-history`), 200, 'history');
  const e = h.items[0];
  assert.equal(e.action, 'reclaim');
  assert.equal(e.rule, 'no_follow_up');
  assert.equal(e.fromUserId, t.owner);
  assert.equal(e.poolId, hb.id);
  assert.equal(localDate(e.at), addDays(D0, t.expectedDay), `reclaim entry dated at the sweep: ${e.at}`);
  const nd = assertOk(await admin.get(`/api/v1/customers/${T.noDeal30.id}/owner-history`), 200).items[0];
  assert.equal(nd.action, 'reclaim');
  assert.equal(nd.rule, 'no_deal');
  const tr = assertOk(await admin.get(`/api/v1/customers/${T.transferred.id}/owner-history`), 200).items;
  assert.deepEqual(tr.slice(0, 2).map((x) => x.action), ['reclaim', 'transfer']);
  assert.equal(tr[0].fromUserId, T._users.C.id, 'reclaimed from the transferee');
  // The previous owner (A) was told.
  const { A } = T._users;
  const notes = assertOk(await A.api.get('/api/v1/notifications?limit=200'), 200).items;
  const reclaimedNote = notes.filter((n) => n.type === 'customer.reclaimed');
  assert.equal(reclaimedNote.length, 1, `A has one reclaim notification: ${JSON.stringify(notes)}`);
  assert.equal(localDate(reclaimedNote[0].createdAt), addDays(D0, t.expectedDay));
  // Reminders: A was reminded of the claimed customer before its reclaim (daysLeft ≤ 3), once.
  const reminders = notes.filter((n) => n.type !== 'customer.reclaimed' && /reclaim/.test(n.type));
  assert.ok(reminders.length >= 1, `A got a reminder before the reclaim: ${JSON.stringify(notes.map((n) => n.type))}`);
});

test('reclaim/run needs pool.configure; a bad "at" is a 400', async () => {
  const rep = await as(srv.baseUrl, 'rep01');
  const r = await rep.post('/api/v1/reclaim/run', { at: sweepAt(40) });
  assert.equal(r.status, 403, r.text);
  assert.equal(r.json.error.code, 'permission.denied');
  const bad = await admin.post('/api/v1/reclaim/run', { at: 'tomorrow' });
  assert.equal(bad.status, 400, bad.text);
  assert.equal(bad.json.error.code, 'validation.failed');
  assert.ok(bad.json.error.details.fields.some((f) => f.field === 'at'), bad.text);
  const badq = await admin.get('/api/v1/reclaim/preview?at=yesterday');
  assert.equal(badq.status, 400, badq.text);
  assert.ok(badq.json.error.details.fields.some((f) => f.field === 'at'), badq.text);
});

test('CLI dry run (quanke reclaim --dry-run) at day 40 lists what the preview lists and changes nothing', async () => {
  const at = sweepAt(40);
  const pv = assertOk(await admin.get(`/api/v1/reclaim/preview?at=${encodeURIComponent(at)}`), 200);
  const out = srv.server.cli(['reclaim', '--at', at, '--dry-run', '--tenant', 'demo']);
  for (const item of pv.items.slice(0, 20)) assert.ok(out.includes(item.customerName), `dry run names ${item.customerName}:\n${out.slice(0, 2000)}`);
  const pv2 = assertOk(await admin.get(`/api/v1/reclaim/preview?at=${encodeURIComponent(at)}`), 200);
  assert.equal(pv2.items.length, pv.items.length, 'the dry run changed nothing');
});
