// Imports of products (docs/api-imports.md, "Products"): rows created through the products
// module's create path with every check, categories named by path found or created (audited),
// prices in yuan as fen, statuses by their Chinese names, the skip and update policies on a live
// product of the same code, attach refused, who may import, and tenant isolation. Batches of 3
// rows here, so a category created by one batch is found by the next. Every expected value is
// derived from the rows sent.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { runImport } from './lib/imports.mjs';
import { as, assertError, assertOk, allPages, unique } from './lib/crm.mjs';

const BATCH = 3;
const srv = useServer({ sweepCheck: 0, extraArgs: ['--import-batch', String(BATCH)] });
let admin;
const tag = unique().slice(-6).toUpperCase();

const run = (api, policy, rows) => runImport(api, 'products', policy, rows);
const errorsOf = async (api, id) => assertOk(await api.get(`/api/v1/imports/${id}/errors`), 200).items;
const productsOf = (api) => allPages(api, `/api/v1/products?q=${encodeURIComponent(tag)}`);

// The test's own reading of a price cell: yuan, with ¥/￥, thousands separators and spaces, in fen.
function fenOf(text) {
  const n = Number(text.replace(/[¥￥,\s]/g, ''));
  return Math.round(n * 100);
}
const STATUS = { 在售: 'on', 上架: 'on', on: 'on', 停售: 'off', 下架: 'off', off: 'off' };

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
});

test('valid rows are created with their exact fields; bad rows are reported by row and field', async () => {
  const top = `硬件${tag}`;
  const rows = [
    { code: `${tag}-1`, name: '机架服务器', category: `${top}/服务器`, specification: '2U 双路', unit: '台', listPrice: '¥12,345.60', status: '在售', description: '标准配置' },
    { code: `${tag}-2`, name: '塔式服务器', category: `${top} / 服务器`, unit: '台', listPrice: '1200', status: '下架' },
    { code: `${tag}-3`, name: '交换机', category: `${top}/网络/交换`, listPrice: '￥ 8,000', status: 'off' },
    { name: '没有编码', listPrice: '10' },                                       // 4: code required
    { code: `${tag}-5`, name: '坏价格', listPrice: '一千元' },                     // 5: price unreadable
    { code: `${tag}-6`, name: '负价格', listPrice: '-5' },                         // 6: negative
    { code: `${tag}-7`, name: '坏状态', listPrice: '5', status: '清仓' },           // 7: status unknown
    { code: `${tag}-8`, listPrice: '' },                                           // 8: name and price required
    { code: `${tag}-9`, name: '单名分类', category: top, listPrice: '0.5', status: '上架' },  // a single name: the top-level one
    { code: `${tag}-10`, name: 'x'.repeat(129), listPrice: '1' },                  // 10: name too long
    { code: `${tag}-11`, name: '空分类段', category: `${top}//服务器`, listPrice: '1' }, // 11: an empty name in the path
  ];
  const job = await run(admin, 'skip', rows);
  const good = [0, 1, 2, 8];
  const bad = {
    4: [{ field: 'code', issue: 'required' }],
    5: [{ field: 'listPrice', issue: 'invalid_value' }],
    6: [{ field: 'listPrice', issue: 'invalid_value' }],
    7: [{ field: 'status', issue: 'invalid_value' }],
    8: [{ field: 'name', issue: 'required' }, { field: 'listPrice', issue: 'required' }],
    10: [{ field: 'name', issue: 'too_long' }],
    11: [{ field: 'category', issue: 'invalid_value' }],
  };
  assert.deepEqual(
    [job.total, job.done, job.created, job.updated, job.skipped, job.failed, job.attached],
    [rows.length, rows.length, good.length, 0, 0, Object.keys(bad).length, 0],
  );
  const errors = await errorsOf(admin, job.id);
  assert.deepEqual(
    errors.map((e) => [e.row, e.outcome, e.code, [...e.fields].sort((a, b) => a.field.localeCompare(b.field))]),
    Object.entries(bad).map(([row, fields]) => [Number(row), 'failed', 'validation.failed', [...fields].sort((a, b) => a.field.localeCompare(b.field))]),
  );
  assert.deepEqual(errors.map((e) => e.label), Object.keys(bad).map((row) => rows[row - 1].code ?? rows[row - 1].name));

  // The categories: the path's names created once each, under their parents.
  const cats = assertOk(await admin.get('/api/v1/product-categories'), 200).items;
  const named = (name, parentId) => cats.filter((c) => c.name === name && c.parentId === parentId);
  assert.equal(named(top, null).length, 1);
  const topId = named(top, null)[0].id;
  assert.equal(named('服务器', topId).length, 1);
  assert.equal(named('网络', topId).length, 1);
  const switchCat = named('交换', named('网络', topId)[0].id);
  assert.equal(switchCat.length, 1);
  const categoryOf = (path) => {
    let parent = null;
    for (const name of path.split('/').map((s) => s.trim())) parent = named(name, parent)[0].id;
    return parent;
  };

  // Each created product exactly as its row says.
  const made = await productsOf(admin);
  assert.deepEqual(made.map((p) => p.code).sort(), good.map((i) => rows[i].code).sort());
  for (const i of good) {
    const r = rows[i];
    const p = made.find((x) => x.code === r.code);
    const full = assertOk(await admin.get(`/api/v1/products/${p.id}`), 200);
    assert.deepEqual(
      [full.name, full.spec, full.unit, full.listPriceFen, full.status, full.categoryId, full.description],
      [r.name, r.specification ?? '', r.unit ?? '', fenOf(r.listPrice), STATUS[r.status], categoryOf(r.category), r.description ?? ''],
      `row ${i + 1}`,
    );
  }
  // Audited as by hand: each product and each new category.
  const audited = await allPages(admin, '/api/v1/audit-log?action=product.create');
  for (const p of made) assert.equal(audited.filter((e) => e.objectId === p.id).length, 1, `product.create of ${p.code}`);
  const catAudit = await allPages(admin, '/api/v1/audit-log?action=product_category.create');
  for (const id of [topId, named('服务器', topId)[0].id, switchCat[0].id])
    assert.equal(catAudit.filter((e) => e.objectId === id).length, 1, 'product_category.create');
});

test('a live product with the code: skip reports the row skipped, update sets the row\'s non-empty cells', async () => {
  const code = `${tag}-U`;
  const before = assertOk(await admin.post('/api/v1/products', { code, name: '旧名称', spec: '旧规格', unit: '套', listPriceFen: 100 }), 201);
  const skip = await run(admin, 'skip', [{ code, name: '新名称', listPrice: '99' }, { code: `${tag}-S1`, name: '新产品', listPrice: '2.5' }]);
  assert.deepEqual([skip.created, skip.skipped, skip.updated, skip.failed], [1, 1, 0, 0]);
  assert.deepEqual((await errorsOf(admin, skip.id)).map((e) => [e.row, e.outcome, e.code, e.label]), [[1, 'skipped', 'product.code_taken', code]]);
  const unchanged = assertOk(await admin.get(`/api/v1/products/${before.id}`), 200);
  assert.deepEqual([unchanged.name, unchanged.listPriceFen], ['旧名称', 100]);

  const updateRows = [
    { code, name: '新名称', listPrice: '¥1,000.25', status: '停售' },   // spec and unit empty: kept
    { code: `${tag}-S1`, listPrice: 'abc' },                              // a bad cell: refused, nothing changed
    { code: `${tag}-S2`, name: '另一个新产品', listPrice: '3' },          // no such code: created
  ];
  const update = await run(admin, 'update', updateRows);
  assert.deepEqual([update.created, update.updated, update.skipped, update.failed], [1, 1, 0, 1]);
  assert.deepEqual((await errorsOf(admin, update.id)).map((e) => [e.row, e.outcome, e.fields]), [[2, 'failed', [{ field: 'listPrice', issue: 'invalid_value' }]]]);
  const after = assertOk(await admin.get(`/api/v1/products/${before.id}`), 200);
  assert.deepEqual(
    [after.code, after.name, after.spec, after.unit, after.listPriceFen, after.status],
    [code, updateRows[0].name, '旧规格', '套', fenOf(updateRows[0].listPrice), STATUS[updateRows[0].status]],
  );
  const s1 = (await productsOf(admin)).find((p) => p.code === `${tag}-S1`);
  assert.equal(s1.listPriceFen, fenOf('2.5'));
  const changes = await allPages(admin, `/api/v1/audit-log?objectType=product&objectId=${before.id}&action=product.update`);
  assert.equal(changes.length, 1, 'the update audited once');
});

test('attach is refused for products; unknown objects are refused', async () => {
  const r = await admin.post('/api/v1/imports', { object: 'products', policy: 'attach', rows: [{ code: 'x', name: 'x', listPrice: '1' }] });
  assertError(r, 400, 'validation.failed');
  assert.deepEqual(r.json.error.details.fields, [{ field: 'policy', issue: 'invalid_value' }]);
  const t = await admin.put('/api/v1/import-templates', { object: 'orders', name: 'x', mapping: {} });
  assertError(t, 400, 'validation.failed');
  assert.deepEqual(t.json.error.details.fields, [{ field: 'object', issue: 'invalid_value' }]);
});

test('permission: who may not create products may not import them nor keep their templates', async () => {
  const rep = await as(srv.baseUrl, 'rep01');
  assertError(await rep.post('/api/v1/products', { code: `${tag}-R`, name: 'r', listPriceFen: 1 }), 403, 'permission.denied');
  assertError(await rep.post('/api/v1/imports', { object: 'products', rows: [{ code: `${tag}-R`, name: 'r', listPrice: '1' }] }), 403, 'permission.denied');
  assertError(await rep.get('/api/v1/import-templates?object=products'), 403, 'permission.denied');
  assertError(await rep.put('/api/v1/import-templates', { object: 'products', name: 'r', mapping: {} }), 403, 'permission.denied');
  const tpl = assertOk(await admin.put('/api/v1/import-templates', { object: 'products', name: `产品${tag}`, mapping: { 产品编码: 'code', 售价: 'listPrice' } }), 200);
  assert.equal(tpl.object, 'products');
  assertError(await rep.del(`/api/v1/import-templates/${tpl.id}`), 403, 'permission.denied');
  const listed = assertOk(await admin.get('/api/v1/import-templates?object=products'), 200).items;
  assert.deepEqual(listed.filter((t) => t.id === tpl.id).map((t) => t.mapping), [{ 产品编码: 'code', 售价: 'listPrice' }]);
  assert.ok(!assertOk(await admin.get('/api/v1/import-templates?object=customers'), 200).items.some((t) => t.id === tpl.id), 'templates per object');
  assert.equal((await admin.del(`/api/v1/import-templates/${tpl.id}`)).status, 204);
  assert.equal((await productsOf(admin)).filter((p) => p.code === `${tag}-R`).length, 0);
});

test('tenant isolation: another company sees neither the import nor its products', async () => {
  const job = await run(admin, 'skip', [{ code: `${tag}-T`, name: '隔离产品', listPrice: '1' }]);
  assert.equal(job.created, 1);
  const other = await as(srv.baseUrl, 'admin', 'other');
  assertError(await other.get(`/api/v1/imports/${job.id}`), 404, 'not_found');
  assertError(await other.get(`/api/v1/imports/${job.id}/errors`), 404, 'not_found');
  assert.equal((await productsOf(other)).length, 0);
  // The other company's import of the same code is its own product.
  const theirs = await run(other, 'skip', [{ code: `${tag}-T`, name: '他们的产品', listPrice: '2' }]);
  assert.deepEqual([theirs.created, theirs.skipped], [1, 0]);
  const mine = (await productsOf(admin)).find((p) => p.code === `${tag}-T`);
  assert.equal(mine.name, '隔离产品');
});
