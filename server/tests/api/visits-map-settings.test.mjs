// GET/PUT /settings/map (docs/api-visits.md "Map tiles"): the tenant's map tiles. Any signed-in
// user reads them, settings.configure writes them (audited); the default follows the tenant's time
// zone (amap in mainland China, else osm); a custom URL template is checked; tenants are separate.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation } from './lib/crm.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });
let admin, rep01, otherAdmin;
const CHINA_ZONES = ['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'Asia/Urumqi', 'PRC'];
const GET = '/api/v1/settings/map';

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  rep01 = await as(srv.baseUrl, 'rep01');
  otherAdmin = await as(srv.baseUrl, 'admin', 'other');
});

test('default: amap for a tenant in a mainland China zone, osm elsewhere, marked isDefault', async () => {
  const zone = assertOk(await rep01.get('/api/v1/me')).tenant.timeZone;
  const expected = CHINA_ZONES.includes(zone) ? 'amap' : 'osm';
  assert.deepEqual(assertOk(await rep01.get(GET), 200), { preset: expected, customUrl: '', customGcj02: false, isDefault: true });

  srv.server.cli(['tenant', 'create', '--code', 'berlin', '--name', 'Berlin GmbH', '--admin', 'chef', '--password', 'chef-pass-1', '--time-zone', 'Europe/Berlin']);
  const berlin = await as(srv.baseUrl, 'chef', 'berlin', 'chef-pass-1');
  assert.deepEqual(assertOk(await berlin.get(GET), 200), { preset: 'osm', customUrl: '', customGcj02: false, isDefault: true });
  srv.server.cli(['tenant', 'create', '--code', 'kashi', '--name', '喀什贸易', '--admin', 'chief', '--password', 'chief-pass-1', '--time-zone', 'Asia/Urumqi']);
  const kashi = await as(srv.baseUrl, 'chief', 'kashi', 'chief-pass-1');
  assert.equal(assertOk(await kashi.get(GET), 200).preset, 'amap', 'Asia/Urumqi is mainland China');
});

test('an admin sets a preset; every user reads it; the other tenant keeps its own; audited', async () => {
  const before = assertOk(await otherAdmin.get(GET), 200);
  assert.deepEqual(assertOk(await admin.put(GET, { preset: 'tencent' }), 200), { preset: 'tencent', customUrl: '', customGcj02: false, isDefault: false });
  assert.deepEqual(assertOk(await rep01.get(GET), 200), { preset: 'tencent', customUrl: '', customGcj02: false, isDefault: false });
  assert.deepEqual(assertOk(await otherAdmin.get(GET), 200), before, 'tenant other is untouched');

  const audit = assertOk(await admin.get('/api/v1/audit-log?action=settings.map_tiles&limit=5'), 200);
  assert.equal(audit.items[0].action, 'settings.map_tiles');
  assert.equal(audit.items[0].details.preset, 'tencent');
  const otherAudit = assertOk(await otherAdmin.get('/api/v1/audit-log?action=settings.map_tiles&limit=5'), 200);
  assert.equal(otherAudit.items.length, 0);
});

test('a rep may not change them: 403 permission.denied, nothing changes', async () => {
  assertError(await rep01.put(GET, { preset: 'none' }), 403, 'permission.denied');
  assert.equal(assertOk(await rep01.get(GET), 200).preset, 'tencent');
});

test('custom: a URL template with {x} {y} {z} (optional {s}); kept while another preset is on', async () => {
  const url = 'https://{s}.tiles.example.com/map/{z}/{x}/{y}.png?key=k1';
  assert.deepEqual(assertOk(await admin.put(GET, { preset: 'custom', customUrl: url, customGcj02: true }), 200),
    { preset: 'custom', customUrl: url, customGcj02: true, isDefault: false });
  assert.deepEqual(assertOk(await admin.put(GET, { preset: 'none' }), 200), { preset: 'none', customUrl: url, customGcj02: true, isDefault: false });
  assert.deepEqual(assertOk(await rep01.get(GET), 200), { preset: 'none', customUrl: url, customGcj02: true, isDefault: false });
  // Back to custom without repeating the URL; then TMS rows ({-y}) over http.
  assert.equal(assertOk(await admin.put(GET, { preset: 'custom' }), 200).customUrl, url);
  const tms = 'http://tiles.example.com/{z}/{x}/{-y}.png';
  assert.equal(assertOk(await admin.put(GET, { preset: 'custom', customUrl: tms, customGcj02: false }), 200).customUrl, tms);
  assert.equal(assertOk(await admin.put(GET, { preset: 'osm', customUrl: '' }), 200).customUrl, '');
});

test('bad values → 400 naming the field; nothing changes', async () => {
  const was = assertOk(await admin.get(GET), 200);
  assertValidation(await admin.put(GET, {}), 'preset', 'required');
  assertValidation(await admin.put(GET, { preset: 'google' }), 'preset', 'invalid_value');
  assertValidation(await admin.put(GET, { preset: 1 }), 'preset', 'wrong_type');
  assertValidation(await admin.put(GET, { preset: 'custom' }), 'customUrl', 'required');
  assertValidation(await admin.put(GET, { preset: 'custom', customUrl: '' }), 'customUrl', 'required');
  for (const bad of [
    'ftp://tiles.example.com/{z}/{x}/{y}.png',
    'javascript:alert(1)//{z}/{x}/{y}',
    '//tiles.example.com/{z}/{x}/{y}.png',
    'https://tiles.example.com/{z}/{x}.png',
    'https://tiles.example.com/{x}/{y}.png',
    'https://tiles.example.com/{z}/{y}/tile.png',
    'https://tiles.example.com/{z}/{x}/{y}.png" onerror="x',
    'https://tiles.example.com/{z} /{x}/{y}.png',
  ]) {
    assertValidation(await admin.put(GET, { preset: 'custom', customUrl: bad }), 'customUrl', 'invalid_value', bad);
  }
  // A bad URL is refused with any preset.
  assertValidation(await admin.put(GET, { preset: 'osm', customUrl: 'https://x.example.com/tiles' }), 'customUrl', 'invalid_value');
  assertValidation(await admin.put(GET, { preset: 'custom', customUrl: `https://x.example.com/{z}/{x}/{y}?${'a'.repeat(500)}` }), 'customUrl', 'too_long');
  assertValidation(await admin.put(GET, { preset: 'custom', customUrl: 5 }), 'customUrl', 'wrong_type');
  assertValidation(await admin.put(GET, { preset: 'osm', customGcj02: 'yes' }), 'customGcj02', 'wrong_type');
  assertError(await admin.put(GET, undefined, { rawBody: '{"preset":' }), 400, 'validation.malformed_json');
  assert.deepEqual(assertOk(await admin.get(GET), 200), was, 'unchanged');
});
