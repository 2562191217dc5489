// Products and categories (docs/api-contracts.md "Products"): the category tree (cycle and
// in-use checks), product CRUD, codes, the list's filters, and lines naming products on
// opportunities and contracts.
import assert from 'node:assert/strict';
import { useServer, test } from './lib/harness.mjs';
import { as, assertError, assertOk, assertValidation, createCustomer, unique } from './lib/crm.mjs';

const srv = useServer({ customers: 0, sweepCheck: 0 });
let admin, rep;

test('setup', async () => {
  admin = await as(srv.baseUrl, 'admin');
  rep = await as(srv.baseUrl, 'rep01');
});

test('categories: a tree; moving under itself 409; deleting one in use 409 with what uses it', async () => {
  const top = assertOk(await admin.post('/api/v1/product-categories', { name: '软件' }), 201);
  const child = assertOk(await admin.post('/api/v1/product-categories', { name: 'SaaS', parentId: top.id, position: 2 }), 201);
  const grandchild = assertOk(await admin.post('/api/v1/product-categories', { name: '年费', parentId: child.id }), 201);
  assertError(await admin.patch(`/api/v1/product-categories/${top.id}`, { parentId: grandchild.id }), 409, 'product_category.cycle');
  assertError(await admin.patch(`/api/v1/product-categories/${top.id}`, { parentId: top.id }), 409, 'product_category.cycle');
  assertError(await rep.post('/api/v1/product-categories', { name: 'x' }), 403, 'permission.denied');
  const list = assertOk(await rep.get('/api/v1/product-categories')).items;
  assert.deepEqual(list.map((c) => [c.name, c.parentId]), [['软件', null], ['SaaS', top.id], ['年费', child.id]]);
  const p = assertOk(await admin.post('/api/v1/products', { code: `P${unique()}`, name: '标准版', listPriceFen: 100, categoryId: grandchild.id }), 201);
  const used = await admin.del(`/api/v1/product-categories/${grandchild.id}`);
  assertError(used, 409, 'product_category.in_use');
  assert.deepEqual([used.json.error.details.products, used.json.error.details.children], [1, 0]);
  const parent = await admin.del(`/api/v1/product-categories/${child.id}`);
  assertError(parent, 409, 'product_category.in_use');
  assert.deepEqual([parent.json.error.details.products, parent.json.error.details.children], [0, 1]);
  assert.equal(assertOk(await admin.get('/api/v1/product-categories')).items.find((c) => c.id === grandchild.id).productCount, 1);
  assert.equal((await admin.del(`/api/v1/products/${p.id}`)).status, 204);
  assert.equal((await admin.del(`/api/v1/product-categories/${grandchild.id}`)).status, 204);
});

test('products: codes unique among live ones, validation, list filters and sorts', async () => {
  const cat = assertOk(await admin.post('/api/v1/product-categories', { name: `硬件${unique()}` }), 201);
  const sub = assertOk(await admin.post('/api/v1/product-categories', { name: '配件', parentId: cat.id }), 201);
  const code = `HW${unique()}`;
  const a = assertOk(await admin.post('/api/v1/products', { code, name: '服务器', unit: '台', spec: '2U', listPriceFen: 8888800, categoryId: cat.id }), 201);
  assert.equal(a.categoryName, cat.name);
  assertError(await admin.post('/api/v1/products', { code, name: '重复', listPriceFen: 1 }), 409, 'product.code_taken');
  const b = assertOk(await admin.post('/api/v1/products', { code: `${code}-b`, name: '内存条', listPriceFen: 50000, categoryId: sub.id, status: 'off' }), 201);
  assertValidation(await admin.post('/api/v1/products', { name: 'x', listPriceFen: 1 }), 'code', 'required');
  assertValidation(await admin.post('/api/v1/products', { code: 'x'.repeat(65), name: 'x', listPriceFen: 1 }), 'code', 'too_long');
  assertValidation(await admin.post('/api/v1/products', { code: `n${unique()}`, name: 'x', listPriceFen: -1 }), 'listPriceFen', 'invalid_value');
  assertValidation(await admin.post('/api/v1/products', { code: `n${unique()}`, name: 'x', listPriceFen: 1.5 }), 'listPriceFen', 'invalid_value');
  assertValidation(await admin.post('/api/v1/products', { code: `n${unique()}`, name: 'x', listPriceFen: 1, status: 'gone' }), 'status', 'invalid_value');
  assertValidation(await admin.post('/api/v1/products', { code: `n${unique()}`, name: 'x', listPriceFen: 1, categoryId: '123' }), 'categoryId', 'invalid_value');
  const subtree = assertOk(await rep.get(`/api/v1/products?categoryId=${cat.id}`));
  assert.equal(subtree.total, 2);
  assert.deepEqual(subtree.items.map((p) => p.code), [code, `${code}-b`]);
  assert.deepEqual(assertOk(await rep.get(`/api/v1/products?categoryId=${cat.id}&sort=-listPriceFen`)).items.map((p) => p.id), [a.id, b.id]);
  assert.deepEqual(assertOk(await rep.get(`/api/v1/products?categoryId=${cat.id}&status=off`)).items.map((p) => p.id), [b.id]);
  assert.deepEqual(assertOk(await rep.get(`/api/v1/products?q=${encodeURIComponent(`${code}-B`)}`)).items.map((p) => p.id), [b.id]);
  const page1 = assertOk(await rep.get(`/api/v1/products?categoryId=${cat.id}&limit=1`));
  const page2 = assertOk(await rep.get(`/api/v1/products?categoryId=${cat.id}&limit=1&cursor=${encodeURIComponent(page1.nextCursor)}`));
  assert.deepEqual([...page1.items, ...page2.items].map((p) => p.id), [a.id, b.id]);
  const edited = assertOk(await admin.patch(`/api/v1/products/${a.id}`, { listPriceFen: 9999900, status: 'off' }));
  assert.deepEqual([edited.listPriceFen, edited.status, edited.code], [9999900, 'off', code]);
  assertError(await rep.patch(`/api/v1/products/${a.id}`, { name: 'x' }), 403, 'permission.denied');
  assert.equal((await admin.del(`/api/v1/products/${a.id}`)).status, 204);
  assertError(await rep.get(`/api/v1/products/${a.id}`), 404, 'not_found');
  assertOk(await admin.post('/api/v1/products', { code, name: '新服务器', listPriceFen: 1 }), 201, 'a deleted product\'s code is free');
});

test('lines naming products: defaults from the product, the list price kept, the discount shows; off-sale refused when new', async () => {
  const on = assertOk(await admin.post('/api/v1/products', { code: `L${unique()}`, name: '旗舰版', unit: '套', listPriceFen: 100000 }), 201);
  const off = assertOk(await admin.post('/api/v1/products', { code: `L${unique()}`, name: '停售版', listPriceFen: 5000, status: 'off' }), 201);
  const customer = await createCustomer(admin, { name: `产品客户${unique()}` });
  const c = assertOk(await admin.post('/api/v1/contracts', { customerId: customer.id, name: '买产品',
    items: [{ productId: on.id, quantity: 3 }, { productId: on.id, quantity: 2, unitPriceFen: 60000, discountFen: 1000 }] }), 201);
  assert.deepEqual(c.items.map((i) => [i.name, i.unit, i.listPriceFen, i.unitPriceFen, i.totalFen]),
    [['旗舰版', '套', 100000, 100000, 300000], ['旗舰版', '套', 100000, 60000, 119000]]);
  assert.equal(c.totalFen, 419000);
  assert.equal(c.listTotalFen, 500000);
  assert.equal(c.discountBp, Math.floor((500000 - 419000) * 10000 / 500000));
  assertValidation(await admin.post('/api/v1/contracts', { customerId: customer.id, name: 'x', items: [{ productId: off.id }] }), 'items[0].productId', 'invalid_value');
  assertValidation(await admin.post('/api/v1/contracts', { customerId: customer.id, name: 'x', items: [{ productId: '999' }] }), 'items[0].productId', 'invalid_value');
  // A line keeps its copied list price when the catalogue changes, and stays when its product goes off sale.
  assertOk(await admin.patch(`/api/v1/products/${on.id}`, { listPriceFen: 1, status: 'off' }));
  const kept = assertOk(await admin.patch(`/api/v1/contracts/${c.id}`, { items: c.items.map((i) => ({ productId: i.productId, quantity: i.quantity, unitPriceFen: i.unitPriceFen, discountFen: i.discountFen })) }));
  assert.deepEqual(kept.items.map((i) => i.listPriceFen), [100000, 100000]);
  // Opportunities check their lines' products the same way.
  assertValidation(await admin.post('/api/v1/opportunities', { customerId: customer.id, name: '商机', items: [{ productId: off.id, quantity: 1, unitPriceFen: 1 }] }), 'items[0].productId', 'invalid_value');
  const live = assertOk(await admin.post('/api/v1/products', { code: `L${unique()}`, name: '标准版', listPriceFen: 3000 }), 201);
  const o = assertOk(await admin.post('/api/v1/opportunities', { customerId: customer.id, name: '商机', items: [{ productId: live.id, quantity: 2, unitPriceFen: 2500 }] }), 201);
  assert.equal(o.items[0].name, '标准版');
  assert.equal(o.amountFen, 5000);
});

test('tenant isolation: another company sees none of the catalogue and gets 404 on every id route', async () => {
  const other = await as(srv.baseUrl, 'admin', 'other');
  const cat = assertOk(await admin.post('/api/v1/product-categories', { name: `隔离${unique()}` }), 201);
  const p = assertOk(await admin.post('/api/v1/products', { code: `ISO${unique()}`, name: '隔离产品', listPriceFen: 1, categoryId: cat.id }), 201);
  assertError(await other.get(`/api/v1/products/${p.id}`), 404, 'not_found');
  assertError(await other.patch(`/api/v1/products/${p.id}`, { name: 'x' }), 404, 'not_found');
  assertError(await other.del(`/api/v1/products/${p.id}`), 404, 'not_found');
  assertError(await other.patch(`/api/v1/product-categories/${cat.id}`, { name: 'x' }), 404, 'not_found');
  assertError(await other.del(`/api/v1/product-categories/${cat.id}`), 404, 'not_found');
  assert.equal(assertOk(await other.get('/api/v1/products')).total, 0);
  assert.deepEqual(assertOk(await other.get('/api/v1/product-categories')).items, []);
  // A line of the other company may not name it either.
  const customer = await createCustomer(other, { name: `隔离客户${unique()}` });
  assertValidation(await other.post('/api/v1/contracts', { customerId: customer.id, name: 'x', items: [{ productId: p.id }] }), 'items[0].productId', 'invalid_value');
  assertOk(await admin.get(`/api/v1/products/${p.id}`));
});
