// Visit plans (docs/api-visits.md): create, list by from/to and status, a check-in at the customer
// on the plan's day marks it done (checkInId), a plan past its day without one is missed, only the
// planner may change or delete it (403 for a manager who sees it, 404 for anyone else), and a plan
// with a reminder that is due produces one visit.plan_due notification (the reminder job runs every
// minute: the one slow wait of the visit suite, at the end of this file).
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, addDays, localDate, localInstant } from './lib/crm.mjs';
import { notificationsOf } from './lib/activity.mjs';
import { checkIn, customerAt, destination, laterToday, plansOf, today, assertPlanShape, CITIES } from './lib/visits.mjs';

// `--sweep-check 0` stops every background job (the visit reminders too), so this file runs the
// scheduler with an hourly reclaim check instead: the reminder job then runs every minute.
const srv = useServer({ customers: 500, sweepCheck: 3600 });
let admin, rep01, rep02, lead, dir;
const cust = {}; // rep01's customers by role in the test
let due; // the plan whose reminder is due: {plan, createdAt}
let notDue;

const planAt = (api, customerId, plannedAt, extra = {}) => api.post('/api/v1/visit-plans', { customerId, plannedAt, ...extra });
const shanghaiHHMM = (iso) => new Date(Date.parse(iso) + 8 * 3600000).toISOString().slice(11, 16);

test('setup: rep01\'s customers; a plan whose reminder is due now, one whose reminder is not', async () => {
  admin = await as(srv.baseUrl, 'admin');
  rep01 = await as(srv.baseUrl, 'rep01');
  rep02 = await as(srv.baseUrl, 'rep02');
  lead = await as(srv.baseUrl, 'bj1.lead');
  dir = await directory(admin);
  let i = 0;
  for (const k of ['today', 'missed', 'edit', 'remind', 'later']) {
    const p = destination(CITIES.beijing.lat, CITIES.beijing.lng, 2000 * ++i, 200);
    cust[k] = await customerAt(rep01, p.lat, p.lng, `计划客户${k}`);
  }
  // Due now: planned in 10 minutes, remind 15 minutes before.
  const plannedAt = new Date(Date.now() + 10 * 60000).toISOString();
  due = { plan: assertOk(await planAt(rep01, cust.remind.id, plannedAt, { remindMinutesBefore: 15, notes: '带上合同' }), 201, 'due plan'), createdAt: Date.now() };
  assert.equal(due.plan.remindMinutesBefore, 15);
  // Not due: planned in 3 hours, remind 30 minutes before.
  notDue = assertOk(await planAt(rep01, cust.later.id, new Date(Date.now() + 3 * 3600000).toISOString(), { remindMinutesBefore: 30 }), 201, 'later plan');
});

test('create a plan for today → 201 VisitPlan; listed by from/to (to exclusive), by plannedAt', async () => {
  const plannedAt = laterToday(30);
  const p = assertOk(await planAt(rep01, cust.today.id, plannedAt, { notes: '介绍新品' }), 201, 'plan today');
  assertPlanShape(p);
  assert.equal(p.userId, dir.user('rep01').id);
  assert.equal(p.userName, dir.user('rep01').name);
  assert.equal(p.customerId, cust.today.id);
  assert.equal(p.customerName, cust.today.name);
  assert.equal(Date.parse(p.plannedAt), Date.parse(plannedAt));
  assert.equal(p.status, 'planned');
  assert.equal(p.checkInId, null);
  assert.equal(p.remindMinutesBefore, null);
  assert.equal(p.notes, '介绍新品');
  cust.todayPlan = p;

  const day = today();
  const from = localInstant(day, 0);
  const to = localInstant(addDays(day, 1), 0);
  const todays = await plansOf(rep01, `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  assert.ok(todays.some((x) => x.id === p.id), 'listed for today');
  for (const x of todays) assert.equal(localDate(x.plannedAt), day, `${x.plannedAt} is today`);
  const sorted = [...todays].sort((a, b) => Date.parse(a.plannedAt) - Date.parse(b.plannedAt));
  assert.deepEqual(todays.map((x) => x.id), sorted.map((x) => x.id), 'by plannedAt');
  const at = Date.parse(p.plannedAt);
  const iso = (ms) => encodeURIComponent(new Date(ms).toISOString());
  assert.ok(!(await plansOf(rep01, `to=${iso(at)}`)).some((x) => x.id === p.id), 'to = plannedAt excludes it');
  assert.ok((await plansOf(rep01, `to=${iso(at + 1)}`)).some((x) => x.id === p.id), 'to = plannedAt + 1 ms includes it');
  assert.ok((await plansOf(rep01, `from=${iso(at)}`)).some((x) => x.id === p.id), 'from = plannedAt includes it');
  assert.ok(!(await plansOf(rep01, `from=${iso(at + 1)}`)).some((x) => x.id === p.id), 'from after it excludes it');
  const tomorrow = await plansOf(rep01, `from=${encodeURIComponent(to)}&to=${encodeURIComponent(localInstant(addDays(day, 2), 0))}`);
  assert.ok(!tomorrow.some((x) => x.id === p.id), 'not tomorrow');
});

test('a check-in at the customer today marks the plan done with checkInId; plans of other days and customers stay', async () => {
  const p = cust.todayPlan;
  const tomorrowPlan = assertOk(await planAt(rep01, cust.today.id, localInstant(addDays(today(), 1), 10)), 201, 'plan tomorrow');
  const otherCustomer = assertOk(await planAt(rep01, cust.edit.id, laterToday(45)), 201, 'plan for another customer');
  const k = assertOk(await checkIn(rep01, { lat: cust.today.lat, lng: cust.today.lng, accuracyM: 10, customerId: cust.today.id }), 201, 'check-in');
  const all = await plansOf(rep01);
  const done = all.find((x) => x.id === p.id);
  assert.equal(done.status, 'done', JSON.stringify(done));
  assert.equal(done.checkInId, k.id);
  assert.equal(all.find((x) => x.id === tomorrowPlan.id).status, 'planned', 'tomorrow\'s plan stays planned');
  assert.equal(all.find((x) => x.id === tomorrowPlan.id).checkInId, null);
  assert.equal(all.find((x) => x.id === otherCustomer.id).status, 'planned', 'another customer\'s plan stays planned');
  assert.ok((await plansOf(rep01, 'status=done')).some((x) => x.id === p.id), 'status=done lists it');
  assert.ok(!(await plansOf(rep01, 'status=planned')).some((x) => x.id === p.id), 'status=planned does not');
  // Someone else's check-in at the customer does not do rep01's plan.
  const p2 = assertOk(await planAt(rep01, cust.edit.id, laterToday(50)), 201);
  assertOk(await checkIn(lead, { lat: cust.edit.lat, lng: cust.edit.lng, accuracyM: 10, customerId: cust.edit.id }), 201, 'the lead checks in');
  assert.equal((await plansOf(rep01)).find((x) => x.id === p2.id).status, 'planned', 'the lead\'s check-in is not rep01\'s visit');
});

test('a plan for today made after today\'s check-in at its customer is done (its day has a check-in at its customer)', async () => {
  const c = await customerAt(rep01, cust.edit.lat + 0.002, cust.edit.lng, '先拜访后计划');
  const k = assertOk(await checkIn(rep01, { lat: c.lat, lng: c.lng, accuracyM: 10, customerId: c.id }), 201, 'check-in first');
  const p = assertOk(await planAt(rep01, c.id, laterToday(20)), 201, 'then the plan');
  const listed = (await plansOf(rep01)).find((x) => x.id === p.id);
  assert.equal(listed.status, 'done', `a plan whose day already has a check-in at its customer can never become missed (${JSON.stringify(listed)})`);
  assert.equal(listed.checkInId, k.id);
});

test('a plan dated yesterday without a check-in is missed', async () => {
  const y = localInstant(addDays(today(), -1), 10);
  const p = assertOk(await planAt(rep01, cust.missed.id, y), 201, 'plan yesterday');
  assert.equal(p.status, 'missed', 'already missed when created');
  const listed = (await plansOf(rep01)).find((x) => x.id === p.id);
  assert.equal(listed.status, 'missed');
  assert.equal(listed.checkInId, null);
  assert.ok((await plansOf(rep01, 'status=missed')).some((x) => x.id === p.id), 'status=missed lists it');
  assert.ok(!(await plansOf(rep01, 'status=planned')).some((x) => x.id === p.id), 'status=planned does not');
  // A check-in today does not rescue yesterday's plan.
  assertOk(await checkIn(rep01, { lat: cust.missed.lat, lng: cust.missed.lng, accuracyM: 10, customerId: cust.missed.id }), 201);
  assert.equal((await plansOf(rep01)).find((x) => x.id === p.id).status, 'missed');
});

test('PATCH / DELETE: the planner may; bj1.lead (sees rep01) → 403; rep02 (does not) → 404; lists follow scope', async () => {
  const p = assertOk(await planAt(rep01, cust.edit.id, localInstant(addDays(today(), 2), 9), { notes: '初稿' }), 201);
  const path = `/api/v1/visit-plans/${p.id}`;
  assertError(await lead.patch(path, { notes: '经理改的' }), 403, 'permission.denied', 'lead PATCH');
  assertError(await lead.del(path), 403, 'permission.denied', 'lead DELETE');
  assertError(await rep02.patch(path, { notes: '同事改的' }), 404, 'not_found', 'rep02 PATCH');
  assertError(await rep02.del(path), 404, 'not_found', 'rep02 DELETE');
  assert.ok((await plansOf(lead)).some((x) => x.id === p.id), 'bj1.lead lists rep01\'s plans');
  assert.ok((await plansOf(lead, `userId=${dir.user('rep01').id}`)).some((x) => x.id === p.id), 'bj1.lead lists them by userId');
  assert.ok(!(await plansOf(rep02)).some((x) => x.userId !== dir.user('rep02').id), 'rep02 lists only own plans');
  assert.equal((await plansOf(rep01)).find((x) => x.id === p.id).notes, '初稿', 'the refusals changed nothing');

  const newAt = localInstant(addDays(today(), 3), 14);
  const changed = assertOk(await rep01.patch(path, { notes: '改期', plannedAt: newAt, remindMinutesBefore: 60 }), 200, 'planner PATCH');
  assert.equal(changed.notes, '改期');
  assert.equal(Date.parse(changed.plannedAt), Date.parse(newAt));
  assert.equal(changed.remindMinutesBefore, 60);
  assert.equal(changed.customerId, cust.edit.id);
  const cleared = assertOk(await rep01.patch(path, { remindMinutesBefore: null }), 200, 'clear the reminder');
  assert.equal(cleared.remindMinutesBefore, null);
  assert.equal(cleared.notes, '改期', 'omitted fields stay');
  assertError(await rep01.patch(path, { customerId: cust.today.id }), 400, 'validation.failed', 'the customer cannot change');
  const del = await rep01.del(path);
  assert.equal(del.status, 204, del.text);
  assert.ok(!(await plansOf(rep01)).some((x) => x.id === p.id), 'gone');
  assertError(await rep01.del(path), 404, 'not_found', 'deleted twice');
  assertError(await rep01.patch(path, { notes: 'x' }), 404, 'not_found', 'PATCH deleted');
});

test('a plan can only be made for a customer the planner may see', async () => {
  const all = (await admin.get('/api/v1/customers?limit=200')).json.items;
  const far = all.find((c) => c.ownerDepartmentName === '广州组');
  assertError(await planAt(rep01, far.id, laterToday(10)), 404, 'not_found', 'another team\'s customer');
});

test('reminder: the due plan produces one visit.plan_due notification within ~70 s; the plan not due yet produces none', async () => {
  const deadline = due.createdAt + 75000;
  let found = [];
  for (;;) {
    found = (await notificationsOf(rep01)).filter((n) => n.type === 'visit.plan_due');
    if (found.length || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const forDue = found.filter((n) => n.objectId === cust.remind.id);
  assert.equal(forDue.length, 1, `one visit.plan_due about the due plan's customer within 75 s (got ${JSON.stringify(found)})`);
  assert.equal(forDue[0].objectType, 'customer');
  assert.ok(forDue[0].title.includes(cust.remind.name), `title names the customer: ${forDue[0].title}`);
  assert.deepEqual(found.filter((n) => n.objectId !== cust.remind.id).map((n) => n.title), [], 'nothing for plans not due');
  assert.equal((await plansOf(rep01)).find((x) => x.id === notDue.id).status, 'planned');
  due.notification = forDue[0];
  // No one else got it.
  const leadGot = (await notificationsOf(lead)).filter((n) => n.type === 'visit.plan_due');
  assert.deepEqual(leadGot, [], 'only the planner is reminded');
});

test('reminder title shows the planned time in the tenant\'s time zone (Asia/Shanghai)', async () => {
  assert.ok(due.notification, 'the reminder arrived (previous test)');
  const local = shanghaiHHMM(due.plan.plannedAt);
  assert.ok(due.notification.title.includes(local),
    `title "${due.notification.title}" shows ${local} (Asia/Shanghai) for plannedAt ${due.plan.plannedAt}, not the UTC ${due.plan.plannedAt.slice(11, 16)}`);
});
