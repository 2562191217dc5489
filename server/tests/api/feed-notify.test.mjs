// Likes, comments and @mentions on feed items (docs/api-activity.md §Feed): each produces
// EXACTLY ONE notification to the right person, never to the author; repeated likes and
// unlike + like do not notify again; unknown mentioned users → 400.
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, allPages, unique } from './lib/crm.mjs';
import { countOf, notificationsOf } from './lib/activity.mjs';

const srv = useServer({ reuseDemo: true, customers: { other: 0 }, sweepCheck: 0 });
let admin, rep01, rep02, rep03, lead, huabei, other, dir;
let mine;
let next = 0;

// A fresh follow-up by rep01 on a customer of its own (one per test, so that counts per customer
// belong to that test): {customer, item: feedItemId}.
async function freshItem() {
  const customer = mine[next++];
  assert.ok(customer, 'enough customers of rep01');
  const f = assertOk(await rep01.post(`/api/v1/customers/${customer.id}/follow-ups`, { text: `动态 ${unique()}` }), 201);
  // Notifications about the item name either the customer or the item itself.
  return { customer, item: f.feedItemId, about: [customer.id, f.feedItemId] };
}
const comment = (api, item, body) => api.post(`/api/v1/feed/${item}/comments`, body);

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  rep01 = await as(srv.baseUrl, 'rep01');
  rep02 = await as(srv.baseUrl, 'rep02');
  rep03 = await as(srv.baseUrl, 'rep03');
  lead = await as(srv.baseUrl, 'bj1.lead');
  huabei = await as(srv.baseUrl, 'huabei');
  other = await as(srv.baseUrl, 'admin', 'other');
  dir = await directory(admin);
  mine = await allPages(rep01, '/api/v1/customers?mine=true');
  assert.ok(mine.length >= 8, `rep01 holds ≥ 8 customers (${mine.length})`);
});

test('like by bj1.lead → rep01 gets one feed.like; liking twice and unlike + like → still one', async () => {
  const { customer, item, about } = await freshItem();
  let r = assertOk(await lead.post(`/api/v1/feed/${item}/like`), 200, 'like');
  assert.deepEqual(r, { likeCount: 1, likedByMe: true });
  assert.equal(await countOf(rep01, 'feed.like', about), 1, 'one feed.like after the first like');
  r = assertOk(await lead.post(`/api/v1/feed/${item}/like`), 200, 'like again');
  assert.deepEqual(r, { likeCount: 1, likedByMe: true }, 'a second like changes nothing');
  r = assertOk(await lead.del(`/api/v1/feed/${item}/like`), 200, 'unlike');
  assert.deepEqual(r, { likeCount: 0, likedByMe: false });
  r = assertOk(await lead.del(`/api/v1/feed/${item}/like`), 200, 'unlike again');
  assert.deepEqual(r, { likeCount: 0, likedByMe: false });
  r = assertOk(await lead.post(`/api/v1/feed/${item}/like`), 200, 'like after unlike');
  assert.deepEqual(r, { likeCount: 1, likedByMe: true });
  assert.equal(await countOf(rep01, 'feed.like', about), 1, 'still exactly one feed.like');
  assert.equal(await countOf(lead, null, about), 0, 'the liker is not notified');
  // A second person's like: a second notification; the feed shows both.
  assertOk(await huabei.post(`/api/v1/feed/${item}/like`), 200);
  assert.equal(await countOf(rep01, 'feed.like', about), 2);
  const seen = (await allPages(lead, `/api/v1/feed?customerId=${customer.id}`)).find((x) => x.id === item);
  assert.equal(seen.likeCount, 2);
  assert.equal(seen.likedByMe, true);
  const seenByOwner = (await allPages(rep01, `/api/v1/feed?customerId=${customer.id}`)).find((x) => x.id === item);
  assert.equal(seenByOwner.likedByMe, false);
  // Liking one's own item notifies nobody.
  assertOk(await rep01.post(`/api/v1/feed/${item}/like`), 200);
  assert.equal(await countOf(rep01, 'feed.like', about), 2, 'own like: no notification');
});

test('concurrent likes by the same user → one like, one notification', async () => {
  const { customer, item, about } = await freshItem();
  const rs = await Promise.all(Array.from({ length: 8 }, () => lead.post(`/api/v1/feed/${item}/like`)));
  assert.deepEqual(rs.map((r) => r.status), Array(8).fill(200), rs.map((r) => r.text).join('\n'));
  const seen = (await allPages(lead, `/api/v1/feed?customerId=${customer.id}`)).find((x) => x.id === item);
  assert.equal(seen.likeCount, 1);
  assert.equal(await countOf(rep01, 'feed.like', about), 1);
});

test('comment by bj1.lead → rep01 gets one feed.comment, bj1.lead none', async () => {
  const { customer, item, about } = await freshItem();
  const text = `评论 ${unique()}`;
  const c = assertOk(await comment(lead, item, { text }), 201, 'comment');
  assert.equal(c.text, text);
  assert.equal(c.feedItemId, item);
  assert.equal(c.authorId, dir.user('bj1.lead').id);
  assert.deepEqual(c.mentions, []);
  assert.equal(await countOf(rep01, 'feed.comment', about), 1);
  assert.equal(await countOf(rep01, null, about), 1, 'nothing else');
  assert.equal(await countOf(lead, null, about), 0, 'the author is not notified');
  const list = assertOk(await rep01.get(`/api/v1/feed/${item}/comments`), 200).items;
  assert.deepEqual(list.map((x) => x.id), [c.id]);
  // The item carries the count and the latest comments (oldest first).
  for (let i = 0; i < 3; i++) assertOk(await comment(huabei, item, { text: `第${i}条` }), 201);
  const seen = (await allPages(rep01, `/api/v1/feed?customerId=${customer.id}`)).find((x) => x.id === item);
  assert.equal(seen.commentCount, 4);
  assert.deepEqual(seen.comments.map((x) => x.text), ['第0条', '第1条', '第2条'], 'the latest 3, oldest first');
  const all = assertOk(await rep01.get(`/api/v1/feed/${item}/comments?limit=2`), 200);
  assert.equal(all.items.length, 2);
  assert.equal(all.items[0].id, c.id, 'comments oldest first');
  assert.ok(all.nextCursor);
  // The actor commenting on their own item notifies nobody.
  const before = (await notificationsOf(rep01)).length;
  assertOk(await comment(rep01, item, { text: '谢谢' }), 201);
  assert.equal((await notificationsOf(rep01)).length, before, 'own comment: no notification');
});

test('comment mentioning rep02 → rep02 gets one feed.mention; rep01 one feed.comment', async () => {
  const { customer, item, about } = await freshItem();
  const c = assertOk(await comment(lead, item, { text: '@胡军 请跟进', mentions: [dir.user('rep02').id] }), 201);
  assert.deepEqual(c.mentions.map((m) => m.id), [dir.user('rep02').id]);
  assert.equal(c.mentions[0].name, dir.user('rep02').name);
  assert.equal(await countOf(rep02, 'feed.mention', about), 1);
  assert.equal(await countOf(rep02, null, about), 1, 'rep02: only the mention');
  assert.equal(await countOf(rep01, 'feed.comment', about), 1);
  assert.equal(await countOf(rep01, 'feed.mention', about), 0);
  assert.equal(await countOf(rep03, null, about), 0, 'nobody else');
  assert.equal(await countOf(lead, null, about), 0, 'not the author');
});

test('the same user mentioned twice → one notification', async () => {
  const { customer, item, about } = await freshItem();
  const rep02Id = dir.user('rep02').id;
  assertOk(await comment(lead, item, { text: '@胡军 @胡军', mentions: [rep02Id, rep02Id] }), 201);
  assert.equal(await countOf(rep02, null, about), 1);
});

test('mentioning the item\'s actor → the actor gets one notification, not two', async () => {
  const { customer, item, about } = await freshItem();
  assertOk(await comment(lead, item, { text: '@马超 看一下', mentions: [dir.user('rep01').id] }), 201);
  const got = (await notificationsOf(rep01)).filter((n) => about.includes(n.objectId));
  assert.equal(got.length, 1, `one notification: ${JSON.stringify(got.map((n) => n.type))}`);
  assert.ok(['feed.comment', 'feed.mention'].includes(got[0].type), got[0].type);
});

test('the author mentioning themselves → no notification to the author', async () => {
  const { customer, item, about } = await freshItem();
  assertOk(await comment(lead, item, { text: '@张伟', mentions: [dir.user('bj1.lead').id] }), 201);
  assert.equal(await countOf(lead, null, about), 0);
  assert.equal(await countOf(rep01, null, about), 1, 'the actor still gets the comment');
});

test('mentions of unknown users → 400 and nothing is stored or sent', async () => {
  const { customer, item, about } = await freshItem();
  const otherUser = (await directory(other)).user('rep01').id;
  const cases = [
    ['unknown id', ['999999999999999999']],
    ['a user of tenant other', [otherUser]],
    ['one known, one unknown', [dir.user('rep02').id, '999999999999999998']],
  ];
  for (const [what, mentions] of cases) {
    const r = await comment(lead, item, { text: `@谁 ${what}`, mentions });
    assertValidation(r, 'mentions', undefined, what);
  }
  assert.deepEqual(assertOk(await lead.get(`/api/v1/feed/${item}/comments`), 200).items, [], 'no comment stored');
  assert.equal(await countOf(rep01, null, about), 0, 'rep01 not notified');
  assert.equal(await countOf(rep02, null, about), 0, 'rep02 not notified');
});

test('discussion: mentions and owner/team are notified once each, not the author', async () => {
  const customer = mine[next++];
  const about = [customer.id];
  assertOk(await rep01.post(`/api/v1/customers/${customer.id}/team`, { userId: dir.user('rep03').id, access: 'read' }), 201);
  const before3 = await countOf(rep03, null, about);
  const c = assertOk(await lead.post(`/api/v1/customers/${customer.id}/discussion`, { text: '@胡军 @朱婷 一起讨论', mentions: [dir.user('rep02').id, dir.user('rep03').id] }), 201);
  assert.equal(c.text, '@胡军 @朱婷 一起讨论');
  assert.equal(await countOf(rep01, null, about), 1, 'owner once');
  assert.equal(await countOf(rep02, null, about), 1, 'mentioned once');
  assert.equal(await countOf(rep03, null, about) - before3, 1, 'team member and mentioned: once');
  assert.equal(await countOf(lead, null, about), 0, 'not the author');
  const list = assertOk(await rep03.get(`/api/v1/customers/${customer.id}/discussion`), 200).items;
  assert.deepEqual(list.map((x) => x.id), [c.id]);
  assertError(await (await as(srv.baseUrl, 'rep04')).get(`/api/v1/customers/${customer.id}/discussion`), 404, 'not_found', 'rep04');
});
