#pragma once

#include <optional>
#include <vector>

#include "core/page.h"
#include "core/status.h"
#include "domain/products/product_types.h"
#include "storage/database.h"

// The SQL of products and product_categories. None checks permissions; the service does.
namespace quanke::products {

// Every category of the tenant with its own live product count, by (parent, position, id).
Result<std::vector<Category>> ListCategories(storage::Connection& conn, Id tenant_id);
Result<Category> GetCategory(storage::Connection& conn, Id tenant_id, Id id);
Status InsertCategory(storage::Connection& conn, Id tenant_id, const Category& c);
Status UpdateCategory(storage::Connection& conn, Id tenant_id, const Category& c);
Status DeleteCategory(storage::Connection& conn, Id tenant_id, Id id);
// How many live products and child categories the category has.
Result<std::pair<std::int64_t, std::int64_t>> CategoryUse(storage::Connection& conn, Id tenant_id, Id id);

// One live product with its category's name; not_found when absent or deleted.
Result<Product> GetProduct(storage::Connection& conn, Id tenant_id, Id id);
// Whether a live product other than `except_id` has the code.
Result<bool> ProductCodeTaken(storage::Connection& conn, Id tenant_id, const std::string& code, Id except_id);
// The id of the live product with the code, or nullopt.
Result<std::optional<Id>> ProductIdByCode(storage::Connection& conn, Id tenant_id, const std::string& code);
Status InsertProduct(storage::Connection& conn, Id tenant_id, const Product& p);
Status UpdateProduct(storage::Connection& conn, Id tenant_id, const Product& p);
Status SoftDeleteProduct(storage::Connection& conn, Id tenant_id, Id id, Id by, Instant at);
// Live products, keyset-paginated by page.sort (code, name, listPriceFen, createdAt), with total.
Result<Page<Product>> ListProducts(storage::Connection& conn, Id tenant_id, const ProductFilter& f,
                                   const PageRequest& page);

}  // namespace quanke::products
