#include "domain/products/product_service.h"

#include <set>

#include "core/text_list.h"
#include "domain/activity/attachment_links.h"
#include "domain/org/audit_changes.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/products/product_repository.h"

namespace quanke::products {
using storage::Connection;

namespace {

// The product's image as its one linked attachment: every user of the tenant may see it.
Status LinkImage(Connection& conn, const org::Caller& caller, const Product& p) {
  std::vector<Id> ids;
  if (p.image_id) ids.push_back(*p.image_id);
  return activity::LinkAttachments(conn, caller, "product", p.id, ids, "imageId");
}

// Checks and applies the fields of `in` to `p` (validation.failed names the API's fields).
std::vector<FieldIssue> Apply(const ProductInput& in, Product& p, bool creating) {
  std::vector<FieldIssue> issues;
  auto text = [&](const std::optional<std::string>& v, std::string& target, const char* field, size_t max,
                  bool required) {
    if (!v) {
      if (creating && required) issues.push_back({field, "required"});
      return;
    }
    if (required && IsBlank(*v)) issues.push_back({field, "required"});
    else if (v->size() > max) issues.push_back({field, "too_long"});
    else target = *v;
  };
  text(in.code, p.code, "code", 64, true);
  text(in.name, p.name, "name", 128, true);
  text(in.spec, p.spec, "spec", 200, false);
  text(in.unit, p.unit, "unit", 20, false);
  text(in.description, p.description, "description", 5000, false);
  if (in.list_price_fen) {
    if (*in.list_price_fen < 0 || *in.list_price_fen > 1'000'000'000'000LL) issues.push_back({"listPriceFen", "invalid_value"});
    else p.list_price_fen = *in.list_price_fen;
  } else if (creating) {
    issues.push_back({"listPriceFen", "required"});
  }
  if (in.status) {
    if (*in.status != "on" && *in.status != "off") issues.push_back({"status", "invalid_value"});
    else p.status = *in.status;
  }
  if (in.image_id) p.image_id = *in.image_id;
  return issues;
}

Status RequireConfigure(const org::Caller& caller) { return org::Require(caller, "settings.configure"); }

}  // namespace

Result<std::vector<Category>> ProductService::Categories(const org::Caller& caller) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return ListCategories(**lease, caller.tenant_id);
}

Result<Category> ProductService::CreateCategory(const org::Caller& caller, const CategoryInput& in) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  return storage::InTransactionResult<Category>(
      db_, [&](Connection& conn) { return CreateCategoryIn(conn, caller, in, clock_.Now()); });
}

Result<Category> ProductService::CreateCategoryIn(Connection& conn, const org::Caller& caller,
                                                  const CategoryInput& in, Instant now) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  if (!in.name || IsBlank(*in.name)) return Status::Validation({{"name", "required"}});
  if (in.name->size() > 64) return Status::Validation({{"name", "too_long"}});
  Category c;
  c.id = Ids().Next();
  c.name = *in.name;
  c.position = in.position.value_or(0);
  if (in.parent_id) c.parent_id = *in.parent_id;
  if (c.parent_id)
    if (auto parent = GetCategory(conn, caller.tenant_id, *c.parent_id); !parent.ok())
      return parent.status().code() == "not_found" ? Status::Validation({{"parentId", "invalid_value"}})
                                                   : parent.status();
  c.created_at = c.updated_at = now;
  if (Status w = InsertCategory(conn, caller.tenant_id, c); !w.ok()) return w;
  if (Status w = audit::RecordAction(conn, caller, now, "product_category.create", "product_category", c.id); !w.ok())
    return w;
  return c;
}

Result<Category> ProductService::UpdateCategory(const org::Caller& caller, Id id, const CategoryInput& in) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  if (in.name && IsBlank(*in.name)) return Status::Validation({{"name", "required"}});
  if (in.name && in.name->size() > 64) return Status::Validation({{"name", "too_long"}});
  return storage::InTransactionResult<Category>(db_, [&](Connection& conn) -> Result<Category> {
    const Instant now = clock_.Now();
    auto all = ListCategories(conn, caller.tenant_id);
    if (!all.ok()) return all.status();
    const Category* current = nullptr;
    for (const auto& c : *all)
      if (c.id == id) current = &c;
    if (!current) return Status::NotFound();
    Category c = *current;
    if (in.name) c.name = *in.name;
    if (in.position) c.position = *in.position;
    if (in.parent_id) {
      c.parent_id = *in.parent_id;
      // Walk up from the new parent: reaching the category itself is a cycle.
      std::set<Id> seen;
      std::optional<Id> at = c.parent_id;
      while (at) {
        if (*at == id) return Status::Error("product_category.cycle", "A category cannot move under itself.");
        if (!seen.insert(*at).second) break;
        const Category* parent = nullptr;
        for (const auto& x : *all)
          if (x.id == *at) parent = &x;
        if (!parent) return Status::Validation({{"parentId", "invalid_value"}});
        at = parent->parent_id;
      }
    }
    c.updated_at = now;
    if (Status w = products::UpdateCategory(conn, caller.tenant_id, c); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "product_category.update", "product_category", id); !w.ok())
      return w;
    return c;
  });
}

Status ProductService::DeleteCategory(const org::Caller& caller, Id id) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    if (auto c = GetCategory(conn, caller.tenant_id, id); !c.ok()) return c.status();
    auto use = CategoryUse(conn, caller.tenant_id, id);
    if (!use.ok()) return use.status();
    if (use->first > 0 || use->second > 0) {
      Status e = Status::Error("product_category.in_use", "The category still has products or sub-categories.");
      e.With("products", use->first);
      e.With("children", use->second);
      return e;
    }
    if (Status w = products::DeleteCategory(conn, caller.tenant_id, id); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "product_category.delete", "product_category", id);
  });
}

Result<Page<Product>> ProductService::List(const org::Caller& caller, const ProductFilter& filter,
                                           const PageRequest& page) {
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  return ListProducts(**lease, caller.tenant_id, filter, page);
}

Result<Product> ProductService::Get(const org::Caller& caller, Id id) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return GetProduct(**lease, caller.tenant_id, id);
}

namespace {

// The category named by an input exists (validation.failed categoryId otherwise).
Status CheckCategory(Connection& conn, Id tenant_id, const Product& p) {
  if (!p.category_id) return Status::Ok();
  auto c = GetCategory(conn, tenant_id, *p.category_id);
  if (!c.ok()) return c.status().code() == "not_found" ? Status::Validation({{"categoryId", "invalid_value"}}) : c.status();
  return Status::Ok();
}

Status CheckCode(Connection& conn, Id tenant_id, const Product& p) {
  auto taken = ProductCodeTaken(conn, tenant_id, p.code, p.id);
  if (!taken.ok()) return taken.status();
  if (*taken) return Status::Error("product.code_taken", "Another product has this code.");
  return Status::Ok();
}

}  // namespace

Status ProductService::InsertChecked(Connection& conn, Id tenant_id, const Product& p) {
  return InsertProduct(conn, tenant_id, p);
}

std::vector<FieldIssue> ProductService::CheckFields(const ProductInput& in, bool creating) {
  Product scratch;
  return Apply(in, scratch, creating);
}

Result<std::vector<Category>> ProductService::CategoriesIn(Connection& conn, const org::Caller& caller) {
  return ListCategories(conn, caller.tenant_id);
}

Result<std::optional<Product>> ProductService::FindByCode(Connection& conn, const org::Caller& caller,
                                                          const std::string& code) {
  auto id = ProductIdByCode(conn, caller.tenant_id, code);
  if (!id.ok()) return id.status();
  if (!*id) return std::optional<Product>();
  auto p = GetProduct(conn, caller.tenant_id, **id);
  if (!p.ok()) return p.status();
  return std::optional<Product>(std::move(*p));
}

Result<Product> ProductService::Create(const org::Caller& caller, const ProductInput& in) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  if (auto issues = CheckFields(in, true); !issues.empty()) return Status::Validation(std::move(issues));
  return storage::InTransactionResult<Product>(db_,
                                               [&](Connection& conn) { return CreateIn(conn, caller, in, clock_.Now()); });
}

Result<Product> ProductService::CreateIn(Connection& conn, const org::Caller& caller, const ProductInput& in,
                                         Instant now) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  Product p;
  p.id = Ids().Next();
  p.created_by = caller.user_id;
  auto issues = Apply(in, p, true);
  if (in.category_id) p.category_id = *in.category_id;
  if (!issues.empty()) return Status::Validation(std::move(issues));
  if (Status c = CheckCategory(conn, caller.tenant_id, p); !c.ok()) return c;
  if (Status c = CheckCode(conn, caller.tenant_id, p); !c.ok()) return c;
  p.created_at = p.updated_at = now;
  if (Status w = InsertProduct(conn, caller.tenant_id, p); !w.ok()) return w;
  if (Status w = LinkImage(conn, caller, p); !w.ok()) return w;
  if (Status w = audit::RecordAction(conn, caller, now, "product.create", "product", p.id); !w.ok()) return w;
  return GetProduct(conn, caller.tenant_id, p.id);
}

Result<Product> ProductService::Update(const org::Caller& caller, Id id, const ProductInput& in) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  return storage::InTransactionResult<Product>(
      db_, [&](Connection& conn) { return UpdateIn(conn, caller, id, in, clock_.Now()); });
}

Result<Product> ProductService::UpdateIn(Connection& conn, const org::Caller& caller, Id id, const ProductInput& in,
                                         Instant now) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  auto current = GetProduct(conn, caller.tenant_id, id);
  if (!current.ok()) return current.status();
  Product p = *current;
  auto issues = Apply(in, p, false);
  if (in.category_id) p.category_id = *in.category_id;
  if (!issues.empty()) return Status::Validation(std::move(issues));
  if (Status c = CheckCategory(conn, caller.tenant_id, p); !c.ok()) return c;
  if (p.code != current->code)
    if (Status c = CheckCode(conn, caller.tenant_id, p); !c.ok()) return c;
  p.updated_at = now;
  if (Status w = UpdateProduct(conn, caller.tenant_id, p); !w.ok()) return w;
  if (in.image_id)
    if (Status w = LinkImage(conn, caller, p); !w.ok()) return w;
  audit::Changes changes;
  changes.Add("code", current->code, p.code);
  changes.Add("name", current->name, p.name);
  changes.Add("spec", current->spec, p.spec);
  changes.Add("unit", current->unit, p.unit);
  changes.Add("listPriceFen", current->list_price_fen, p.list_price_fen);
  changes.Add("status", current->status, p.status);
  changes.AddId("categoryId", current->category_id, p.category_id);
  changes.AddId("imageId", current->image_id, p.image_id);
  changes.Add("description", current->description, p.description);
  if (Status w = audit::RecordAction(conn, caller, now, "product.update", "product", id, changes.Json()); !w.ok())
    return w;
  return GetProduct(conn, caller.tenant_id, id);
}

void ProductService::RegisterAttachmentReaders() {
  activity::RegisterAttachmentReader("product", [](Connection&, const org::Caller&, Id) { return true; });
}

Status ProductService::Delete(const org::Caller& caller, Id id) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    if (auto p = GetProduct(conn, caller.tenant_id, id); !p.ok()) return p.status();
    if (Status w = SoftDeleteProduct(conn, caller.tenant_id, id, caller.user_id, now); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "product.delete", "product", id);
  });
}

Result<Product> ProductForLine(Connection& conn, Id tenant_id, Id product_id, bool is_new, const std::string& field) {
  auto p = GetProduct(conn, tenant_id, product_id);
  if (!p.ok()) return p.status().code() == "not_found" ? Status::Validation({{field, "invalid_value"}}) : p.status();
  if (is_new && p->status != "on") return Status::Validation({{field, "invalid_value"}});
  return p;
}

}  // namespace quanke::products
