// Feed (docs/api-activity.md §Feed) and data scope: a rep's follow-up is seen by the team lead
// and the regional manager, not by a rep of another team nor by another tenant, until that rep
// joins the customer's team; userId / departmentId (with sub-departments) / customerId / type
// filters; keyset pagination visits each item once, also while new items arrive.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, allPages, unique } from './lib/crm.mjs';

const srv = useServer({ reuseDemo: true, customers: { other: 0 }, sweepCheck: 0 });
let admin, rep01, rep04, lead, huabei, other, dir;
let c1; // a customer of rep01
let item; // the feed item of rep01's follow-up on c1
const ids = (items) => items.map((x) => x.id);

test('setup: rep01 writes a follow-up', async () => {
  admin = await as(srv.baseUrl, 'admin');
  rep01 = await as(srv.baseUrl, 'rep01');
  rep04 = await as(srv.baseUrl, 'rep04');
  lead = await as(srv.baseUrl, 'bj1.lead');
  huabei = await as(srv.baseUrl, 'huabei');
  other = await as(srv.baseUrl, 'admin', 'other');
  dir = await directory(admin);
  const mine = await allPages(rep01, '/api/v1/customers?mine=true');
  c1 = mine[0];
  const f = assertOk(await rep01.post(`/api/v1/customers/${c1.id}/follow-ups`, { text: `动态可见性 ${unique()}`, type: 'visit' }), 201);
  const feed = assertOk(await rep01.get('/api/v1/feed?limit=50'), 200).items;
  item = feed.find((x) => x.id === f.feedItemId);
  assert.ok(item, 'the author sees their own item');
  assert.equal(item.type, 'followup');
  assert.equal(item.actorId, dir.user('rep01').id);
  assert.equal(item.actorDepartmentName, '北京一组');
  assert.equal(item.customerId, c1.id);
  assert.equal(item.followUp.id, f.id);
  assert.equal(item.likeCount, 0);
  assert.equal(item.likedByMe, false);
  assert.equal(item.commentCount, 0);
  assert.deepEqual(item.comments, []);
});

test('bj1.lead (team) and huabei (region) see it; rep04 (another team) and tenant other do not', async () => {
  for (const [who, api] of [['bj1.lead', lead], ['huabei', huabei]]) {
    const feed = await allPages(api, '/api/v1/feed', { limit: 200 });
    assert.ok(ids(feed).includes(item.id), `${who} sees rep01's follow-up`);
  }
  const rep04Feed = await allPages(rep04, '/api/v1/feed', { limit: 200 });
  assert.ok(!ids(rep04Feed).includes(item.id), 'rep04 does not see it');
  assert.ok(!rep04Feed.some((x) => x.customerId === c1.id), 'rep04 sees no item of c1');
  const otherFeed = await allPages(other, '/api/v1/feed', { limit: 200 });
  assert.ok(!ids(otherFeed).includes(item.id), 'tenant other does not see it');
  // Not reachable by id either.
  assertError(await rep04.get(`/api/v1/feed/${item.id}/comments`), 404, 'not_found', 'rep04 comments list');
  assertError(await rep04.post(`/api/v1/feed/${item.id}/like`), 404, 'not_found', 'rep04 like');
  assertError(await rep04.get(`/api/v1/customers/${c1.id}/follow-ups`), 404, 'not_found', 'rep04 follow-ups');
  assertError(await other.get(`/api/v1/feed/${item.id}/comments`), 404, 'not_found', 'other comments list');
  // A filter naming the customer does not widen anything.
  assert.deepEqual(assertOk(await rep04.get(`/api/v1/feed?customerId=${c1.id}`), 200).items, [], 'rep04 customerId filter');
});

test('rep04 added as a read collaborator sees the item (and loses it again when removed)', async () => {
  assertOk(await rep01.post(`/api/v1/customers/${c1.id}/team`, { userId: dir.user('rep04').id, access: 'read' }), 201, 'add rep04');
  const feed = await allPages(rep04, '/api/v1/feed', { limit: 200 });
  assert.ok(ids(feed).includes(item.id), 'rep04 now sees rep01\'s follow-up');
  const list = assertOk(await rep04.get(`/api/v1/customers/${c1.id}/follow-ups`), 200).items;
  assert.ok(list.some((f) => f.feedItemId === item.id));
  assertOk(await rep04.get(`/api/v1/feed/${item.id}/comments`), 200, 'comments now readable');
  // rep04 was told about joining.
  const notes = assertOk(await rep04.get('/api/v1/notifications?limit=200'), 200).items;
  assert.equal(notes.filter((n) => n.objectId === c1.id).length, 1, `rep04 notified once: ${JSON.stringify(notes)}`);
  assert.equal((await rep01.del(`/api/v1/customers/${c1.id}/team/${dir.user('rep04').id}`)).status, 204);
  assert.ok(!ids(await allPages(rep04, '/api/v1/feed', { limit: 200 })).includes(item.id), 'gone after removal');
});

test('a rep\'s feed is exactly their own items and those of their own and team customers', async () => {
  // admin writes on rep01's customer (rep01 sees it) and on rep04's (rep01 does not).
  const rep04Own = (await allPages(rep04, '/api/v1/customers?mine=true'))[0];
  const onMine = assertOk(await admin.post(`/api/v1/customers/${c1.id}/follow-ups`, { text: `管理员写给rep01客户 ${unique()}`, type: 'call' }), 201);
  const onTheirs = assertOk(await admin.post(`/api/v1/customers/${rep04Own.id}/follow-ups`, { text: `管理员写给rep04客户 ${unique()}`, type: 'call' }), 201);
  const all = await allPages(admin, '/api/v1/feed', { limit: 200, max: 1000 });
  const mine = new Set(ids(await allPages(rep01, '/api/v1/customers?mine=true', { limit: 200 })));
  const expected = all.filter((x) => x.actorId === dir.user('rep01').id || mine.has(x.customerId));
  const feed = await allPages(rep01, '/api/v1/feed', { limit: 50, max: 1000 });
  assert.deepEqual(ids(feed), ids(expected), 'the same items, newest first');
  assert.ok(ids(feed).includes(onMine.feedItemId), 'admin\'s follow-up on rep01\'s customer');
  assert.ok(!ids(feed).includes(onTheirs.feedItemId), 'not admin\'s follow-up on rep04\'s customer');
});

test('filters: userId, departmentId (with sub-departments), customerId, type', async () => {
  // rep02 writes too, rep04 writes on own customer: items of several people and departments.
  const rep02 = await as(srv.baseUrl, 'rep02');
  const c2 = (await allPages(rep02, '/api/v1/customers?mine=true'))[0];
  const f2 = assertOk(await rep02.post(`/api/v1/customers/${c2.id}/follow-ups`, { text: 'rep02 的跟进' }), 201);
  const c4 = (await allPages(rep04, '/api/v1/customers?mine=true'))[0];
  const f4 = assertOk(await rep04.post(`/api/v1/customers/${c4.id}/follow-ups`, { text: 'rep04 的跟进' }), 201);

  const byUser = await allPages(huabei, `/api/v1/feed?userId=${dir.user('rep01').id}`);
  assert.ok(byUser.length >= 1);
  assert.ok(byUser.every((x) => x.actorId === dir.user('rep01').id), 'userId: only rep01\'s items');
  assert.ok(ids(byUser).includes(item.id));
  assert.ok(!ids(byUser).includes(f2.feedItemId));

  const bj1 = await allPages(huabei, `/api/v1/feed?departmentId=${dir.dep('北京一组').id}`);
  assert.ok(bj1.every((x) => x.actorDepartmentName === '北京一组'), `departmentId 北京一组: ${JSON.stringify([...new Set(bj1.map((x) => x.actorDepartmentName))])}`);
  assert.ok(ids(bj1).includes(item.id) && ids(bj1).includes(f2.feedItemId));
  assert.ok(!ids(bj1).includes(f4.feedItemId), 'rep04 (北京二组) not in 北京一组');

  const bj2 = await allPages(huabei, `/api/v1/feed?departmentId=${dir.dep('北京二组').id}`);
  assert.ok(ids(bj2).includes(f4.feedItemId));
  assert.ok(!ids(bj2).includes(item.id));

  const region = await allPages(huabei, `/api/v1/feed?departmentId=${dir.dep('华北大区').id}`);
  for (const id of [item.id, f2.feedItemId, f4.feedItemId]) assert.ok(ids(region).includes(id), '华北大区 includes its sub-departments');
  const east = await allPages(admin, `/api/v1/feed?departmentId=${dir.dep('华东大区').id}`);
  for (const id of [item.id, f2.feedItemId, f4.feedItemId]) assert.ok(!ids(east).includes(id), '华东大区 does not');

  const byCustomer = await allPages(lead, `/api/v1/feed?customerId=${c1.id}`);
  assert.ok(byCustomer.length >= 1 && byCustomer.every((x) => x.customerId === c1.id));
  const followups = await allPages(admin, '/api/v1/feed?type=followup');
  assert.ok(followups.length >= 3 && followups.every((x) => x.type === 'followup'));
  // A manager filtering by a user outside their scope gets nothing of that user.
  const leadRep04 = await allPages(lead, `/api/v1/feed?userId=${dir.user('rep04').id}`);
  assert.ok(!ids(leadRep04).includes(f4.feedItemId), 'bj1.lead does not see rep04\'s item through userId');
});

test('type filter accepts every FeedItem type of the contract; an unknown one (or "discussion", which has no feed items) → 400', async () => {
  const got = {};
  for (const type of ['followup', 'customer.create', 'customer.claim', 'customer.release', 'customer.transfer', 'customer.reclaim', 'worklog']) {
    const r = await admin.get(`/api/v1/feed?type=${encodeURIComponent(type)}&limit=50`);
    got[type] = r.status;
    if (r.status === 200) assert.ok(r.json.items.every((x) => x.type === type), `type=${type} only`);
  }
  assert.deepEqual(got, Object.fromEntries(Object.keys(got).map((k) => [k, 200])));
  for (const bad of ['nonsense', 'discussion']) {
    const r = await admin.get(`/api/v1/feed?type=${bad}`);
    assert.equal(r.status, 400, r.text);
    assert.equal(r.json.error.code, 'validation.failed');
  }
});

test('keyset pagination (limit 3) visits every item once, newest first, also while items are added', async () => {
  // More items, several within the same millisecond, of customer creation and follow-ups.
  const mine = await allPages(rep01, '/api/v1/customers?mine=true');
  await Promise.all(mine.slice(0, 8).map((c, i) => rep01.post(`/api/v1/customers/${c.id}/follow-ups`, { text: `并发跟进${i}` })));
  const everything = await allPages(admin, '/api/v1/feed', { limit: 200 });
  assert.ok(everything.length >= 10, `enough items (${everything.length})`);
  const seen = [];
  let cursor = null;
  let pages = 0;
  do {
    const r = assertOk(await admin.get(`/api/v1/feed?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`), 200);
    assert.ok(r.items.length <= 3);
    seen.push(...r.items);
    cursor = r.nextCursor;
    if (pages++ === 1) {
      // A new item arrives after the second page: it is newer than the cursor, so not visited.
      assertOk(await rep01.post(`/api/v1/customers/${mine[9].id}/follow-ups`, { text: '翻页中新增' }), 201);
    }
  } while (cursor && pages < 5000);
  assert.equal(new Set(ids(seen)).size, seen.length, 'no item twice');
  assert.deepEqual(ids(seen), ids(everything), 'every item once, in the same order as one big page');
  const times = seen.map((x) => Date.parse(x.createdAt));
  assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest first');
});
