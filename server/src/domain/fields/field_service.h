#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/status.h"
#include "domain/fields/field_types.h"
#include "domain/org/caller.h"
#include "domain/org/protection.h"
#include "storage/database.h"

namespace quanke::fields {

// Custom fields and form layouts (docs/api-custom-fields.md): every signed-in user reads the
// fields they may see and their form's layout; changing needs `settings.configure`. Every write
// is one transaction with its audit entry. Thread-safe.
class FieldService {
 public:
  FieldService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  struct Listing {
    std::vector<Field> fields;
    Layout layout;
  };
  // The live fields the caller sees and the layout of the caller's department; with
  // `include_deleted` (settings.configure) every field and the company's layout.
  Result<Listing> List(const org::Caller& caller, const std::string& object, bool include_deleted);
  // 409 custom_field.key_taken / label_taken, 422 custom_field.too_many, validation.failed.
  Result<Field> Create(const org::Caller& caller, const FieldInput& in);
  // 409 custom_field.label_taken / not_unique; 404 for a deleted field.
  Result<Field> Update(const org::Caller& caller, Id id, const FieldInput& in);
  Status Delete(const org::Caller& caller, Id id);

  // A department's layout (nullopt: the company's), own or inherited.
  Result<Layout> GetLayout(const org::Caller& caller, const std::string& object, std::optional<Id> department_id);
  Result<Layout> PutLayout(const org::Caller& caller, const std::string& object, std::optional<Id> department_id,
                           const std::vector<LayoutGroup>& groups);
  Status DeleteLayout(const org::Caller& caller, const std::string& object, std::optional<Id> department_id);

  // The keys of the object's fields whose values the caller may not read (their role does not
  // see them): what the audit log cuts from an edit's changes.
  Result<std::set<std::string>> HiddenKeys(const org::Caller& caller, const std::string& object);

  // The tenant's field protection (docs/api-customers.md "Field protection"): every signed-in
  // user reads it (the pages mark what is protected); setting it needs settings.configure, and
  // each custom key must name a live text field of its object (validation.failed
  // `customFields.<object>`). Audited `settings.field_protection` with before and after.
  Result<org::Protection> GetProtection(const org::Caller& caller);
  Result<org::Protection> SetProtection(const org::Caller& caller, const org::Protection& in);

  // The names of the tenant's users and departments by id: how sheets show user and department
  // values.
  struct Names {
    std::map<Id, std::string> users, departments;
  };
  Result<Names> NamesFor(const org::Caller& caller);

  // Writes a field (checked already) without a caller: the demo.
  static Status InsertChecked(storage::Connection& conn, Id tenant_id, const Field& f);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

}  // namespace quanke::fields
