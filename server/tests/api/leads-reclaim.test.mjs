// The lead sweep and reminders (docs/api-leads.md "Reclaim and reminders"). A lead pool with
// "not followed up within 3 days" and a 2-hour unassigned reminder; leads assigned to a rep
// today. Time moves through the sweep's own instant (POST /reclaim/run {at}, which sweeps lead
// pools with the customers; GET /leads/reclaim-preview?at=): the expected day of each reclaim
// and of each reminder is derived here from the rules, in the tenant's zone (Asia/Shanghai).
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, makeUsers, unique, localDate, localInstant, addDays } from './lib/crm.mjs';
import { notificationsOf } from './lib/activity.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });
const HOUR = 3600 * 1000;
const NO_FOLLOW_UP_DAYS = 3;
const UNASSIGNED_HOURS = 2;

let admin;
let rep; // the owner of most leads
let rep2; // the owner of one
let manager; // administers the pool without pool.configure
let pool;
const lead = {}; // name → detail: due, followed, converted, invalid (owned by rep); single (rep2); waiting (in the pool)
let t0; // when the leads were assigned
let day0; // its local date
const runs = []; // instants of every sweep run

const at = (ms) => new Date(ms).toISOString();
async function run(instant) {
  runs.push(Date.parse(instant));
  return assertOk(await admin.post('/api/v1/reclaim/run', { at: instant }), 200, `run at ${instant}`);
}
const byType = async (api, type, objectId) =>
  (await notificationsOf(api)).filter((n) => n.type === type && (!objectId || n.objectId === objectId));

test('setup: a lead pool (no follow-up 3 days, unassigned reminder 2 hours), six leads', async () => {
  admin = await as(srv.baseUrl, 'admin');
  const dir = await directory(admin);
  [rep, rep2] = await makeUsers(admin, srv.baseUrl, { count: 2, departmentId: dir.dep('天津组').id, roleId: dir.role('rep').id, prefix: 'lr' });
  [manager] = await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: dir.dep('天津组').id, roleId: dir.role('manager').id, prefix: 'lm' });
  pool = assertOk(await admin.post('/api/v1/pools', {
    name: `回收线索池${unique()}`, kind: 'lead', admins: [dir.user('admin').id, manager.id],
    members: [{ type: 'user', id: rep.id }, { type: 'user', id: rep2.id }],
    rules: { holdingLimit: 100, noFollowUp: { enabled: true, days: NO_FOLLOW_UP_DAYS }, noDeal: { enabled: false },
      protection: { enabled: false }, unassignedReminderHours: UNASSIGNED_HOURS },
  }), 201, 'pool');
  for (const [i, name] of ['due', 'followed', 'converted', 'invalid', 'single', 'waiting'].entries()) {
    const l = assertOk(await admin.post('/api/v1/leads', { poolId: pool.id, name: `${name}${unique()}`, company: `回收测试${name}${unique()}公司`, mobile: `1370000${String(i).padStart(4, '0')}${i}` }), 201, name);
    if (name !== 'waiting') assertOk(await admin.post(`/api/v1/leads/${l.id}/assign`, { userId: name === 'single' ? rep2.id : rep.id }), 200, `assign ${name}`);
    lead[name] = l;
  }
  assertOk(await rep.api.post(`/api/v1/leads/${lead.followed.id}/follow-ups`, { type: 'call', text: '打过电话' }), 201, 'follow-up');
  assertOk(await admin.post(`/api/v1/leads/${lead.converted.id}/convert`, {}), 200, 'convert');
  assertOk(await rep.api.post(`/api/v1/leads/${lead.invalid.id}/status`, { status: 'invalid', reason: '空号' }), 200, 'invalid');
  const due = assertOk(await admin.get(`/api/v1/leads/${lead.due.id}`), 200);
  t0 = Date.parse(due.assignedAt);
  day0 = localDate(due.assignedAt);
  // The lead's own countdown says what the sweep will do: started on the assignment's date,
  // reclaimed by the sweep of start + days + 1.
  assert.deepEqual({ rule: due.reclaim?.rule, days: due.reclaim?.days, startedOn: due.reclaim?.startedOn, reclaimOn: due.reclaim?.reclaimOn },
    { rule: 'no_follow_up', days: NO_FOLLOW_UP_DAYS, startedOn: day0, reclaimOn: addDays(day0, NO_FOLLOW_UP_DAYS + 1) });
});

test('reminders: unassigned after 2 hours to each pool admin once a day; untouched after a day to the owner once', async () => {
  await run(at(t0 + 1 * HOUR));
  assert.equal((await byType(manager.api, 'lead.unassigned', pool.id)).length, 0, 'not yet 2 hours');
  await run(at(t0 + 3 * HOUR));
  const first = await byType(manager.api, 'lead.unassigned', pool.id);
  assert.equal(first.length, 1, 'one reminder to the manager');
  assert.deepEqual(first[0].params, { pool: pool.name, count: '1', hours: String(UNASSIGNED_HOURS) }, 'only the waiting lead counts');
  assert.equal((await byType(admin, 'lead.unassigned', pool.id)).length, 1, 'and one to the other admin');
  assert.equal((await byType(rep.api, 'lead.untouched')).length, 0, 'not yet a day');
  await run(at(t0 + 3 * HOUR + 10 * 60 * 1000));
  await run(at(t0 + 25 * HOUR));
  await run(at(t0 + 26 * HOUR));
  const untouched = await byType(rep.api, 'lead.untouched');
  assert.deepEqual(untouched.map((n) => n.objectId), [lead.due.id],
    'once, for the lead not followed up (the followed-up, converted and invalid ones get none)');
  assert.equal(untouched[0].params.lead, lead.due.name);
  assert.deepEqual((await byType(rep2.api, 'lead.untouched')).map((n) => n.objectId), [lead.single.id]);
  const days = new Set(runs.filter((r) => r - t0 > UNASSIGNED_HOURS * HOUR).map((r) => localDate(at(r))));
  assert.equal((await byType(manager.api, 'lead.unassigned', pool.id)).length, days.size, `one a local day: ${[...days]}`);
});

test('the dry-run preview: pool admins see their lead pools; a rep may not', async () => {
  const dueDay = addDays(day0, NO_FOLLOW_UP_DAYS + 1);
  const before = assertOk(await manager.api.get(`/api/v1/leads/reclaim-preview?at=${encodeURIComponent(localInstant(addDays(dueDay, -1)))}`), 200);
  assert.ok(!before.items.some((i) => i.leadId === lead.due.id), 'not due the day before');
  const p = assertOk(await manager.api.get(`/api/v1/leads/reclaim-preview?at=${encodeURIComponent(localInstant(dueDay))}`), 200);
  assert.ok(p.items.every((i) => i.poolId === pool.id), 'the manager administers only this lead pool');
  assert.deepEqual(p.items.map((i) => i.leadId).sort(), [lead.due.id, lead.followed.id, lead.single.id].sort(), 'open leads not followed up since before the due day');
  const item = p.items.find((i) => i.leadId === lead.due.id);
  assert.deepEqual(item, { leadId: lead.due.id, leadName: lead.due.name, ownerId: rep.id, ownerName: rep.name, poolId: pool.id,
    poolName: pool.name, rule: 'no_follow_up', days: NO_FOLLOW_UP_DAYS, startedOn: day0, reclaimOn: dueDay });
  assertError(await rep.api.get('/api/v1/leads/reclaim-preview'), 403, 'permission.denied', 'a rep');
  const cli = srv.server.cli(['reclaim', '--at', localInstant(dueDay), '--dry-run', '--tenant', 'demo']);
  assert.match(cli, new RegExp(`lead ${lead.due.id} `), `the CLI's dry run lists the lead:\n${cli}`);
});

test('the sweep reclaims on the due local date, not before; preview = run; a rerun reclaims nothing', async () => {
  const dueDay = addDays(day0, NO_FOLLOW_UP_DAYS + 1);
  await run(localInstant(addDays(dueDay, -1)));
  assert.equal((await admin.get(`/api/v1/leads/${lead.due.id}`)).json.ownerId, rep.id, 'still owned the day before');
  const preview = assertOk(await admin.get(`/api/v1/leads/reclaim-preview?at=${encodeURIComponent(localInstant(dueDay))}`), 200);
  const r = await run(localInstant(dueDay));
  assert.equal(r.leadsReclaimed, preview.items.length, 'the run reclaims what the preview listed');
  assert.equal((await run(localInstant(dueDay))).leadsReclaimed, 0, 'a second run reclaims nothing');
  for (const name of ['due', 'followed', 'single']) {
    const l = assertOk(await admin.get(`/api/v1/leads/${lead[name].id}`), 200);
    assert.equal(l.ownerId, null, `${name}: no owner`);
    assert.equal(l.poolId, pool.id, `${name}: back in its pool`);
  }
  for (const name of ['converted', 'invalid'])
    assert.equal((await admin.get(`/api/v1/leads/${lead[name].id}`)).json.ownerId, rep.id, `${name}: never reclaimed`);
  const history = assertOk(await admin.get(`/api/v1/leads/${lead.due.id}/history`), 200).items;
  const reclaim = history.filter((h) => h.action === 'reclaim');
  assert.equal(reclaim.length, 1);
  assert.equal(reclaim[0].rule, 'no_follow_up');
  assert.equal(reclaim[0].fromUserId, rep.id);
  assert.equal(reclaim[0].poolId, pool.id);
  // One notification per owner: the lead's name for one, the count for several.
  const single = await byType(rep2.api, 'lead.reclaimed');
  assert.deepEqual(single.map((n) => [n.objectId, n.params.lead]), [[lead.single.id, lead.single.name]]);
  const many = await byType(rep.api, 'lead.reclaimed_many');
  assert.deepEqual(many.map((n) => n.params), [{ count: '2' }]);
  assert.equal((await byType(rep.api, 'lead.reclaimed')).length, 0);
  const audit = assertOk(await admin.get('/api/v1/audit-log?limit=100'), 200).items.filter((e) => e.action === 'lead.sweep');
  const details = (e) => (typeof e.details === 'string' ? JSON.parse(e.details) : e.details);
  assert.ok(audit.some((e) => details(e).reclaimed === r.leadsReclaimed && details(e).at === new Date(localInstant(dueDay)).toISOString().replace('.000Z', 'Z')),
    `one audit entry for the sweep that moved leads: ${JSON.stringify(audit)}`);
});
