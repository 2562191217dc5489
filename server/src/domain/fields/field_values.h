#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/fields/field_types.h"
#include "domain/org/caller.h"
#include "domain/org/protection.h"
#include "storage/database.h"

namespace quanke::audit {
class Changes;
}

// The values of custom fields in records (docs/api-custom-fields.md): which fields a caller
// sees, checking and merging a write, the index rows, filters, and the form layout that applies.
namespace quanke::fields {

bool IsObject(std::string_view object);   // customer / lead
bool IsType(std::string_view type);
bool HasFilter(std::string_view type);    // whether the lists filter on it
bool CanBeUnique(std::string_view type);

// The fields of one object as one caller sees them, for one request.
class FieldSet {
 public:
  // Every field of the object and which of them the caller sees (settings.configure: all; else
  // those without role restriction or restricted to a role the caller holds).
  static Result<FieldSet> Load(storage::Connection& conn, const org::Caller& caller, const std::string& object);

  const std::string& object() const { return object_; }
  const std::vector<Field>& all() const { return fields_; }
  bool Sees(size_t i) const { return sees_[i]; }
  // The live field of `key` the caller sees, else nullptr.
  const Field* Writable(const std::string& key) const;
  // The live fields the caller sees, by position.
  std::vector<Field> VisibleLive() const;
  // The keys (of live and deleted fields) whose values the caller may not read.
  std::set<std::string> Hidden() const;
  // The tenant's field protection (loaded with the fields) and whether the caller may filter on a
  // protected field: only with field.view_protected, since a filter runs over records whose
  // values the caller sees masked.
  const org::Protection& protection() const { return protection_; }
  const std::set<std::string>& Protected() const { return protection_.CustomKeys(object_); }
  bool FiltersProtected() const { return filters_protected_; }

 private:
  std::string object_;
  std::vector<Field> fields_;
  std::vector<bool> sees_;
  org::Protection protection_;
  bool filters_protected_ = false;
};

// The keys whose values the caller may not read (of live and deleted fields): one indexed query,
// a second only when some field of the object is restricted to roles.
Result<std::set<std::string>> HiddenKeys(storage::Connection& conn, const org::Caller& caller, const std::string& object);
// `json` (a record's custom_fields) without the values of `hidden` keys.
std::string WithoutKeys(const std::string& json, const std::set<std::string>& hidden);
// `json` with the text values of `keys` masked (138****5678): protected fields the reader sees masked.
std::string MaskKeys(const std::string& json, const std::set<std::string>& keys);
// An edit's customFields (`given`) without the values of `keys` that are the record's values
// (`before`) as masking shows them: a form filled from a masked record and sent back keeps them.
std::optional<std::string> WithoutMaskedEcho(const std::optional<std::string>& given, const std::string& before,
                                             const std::set<std::string>& keys);
// Whether a field of `type` may be protected: text only (an ID or account number), so that a
// masked value keeps its type.
bool CanBeProtected(std::string_view type);

// The layout of the caller's department: its own, else the nearest ancestor's, else the
// company's, else every live field in one untitled group. Fields the caller cannot see and
// fields no longer live are left out.
Result<Layout> LayoutFor(storage::Connection& conn, Id tenant_id, const std::string& object, Id department_id,
                         const std::vector<Field>& live_fields);
// The groups of a layout's stored JSON, keeping only keys of `live_fields`.
std::vector<LayoutGroup> GroupsFrom(const std::string& json, const std::vector<Field>& live_fields);
std::string GroupsJson(const std::vector<LayoutGroup>& groups);

// Checks a create's (`creating`) or an edit's customFields (`given`, a JSON object's text; nullopt:
// not given) against the fields and merges it onto `before`: the record's new custom_fields
// text, or validation.failed naming `customFields.<key>`. A create gets the defaults of fields it
// does not name; required fields are asked of the caller when the caller's form shows them.
Result<std::string> MergeValues(storage::Connection& conn, const org::Caller& caller, const FieldSet& set,
                                const std::string& before, const std::optional<std::string>& given, bool creating,
                                Id record_id);
// Checks one value (JSON text) of `f`, as a default: "" when valid (the value as stored in
// `normalized`, "null" for no value), else the issue.
std::string CheckDefault(storage::Connection& conn, Id tenant_id, const Field& f, const std::string& value,
                         std::string* normalized);
// Inside the record's write transaction: its index rows (and linked uploads) follow `json`.
// `creating`: the record is new (nothing to remove first).
Status StoreValues(storage::Connection& conn, const org::Caller& caller, const FieldSet& set, Id record_id,
                   const std::string& json, bool creating);
// The changes of an edit, one item per key ("customFields.<key>"), for the audit entry.
void AddChanges(audit::Changes& changes, const std::string& before, const std::string& after);

// A list's filters resolved against the fields the caller sees; validation.failed naming the
// parameter for an unknown, hidden, deleted or unfilterable key or a malformed value, and
// `protected` for a protected field the caller may not filter on (FieldSet::FiltersProtected).
// Each is planned: `dense` when it matches at least kDenseAt records of the tenant (SetDenseAt:
// tests make both plans happen on a few records). Measured at 1M customers (bench/README.md):
// a value on 10 % of them is found in a few thousand rows of the list's order; one on 1 % is
// cheaper read whole and sorted.
constexpr int kDenseAt = 20000;
void SetDenseAt(int records);
Result<std::vector<Condition>> Resolve(storage::Connection& conn, Id tenant_id, const FieldSet& set,
                                       const std::vector<FilterParam>& filters);
// Reads `cf.<key>`, `cf.<key>From`, `cf.<key>To` query parameters (name, value pairs).
std::vector<FilterParam> FilterParamsOf(const std::vector<std::pair<std::string, std::string>>& query);

// Links the uploads named by image and attachment fields to the record, so whoever may read the
// record may download them (activity::LinkAttachments, set once at start-up by the composition
// root: the fields module sits below the attachments').
using AttachmentLinker = std::function<Status(storage::Connection&, const org::Caller&, const std::string& subject_type,
                                              Id subject_id, const std::vector<Id>& ids, const std::string& field)>;
void SetAttachmentLinker(AttachmentLinker linker);

}  // namespace quanke::fields
