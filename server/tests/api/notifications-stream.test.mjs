// Live notifications over Server-Sent Events (docs/api-activity.md §Notifications, live):
// event format, delivery within 2 s, Last-Event-ID replay without loss or duplicates (header and
// ?lastEventId=), no replay for a new stream, 401, fan-out to 50 streams of one user, and a clean
// SIGTERM shutdown with streams open.
import assert from 'node:assert/strict';
import { useServer, test, startServer, login, sleep } from './lib/harness.mjs';
import { as, assertOk, allPages, unique } from './lib/crm.mjs';
import { openStream, streamRefusal, notificationsOf } from './lib/activity.mjs';

const srv = useServer({ reuseDemo: true, customers: { other: 0 }, sweepCheck: 0 });
let rep01, lead, huabei, rep01Token;
let item; // a feed item of rep01
let lastId; // id of the last event rep01 received
const open = [];
const stream = async (opts) => { const s = await openStream(srv.baseUrl, rep01Token, opts); open.push(s); return s; };
const commentOn = async (api, text = `评论 ${unique()}`) => assertOk(await api.post(`/api/v1/feed/${item}/comments`, { text }), 201, 'comment');

test('setup: rep01 has a follow-up in the feed', async () => {
  rep01Token = await login(srv.baseUrl, 'demo', 'rep01');
  rep01 = await as(srv.baseUrl, 'rep01');
  lead = await as(srv.baseUrl, 'bj1.lead');
  huabei = await as(srv.baseUrl, 'huabei');
  const c = (await allPages(rep01, '/api/v1/customers?mine=true'))[0];
  item = assertOk(await rep01.post(`/api/v1/customers/${c.id}/follow-ups`, { text: '实时通知测试' }), 201).feedItemId;
  // Some old notifications, so that "no replay" means something.
  await commentOn(lead, '旧的评论一');
  await commentOn(huabei, '旧的评论二');
  assert.ok((await notificationsOf(rep01)).length >= 2);
});

test('unauthenticated → 401 auth.required; a malformed Last-Event-ID → 400', async () => {
  const r = await streamRefusal(srv.baseUrl, null);
  assert.equal(r.status, 401, r.text);
  assert.equal(r.json?.error?.code, 'auth.required', r.text);
  const bad = await streamRefusal(srv.baseUrl, 'not-a-token');
  assert.equal(bad.status, 401, bad.text);
  const id = await streamRefusal(srv.baseUrl, rep01Token, { lastEventId: 'abc' });
  assert.equal(id.status, 400, id.text);
  assert.equal(id.json?.error?.code, 'validation.failed', id.text);
});

test('a comment by bj1.lead reaches rep01\'s open stream within 2 s as id / event: notification / JSON data', async () => {
  const s = await stream();
  assert.equal(s.status, 200);
  assert.match(s.headers['content-type'], /^text\/event-stream/);
  assert.equal(await s.quiet(300).then((x) => x.length), 0, 'nothing replayed on connect');
  const t0 = Date.now();
  await commentOn(lead, '实时评论');
  const [ev] = await s.waitFor(1, 2000);
  assert.ok(Date.now() - t0 < 2000);
  assert.equal(ev.event, 'notification');
  assert.match(ev.id, /^\d+$/);
  assert.equal(typeof ev.data, 'object', `data is JSON: ${ev.raw}`);
  assert.equal(ev.data.id, ev.id, 'the event id is the notification id');
  assert.equal(ev.data.type, 'feed.comment');
  const [newest] = await notificationsOf(rep01);
  assert.deepEqual(ev.data, newest, 'data is the notification as GET /notifications lists it');
  lastId = ev.id;
  assert.deepEqual(await s.quiet(300), [], 'exactly one event');
  s.close();
});

test('a new stream without Last-Event-ID does not replay old notifications', async () => {
  const s = await stream();
  assert.equal(s.status, 200);
  assert.deepEqual(await s.quiet(700), []);
  s.close();
});

test('reconnect with Last-Event-ID: exactly the 3 missed ones, in order, then a live one; nothing twice', async () => {
  // Three notifications for rep01 while it is offline.
  await commentOn(lead, '离线一');
  assertOk(await huabei.post(`/api/v1/feed/${item}/like`), 200, 'like');
  await commentOn(huabei, '离线三');
  const missed = (await notificationsOf(rep01)).filter((n) => BigInt(n.id) > BigInt(lastId)).reverse();
  assert.equal(missed.length, 3, `3 stored while offline: ${JSON.stringify(missed.map((n) => n.type))}`);

  const s = await stream({ lastEventId: lastId });
  assert.equal(s.status, 200);
  const first = await s.waitFor(3, 2000);
  assert.deepEqual(first.map((e) => e.id), missed.map((n) => n.id), 'the missed ones, oldest first');
  assert.deepEqual(first.map((e) => e.data), missed);
  assert.deepEqual(await s.quiet(300), [], 'no more than the missed ones');
  await commentOn(lead, '重连后的实时评论');
  const all = await s.waitFor(4, 2000);
  assert.equal(all[3].data.type, 'feed.comment');
  assert.ok(BigInt(all[3].id) > BigInt(all[2].id));
  assert.deepEqual(await s.quiet(300), []);
  assert.equal(new Set(s.events.map((e) => e.id)).size, s.events.length, 'no duplicates');
  lastId = all[3].id;
  s.close();
});

test('?lastEventId= (EventSource polyfills) replays like the header', async () => {
  await commentOn(lead, '查询参数一');
  await commentOn(huabei, '查询参数二');
  const s = await stream({ query: `?lastEventId=${lastId}` });
  const evs = await s.waitFor(2, 2000);
  assert.deepEqual(evs.map((e) => e.data.type), ['feed.comment', 'feed.comment']);
  assert.deepEqual(await s.quiet(300), []);
  lastId = evs[1].id;
  s.close();
});

test('notifications during a burst: each arrives once, none lost (20 comments by two users on 10 items)', async () => {
  // Different items, so that the writes do not queue behind one row lock.
  const customers = (await allPages(rep01, '/api/v1/customers?mine=true')).slice(0, 10);
  const items = [];
  for (const c of customers) items.push(assertOk(await rep01.post(`/api/v1/customers/${c.id}/follow-ups`, { text: '连发用' }), 201).feedItemId);
  const s = await stream({ lastEventId: lastId });
  await sleep(100);
  await Promise.all(Array.from({ length: 20 }, async (_, i) => {
    const r = await (i % 2 ? lead : huabei).post(`/api/v1/feed/${items[i % 10]}/comments`, { text: `连发${i}` });
    assert.equal(r.status, 201, r.text);
  }));
  await s.waitFor(20, 3000).catch(() => {});
  await s.quiet(300);
  const stored = (await notificationsOf(rep01)).filter((n) => BigInt(n.id) > BigInt(lastId)).reverse();
  assert.equal(stored.length, 20, 'all 20 are stored');
  const got = s.events.map((e) => e.id);
  const missing = stored.filter((n) => !got.includes(n.id)).map((n) => n.id);
  assert.deepEqual(missing, [], `stored but never sent on the live stream (${got.length} of 20 sent)`);
  assert.deepEqual(got, stored.map((n) => n.id), 'each once, in id order');
  const evs = s.events;
  lastId = evs[19].id;
  s.close();
});

test('fan-out: 50 concurrent streams of rep01 each receive the one new event', async () => {
  const streams = await Promise.all(Array.from({ length: 50 }, () => stream()));
  assert.deepEqual(streams.map((s) => s.status), Array(50).fill(200));
  await sleep(300); // every stream is subscribed
  await commentOn(lead, '广播');
  const got = await Promise.allSettled(streams.map((s) => s.waitFor(1, 2000)));
  const counts = got.map((g) => (g.status === 'fulfilled' ? 1 : 0));
  assert.equal(counts.reduce((a, b) => a + b, 0), 50, `streams that got the event: ${counts.join('')}`);
  await sleep(300);
  const ids = new Set(streams.map((s) => s.events[0].id));
  assert.equal(ids.size, 1, 'the same event everywhere');
  assert.deepEqual(streams.map((s) => s.events.length), Array(50).fill(1), 'exactly one each');
  for (const s of streams) s.close();
  // The server is still fine.
  assertOk(await rep01.get('/api/v1/notifications/unread-count'), 200);
});

test('SIGTERM with 20 streams open: the streams end and the server exits 0 within 3 s', async () => {
  const server = await startServer({ tenants: ['demo'], customers: 0, sweepCheck: 0 });
  let ok = false;
  try {
    const token = await login(server.baseUrl, 'demo', 'rep01');
    const streams = await Promise.all(Array.from({ length: 20 }, () => openStream(server.baseUrl, token)));
    assert.deepEqual(streams.map((s) => s.status), Array(20).fill(200));
    await sleep(200);
    const started = Date.now();
    server.proc.kill('SIGTERM');
    const exit = await Promise.race([server.exited, sleep(3000).then(() => 'timeout')]);
    assert.notEqual(exit, 'timeout', 'server exits within 3 s of SIGTERM with streams open');
    assert.ok(Date.now() - started < 3000);
    assert.deepEqual(exit, { code: 0, signal: null });
    await sleep(100);
    assert.deepEqual(streams.map((s) => s.ended), Array(20).fill(true), 'every stream was closed');
    ok = true;
  } finally {
    if (!ok) { process.stderr.write(`\n----- quanke server log -----\n${server.log}\n-----\n`); server.proc.kill('SIGKILL'); }
    await server.stop();
  }
});

test('cleanup', () => { for (const s of open) s.close(); });
