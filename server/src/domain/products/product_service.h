#pragma once

#include <string>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "domain/products/product_types.h"
#include "storage/database.h"

namespace quanke::products {

// Products and their categories (产品管理, docs/api-contracts.md "Products"). Every signed-in user
// of the tenant reads; changing needs `settings.configure`. Every write is one transaction with
// its audit entry. Thread-safe.
class ProductService {
 public:
  ProductService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}
  // A product's image may be seen by every user of the tenant (once, at start-up).
  static void RegisterAttachmentReaders();

  Result<std::vector<Category>> Categories(const org::Caller& caller);
  Result<Category> CreateCategory(const org::Caller& caller, const CategoryInput& in);
  // 422 product_category.cycle when moved under itself or its subtree.
  Result<Category> UpdateCategory(const org::Caller& caller, Id id, const CategoryInput& in);
  // 409 product_category.in_use (details products, children).
  Status DeleteCategory(const org::Caller& caller, Id id);

  Result<Page<Product>> List(const org::Caller& caller, const ProductFilter& filter, const PageRequest& page);
  Result<Product> Get(const org::Caller& caller, Id id);
  // 409 product.code_taken; validation.failed as the doc lists.
  Result<Product> Create(const org::Caller& caller, const ProductInput& in);
  Result<Product> Update(const org::Caller& caller, Id id, const ProductInput& in);
  Status Delete(const org::Caller& caller, Id id);

  // The same create, edit and category create inside the caller's transaction (imports: one
  // transaction per batch of rows), with every check, the permission and the audit entry.
  static Result<Product> CreateIn(storage::Connection& conn, const org::Caller& caller, const ProductInput& in,
                                  Instant now);
  static Result<Product> UpdateIn(storage::Connection& conn, const org::Caller& caller, Id id,
                                  const ProductInput& in, Instant now);
  static Result<Category> CreateCategoryIn(storage::Connection& conn, const org::Caller& caller,
                                           const CategoryInput& in, Instant now);
  // The field checks of a create (creating) or an edit, without the database: what CreateIn and
  // UpdateIn would refuse before reading anything (validation.failed issues, empty when none).
  static std::vector<FieldIssue> CheckFields(const ProductInput& in, bool creating);
  // Every category of the tenant (the same as Categories, inside the caller's transaction).
  static Result<std::vector<Category>> CategoriesIn(storage::Connection& conn, const org::Caller& caller);
  // The live product with this code, or nullopt.
  static Result<std::optional<Product>> FindByCode(storage::Connection& conn, const org::Caller& caller,
                                                   const std::string& code);

  // Writes a product (checked already) without a caller: the demo.
  static Status InsertChecked(storage::Connection& conn, Id tenant_id, const Product& p);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

// A line item naming a product (opportunities and contracts), inside their transaction: the
// tenant's live product, which must be on sale when the line is new. validation.failed `field`
// invalid_value otherwise.
Result<Product> ProductForLine(storage::Connection& conn, Id tenant_id, Id product_id, bool is_new,
                               const std::string& field);

}  // namespace quanke::products
