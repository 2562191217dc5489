// Attachments (docs/api-activity.md §Attachments): allowed types by content sniffing, 415 / 400 /
// 413 refusals, up to 20 MiB, download rights (uploader; whoever may see a record it is attached
// to; else 404, also across tenants), same content → same sha256.
import assert from 'node:assert/strict';
import { useServer, test, directory, rawRequest } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, allPages } from './lib/crm.mjs';
import { PNG, JPEG, EXE, pdfOfSize, sha256, upload, multipart } from './lib/activity.mjs';

const srv = useServer({ reuseDemo: true, customers: { other: 0 }, sweepCheck: 0 });
let rep01, rep04, lead, other, dir;
let png; // rep01's PNG attachment

test('setup', async () => {
  rep01 = await as(srv.baseUrl, 'rep01');
  rep04 = await as(srv.baseUrl, 'rep04');
  lead = await as(srv.baseUrl, 'bj1.lead');
  other = await as(srv.baseUrl, 'admin', 'other');
  dir = await directory(await as(srv.baseUrl, 'admin'));
});

test('PNG and JPEG uploads → 201 Attachment with type, size, sha256, url, isImage', async () => {
  png = assertOk(await upload(rep01, { name: '现场照片.png', data: PNG, type: 'image/png' }), 201, 'png');
  assert.equal(png.contentType, 'image/png');
  assert.equal(png.isImage, true);
  assert.equal(png.size, PNG.length);
  assert.equal(png.sha256, sha256(PNG));
  assert.equal(png.name, '现场照片.png');
  assert.equal(png.url, `/api/v1/attachments/${png.id}`);
  assert.ok(Date.parse(png.createdAt));
  const jpg = assertOk(await upload(rep01, { name: 'card.jpg', data: JPEG, type: 'image/jpeg' }), 201, 'jpeg');
  assert.equal(jpg.contentType, 'image/jpeg');
  assert.equal(jpg.isImage, true);
  assert.equal(jpg.sha256, sha256(JPEG));
  const pdf = assertOk(await upload(rep01, { name: '报价单.pdf', data: pdfOfSize(4096), type: 'application/pdf' }), 201, 'pdf');
  assert.equal(pdf.contentType, 'application/pdf');
  assert.equal(pdf.isImage, false);
});

test('an .exe or random bytes → 415 attachment.type_not_allowed (also when claiming to be a PNG)', async () => {
  assertError(await upload(rep01, { name: 'setup.exe', data: EXE, type: 'application/x-msdownload' }), 415, 'attachment.type_not_allowed', 'exe');
  const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  assertError(await upload(rep01, { name: 'noise.bin', data: noise }), 415, 'attachment.type_not_allowed', 'random bytes');
  assertError(await upload(rep01, { name: 'fake.png', data: EXE, type: 'image/png' }), 415, 'attachment.type_not_allowed', 'exe named .png');
});

test('an empty file → 400 attachment.empty', async () => {
  assertError(await upload(rep01, { name: 'empty.png', data: Buffer.alloc(0), type: 'image/png' }), 400, 'attachment.empty');
});

test('a .png with JPEG bytes is stored as image/jpeg (content sniffed), and served so', async () => {
  const a = assertOk(await upload(rep01, { name: 'really-a-jpeg.png', data: JPEG, type: 'image/png' }), 201);
  assert.equal(a.contentType, 'image/jpeg');
  const r = await rep01.get(a.url);
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'image/jpeg');
});

test('no `file` part → 400 validation.failed naming file; not multipart → 400', async () => {
  const wrongName = await upload(rep01, { parts: [{ name: 'upload', filename: 'a.png', contentType: 'image/png', data: PNG }] });
  assertValidation(wrongName, 'file', undefined, 'part named upload');
  const fieldOnly = await upload(rep01, { parts: [{ name: 'note', data: 'hello' }] });
  assertValidation(fieldOnly, 'file', undefined, 'only a text field');
  const json = await rep01.post('/api/v1/attachments', { file: 'x' });
  assert.equal(json.status, 400, json.text);
  assert.equal(json.json?.error?.code, 'validation.failed', json.text);
  const noBoundary = await rep01.post('/api/v1/attachments', undefined, { rawBody: PNG, headers: { 'content-type': 'multipart/form-data' } });
  assert.equal(noBoundary.status, 400, noBoundary.text);
});

test('a 5 MiB PDF and a file of exactly 20 MiB are accepted (limit is 20 MiB, not the JSON body limit)', async () => {
  const five = pdfOfSize(5 << 20);
  const r5 = await upload(rep01, { name: 'big.pdf', data: five, type: 'application/pdf' });
  assert.equal(r5.status, 201, `5 MiB PDF: ${r5.text}`);
  assert.equal(r5.json.size, five.length);
  const twenty = pdfOfSize(20 << 20);
  const r20 = await upload(rep01, { name: 'max.pdf', data: twenty, type: 'application/pdf' });
  assert.equal(r20.status, 201, `20 MiB PDF: ${r20.text}`);
  assert.equal(r20.json.sha256, sha256(twenty));
});

test('more than 20 MiB → 413 request.too_large', async () => {
  const fetched = await upload(rep01, { name: 'huge.pdf', data: pdfOfSize((20 << 20) + 1), type: 'application/pdf' });
  assertError(fetched, 413, 'request.too_large', '20 MiB + 1 byte');
  const big = multipart([{ name: 'file', filename: 'huge.pdf', contentType: 'application/pdf', data: pdfOfSize(25 << 20) }]);
  const r = await rawRequest(srv.server.port, 'POST', '/api/v1/attachments', {
    headers: { authorization: `Bearer ${rep01.token}`, 'content-type': big.contentType }, body: big.body, careful: true,
  });
  assert.equal(r.status, 413, r.text);
  assert.equal(r.json?.error?.code, 'request.too_large');
});

test('download: the uploader → 200 with type, Content-Disposition, Cache-Control private, same bytes', async () => {
  const r = await rep01.get(png.url);
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'image/png');
  assert.match(r.headers.get('cache-control') ?? '', /private/);
  assert.match(r.headers.get('content-disposition') ?? '', /filename/);
  assert.ok(r.bytes.equals(PNG), 'the stored bytes');
});

test('download rights: others 404 until attached to a follow-up they may see; rep04 and tenant other 404', async () => {
  assertError(await lead.get(png.url), 404, 'not_found', 'bj1.lead before it is attached');
  const c = (await allPages(rep01, '/api/v1/customers?mine=true'))[0];
  const f = assertOk(await rep01.post(`/api/v1/customers/${c.id}/follow-ups`, { text: '附照片', attachmentIds: [png.id] }), 201);
  assert.deepEqual(f.attachments.map((a) => a.id), [png.id]);
  const r = await lead.get(png.url);
  assert.equal(r.status, 200, `bj1.lead (rep01's team lead) after attaching: ${r.text}`);
  assert.equal(r.headers.get('content-type'), 'image/png');
  assert.ok(r.bytes.equals(PNG));
  assert.equal((await (await as(srv.baseUrl, 'huabei')).get(png.url)).status, 200, 'huabei (region)');
  assertError(await rep04.get(png.url), 404, 'not_found', 'rep04 (another team)');
  assertError(await other.get(png.url), 404, 'not_found', 'tenant other');
  // A team member of the customer may see it too.
  assertOk(await rep01.post(`/api/v1/customers/${c.id}/team`, { userId: dir.user('rep04').id, access: 'read' }), 201);
  assert.equal((await rep04.get(png.url)).status, 200, 'rep04 as team member');
  // Someone else cannot attach rep01's file to their own record to read it.
  const rep02 = await as(srv.baseUrl, 'rep02');
  const jpg = assertOk(await upload(rep01, { name: 'secret.jpg', data: JPEG, type: 'image/jpeg' }), 201);
  const c2 = (await allPages(rep02, '/api/v1/customers?mine=true'))[0];
  const stolen = await rep02.post(`/api/v1/customers/${c2.id}/follow-ups`, { text: '借用', attachmentIds: [jpg.id] });
  assert.ok([400, 404].includes(stolen.status), `attaching someone else's upload: ${stolen.status} ${stolen.text}`);
  assertError(await rep02.get(jpg.url), 404, 'not_found', 'rep02 still cannot read it');
});

test('identical content uploaded twice → same sha256 (stored once), both downloadable', async () => {
  const a = assertOk(await upload(rep01, { name: 'a.png', data: PNG, type: 'image/png' }), 201);
  const b = assertOk(await upload(rep01, { name: 'b.png', data: PNG, type: 'image/png' }), 201);
  assert.equal(a.sha256, b.sha256);
  assert.equal(a.sha256, sha256(PNG));
  for (const x of [a, b]) {
    const r = await rep01.get(x.url);
    assert.equal(r.status, 200);
    assert.ok(r.bytes.equals(PNG));
  }
});

test('unauthenticated upload and download → 401', async () => {
  const m = multipart([{ name: 'file', filename: 'a.png', contentType: 'image/png', data: PNG }]);
  const r = await fetch(`${srv.baseUrl}/api/v1/attachments`, { method: 'POST', headers: { 'content-type': m.contentType }, body: m.body });
  assert.equal(r.status, 401);
  assert.equal((await r.json()).error.code, 'auth.required');
  const d = await fetch(`${srv.baseUrl}${png.url}`);
  assert.equal(d.status, 401);
  await d.arrayBuffer();
});
