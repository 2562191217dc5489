#include "domain/products/product_repository.h"

#include "domain/customers/normalize.h"
#include "storage/keyset.h"

namespace quanke::products {
namespace {
using storage::Connection;
using storage::Params;
using storage::V;

constexpr std::string_view kProductSelect =
    "SELECT p.id, p.code, p.name, p.spec, p.unit, p.list_price_fen, p.status, p.category_id, "
    "COALESCE(pc.name, ''), p.image_id, p.description, p.created_by, p.created_at, p.updated_at FROM products p "
    "LEFT JOIN product_categories pc ON pc.tenant_id = p.tenant_id AND pc.id = p.category_id ";

Product ReadProduct(storage::Row& r) {
  Product p;
  size_t i = 0;
  p.id = r.Int(i++);
  p.code = r.TakeText(i++);
  p.name = r.TakeText(i++);
  p.spec = r.TakeText(i++);
  p.unit = r.TakeText(i++);
  p.list_price_fen = r.Int(i++);
  p.status = r.TakeText(i++);
  p.category_id = r.OptInt(i++);
  p.category_name = r.TakeText(i++);
  p.image_id = r.OptInt(i++);
  p.description = r.TakeText(i++);
  p.created_by = r.OptInt(i++);
  p.created_at = r.Int(i++);
  p.updated_at = r.Int(i++);
  return p;
}

std::string SearchTextOf(const Product& p) { return customers::SearchText({p.code, p.name}); }

using storage::Next;

struct SortSpec {
  const char* column;
  bool text;
};
SortSpec SortOf(const std::string& sort) {
  if (sort == "name") return {"p.name", true};
  if (sort == "listPriceFen") return {"p.list_price_fen", false};
  if (sort == "createdAt") return {"p.created_at", false};
  return {"p.code", true};
}
std::string SortValueOf(const Product& p, const std::string& sort) {
  if (sort == "name") return p.name;
  if (sort == "listPriceFen") return std::to_string(p.list_price_fen);
  if (sort == "createdAt") return std::to_string(p.created_at);
  return p.code;
}

}  // namespace

Result<std::vector<Category>> ListCategories(Connection& conn, Id tenant_id) {
  auto r = conn.Query(
      "SELECT c.id, c.parent_id, c.name, c.position, c.created_at, c.updated_at, (SELECT COUNT(*) FROM products p "
      "WHERE p.tenant_id = c.tenant_id AND p.category_id = c.id AND p.deleted_at IS NULL) FROM product_categories c "
      "WHERE c.tenant_id = $1 ORDER BY COALESCE(c.parent_id, 0), c.position, c.id",
      {V(tenant_id)});
  if (!r.ok()) return r.status();
  std::vector<Category> out;
  for (auto& row : r->rows) {
    Category c;
    c.id = row.Int(0);
    c.parent_id = row.OptInt(1);
    c.name = row.TakeText(2);
    c.position = row.Int(3);
    c.created_at = row.Int(4);
    c.updated_at = row.Int(5);
    c.product_count = row.Int(6);
    out.push_back(std::move(c));
  }
  return out;
}

Result<Category> GetCategory(Connection& conn, Id tenant_id, Id id) {
  auto all = ListCategories(conn, tenant_id);
  if (!all.ok()) return all.status();
  for (auto& c : *all)
    if (c.id == id) return c;
  return Status::NotFound();
}

Status InsertCategory(Connection& conn, Id tenant_id, const Category& c) {
  return conn.Exec(
      "INSERT INTO product_categories (tenant_id, id, parent_id, name, position, created_at, updated_at) VALUES "
      "($1, $2, $3, $4, $5, $6, $6)",
      {V(tenant_id), V(c.id), V(c.parent_id), V(c.name), V(c.position), V(c.created_at)});
}

Status UpdateCategory(Connection& conn, Id tenant_id, const Category& c) {
  return conn.Exec(
      "UPDATE product_categories SET parent_id = $3, name = $4, position = $5, updated_at = $6 WHERE tenant_id = $1 "
      "AND id = $2",
      {V(tenant_id), V(c.id), V(c.parent_id), V(c.name), V(c.position), V(c.updated_at)});
}

Status DeleteCategory(Connection& conn, Id tenant_id, Id id) {
  return conn.Exec("DELETE FROM product_categories WHERE tenant_id = $1 AND id = $2", {V(tenant_id), V(id)});
}

Result<std::pair<std::int64_t, std::int64_t>> CategoryUse(Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query(
      "SELECT (SELECT COUNT(*) FROM products WHERE tenant_id = $1 AND category_id = $2 AND deleted_at IS NULL), "
      "(SELECT COUNT(*) FROM product_categories WHERE tenant_id = $1 AND parent_id = $2)",
      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  return std::pair{r->front().Int(0), r->front().Int(1)};
}

Result<Product> GetProduct(Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query(std::string(kProductSelect) + "WHERE p.tenant_id = $1 AND p.id = $2 AND p.deleted_at IS NULL",
                      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadProduct(r->rows.front());
}

Result<bool> ProductCodeTaken(Connection& conn, Id tenant_id, const std::string& code, Id except_id) {
  auto r = conn.Query(
      "SELECT id FROM products WHERE tenant_id = $1 AND code = $2 AND deleted_at IS NULL AND id <> $3",
      {V(tenant_id), V(code), V(except_id)});
  if (!r.ok()) return r.status();
  return !r->empty();
}

Result<std::optional<Id>> ProductIdByCode(Connection& conn, Id tenant_id, const std::string& code) {
  auto r = conn.Query("SELECT id FROM products WHERE tenant_id = $1 AND code = $2 AND deleted_at IS NULL",
                      {V(tenant_id), V(code)});
  if (!r.ok()) return r.status();
  if (r->rows.empty()) return std::optional<Id>();
  return std::optional<Id>(r->rows.front().Int(0));
}

Status InsertProduct(Connection& conn, Id tenant_id, const Product& p) {
  return conn.Exec(
      "INSERT INTO products (tenant_id, id, category_id, code, name, spec, unit, list_price_fen, status, image_id, "
      "description, search_text, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
      "$10, $11, $12, $13, $14, $14)",
      {V(tenant_id), V(p.id), V(p.category_id), V(p.code), V(p.name), V(p.spec), V(p.unit), V(p.list_price_fen),
       V(p.status), V(p.image_id), V(p.description), V(SearchTextOf(p)), V(p.created_by), V(p.created_at)});
}

Status UpdateProduct(Connection& conn, Id tenant_id, const Product& p) {
  return conn.Exec(
      "UPDATE products SET category_id = $3, code = $4, name = $5, spec = $6, unit = $7, list_price_fen = $8, "
      "status = $9, image_id = $10, description = $11, search_text = $12, updated_at = $13 WHERE tenant_id = $1 "
      "AND id = $2",
      {V(tenant_id), V(p.id), V(p.category_id), V(p.code), V(p.name), V(p.spec), V(p.unit), V(p.list_price_fen),
       V(p.status), V(p.image_id), V(p.description), V(SearchTextOf(p)), V(p.updated_at)});
}

Status SoftDeleteProduct(Connection& conn, Id tenant_id, Id id, Id by, Instant at) {
  return conn.Exec(
      "UPDATE products SET deleted_at = $3, deleted_by = $4, updated_at = $3 WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(id), V(at), V(by)});
}

Result<Page<Product>> ListProducts(Connection& conn, Id tenant_id, const ProductFilter& f, const PageRequest& page) {
  Params p{V(tenant_id)};
  std::string where = "p.tenant_id = $1 AND p.deleted_at IS NULL";
  if (f.category_id) {
    const std::string c = Next(p);
    p.push_back(V(*f.category_id));
    where += " AND p.category_id IN (WITH RECURSIVE sub(id) AS (SELECT CAST(" + c +
             " AS BIGINT) UNION SELECT sc.id FROM product_categories sc JOIN sub ON sc.parent_id = sub.id WHERE "
             "sc.tenant_id = $1) SELECT id FROM sub)";
  }
  if (!f.status.empty()) {
    where += " AND p.status = " + Next(p);
    p.push_back(V(f.status));
  }
  if (!f.q.empty()) {
    where += " AND p.search_text LIKE " + Next(p);
    p.push_back(V("%" + customers::NormalizeQuery(f.q) + "%"));
  }
  const SortSpec sort = SortOf(page.sort);
  return storage::KeysetPage<Product>(
      conn, page, where, p, "products p", sort.column, sort.text, "p.id",
      [](Params&) { return std::string(kProductSelect); }, ReadProduct,
      [&](const Product& x) { return SortValueOf(x, page.sort); });
}

}  // namespace quanke::products
