// Helpers for the customer / pool / reclaim tests (on top of harness.mjs; same HTTP client).
import assert from 'node:assert/strict';
import { client, login, PASSWORD } from './harness.mjs';

export function assertError(r, status, code, what = '') {
  assert.equal(r.status, status, `${what} status (body: ${r.text})`);
  assert.equal(r.json?.error?.code, code, `${what} error code (body: ${r.text})`);
  assert.equal(typeof r.json?.requestId, 'string', `${what}: error envelope has requestId`);
}

export function assertOk(r, status = 200, what = '') {
  assert.equal(r.status, status, `${what} status (body: ${r.text})`);
  return r.json;
}

// 400 validation.failed naming `field` in details.fields (optionally with `issue`).
export function assertValidation(r, field, issue, what = '') {
  assertError(r, 400, 'validation.failed', what);
  const fields = r.json.error.details?.fields ?? [];
  assert.ok(fields.some((f) => f.field === field && (!issue || f.issue === issue)),
    `${what}: details.fields should name ${field}${issue ? ` (${issue})` : ''}, got ${JSON.stringify(fields)}`);
}

// Logged-in client for a user of a tenant.
export async function as(baseUrl, username, tenant = 'demo', password = PASSWORD) {
  return client(baseUrl, await login(baseUrl, tenant, username, password));
}

// Every item of a list endpoint, following nextCursor.
export async function allPages(api, pathWithQuery, { limit = 200, max = 100 } = {}) {
  const items = [];
  let cursor = null;
  let pages = 0;
  do {
    const sep = pathWithQuery.includes('?') ? '&' : '?';
    const r = await api.get(`${pathWithQuery}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    assert.equal(r.status, 200, `GET ${pathWithQuery}: ${r.text.slice(0, 500)}`);
    items.push(...r.json.items);
    cursor = r.json.nextCursor;
    assert.ok(++pages <= max, `GET ${pathWithQuery}: more than ${max} pages`);
  } while (cursor);
  return items;
}

// ---- Dates in the tenant's time zone (Asia/Shanghai: UTC+8, no DST) ----
const SHANGHAI_MS = 8 * 3600 * 1000;
export function localDate(instant) {
  return new Date(new Date(instant).getTime() + SHANGHAI_MS).toISOString().slice(0, 10);
}
export function addDays(date, n) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export function daysBetween(fromDate, toDate) {
  return Math.round((Date.parse(`${toDate}T00:00:00Z`) - Date.parse(`${fromDate}T00:00:00Z`)) / 86400000);
}
// An instant on a local date at a local hour (default 03:00, after the default sweep hour 2).
export function localInstant(date, hour = 3) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + hour * 3600 * 1000 - SHANGHAI_MS).toISOString();
}

let seq = 0;
export const unique = (prefix = '') => `${prefix}${Date.now().toString(36)}${(seq++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

// Creates active users (role rep unless roleId given) in a department; returns [{id, username, api}].
// A department `${label}部` below the root with groups `${label}A组` and `${label}B组`, and the
// built-in roles' ids by code: {top, a, b, role: (code) => id}.
export async function departmentWithTwoGroups(admin, label) {
  const root = assertOk(await admin.get('/api/v1/departments')).items.find((d) => !d.parentId);
  const top = assertOk(await admin.post('/api/v1/departments', { name: `${label}部${unique()}`, parentId: root.id }), 201);
  const a = assertOk(await admin.post('/api/v1/departments', { name: `${label}A组${unique()}`, parentId: top.id }), 201);
  const b = assertOk(await admin.post('/api/v1/departments', { name: `${label}B组${unique()}`, parentId: top.id }), 201);
  const roles = assertOk(await admin.get('/api/v1/roles')).items;
  return { top, a, b, role: (code) => roles.find((r) => r.code === code).id };
}

export async function makeUsers(admin, baseUrl, { count, departmentId, roleId, prefix = 'tu' }) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const username = `${prefix}${String(i).padStart(2, '0')}${unique().slice(-5)}`;
    const password = 'test-pass-123';
    const r = await admin.post('/api/v1/users', { username, name: `测试${prefix}${i}`, password, departmentId, roleIds: [roleId] });
    assert.equal(r.status, 201, `create user ${username}: ${r.text}`);
    out.push({ id: r.json.id, username, name: r.json.name, password });
  }
  await Promise.all(out.map(async (u) => { u.api = await as(baseUrl, u.username, 'demo', u.password); }));
  return out;
}

// Creates a customer (as `api`) and returns its detail; fails the test on anything but 201.
export async function createCustomer(api, body) {
  const r = await api.post('/api/v1/customers', body);
  assert.equal(r.status, 201, `POST /customers ${JSON.stringify(body).slice(0, 200)}: ${r.text.slice(0, 500)}`);
  return r.json;
}

export async function pools(api) {
  const r = await api.get('/api/v1/pools');
  assert.equal(r.status, 200, r.text);
  const byName = (name) => r.json.items.find((p) => p.name === name);
  return { items: r.json.items, byName };
}
