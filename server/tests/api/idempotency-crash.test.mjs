// Idempotency-Key across crashes (API.md): the key, the write and the stored answer commit in one
// transaction. Writers keep sending keyed follow-ups while the server is SIGKILLed again and
// again; after each restart every request that was in flight is retried with its key and must
// either replay the committed answer or write now — never 409 `request.in_progress`, never twice.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { as, assertError, assertOk, allPages, createCustomer, unique } from './lib/crm.mjs';

const srv = useServer({ tenants: ['demo'], customers: 40, sweepCheck: 0 });
const KILLS = 6;
const WRITERS = 6;

const followUp = (api, customerId, text, key) =>
  api.post(`/api/v1/customers/${customerId}/follow-ups`, { text }, { headers: { 'Idempotency-Key': key } });

test(`${KILLS} SIGKILLs under ${WRITERS} keyed writers: every retry replays or writes once`, async () => {
  const rep = await as(srv.baseUrl, 'rep01');
  const customer = await createCustomer(rep, { name: `崩溃测试${unique()}有限公司` });
  const sent = []; // {key, text, answer: null | response | 'lost'}
  let inFlightAtKill = 0;
  let replayedAfterCrash = 0;
  for (let kill = 0; kill < KILLS; kill++) {
    let stop = false;
    const writer = async () => {
      while (!stop) {
        const req = { key: unique('crash-'), text: `崩溃测试 ${unique()}`, answer: null };
        sent.push(req);
        try {
          req.answer = await followUp(rep, customer.id, req.text, req.key);
        } catch {
          req.answer = 'lost'; // the connection died with the server
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, writer);
    await new Promise((r) => setTimeout(r, 150 + 70 * kill));
    await srv.server.crashAndRestart();
    stop = true;
    await Promise.all(writers);
    // Retry every request that got no answer, with the same key and body.
    for (const req of sent.filter((x) => x.answer === 'lost')) {
      inFlightAtKill++;
      const again = await followUp(rep, customer.id, req.text, req.key);
      assert.notEqual(again.status, 409, `retry of ${req.key} after the crash: ${again.text}`);
      assertOk(again, 201, `retry of ${req.key}`);
      if (again.headers.get('idempotent-replayed') === 'true') replayedAfterCrash++;
      req.answer = again;
    }
  }
  assert.ok(inFlightAtKill >= KILLS, `requests were in flight at the kills (${inFlightAtKill})`);
  // Each text was written exactly once, whatever happened to its request.
  const written = await allPages(rep, `/api/v1/customers/${customer.id}/follow-ups`);
  const counts = new Map();
  for (const f of written) counts.set(f.text, (counts.get(f.text) ?? 0) + 1);
  for (const req of sent) {
    assert.equal(counts.get(req.text) ?? 0, 1, `${req.key} ("${req.text}") written once`);
    assert.equal(req.answer.status, 201, req.answer.text);
  }
  // A replay answers the same follow-up as the write.
  const sample = sent[sent.length - 1];
  const replay = await followUp(rep, customer.id, sample.text, sample.key);
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  assert.equal(replay.json.id, sample.answer.json.id);
  console.log(`# ${sent.length} keyed writes, ${inFlightAtKill} in flight at ${KILLS} kills, ${replayedAfterCrash} of them replayed (committed before the kill)`);
});

test('the same key with another body is refused, the first answer stays', async () => {
  const rep = await as(srv.baseUrl, 'rep02');
  const customer = await createCustomer(rep, { name: `幂等内容${unique()}有限公司` });
  const key = unique('body-');
  const first = assertOk(await followUp(rep, customer.id, `第一次 ${unique()}`, key), 201);
  assertError(await followUp(rep, customer.id, `另一个内容 ${unique()}`, key), 422, 'request.idempotency_mismatch');
  const again = await followUp(rep, customer.id, first.text, key);
  assert.equal(again.json.id, first.id);
});

test('a request that fails with a 4xx inside its writes rolls them back and stores the 4xx', async () => {
  const rep = await as(srv.baseUrl, 'rep03');
  const key = unique('bad-');
  const r = await rep.post('/api/v1/customers/999999999/follow-ups', { text: 'x' }, { headers: { 'Idempotency-Key': key } });
  assertError(r, 404, 'not_found');
  const replay = await rep.post('/api/v1/customers/999999999/follow-ups', { text: 'x' }, { headers: { 'Idempotency-Key': key } });
  assertError(replay, 404, 'not_found');
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');
});
