// Helpers for the follow-up / feed / attachment / live-notification / webhook tests (on top of
// harness.mjs and crm.mjs; same HTTP client for JSON and uploads).
//   files:        PNG, JPEG, EXE, PDF bytes; multipart(); upload(api, {...})
//   SSE:          openStream(baseUrl, token, {lastEventId, query}) → a live reader of
//                 GET /notifications/stream (node:http, own socket each)
//   webhooks:     startReceiver() → a node:http receiver on a free loopback port
//   notifications: notificationsOf(api), countOf(api, type, objectId)
import assert from 'node:assert/strict';
import http from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { sleep } from './harness.mjs';
import { assertOk } from './crm.mjs';

// ---- Files ----
// A 1×1 PNG (signature + IHDR + IDAT + IEND) and a minimal JFIF JPEG: valid headers are enough
// for content sniffing.
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
  '1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082', 'hex');
export const JPEG = Buffer.concat([
  Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'),
  Buffer.from('ffdb004300' + '01'.repeat(64), 'hex'),
  Buffer.from('ffd9', 'hex'),
]);
export const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(200, 0x41)]);
export const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');
// A PDF header followed by `size` bytes in total.
export function pdfOfSize(size) {
  const head = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const buf = Buffer.alloc(size, 0x20);
  head.copy(buf);
  return buf;
}

// multipart/form-data body from parts [{name, filename?, contentType?, data}] → {body, contentType}.
export function multipart(parts) {
  const boundary = '----quanke' + randomBytes(8).toString('hex');
  const chunks = [];
  for (const p of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"`;
    if (p.filename !== undefined) head += `; filename="${p.filename}"`;
    head += '\r\n';
    if (p.contentType) head += `Content-Type: ${p.contentType}\r\n`;
    chunks.push(Buffer.from(head + '\r\n', 'utf8'), Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

// POST /attachments with one `file` part (or `parts` as given) through the harness client.
export function upload(api, { name = 'f.bin', data, type = 'application/octet-stream', parts } = {}) {
  const m = multipart(parts ?? [{ name: 'file', filename: name, contentType: type, data }]);
  return api.post('/api/v1/attachments', undefined, { rawBody: m.body, headers: { 'content-type': m.contentType } });
}

// ---- Notifications ----
export async function notificationsOf(api) {
  const items = [];
  let cursor = null;
  do {
    const r = assertOk(await api.get(`/api/v1/notifications?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`), 200, 'notifications');
    items.push(...r.items);
    cursor = r.nextCursor;
  } while (cursor);
  return items;
}
// How many notifications of `type` (any type when null) about `objectId` (any when null; an
// array: any of these ids, e.g. [customerId, feedItemId]) `api`'s user has.
export async function countOf(api, type, objectId = null) {
  const ids = objectId === null ? null : [].concat(objectId);
  return (await notificationsOf(api)).filter((n) => (!type || n.type === type) && (!ids || ids.includes(n.objectId))).length;
}

// ---- Server-Sent Events ----
// Opens GET /api/v1/notifications/stream on its own connection. Resolves once the answer's head
// is in: {status, headers, events: [{id, event, data (parsed JSON), raw, at (performance.now() when
// it was read)}], comments, text (a non-200
// answer's body), waitFor(n, ms), quiet(ms), close(), ended}.
export function openStream(baseUrl, token, { lastEventId, query = '', headers = {}, timeoutMs = 5000 } = {}) {
  const u = new URL(baseUrl + '/api/v1/notifications/stream' + query);
  const h = { accept: 'text/event-stream', ...headers };
  if (token) h.authorization = `Bearer ${token}`;
  if (lastEventId !== undefined) h['last-event-id'] = String(lastEventId);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: 'GET', headers: h, agent: false });
    const timer = setTimeout(() => { req.destroy(); reject(new Error(`no stream answer within ${timeoutMs} ms`)); }, timeoutMs);
    req.on('error', (e) => { clearTimeout(timer); reject(e); });
    req.on('response', (res) => {
      clearTimeout(timer);
      const s = {
        status: res.statusCode, headers: res.headers, events: [], comments: [], text: '', ended: false,
        waiters: [],
        // Resolves with the first n events once they are in; rejects after ms.
        waitFor(n, ms = 2000) {
          if (s.events.length >= n) return Promise.resolve(s.events.slice(0, n));
          return new Promise((ok, fail) => {
            const w = { n, ok, timer: setTimeout(() => { s.waiters = s.waiters.filter((x) => x !== w); fail(new Error(`stream: ${s.events.length} of ${n} events within ${ms} ms`)); }, ms) };
            s.waiters.push(w);
          });
        },
        // Waits ms and returns the events received meanwhile.
        async quiet(ms = 500) { const before = s.events.length; await sleep(ms); return s.events.slice(before); },
        close() { res.destroy(); req.destroy(); },
      };
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        if (s.status !== 200) { s.text += chunk; return; }
        buf += chunk.replace(/\r\n?/g, '\n');
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const ev = { id: null, event: 'message', data: null, raw: block, at: performance.now() };
          const data = [];
          let isEvent = false;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) { s.comments.push(line); continue; }
            const c = line.indexOf(':');
            const field = c < 0 ? line : line.slice(0, c);
            const value = c < 0 ? '' : line.slice(c + 1).replace(/^ /, '');
            if (field === 'id') { ev.id = value; isEvent = true; } else if (field === 'event') { ev.event = value; isEvent = true; } else if (field === 'data') { data.push(value); isEvent = true; }
          }
          if (!isEvent) continue;
          const text = data.join('\n');
          try { ev.data = JSON.parse(text); } catch { ev.data = text; }
          s.events.push(ev);
          for (const w of [...s.waiters]) {
            if (s.events.length >= w.n) { clearTimeout(w.timer); s.waiters = s.waiters.filter((x) => x !== w); w.ok(s.events.slice(0, w.n)); }
          }
        }
      });
      const end = () => { s.ended = true; };
      res.on('end', end);
      res.on('close', end);
      res.on('error', end);
      if (s.status !== 200) {
        res.on('end', () => { try { s.json = JSON.parse(s.text); } catch { s.json = undefined; } });
      }
      resolve(s);
    });
    req.end();
  });
}
// A non-200 stream answer, read whole: {status, json, text}.
export async function streamRefusal(baseUrl, token, opts) {
  const s = await openStream(baseUrl, token, opts);
  const deadline = Date.now() + 3000;
  while (!s.ended && Date.now() < deadline) await sleep(20);
  s.close();
  let json;
  try { json = JSON.parse(s.text); } catch { json = undefined; }
  return { status: s.status, json, text: s.text };
}

// ---- Webhook receiver ----
// A node:http server on 127.0.0.1 (free port). Every request is recorded as
// {path, method, headers, body (parsed JSON or text), at}. `statusFor(path)` picks the answer
// (default 200); set receiver.status[path] = 500 to fail a path.
export async function startReceiver() {
  const rec = { requests: [], status: {}, robots: {}, port: 0 };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body;
      try { body = JSON.parse(text); } catch { body = text; }
      rec.requests.push({ path: req.url, method: req.method, headers: req.headers, body, at: Date.now() });
      // A path served by a robot stand-in answers as that robot would (see robots below).
      const robot = Object.entries(rec.robots).find(([prefix]) => req.url.split('?')[0] === prefix);
      if (robot) {
        const answer = robot[1](req, body);
        res.statusCode = 200;
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(answer));
        return;
      }
      res.statusCode = rec.status[req.url] ?? 200;
      res.end('ok');
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  rec.port = server.address().port;
  rec.url = (p) => `http://127.0.0.1:${rec.port}${p}`;
  rec.on = (p) => rec.requests.filter((x) => x.path === p);
  // Waits until pred(requests) is true (polling), or fails after ms.
  rec.until = async (pred, ms, what = 'receiver condition') => {
    const deadline = Date.now() + ms;
    for (;;) {
      if (pred(rec.requests)) return rec.requests;
      if (Date.now() > deadline) assert.fail(`${what}: not met within ${ms} ms; received ${JSON.stringify(rec.requests.map((x) => [x.path, x.headers['x-quanke-event']]))}`);
      await sleep(50);
    }
  };
  rec.close = () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); });
  return rec;
}

// Polls fn() until it returns a truthy value, or fails after ms.
export async function eventually(fn, ms, what) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > deadline) assert.fail(`${what}: not within ${ms} ms`);
    await sleep(100);
  }
}
