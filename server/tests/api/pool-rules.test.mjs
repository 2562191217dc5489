// Pool rules and refusals, one at a time: holding limit, daily claim limit, cooldown, membership,
// claiming an owned customer, lock limit, release reason, transfer scope, assign by a pool admin.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, makeUsers, createCustomer, pools, allPages, unique, localDate, addDays } from './lib/crm.mjs';

const srv = useServer({ customers: 200, sweepCheck: 0 });
let admin;
let dir;
let hb; // 华北公海
const fresh = async (prefix, dep = '北京一组') =>
  (await makeUsers(admin, srv.baseUrl, { count: 1, departmentId: dir.dep(dep).id, roleId: dir.role('rep').id, prefix }))[0];
const poolCustomer = async (tag, pool = hb) => createCustomer(admin, { name: `${tag}${unique()}有限公司`, poolId: pool.id });
const claim = (u, id) => u.api.post(`/api/v1/customers/${id}/claim`, {});

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  hb = (await pools(admin)).byName('华北公海');
  assert.ok(hb);
});

test('holding limit: the 21st customer → 409 pool.limit_reached {limit: 20, held: 20}; deal customers do not count', async () => {
  const u = await fresh('hold');
  for (let i = 0; i < 20; i++) await createCustomer(admin, { name: `持有${i}号${unique()}有限公司`, ownerId: u.id });
  const c = await poolCustomer('持有上限目标');
  const r = await claim(u, c.id);
  assertError(r, 409, 'pool.limit_reached', 'claim at 20 held');
  assert.equal(r.json.error.details?.limit, 20, r.text);
  assert.equal(r.json.error.details?.held, 20, r.text);
  assert.equal((await admin.get(`/api/v1/customers/${c.id}`)).json.poolId, hb.id, 'still in the pool');
  // One of u's customers becomes a deal: it no longer counts (countDealCustomers: false).
  const mine = await allPages(u.api, '/api/v1/customers?mine=true');
  assert.equal(mine.length, 20);
  assertOk(await u.api.patch(`/api/v1/customers/${mine[0].id}`, { status: 'deal' }), 200, 'mark deal');
  const again = await claim(u, c.id);
  assertOk(again, 200, 'claim after a deal freed a place');
  assert.equal(again.json.ownerId, u.id);
  const third = await claim(u, (await poolCustomer('持有上限再领')).id);
  assertError(third, 409, 'pool.limit_reached', 'full again (20 non-deal)');
  assert.equal(third.json.error.details?.held, 20, third.text);
});

test('daily claim limit: 5 claims a day, the 6th → 409 pool.daily_claim_limit {limit: 5}, also after releasing', async () => {
  const u = await fresh('day');
  const ids = [];
  for (let i = 0; i < 6; i++) ids.push((await poolCustomer(`每日上限${i}号`)).id);
  for (let i = 0; i < 5; i++) assertOk(await claim(u, ids[i]), 200, `claim ${i + 1}`);
  // Releasing one frees a holding place, not a claim of the day.
  assertOk(await u.api.post(`/api/v1/customers/${ids[0]}/release`, { reason: '测试退回' }), 200, 'release');
  const r = await claim(u, ids[5]);
  assertError(r, 409, 'pool.daily_claim_limit', '6th claim');
  assert.equal(r.json.error.details?.limit, 5, r.text);
});

test('cooldown: the previous owner cannot claim back for 30 days → 409 pool.cooldown {until}; someone else can', async () => {
  const u = await fresh('cool');
  const v = await fresh('cool2');
  const c = await poolCustomer('冷却期');
  const claimed = assertOk(await claim(u, c.id), 200, 'claim');
  const rel = await u.api.post(`/api/v1/customers/${c.id}/release`, { reason: '客户暂无需求' });
  assertOk(rel, 200, 'release');
  const after = (await admin.get(`/api/v1/customers/${c.id}`)).json;
  assert.equal(after.poolId, hb.id, 'back in its home pool');
  assert.equal(after.ownerId, null);
  assert.equal(after.previousOwnerName, u.name);
  const r = await claim(u, c.id);
  assertError(r, 409, 'pool.cooldown', 'claim back');
  const today = localDate(claimed.claimedAt ?? new Date().toISOString());
  const until = r.json.error.details?.until;
  assert.ok([addDays(today, 30), addDays(today, 31)].includes(until), `details.until 30 days on: ${r.text}`);
  // The pool list and the detail tell u the same end date up front (so 领取 can be disabled);
  // to v, who never held it, there is no cooldown.
  const q = encodeURIComponent(c.name);
  const listed = async (who, query) => {
    const l = assertOk(await who.api.get(`/api/v1/customers?${query}&q=${q}`), 200, query);
    const item = l.items.find((x) => x.id === c.id);
    assert.ok(item, `${query}: listed ${JSON.stringify(l)}`);
    return item;
  };
  assert.equal((await listed(u, `poolId=${hb.id}`)).claimCooldownUntil, until, 'pool list, previous owner');
  assert.equal((await listed(u, 'inPool=true')).claimCooldownUntil, until, 'inPool list, previous owner');
  assert.equal((await listed(v, `poolId=${hb.id}`)).claimCooldownUntil, null, 'pool list, another member');
  const projected = assertOk(await u.api.get(`/api/v1/customers?poolId=${hb.id}&q=${q}&fields=name,claimCooldownUntil`), 200);
  assert.deepEqual(projected.items.find((x) => x.id === c.id), { id: c.id, name: c.name, claimCooldownUntil: until }, 'fields=');
  const detailU = assertOk(await u.api.get(`/api/v1/customers/${c.id}`), 200);
  assert.equal(detailU.claimCooldownUntil, until, 'detail, previous owner');
  assert.equal(detailU.canClaim, false, 'no 领取 during the cooldown');
  const detailV = assertOk(await v.api.get(`/api/v1/customers/${c.id}`), 200);
  assert.equal(detailV.claimCooldownUntil, null, 'detail, another member');
  assert.equal(detailV.canClaim, true);
  assertOk(await claim(v, c.id), 200, 'another member claims it');
  assert.equal((await admin.get(`/api/v1/customers/${c.id}`)).json.claimCooldownUntil, null, 'owned: no cooldown');
  const hist = (await admin.get(`/api/v1/customers/${c.id}/owner-history`)).json.items;
  assert.deepEqual(hist.slice(0, 3).map((e) => e.action), ['claim', 'release', 'claim']);
  assert.equal(hist[1].reason, '客户暂无需求');
  assert.equal(hist[1].fromUserId, u.id);
  assert.equal(hist[1].poolId, hb.id);
});

test('not a member: a 华东 rep claiming from 华北公海 → 403 pool.not_member', async () => {
  const c = await poolCustomer('非成员');
  const rep08 = await as(srv.baseUrl, 'rep08');
  assertError(await claim({ api: rep08 }, c.id), 403, 'pool.not_member', 'rep08 → 华北公海');
  const e = await fresh('east', '上海一组');
  assertError(await claim(e, c.id), 403, 'pool.not_member', 'new 上海一组 rep → 华北公海');
  assert.equal((await admin.get(`/api/v1/customers/${c.id}`)).json.poolId, hb.id);
});

test('claiming an owned customer → 409 pool.not_in_pool (the owner, and a manager who can see it)', async () => {
  const u = await fresh('own');
  const c = await poolCustomer('已有主');
  assertOk(await claim(u, c.id), 200);
  assertError(await claim(u, c.id), 409, 'pool.not_in_pool', 'owner claims own customer');
  const lead = await as(srv.baseUrl, 'bj1.lead'); // u is in 北京一组: in bj1.lead's scope
  assert.equal((await lead.get(`/api/v1/customers/${c.id}`)).status, 200, 'bj1.lead sees it');
  assertError(await lead.post(`/api/v1/customers/${c.id}/claim`, {}), 409, 'pool.not_in_pool', 'bj1.lead claims it');
  assert.equal((await admin.get(`/api/v1/customers/${c.id}`)).json.ownerId, u.id);
});

test('claiming a customer another rep now holds → 404 for a rep who cannot see it', async () => {
  // The claimer saw it in the pool a moment ago, but now it is outside their scope: an unknown
  // id, so that a claim cannot confirm that a customer exists (issue 11).
  const u = await fresh('first');
  const v = await fresh('second');
  const c = await poolCustomer('先到先得');
  assertOk(await claim(u, c.id), 200);
  assertError(await claim(v, c.id), 404, 'not_found', 'second claimer');
});

test('lock limit: 5 locks, the 6th → 409 customer.lock_limit {limit: 5}; unlock frees a place', async () => {
  const u = await fresh('lock');
  const ids = [];
  for (let i = 0; i < 6; i++) ids.push((await createCustomer(admin, { name: `锁定${i}号${unique()}有限公司`, ownerId: u.id })).id);
  for (let i = 0; i < 5; i++) {
    const r = assertOk(await u.api.post(`/api/v1/customers/${ids[i]}/lock`, {}), 200, `lock ${i + 1}`);
    assert.equal(r.locked, true);
    assert.equal(r.reclaim, null, 'a locked customer has no countdown');
  }
  const r = await u.api.post(`/api/v1/customers/${ids[5]}/lock`, {});
  assertError(r, 409, 'customer.lock_limit', '6th lock');
  assert.equal(r.json.error.details?.limit, 5, r.text);
  assert.equal((await admin.get(`/api/v1/customers/${ids[5]}`)).json.locked, false);
  const un = assertOk(await u.api.post(`/api/v1/customers/${ids[0]}/unlock`, {}), 200, 'unlock');
  assert.equal(un.locked, false);
  assert.ok(un.reclaim, 'unlocked: the countdown is back');
  assertOk(await u.api.post(`/api/v1/customers/${ids[5]}/lock`, {}), 200, 'lock after an unlock');
  const hist = (await admin.get(`/api/v1/customers/${ids[0]}/owner-history`)).json.items.map((e) => e.action);
  assert.deepEqual(hist.slice(0, 2), ['unlock', 'lock']);
});

test('release requires a reason → 400 validation.failed (reason)', async () => {
  const u = await fresh('rel');
  const c = await poolCustomer('退回原因');
  assertOk(await claim(u, c.id), 200);
  assertValidation(await u.api.post(`/api/v1/customers/${c.id}/release`, {}), 'reason', 'required', 'no reason');
  assertValidation(await u.api.post(`/api/v1/customers/${c.id}/release`, { reason: '   ' }), 'reason', 'required', 'blank reason');
  assertValidation(await u.api.post(`/api/v1/customers/${c.id}/release`, { reason: null }), 'reason', undefined, 'null reason');
  assert.equal((await admin.get(`/api/v1/customers/${c.id}`)).json.ownerId, u.id, 'still owned');
});

test('transfer to a user outside the caller\'s scope → 400 validation.failed (userId); inside works', async () => {
  const u = await fresh('tr');
  const c = await createCustomer(admin, { name: `转移范围${unique()}有限公司`, ownerId: u.id });
  const lead = await as(srv.baseUrl, 'bj1.lead');
  assertValidation(await lead.post(`/api/v1/customers/${c.id}/transfer`, { userId: dir.user('rep13').id }), 'userId', undefined, 'to rep13 (华南)');
  assertValidation(await lead.post(`/api/v1/customers/${c.id}/transfer`, { userId: dir.user('rep04').id }), 'userId', undefined, 'to rep04 (北京二组)');
  assert.equal((await admin.get(`/api/v1/customers/${c.id}`)).json.ownerId, u.id, 'unchanged');
  const ok = assertOk(await lead.post(`/api/v1/customers/${c.id}/transfer`, { userId: dir.user('rep02').id, keepPreviousOwnerInTeam: true }), 200, 'to rep02');
  assert.equal(ok.ownerId, dir.user('rep02').id);
  assert.ok(ok.team.some((m) => m.userId === u.id && m.access === 'read'), `previous owner kept as read collaborator: ${JSON.stringify(ok.team)}`);
  // A rep without customer.transfer cannot transfer.
  const rep02 = await as(srv.baseUrl, 'rep02');
  assertError(await rep02.post(`/api/v1/customers/${c.id}/transfer`, { userId: dir.user('rep01').id }), 403, 'permission.denied', 'rep transfers');
});

test('assign: pool admin huabei gives a 华北公海 customer to a member; a rep cannot assign; limits apply', async () => {
  const huabei = await as(srv.baseUrl, 'huabei');
  const u = await fresh('asg', '天津组');
  const c = await poolCustomer('分配');
  const r = assertOk(await huabei.post(`/api/v1/customers/${c.id}/assign`, { userId: u.id }), 200, 'assign');
  assert.equal(r.ownerId, u.id);
  assert.equal(r.poolId, null);
  assert.equal(r.homePoolId, hb.id);
  const h = (await admin.get(`/api/v1/customers/${c.id}/owner-history`)).json.items[0];
  assert.equal(h.action, 'assign');
  assert.equal(h.toUserId, u.id);
  assert.equal(h.actorId, dir.user('huabei').id);
  // Not in the pool any more.
  const again = await huabei.post(`/api/v1/customers/${c.id}/assign`, { userId: dir.user('rep01').id });
  assertError(again, 409, 'pool.not_in_pool', 'assign an owned customer');
  // A rep (no pool.assign, not a pool admin) cannot assign.
  const c2 = await poolCustomer('分配无权');
  const rep01 = await as(srv.baseUrl, 'rep01');
  assertError(await rep01.post(`/api/v1/customers/${c2.id}/assign`, { userId: dir.user('rep01').id }), 403, 'permission.denied', 'rep01 assigns');
  // Assigning to a non-member (华东 rep) is refused.
  const toEast = await huabei.post(`/api/v1/customers/${c2.id}/assign`, { userId: dir.user('rep08').id });
  assert.ok([400, 403, 409].includes(toEast.status), `assign to a non-member: ${toEast.status} ${toEast.text}`);
  assert.equal((await admin.get(`/api/v1/customers/${c2.id}`)).json.poolId, hb.id, 'still in the pool');
  // Holding limit applies to assign too.
  const full = await fresh('asgfull');
  for (let i = 0; i < 20; i++) await createCustomer(admin, { name: `分配满${i}号${unique()}有限公司`, ownerId: full.id });
  const lim = await huabei.post(`/api/v1/customers/${c2.id}/assign`, { userId: full.id });
  assertError(lim, 409, 'pool.limit_reached', 'assign to a full member');
  assert.equal(lim.json.error.details?.limit, 20);
});
