// A batch of product rows: each row created through the products module's create path (every
// check of POST /products) or, when a live product has its code, skipped or updated through the
// module's edit path; categories named by path are found by name under their parent and the
// missing ones created (audited as by hand) in the batch's transaction.
#include <algorithm>
#include <optional>

#include "domain/imports/import_batch.h"
#include "domain/imports/product_rows.h"
#include "domain/products/product_service.h"

namespace quanke::imports {
namespace {
using products::Category;
using products::ProductService;
using storage::Connection;

Status CategoryRefused() { return Status::Validation({{"category", "invalid_value"}}); }

// The categories of the tenant, kept for the batch: those it creates are added.
class CategoryTree {
 public:
  explicit CategoryTree(std::vector<Category> all) : all_(std::move(all)) {}

  // The category a path names, the missing ones created under their parent. A path of one name
  // is a top-level category of that name, else the one category of that name anywhere (several:
  // category invalid_value), else a new top-level one.
  Result<Id> Resolve(Connection& conn, const org::Caller& caller, const std::vector<std::string>& path, Instant now) {
    if (path.size() == 1) {
      if (auto top = Child(std::nullopt, path[0])) return *top;
      std::vector<Id> named;
      for (const auto& c : all_)
        if (c.name == path[0]) named.push_back(c.id);
      if (named.size() > 1) return CategoryRefused();
      if (named.size() == 1) return named.front();
    }
    std::optional<Id> parent;
    for (const auto& name : path) {
      if (auto found = Child(parent, name)) {
        parent = *found;
        continue;
      }
      products::CategoryInput in;
      in.name = name;
      in.parent_id = parent;
      auto made = ProductService::CreateCategoryIn(conn, caller, in, now);
      if (!made.ok()) return IsFault(made.status()) ? made.status() : CategoryRefused();
      all_.push_back(*made);
      parent = made->id;
    }
    return *parent;
  }

 private:
  std::optional<Id> Child(std::optional<Id> parent, const std::string& name) const {
    for (const auto& c : all_)
      if (c.parent_id == parent && c.name == name) return c.id;
    return std::nullopt;
  }

  std::vector<Category> all_;
};

// Adds the module's issues of fields the reader did not name already.
void MergeIssues(std::vector<FieldIssue>& into, const std::vector<FieldIssue>& more) {
  for (const auto& m : more) {
    FieldIssue named{ProductImportField(m.field), m.issue};
    if (std::none_of(into.begin(), into.end(), [&](const FieldIssue& i) { return i.field == named.field; }))
      into.push_back(named);
  }
}

}  // namespace

Status ImportProductBatch(Connection& conn, const Batch& batch, ImportJob& job, std::vector<RowError>& errors) {
  auto all = ProductService::CategoriesIn(conn, batch.caller);
  if (!all.ok()) return all.status();
  CategoryTree tree(std::move(*all));
  for (std::int64_t i = batch.from; i < batch.to; ++i) {
    const std::int64_t row_no = i + 1;
    ProductRow row = ReadProductRow(batch.rows[static_cast<size_t>(i)]);
    auto refuse = [&](const std::string& outcome, const Status& s) {
      errors.push_back(ErrorOf(row_no, outcome, s, row.label, ProductImportField));
    };
    std::optional<products::Product> existing;
    if (row.input.code) {
      auto found = ProductService::FindByCode(conn, batch.caller, *row.input.code);
      if (!found.ok()) return found.status();
      existing = std::move(*found);
    }
    if (existing && batch.policy == "skip") {
      refuse("skipped", Status::Error("product.code_taken", "Another product has this code."));
      continue;
    }
    const products::ProductInput in = existing ? ProductUpdateInput(row.input) : row.input;
    std::vector<FieldIssue> issues = row.issues;
    MergeIssues(issues, ProductService::CheckFields(in, !existing));
    if (!issues.empty()) {
      refuse("failed", Status::Validation(std::move(issues)));
      continue;
    }
    products::ProductInput write = in;
    if (!row.category.empty()) {
      auto category = tree.Resolve(conn, batch.caller, row.category, batch.now);
      if (!category.ok()) {
        if (IsFault(category.status())) return category.status();
        refuse("failed", category.status());
        continue;
      }
      write.category_id = std::optional<Id>(*category);
    }
    auto written = existing ? ProductService::UpdateIn(conn, batch.caller, existing->id, write, batch.now)
                            : ProductService::CreateIn(conn, batch.caller, write, batch.now);
    if (!written.ok()) {
      if (IsFault(written.status())) return written.status();
      refuse("failed", written.status());
      continue;
    }
    ++(existing ? job.updated : job.created);
  }
  return Status::Ok();
}

}  // namespace quanke::imports
