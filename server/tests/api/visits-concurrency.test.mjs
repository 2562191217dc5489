// Check-ins at the same moment (docs/api-visits.md): colleagues who check in together at a customer
// without coordinates — only the first fixes its coordinates (客户标注), the others are measured
// against them; the same photo on check-ins at the same moment — only the first is not "reused".
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertOk, makeUsers } from './lib/crm.mjs';
import { PNG, upload } from './lib/activity.mjs';
import { checkIn, codesOf, customerAt, destination, haversine, CITIES } from './lib/visits.mjs';

const srv = useServer({ customers: { demo: 300, other: 0 }, sweepCheck: 0, reuseDemo: true });
let admin, dir;
const ROUNDS = 6;
const TEAM = 5;

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
});

test('5 team members check in at once at a customer without coordinates: exactly one fixes them (6 customers)', async () => {
  const problems = [];
  for (let round = 0; round < ROUNDS; round++) {
    const team = await makeUsers(admin, srv.baseUrl, { count: TEAM, departmentId: dir.dep('天津组').id, roleId: dir.role('rep').id, prefix: `cc${round}` });
    const [owner, ...members] = team;
    const c = await customerAt(owner.api, null, null, '同时拜访客户');
    for (const m of members) assertOk(await owner.api.post(`/api/v1/customers/${c.id}/team`, { userId: m.id, access: 'write' }), 201, 'add to the team');
    const site = destination(CITIES.tianjin.lat, CITIES.tianjin.lng, 3000 * (round + 1), 45);
    const spots = team.map((_, i) => destination(site.lat, site.lng, 8 * i, 90));
    const res = await Promise.all(team.map((u, i) => checkIn(u.api, { ...spots[i], accuracyM: 10, customerId: c.id })));
    for (const r of res) assert.equal(r.status, 201, r.text);
    const ks = res.map((r) => r.json);
    const fixers = ks.filter((k) => k.fixedCustomerLocation);
    const got = assertOk(await owner.api.get(`/api/v1/customers/${c.id}`), 200);
    if (fixers.length !== 1) {
      problems.push(`round ${round}: ${fixers.length} check-ins say they fixed the location (${ks.map((k) => `${k.score}/${k.fixedCustomerLocation}/${k.distanceM}`).join(', ')})`);
      continue;
    }
    const f = fixers[0];
    if (Math.abs(got.lat - f.lat) > 1e-9 || Math.abs(got.lng - f.lng) > 1e-9) problems.push(`round ${round}: the customer is at ${got.lat},${got.lng}, not where the fixing check-in was`);
    for (const k of ks.filter((x) => x !== f)) {
      if (k.distanceM === null || codesOf(k).includes('no_customer_location') || k.score === 'unverifiable') {
        problems.push(`round ${round}: check-in ${k.id} was not measured against the fixed site (${k.score}, distanceM ${k.distanceM}, ${codesOf(k)})`);
      } else if (Math.abs(k.distanceM - haversine(k.lat, k.lng, f.lat, f.lng)) > 1) {
        problems.push(`round ${round}: check-in ${k.id} distanceM ${k.distanceM} is not its distance to the fixed site`);
      }
    }
  }
  assert.deepEqual(problems, [], 'one fixing check-in per customer');
});

test('5 users check in at once with the same photo bytes: exactly one is not reused_photo (6 rounds)', async () => {
  const problems = [];
  const users = await makeUsers(admin, srv.baseUrl, { count: TEAM, departmentId: dir.dep('天津组').id, roleId: dir.role('rep').id, prefix: 'cp' });
  for (let round = 0; round < ROUNDS; round++) {
    const bytes = Buffer.concat([PNG, Buffer.from(`round ${round} ${Date.now()}`)]);
    const atts = await Promise.all(users.map((u) => upload(u.api, { name: 'same.png', data: bytes, type: 'image/png' })));
    for (const a of atts) assert.equal(a.status, 201, a.text);
    // Each user checks in at their own spot (no speed or static-coordinate signals).
    const res = await Promise.all(users.map((u, i) => checkIn(u.api, {
      ...destination(CITIES.tianjin.lat + i * 0.05, CITIES.tianjin.lng, round * 3, 0), accuracyM: 10, attachmentIds: [atts[i].json.id],
    })));
    for (const r of res) assert.equal(r.status, 201, r.text);
    const fresh = res.filter((r) => !codesOf(r.json).includes('reused_photo'));
    if (fresh.length !== 1) problems.push(`round ${round}: ${fresh.length} of ${users.length} check-ins were not flagged reused_photo (${res.map((r) => codesOf(r.json).join('+') || 'verified').join(', ')})`);
  }
  assert.deepEqual(problems, [], 'the photo counts as new exactly once');
});
