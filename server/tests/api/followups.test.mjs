// Follow-ups (docs/api-activity.md §Follow-ups): text / attachments rules, type default and
// enum, contact of the customer, last follow-up time and the no-follow-up reclaim clock, newest
// first with pagination, customer team (write member writes, owner sees it; read member 403;
// outsider 404).
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, allPages, createCustomer, localDate, unique } from './lib/crm.mjs';
import { PNG, upload } from './lib/activity.mjs';

const srv = useServer({ reuseDemo: true, customers: { other: 0 }, sweepCheck: 0 });
let admin, rep01, rep02, rep03, dir;
let mine; // rep01's customers
const fu = (api, customerId, body) => api.post(`/api/v1/customers/${customerId}/follow-ups`, body);

test('setup: rep01 holds several customers', async () => {
  admin = await as(srv.baseUrl, 'admin');
  rep01 = await as(srv.baseUrl, 'rep01');
  rep02 = await as(srv.baseUrl, 'rep02');
  rep03 = await as(srv.baseUrl, 'rep03');
  dir = await directory(admin);
  mine = await allPages(rep01, '/api/v1/customers?mine=true');
  assert.ok(mine.length >= 6, `rep01 holds ≥ 6 customers (${mine.length})`);
});

test('text only → 201 FollowUp, type defaults to "other", author and customer filled in', async () => {
  const c = mine[0];
  const text = `电话沟通了报价 ${unique()}`;
  const f = assertOk(await fu(rep01, c.id, { text }), 201, 'create');
  assert.equal(f.type, 'other');
  assert.equal(f.text, text);
  assert.equal(f.customerId, c.id);
  assert.equal(f.customerName, c.name);
  assert.equal(f.authorId, dir.user('rep01').id);
  assert.deepEqual(f.attachments, []);
  assert.equal(f.contactId, null);
  assert.equal(f.nextFollowUpAt, null);
  assert.equal(typeof f.feedItemId, 'string');
  assert.ok(Date.parse(f.createdAt) > Date.now() - 60000, f.createdAt);
});

test('attachments only (no text) → 201 with the attachment', async () => {
  const a = assertOk(await upload(rep01, { name: 'photo.png', data: PNG, type: 'image/png' }), 201, 'upload');
  const f = assertOk(await fu(rep01, mine[0].id, { type: 'visit', attachmentIds: [a.id] }), 201, 'create');
  assert.equal(f.type, 'visit');
  assert.deepEqual(f.attachments.map((x) => x.id), [a.id]);
  assert.equal(f.attachments[0].contentType, 'image/png');
  assert.equal(f.attachments[0].isImage, true);
});

test('neither text nor attachments → 400 validation.failed naming text (required)', async () => {
  assertValidation(await fu(rep01, mine[0].id, {}), 'text', 'required', '{}');
  assertValidation(await fu(rep01, mine[0].id, { type: 'call' }), 'text', 'required', 'type only');
  assertValidation(await fu(rep01, mine[0].id, { text: '', attachmentIds: [] }), 'text', 'required', 'empty text, empty attachments');
});

test('unknown type → 400 validation.failed naming type', async () => {
  assertValidation(await fu(rep01, mine[0].id, { text: 'x', type: 'fax' }), 'type');
  assertValidation(await fu(rep01, mine[0].id, { text: 'x', type: 'CALL' }), 'type');
  for (const type of ['call', 'visit', 'wechat', 'email', 'meeting', 'other']) {
    assert.equal(assertOk(await fu(rep01, mine[5].id, { text: `类型 ${type}`, type }), 201, type).type, type);
  }
});

test('contactId of the customer → 201 with contactName; of another customer → 400 naming contactId', async () => {
  const [c1, c2] = [mine[1], mine[2]];
  const k1 = assertOk(await rep01.post(`/api/v1/customers/${c1.id}/contacts`, { name: '王经理', mobile: '13700000011' }), 201, 'contact 1');
  const k2 = assertOk(await rep01.post(`/api/v1/customers/${c2.id}/contacts`, { name: '李总', mobile: '13700000012' }), 201, 'contact 2');
  const f = assertOk(await fu(rep01, c1.id, { text: '拜访王经理', contactId: k1.id }), 201, 'own contact');
  assert.equal(f.contactId, k1.id);
  assert.equal(f.contactName, '王经理');
  const r = await fu(rep01, c1.id, { text: '拜访李总', contactId: k2.id });
  assertValidation(r, 'contactId', undefined, 'contact of another customer');
  // Nothing was written by the refused request.
  const list = assertOk(await rep01.get(`/api/v1/customers/${c1.id}/follow-ups?limit=200`), 200).items;
  assert.ok(!list.some((x) => x.text === '拜访李总'), 'the refused follow-up is not stored');
});

test('writing one sets the customer\'s lastFollowUpAt and moves reclaim.startedOn to today', async () => {
  const today = localDate(new Date());
  // mine[0..5] are written on by other tests; the rest are untouched since the demo load.
  const fresh = await allPages(rep01, '/api/v1/customers?mine=true');
  const target = fresh.find((c) => c.reclaim?.rule === 'no_follow_up' && c.reclaim.startedOn < today && !mine.slice(0, 6).some((m) => m.id === c.id));
  assert.ok(target, `a customer of rep01 whose no-follow-up clock started before today: ${JSON.stringify(fresh.map((c) => c.reclaim))}`);
  const before = assertOk(await rep01.get(`/api/v1/customers/${target.id}`), 200);
  assert.ok(before.reclaim.startedOn < today, JSON.stringify(before.reclaim));
  const t0 = Date.now();
  const f = assertOk(await fu(rep01, target.id, { text: '回访，客户有意向', type: 'call' }), 201);
  const after = assertOk(await rep01.get(`/api/v1/customers/${target.id}`), 200);
  assert.ok(Date.parse(after.lastFollowUpAt) >= t0 - 1000, `lastFollowUpAt ${after.lastFollowUpAt} is now (was ${before.lastFollowUpAt})`);
  assert.equal(Date.parse(after.lastFollowUpAt), Date.parse(f.createdAt), 'lastFollowUpAt = the follow-up\'s createdAt');
  assert.equal(after.reclaim.rule, 'no_follow_up');
  assert.equal(after.reclaim.startedOn, today, `reclaim clock restarts today (was ${before.reclaim.startedOn})`);
  assert.ok(after.reclaim.reclaimOn > before.reclaim.reclaimOn, `reclaimOn moves later: ${before.reclaim.reclaimOn} → ${after.reclaim.reclaimOn}`);
  assert.ok(after.reclaim.daysLeft > before.reclaim.daysLeft);
});

test('nextFollowUpAt is stored on the record and on the customer', async () => {
  const next = new Date(Date.now() + 3 * 86400000).toISOString();
  const f = assertOk(await fu(rep01, mine[3].id, { text: '约了下周再聊', nextFollowUpAt: next }), 201);
  assert.equal(Date.parse(f.nextFollowUpAt), Date.parse(next));
  const c = assertOk(await rep01.get(`/api/v1/customers/${mine[3].id}`), 200);
  assert.equal(Date.parse(c.nextFollowUpAt), Date.parse(next));
  assertValidation(await fu(rep01, mine[3].id, { text: 'x', nextFollowUpAt: 'next tuesday' }), 'nextFollowUpAt');
});

test('list: newest first, limit + cursor visit every record once', async () => {
  // A customer of its own: the demo's customers already have follow-ups.
  const c = await createCustomer(rep01, { name: `分页跟进测试${unique()}有限公司` });
  const written = [];
  for (let i = 0; i < 5; i++) written.push(assertOk(await fu(rep01, c.id, { text: `第${i}次跟进` }), 201));
  const seen = [];
  let cursor = null;
  let pages = 0;
  do {
    const r = assertOk(await rep01.get(`/api/v1/customers/${c.id}/follow-ups?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`), 200);
    assert.ok(r.items.length <= 2, 'limit honoured');
    seen.push(...r.items);
    cursor = r.nextCursor;
    pages++;
  } while (cursor && pages < 20);
  assert.equal(pages, 3, '5 records at 2 per page: 3 pages');
  assert.deepEqual(seen.map((x) => x.id), [...written].reverse().map((x) => x.id), 'newest first, each once');
  const times = seen.map((x) => Date.parse(x.createdAt));
  assert.deepEqual(times, [...times].sort((a, b) => b - a));
});

test('team: a write member writes, the owner lists it; a read member gets 403; an outsider 404', async () => {
  const c = mine[5];
  const other = mine[2];
  const outsider = fu(rep02, other.id, { text: '我不是团队成员' });
  assertError(await outsider, 404, 'not_found', 'rep02 writes on rep01\'s customer without team membership');
  assertError(await rep02.get(`/api/v1/customers/${other.id}/follow-ups`), 404, 'not_found', 'rep02 lists without membership');

  const m = assertOk(await rep01.post(`/api/v1/customers/${c.id}/team`, { userId: dir.user('rep02').id, access: 'write' }), 201, 'add rep02');
  assert.equal(m.userId, dir.user('rep02').id);
  assert.equal(m.access, 'write');
  assert.equal(m.isOwner, false);
  const team = assertOk(await rep01.get(`/api/v1/customers/${c.id}/team`), 200).items;
  assert.equal(team[0].isOwner, true, 'owner first');
  assert.equal(team[0].userId, dir.user('rep01').id);
  assert.ok(team.some((x) => x.userId === dir.user('rep02').id && x.access === 'write'));

  const text = `团队成员的跟进 ${unique()}`;
  const f = assertOk(await fu(rep02, c.id, { text, type: 'wechat' }), 201, 'rep02 writes as write member');
  assert.equal(f.authorId, dir.user('rep02').id);
  const list = assertOk(await rep01.get(`/api/v1/customers/${c.id}/follow-ups?limit=200`), 200).items;
  const seen = list.find((x) => x.id === f.id);
  assert.ok(seen, 'the owner sees the record written by a team member');
  assert.equal(seen.authorId, dir.user('rep02').id);
  assert.equal(seen.text, text);
  // The owner is told (not the author).
  const notes = assertOk(await rep01.get('/api/v1/notifications?limit=200'), 200).items;
  assert.equal(notes.filter((n) => n.objectId === c.id && n.type === 'followup.created').length, 1, 'owner notified once');

  assertOk(await rep01.post(`/api/v1/customers/${c.id}/team`, { userId: dir.user('rep03').id, access: 'read' }), 201, 'add rep03 read');
  assertOk(await rep03.get(`/api/v1/customers/${c.id}/follow-ups`), 200, 'read member lists');
  assertError(await fu(rep03, c.id, { text: '只读成员不能写' }), 403, 'permission.denied', 'read member writes');
  // Removing the write member takes the right away again.
  assert.equal((await rep01.del(`/api/v1/customers/${c.id}/team/${dir.user('rep02').id}`)).status, 204);
  assertError(await fu(rep02, c.id, { text: '已被移出' }), 404, 'not_found', 'removed member');
});
