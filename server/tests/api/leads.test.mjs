// Leads (docs/api-leads.md): push assignment (round-robin fairness, caps, pause, order across a
// restart, concurrent pushes), claim with masking, the conflict check, and conversion (mapping,
// attach to a duplicate, the follow-ups moving to the customer).
import assert from 'node:assert/strict';
import { useServer, test, directory } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, makeUsers, allPages, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 20, sweepCheck: 0 });
let admin;
let dir;
let members; // 7 reps, in join order
let pool;
let source;
let rule;

const leadsOf = async (api, query) => allPages(api, `/api/v1/leads?${query}`);
const countBy = (items, key) => items.reduce((m, x) => m.set(x[key], (m.get(x[key]) ?? 0) + 1), new Map());

async function pushRules(body) {
  const r = await admin.put(`/api/v1/pools/${pool.id}/push-rules`, body);
  assert.equal(r.status, 200, r.text);
  return r.json.items;
}

async function bulk(n, tag) {
  const ids = [];
  for (let start = 0; start < n; start += 500) {
    const items = [];
    for (let i = start; i < Math.min(n, start + 500); i++)
      items.push({ name: `联系人${tag}${i}`, company: `推送测试${tag}${i}号科技`, mobile: `139${String(i).padStart(4, '0')}${String(Math.floor(Math.random() * 9999)).padStart(4, '0')}`, sourceId: source.id, campaign: tag });
    const r = await admin.post('/api/v1/leads/bulk', { poolId: pool.id, items });
    assert.equal(r.status, 200, r.text.slice(0, 500));
    assert.equal(r.json.failed, 0, JSON.stringify(r.json.items.filter((x) => x.error).slice(0, 3)));
    ids.push(...r.json.items.map((x) => x.id));
  }
  return ids;
}

test('setup: a lead pool with 7 members, a source and a round-robin rule', async () => {
  admin = await as(srv.baseUrl, 'admin');
  dir = await directory(admin);
  members = await makeUsers(admin, srv.baseUrl, { count: 7, departmentId: dir.dep('北京二组').id, roleId: dir.role('rep').id, prefix: 'rr' });
  const p = await admin.post('/api/v1/pools', {
    name: `线索池${unique()}`, kind: 'lead', admins: [dir.user('admin').id],
    members: members.map((m) => ({ type: 'user', id: m.id })),
    rules: { holdingLimit: 5000, dailyClaimLimit: 5 },
  });
  assert.equal(p.status, 201, p.text);
  pool = p.json;
  assert.equal(pool.kind, 'lead');
  const listed = await admin.get('/api/v1/pools?kind=lead');
  assert.ok(listed.json.items.some((x) => x.id === pool.id), 'listed as a lead pool');
  const customerPools = await admin.get('/api/v1/pools');
  assert.ok(!customerPools.json.items.some((x) => x.id === pool.id), 'not among customer pools');
  const s = await admin.post('/api/v1/lead-sources', { name: `展会${unique()}`, costs: [{ month: '2026-12', amount: 1000000 }] });
  assert.equal(s.status, 201, s.text);
  source = s.json;
  [rule] = await pushRules({ rules: [{ name: '轮流', strategy: 'round_robin', members: members.map((m) => ({ userId: m.id })) }] });
  assert.deepEqual(rule.members.map((m) => m.userId), members.map((m) => m.id), 'members keep the join order');
});

test('round robin: 1,000 leads over 7 members, each within ±1 of the others; every push records its rule', async () => {
  const ids = await bulk(1000, 'rr');
  assert.equal(ids.length, 1000);
  const leads = await leadsOf(admin, `sourceId=${source.id}&campaign=rr`);
  assert.equal(leads.length, 1000, 'all pushed (none left in the pool)');
  const counts = countBy(leads, 'ownerId');
  assert.equal(counts.size, 7, `all 7 got leads: ${JSON.stringify([...counts])}`);
  const values = [...counts.values()];
  assert.ok(Math.max(...values) - Math.min(...values) <= 1, `fair: ${values}`);
  assert.ok(leads.every((l) => l.assignedRuleId === rule.id && l.assignedRuleName === '轮流'), 'rule recorded');
  const h = await admin.get(`/api/v1/leads/${ids[0]}/history`);
  assert.deepEqual(h.json.items.map((x) => x.action).sort(), ['create', 'push']);
  assert.equal(h.json.items.find((x) => x.action === 'push').ruleId, rule.id);
});

test('round robin order survives a restart: the next lead goes to the member after the last one served', async () => {
  const before = await bulk(1, 'rs1');
  const last = (await admin.get(`/api/v1/leads/${before[0]}`)).json.ownerId;
  await srv.server.crashAndRestart();
  admin = await as(srv.baseUrl, 'admin');
  const after = await bulk(7, 'rs2');
  const owners = [];
  for (const id of after) owners.push((await admin.get(`/api/v1/leads/${id}`)).json.ownerId);
  const order = members.map((m) => m.id);
  const expected = [];
  for (let i = 1; i <= 7; i++) expected.push(order[(order.indexOf(last) + i) % 7]);
  assert.deepEqual(owners, expected, 'continues the rotation where it stopped');
});

test('caps and pause: a paused member gets nothing, a member at the cap gets no more, the rest share', async () => {
  const today = await leadsOf(admin, `sourceId=${source.id}`);
  const pushedToday = countBy(today, 'ownerId');
  const [paused, capped] = members;
  await pushRules({ rules: [{ id: rule.id, name: '轮流', strategy: 'round_robin', members: members.map((m) => ({
    userId: m.id, paused: m.id === paused.id, dailyCap: m.id === capped.id ? pushedToday.get(capped.id) + 1 : null })) }] });
  const ids = await bulk(11, 'cap');
  const leads = await leadsOf(admin, `sourceId=${source.id}&campaign=cap`);
  assert.equal(leads.length, 11);
  const counts = countBy(leads, 'ownerId');
  assert.equal(counts.get(paused.id) ?? 0, 0, 'paused: none');
  assert.equal(counts.get(capped.id) ?? 0, 1, 'capped: exactly one more');
  const rest = members.slice(2).map((m) => counts.get(m.id) ?? 0);
  assert.equal(rest.reduce((a, b) => a + b, 0), 10);
  assert.ok(Math.max(...rest) - Math.min(...rest) <= 1, `the other five share: ${rest}`);
  // Everyone paused: leads stay in the pool for pull.
  await pushRules({ rules: [{ id: rule.id, name: '轮流', strategy: 'round_robin', members: members.map((m) => ({ userId: m.id, paused: true })) }] });
  const stay = await bulk(2, 'stay');
  for (const id of stay) {
    const l = (await admin.get(`/api/v1/leads/${id}`)).json;
    assert.equal(l.poolId, pool.id);
    assert.equal(l.ownerId, null);
  }
  assert.equal(ids.length, 11);
});

test('concurrent pushes: 140 leads created at once are each assigned once, evenly', async () => {
  await pushRules({ rules: [{ id: rule.id, name: '轮流', strategy: 'round_robin', members: members.map((m) => ({ userId: m.id })) }] });
  const tag = `cc${unique()}`;
  const results = await Promise.all(Array.from({ length: 140 }, (_, i) => admin.post('/api/v1/leads', {
    name: `并发${i}`, company: `并发推送${tag}${i}号`, mobile: `137${String(i).padStart(8, '0')}`, campaign: tag, sourceId: source.id, poolId: pool.id })));
  assert.deepEqual(results.filter((r) => r.status !== 201).map((r) => r.text), []);
  const leads = await leadsOf(admin, `campaign=${tag}`);
  assert.equal(leads.length, 140);
  const values = [...countBy(leads, 'ownerId').values()];
  assert.equal(values.length, 7);
  assert.ok(values.every((v) => v === 20), `20 each: ${values}`);
  for (const l of leads.slice(0, 10)) {
    const h = (await admin.get(`/api/v1/leads/${l.id}/history`)).json.items;
    assert.equal(h.filter((x) => x.action === 'push').length, 1, 'pushed once');
  }
});

test('pool leads are masked for members until claimed; claim limits apply', async () => {
  const [m] = members;
  const stay = await leadsOf(m.api, `poolId=${pool.id}`);
  assert.ok(stay.length >= 2, 'the paused-time leads wait in the pool');
  assert.ok(stay.every((l) => l.contactMasked && /\*{4}/.test(l.mobile)), 'masked in the pool');
  const adminView = await leadsOf(admin, `poolId=${pool.id}`);
  assert.ok(adminView.every((l) => !l.contactMasked), 'the pool admin sees numbers');
  const c = await m.api.post(`/api/v1/leads/${stay[0].id}/claim`, {});
  assert.equal(c.status, 200, c.text);
  assert.equal(c.json.ownerId, m.id);
  assert.equal(c.json.contactMasked, false);
  assert.match(c.json.mobile, /^\d{11}$/);
  assertError(await m.api.post(`/api/v1/leads/${stay[0].id}/claim`, {}), 409, 'pool.not_in_pool');
  assertError(await members[1].api.post(`/api/v1/leads/${stay[0].id}/claim`, {}), 404, 'not_found', 'someone else\'s lead is not disclosed');
  // A digits query finds a masked lead only by its whole number.
  const full = adminView[1].mobile;
  assert.equal((await m.api.get(`/api/v1/leads?poolId=${pool.id}&q=${full.slice(0, 7)}`)).json.items.length, 0);
  assert.equal((await m.api.get(`/api/v1/leads?poolId=${pool.id}&q=${full}`)).json.items.length, 1);
});

test('conflict check: a lead matching a customer is refused (409) or linked with force', async () => {
  const rep = await as(srv.baseUrl, 'rep01');
  const company = `查重线索${unique()}有限公司`;
  const cust = await rep.post('/api/v1/customers', { name: company });
  assert.equal(cust.status, 201, cust.text);
  const refused = await rep.post('/api/v1/leads', { name: '王五', company: company.replace('有限公司', ''), mobile: '13800001111' });
  assertError(refused, 409, 'lead.conflict');
  assert.equal(refused.json.error.details.kind, 'customer');
  const forced = await rep.post('/api/v1/leads', { name: '王五', company: company.replace('有限公司', ''), mobile: '13800001111', force: true });
  assert.equal(forced.status, 201, forced.text);
  assert.equal(forced.json.customerId, cust.json.id, 'linked to the customer');
  const second = await rep.post('/api/v1/leads', { name: '赵六', company: `别的公司${unique()}`, mobile: '138 0000 1111' });
  assertError(second, 409, 'lead.conflict');
  assert.equal(second.json.error.details.kind, 'lead', 'the phone matches the first lead');
  // The customers' conflict check covers leads too: a new customer with the lead's number is refused.
  const otherRep = await as(srv.baseUrl, 'rep05');
  const dup = await otherRep.post('/api/v1/customers', { name: `新客户${unique()}`, phone: '13800001111' });
  assertError(dup, 409, 'customer.conflict');
  assert.equal(dup.json.error.details.kind, 'lead');
  assert.equal(dup.json.error.details.leadId, undefined, 'someone else\'s lead is not named');
  const check = await rep.post('/api/v1/leads/check-conflict', { phone: '13800001111' });
  assert.equal(check.status, 200, check.text);
  assert.ok(check.json.matches.some((x) => x.kind === 'lead' && x.leadId === forced.json.id));

  // Converting the linked lead attaches a contact to that customer: never a second customer.
  const conv = await rep.post(`/api/v1/leads/${forced.json.id}/convert`, {});
  assert.equal(conv.status, 200, conv.text);
  assert.equal(conv.json.attached, true);
  assert.equal(conv.json.customerId, cust.json.id);
  const contacts = (await rep.get(`/api/v1/customers/${cust.json.id}/contacts`)).json.items;
  assert.ok(contacts.some((x) => x.name === '王五' && x.mobile === '13800001111'));
  const same = (await rep.get(`/api/v1/customers?q=${encodeURIComponent(company.slice(0, 8))}`)).json.items;
  assert.equal(same.length, 1, 'one customer');
});

test('conversion: the mapping decides the customer, follow-ups move to its timeline, the lead turns read-only', async () => {
  const rep = await as(srv.baseUrl, 'rep02');
  const company = `转化测试${unique()}科技`;
  const lead = await rep.post('/api/v1/leads', { name: '李雷', title: '采购经理', company, mobile: '13912345678', industry: 'IT', campaign: '双十二活动', city: '上海' });
  assert.equal(lead.status, 201, lead.text);
  assert.equal(lead.json.status, 'new');
  const f = await rep.post(`/api/v1/leads/${lead.json.id}/follow-ups`, { type: 'call', text: '电话沟通，需求明确' });
  assert.equal(f.status, 201, f.text);
  const after = (await rep.get(`/api/v1/leads/${lead.json.id}`)).json;
  assert.equal(after.status, 'contacting', 'the first follow-up moves new to contacting');
  assert.ok(after.firstContactAt);
  // Mapping: campaign → the customer's industry (instead of industry).
  const m = await admin.put('/api/v1/lead-conversion-mapping', { fields: [
    { lead: 'company', customer: 'customer.name' }, { lead: 'campaign', customer: 'customer.industry' },
    { lead: 'city', customer: 'customer.city' }, { lead: 'name', customer: 'contact.name' },
    { lead: 'title', customer: 'contact.title' }, { lead: 'mobile', customer: 'contact.mobile' }] });
  assert.equal(m.status, 200, m.text);
  assertError(await admin.put('/api/v1/lead-conversion-mapping', { fields: [{ lead: 'nope', customer: 'customer.name' }] }), 400, 'validation.failed');
  const conv = await rep.post(`/api/v1/leads/${lead.json.id}/convert`, {});
  assert.equal(conv.status, 200, conv.text);
  assert.equal(conv.json.attached, false);
  const customer = (await rep.get(`/api/v1/customers/${conv.json.customerId}`)).json;
  assert.equal(customer.name, company);
  assert.equal(customer.industry, '双十二活动');
  assert.equal(customer.city, '上海');
  assert.equal(customer.ownerId, (await rep.get('/api/v1/auth/me')).json?.user?.id ?? customer.ownerId);
  const contact = customer.contacts.find((c) => c.name === '李雷');
  assert.ok(contact, 'contact created');
  assert.equal(contact.title, '采购经理');
  assert.equal(contact.mobile, '13912345678');
  const timeline = (await rep.get(`/api/v1/customers/${conv.json.customerId}/follow-ups`)).json.items;
  assert.ok(timeline.some((x) => x.text === '电话沟通，需求明确' && x.leadId === lead.json.id), 'the lead\'s follow-up is on the customer');
  assert.equal(conv.json.lead.status, 'converted');
  assert.equal(conv.json.lead.readOnly, true);
  assertError(await rep.patch(`/api/v1/leads/${lead.json.id}`, { title: 'x' }), 409, 'lead.read_only');
  assertError(await rep.post(`/api/v1/leads/${lead.json.id}/convert`, {}), 409, 'lead.read_only');
  await admin.put('/api/v1/lead-conversion-mapping', { fields: [] });
});

test('validation: two required fields, status reasons, sources in use', async () => {
  const rep = await as(srv.baseUrl, 'rep03');
  assertError(await rep.post('/api/v1/leads', { name: '只有名字' }), 400, 'validation.failed');
  assertError(await rep.post('/api/v1/leads', { mobile: '13700000000' }), 400, 'validation.failed');
  const ok = await rep.post('/api/v1/leads', { name: `快速${unique()}`, wechat: `wx${unique()}` });
  assert.equal(ok.status, 201, ok.text);
  assertError(await rep.post(`/api/v1/leads/${ok.json.id}/status`, { status: 'invalid' }), 400, 'validation.failed');
  const inv = await rep.post(`/api/v1/leads/${ok.json.id}/status`, { status: 'invalid', reason: '空号' });
  assert.equal(inv.status, 200, inv.text);
  assert.equal(inv.json.invalidReason, '空号');
  assertError(await admin.del(`/api/v1/lead-sources/${source.id}`), 409, 'lead.source_in_use');
  assertError(await rep.post('/api/v1/lead-sources', { name: 'x' }), 403, 'permission.denied');
  // Another rep cannot see it.
  const other = await as(srv.baseUrl, 'rep04');
  assertError(await other.get(`/api/v1/leads/${ok.json.id}`), 404, 'not_found');
});

test('bulk: refused rows carry the error envelope (code, message in the caller\'s language, details.fields)', async () => {
  const items = [{ name: `批量${unique()}`, wechat: `wx${unique()}` }, { name: '只有名字' }, 'not an object'];
  const rows = {};
  for (const language of ['zh-CN', 'en']) {
    const r = await admin.post('/api/v1/leads/bulk', { items }, { headers: { 'accept-language': language } });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.created, 1, 'the good row is created (a repeat is a duplicate lead: created and linked, not refused)');
    assert.equal(r.json.failed, 2);
    const [, noWay, notObject] = r.json.items;
    assert.equal(noWay.id, null);
    assert.equal(noWay.error.code, 'validation.failed');
    assert.ok(noWay.error.details.fields.length > 0, JSON.stringify(noWay.error));
    assert.deepEqual(notObject.error.details.fields, [{ field: '', issue: 'wrong_type' }]);
    rows[language] = noWay.error.message;
  }
  assert.match(rows['zh-CN'], /[\u4e00-\u9fff]/, `Chinese message: ${rows['zh-CN']}`);
  assert.match(rows.en, /^[\x20-\x7e]+$/, `English message: ${rows.en}`);
});

test('conversion with an opportunity: made in the same transaction, linked to the lead, in the default process\'s first stage; a bad one converts nothing', async () => {
  const rep = await as(srv.baseUrl, 'rep03');
  const company = `商机转化${unique()}科技`;
  const lead = assertOk(await rep.post('/api/v1/leads', { name: '韩梅梅', company, mobile: '13912340077' }), 201);
  // A bad opportunity: 400 naming its field, and the lead is not converted.
  assertValidation(await rep.post(`/api/v1/leads/${lead.id}/convert`, { opportunity: { amountFen: 100 } }), 'opportunity.name', 'required');
  assertValidation(await rep.post(`/api/v1/leads/${lead.id}/convert`, { opportunity: { name: '一期', amountFen: 1.5 } }), 'opportunity.amountFen', 'wrong_type');
  assert.equal(assertOk(await rep.get(`/api/v1/leads/${lead.id}`)).status, 'new', 'nothing converted');
  const conv = assertOk(await rep.post(`/api/v1/leads/${lead.id}/convert`, { opportunity: { name: '一期采购', amountFen: 12345600, expectedCloseDate: '2027-01-31' } }));
  assert.ok(conv.opportunityId, conv);
  const o = assertOk(await rep.get(`/api/v1/opportunities/${conv.opportunityId}`));
  assert.equal(o.leadId, lead.id);
  assert.equal(o.customerId, conv.customerId);
  assert.equal(o.name, '一期采购');
  assert.equal(o.amountFen, 12345600);
  assert.equal(o.expectedCloseDate, '2027-01-31');
  assert.equal(o.ownerId, assertOk(await rep.get(`/api/v1/customers/${conv.customerId}`)).ownerId, 'owned by the customer\'s owner');
  const processes = assertOk(await rep.get('/api/v1/sales-processes')).items;
  const def = processes.find((p) => p.isDefault);
  assert.equal(o.processId, def.id);
  assert.equal(o.stageId, def.stages.find((s) => s.kind === 'open').id, 'the first open stage');
  const listed = assertOk(await rep.get(`/api/v1/opportunities?customerId=${conv.customerId}`)).items;
  assert.deepEqual(listed.map((x) => x.id), [conv.opportunityId], 'on the customer page');
  // Without `opportunity` no opportunity is made.
  const plain = assertOk(await rep.post('/api/v1/leads', { name: '李四', company: `${company}二部`, mobile: '13912340078' }), 201);
  const conv2 = assertOk(await rep.post(`/api/v1/leads/${plain.id}/convert`, {}));
  assert.equal(conv2.opportunityId, null);
});
