#include "domain/fields/field_service.h"

#include <algorithm>
#include <regex>
#include <set>

#include "core/text_list.h"
#include "domain/fields/field_repository.h"
#include "domain/fields/field_text.h"
#include "domain/fields/field_values.h"
#include "domain/org/audit_changes.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/org/role_repository.h"

namespace quanke::fields {
using storage::Connection;

namespace {

constexpr std::int64_t kMaxLiveFields = 100;
constexpr size_t kMaxOptions = 200;
constexpr size_t kMaxGroups = 20;

bool ValidKey(const std::string& key) {
  static const std::regex pattern("^[a-z][a-z0-9_]{0,31}$");
  return std::regex_match(key, pattern);
}

Status RequireConfigure(const org::Caller& caller) { return org::Require(caller, "settings.configure"); }

std::vector<std::string> RoleTexts(const std::vector<Id>& ids) {
  std::vector<std::string> out;
  for (Id id : ids) out.push_back(std::to_string(id));
  return out;
}

audit::Changes ChangesOf(const Field& before, const Field& after) {
  audit::Changes c;
  c.Add("label", before.label, after.label);
  c.Add("options", before.options, after.options);
  c.Add("required", before.required, after.required);
  c.Add("unique", before.unique, after.unique);
  c.Add("defaultValue", before.default_value, after.default_value);
  c.Add("visibleRoleIds", RoleTexts(before.visible_roles), RoleTexts(after.visible_roles));
  c.Add("position", before.position, after.position);
  return c;
}

// Applies the changeable properties of `in` to `f` (which has its type): the issues found.
std::vector<FieldIssue> Apply(Connection& conn, Id tenant_id, const FieldInput& in, Field& f, bool creating) {
  std::vector<FieldIssue> issues;
  if (in.label) {
    if (IsBlank(*in.label)) issues.push_back({"label", "required"});
    else if (CharacterCount(*in.label) > 40) issues.push_back({"label", "too_long"});
    else f.label = *in.label;
  } else if (creating) {
    issues.push_back({"label", "required"});
  }
  const bool has_options = f.type == "select" || f.type == "multi_select";
  if (in.options) {
    std::set<std::string> seen;
    bool bad = !has_options || in.options->empty() || in.options->size() > kMaxOptions;
    for (const auto& o : *in.options)
      if (IsBlank(o) || CharacterCount(o) > 40 || !seen.insert(o).second) bad = true;
    if (bad) issues.push_back({"options", has_options && in.options->empty() ? "required" : "invalid_value"});
    else f.options = *in.options;
  } else if (creating && has_options) {
    issues.push_back({"options", "required"});
  }
  if (in.required) f.required = *in.required;
  if (in.unique) {
    if (*in.unique && !CanBeUnique(f.type)) issues.push_back({"unique", "invalid_value"});
    else f.unique = *in.unique;
  }
  if (in.visible_roles) {
    auto roles = org::ListRoles(conn, tenant_id);
    std::set<Id> known;
    if (roles.ok())
      for (const auto& r : *roles) known.insert(r.id);
    std::vector<Id> ids = *in.visible_roles;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (std::any_of(ids.begin(), ids.end(), [&](Id id) { return !known.count(id); }))
      issues.push_back({"visibleRoleIds", "invalid_value"});
    else
      f.visible_roles = ids;
  }
  if (in.position) f.position = *in.position;
  if (in.default_value) f.default_value = *in.default_value;
  // The default must be a value of the field as it now is (its options may have changed).
  if (f.default_value && issues.empty()) {
    std::string normalized;
    const std::string issue = CheckDefault(conn, tenant_id, f, *f.default_value, &normalized);
    if (!issue.empty()) issues.push_back({"defaultValue", issue});
    else if (normalized == "null") f.default_value.reset();
    else f.default_value = normalized;
  }
  return issues;
}

Status LabelTaken(const std::vector<Field>& fields, const Field& f) {
  for (const auto& other : fields)
    if (other.live() && other.id != f.id && other.label == f.label)
      return Status::Error("custom_field.label_taken", "Another field of this object has this label.");
  return Status::Ok();
}

Status CheckObject(const std::string& object) {
  return IsObject(object) ? Status::Ok() : Status::Validation({{"object", "invalid_value"}});
}

// The department a layout belongs to (0: the company's); validation.failed when unknown.
Result<Id> LayoutDepartment(Connection& conn, Id tenant_id, std::optional<Id> department_id) {
  if (!department_id) return Id{0};
  auto exists = DepartmentExists(conn, tenant_id, *department_id);
  if (!exists.ok()) return exists.status();
  if (!*exists) return Status::Validation({{"departmentId", "invalid_value"}});
  return *department_id;
}

std::vector<Field> LiveOf(const std::vector<Field>& fields) {
  std::vector<Field> out;
  for (const auto& f : fields)
    if (f.live()) out.push_back(f);
  return out;
}

}  // namespace

Result<FieldService::Listing> FieldService::List(const org::Caller& caller, const std::string& object,
                                                 bool include_deleted) {
  if (Status s = CheckObject(object); !s.ok()) return s;
  if (include_deleted)
    if (Status s = RequireConfigure(caller); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  auto set = FieldSet::Load(conn, caller, object);
  if (!set.ok()) return set.status();
  Listing out;
  if (include_deleted) {
    out.fields = set->all();
    auto layout = LayoutFor(conn, caller.tenant_id, object, 0, LiveOf(out.fields));
    if (!layout.ok()) return layout.status();
    out.layout = std::move(*layout);
    return out;
  }
  out.fields = set->VisibleLive();
  auto layout = LayoutFor(conn, caller.tenant_id, object, caller.department_id, out.fields);
  if (!layout.ok()) return layout.status();
  out.layout = std::move(*layout);
  return out;
}

Result<Field> FieldService::Create(const org::Caller& caller, const FieldInput& in) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  std::vector<FieldIssue> first;
  if (!in.object) first.push_back({"object", "required"});
  else if (!IsObject(*in.object)) first.push_back({"object", "invalid_value"});
  if (!in.type) first.push_back({"type", "required"});
  else if (!IsType(*in.type)) first.push_back({"type", "invalid_value"});
  if (in.key && !ValidKey(*in.key)) first.push_back({"key", "invalid_value"});
  if (!first.empty()) return Status::Validation(std::move(first));
  const Instant now = clock_.Now();
  return storage::InTransactionResult<Field>(db_, [&](Connection& conn) -> Result<Field> {
    Field f;
    f.id = Ids().Next();
    f.object = *in.object;
    f.type = *in.type;
    f.created_at = f.updated_at = now;
    auto fields = ListFields(conn, caller.tenant_id, f.object);
    if (!fields.ok()) return fields.status();
    f.position = static_cast<std::int64_t>(fields->size()) + 1;
    if (auto issues = Apply(conn, caller.tenant_id, in, f, true); !issues.empty())
      return Status::Validation(std::move(issues));
    auto taken = [&](const std::string& key) {
      return std::any_of(fields->begin(), fields->end(), [&](const Field& o) { return o.key == key; });
    };
    if (in.key) {
      if (taken(*in.key)) return Status::Error("custom_field.key_taken", "Another field has this key.");
      f.key = *in.key;
    } else {
      for (auto n = static_cast<std::int64_t>(fields->size()) + 1;; ++n)
        if (!taken(f.key = "cf_" + std::to_string(n))) break;
    }
    if (Status s = LabelTaken(*fields, f); !s.ok()) return s;
    if (std::count_if(fields->begin(), fields->end(), [](const Field& o) { return o.live(); }) >= kMaxLiveFields)
      return Status::Error("custom_field.too_many", "An object can have at most 100 custom fields.");
    if (Status w = InsertField(conn, caller.tenant_id, f); !w.ok()) return w;
    audit::Changes c = ChangesOf(Field{}, f);
    c.Add("type", std::string(), f.type);
    c.Add("key", std::string(), f.key);
    if (Status w = audit::RecordAction(conn, caller, now, "custom_field.create", "custom_field", f.id, c.Json());
        !w.ok())
      return w;
    return f;
  });
}

Result<Field> FieldService::Update(const org::Caller& caller, Id id, const FieldInput& in) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  std::vector<FieldIssue> fixed;
  if (in.object) fixed.push_back({"object", "read_only"});
  if (in.type) fixed.push_back({"type", "read_only"});
  if (in.key) fixed.push_back({"key", "read_only"});
  if (!fixed.empty()) return Status::Validation(std::move(fixed));
  const Instant now = clock_.Now();
  return storage::InTransactionResult<Field>(db_, [&](Connection& conn) -> Result<Field> {
    auto f = GetField(conn, caller.tenant_id, id);
    if (!f.ok()) return f.status();
    if (!f->live()) return Status::NotFound();
    const Field before = *f;
    if (auto issues = Apply(conn, caller.tenant_id, in, *f, false); !issues.empty())
      return Status::Validation(std::move(issues));
    auto fields = ListFields(conn, caller.tenant_id, f->object);
    if (!fields.ok()) return fields.status();
    if (Status s = LabelTaken(*fields, *f); !s.ok()) return s;
    if (f->unique && !before.unique) {
      auto dup = HasDuplicateValues(conn, caller.tenant_id, f->id);
      if (!dup.ok()) return dup.status();
      if (*dup)
        return Status::Error("custom_field.not_unique", "Some records share a value of this field.");
    }
    f->updated_at = now;
    if (Status w = UpdateField(conn, caller.tenant_id, *f); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "custom_field.update", "custom_field", id,
                                       ChangesOf(before, *f).Json());
        !w.ok())
      return w;
    return *f;
  });
}

Status FieldService::Delete(const org::Caller& caller, Id id) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto f = GetField(conn, caller.tenant_id, id);
    if (!f.ok()) return f.status();
    if (!f->live()) return Status::NotFound();
    f->deleted_at = now;
    f->updated_at = now;
    if (Status w = UpdateField(conn, caller.tenant_id, *f); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "custom_field.delete", "custom_field", id);
  });
}

Result<Layout> FieldService::GetLayout(const org::Caller& caller, const std::string& object,
                                       std::optional<Id> department_id) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  if (Status s = CheckObject(object); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  auto department = LayoutDepartment(conn, caller.tenant_id, department_id);
  if (!department.ok()) return department.status();
  auto fields = ListFields(conn, caller.tenant_id, object);
  if (!fields.ok()) return fields.status();
  return LayoutFor(conn, caller.tenant_id, object, *department, LiveOf(*fields));
}

Result<Layout> FieldService::PutLayout(const org::Caller& caller, const std::string& object,
                                       std::optional<Id> department_id, const std::vector<LayoutGroup>& groups) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  if (Status s = CheckObject(object); !s.ok()) return s;
  if (groups.size() > kMaxGroups) return Status::Validation({{"groups", "too_long"}});
  const Instant now = clock_.Now();
  return storage::InTransactionResult<Layout>(db_, [&](Connection& conn) -> Result<Layout> {
    auto department = LayoutDepartment(conn, caller.tenant_id, department_id);
    if (!department.ok()) return department.status();
    auto fields = ListFields(conn, caller.tenant_id, object);
    if (!fields.ok()) return fields.status();
    const std::vector<Field> live = LiveOf(*fields);
    std::vector<FieldIssue> issues;
    std::set<std::string> placed;
    for (size_t g = 0; g < groups.size(); ++g) {
      const std::string at = "groups[" + std::to_string(g) + "]";
      if (CharacterCount(groups[g].title) > 40) issues.push_back({at + ".title", "too_long"});
      for (size_t k = 0; k < groups[g].fields.size(); ++k) {
        const std::string& key = groups[g].fields[k];
        const bool known = std::any_of(live.begin(), live.end(), [&](const Field& f) { return f.key == key; });
        if (!known || !placed.insert(key).second)
          issues.push_back({at + ".fields[" + std::to_string(k) + "]", "invalid_value"});
      }
    }
    if (!issues.empty()) return Status::Validation(std::move(issues));
    auto before = fields::GetLayout(conn, caller.tenant_id, object, *department);
    if (!before.ok()) return before.status();
    const std::string text = GroupsJson(groups);
    if (Status w = fields::PutLayout(conn, caller.tenant_id, object, *department, text, caller.user_id, now); !w.ok())
      return w;
    audit::Changes c;
    c.Add("groups", before->value_or(""), text);
    const std::string extra = std::string("{\"object\":\"") + object + "\",\"departmentId\":" +
                              (*department ? "\"" + std::to_string(*department) + "\"" : std::string("null")) + "}";
    if (Status w = audit::RecordAction(conn, caller, now, "form_layout.update", "form_layout",
                                       *department ? std::optional<Id>(*department) : std::nullopt, c.Json(extra));
        !w.ok())
      return w;
    return LayoutFor(conn, caller.tenant_id, object, *department, live);
  });
}

Status FieldService::DeleteLayout(const org::Caller& caller, const std::string& object,
                                  std::optional<Id> department_id) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  if (Status s = CheckObject(object); !s.ok()) return s;
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto department = LayoutDepartment(conn, caller.tenant_id, department_id);
    if (!department.ok()) return department.status();
    auto removed = fields::DeleteLayout(conn, caller.tenant_id, object, *department);
    if (!removed.ok()) return removed.status();
    if (!*removed) return Status::Ok();
    const std::string extra = std::string("{\"object\":\"") + object + "\"}";
    return audit::RecordAction(conn, caller, now, "form_layout.delete", "form_layout",
                               *department ? std::optional<Id>(*department) : std::nullopt, extra);
  });
}

Result<org::Protection> FieldService::GetProtection(const org::Caller& caller) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return org::LoadProtection(**lease, caller.tenant_id);
}

Result<org::Protection> FieldService::SetProtection(const org::Caller& caller, const org::Protection& in) {
  if (Status s = RequireConfigure(caller); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  for (const auto& f : in.fields)
    if (!org::Protection::BuiltIn().count(f)) issues.push_back({"fields", "invalid_value"});
  const Instant now = clock_.Now();
  return storage::InTransactionResult<org::Protection>(db_, [&](Connection& conn) -> Result<org::Protection> {
    for (const auto& [object, keys] : in.custom_fields) {
      if (!IsObject(object)) {
        issues.push_back({"customFields." + object, "invalid_value"});
        continue;
      }
      auto fields = ListFields(conn, caller.tenant_id, object);
      if (!fields.ok()) return fields.status();
      for (const auto& key : keys)
        if (std::none_of(fields->begin(), fields->end(), [&](const Field& f) {
              return f.key == key && CanBeProtected(f.type);
            })) {
          issues.push_back({"customFields." + object, "invalid_value"});
          break;
        }
    }
    if (!issues.empty()) return Status::Validation(std::move(issues));
    auto before = org::LoadProtection(conn, caller.tenant_id);
    if (!before.ok()) return before.status();
    org::Protection out;
    out.fields = in.fields;
    for (const auto& [object, keys] : in.custom_fields)
      if (!keys.empty()) out.custom_fields[object] = keys;
    if (Status s = org::SaveProtection(conn, caller.tenant_id, out); !s.ok()) return s;
    audit::Changes changes;
    auto list = [](const std::set<std::string>& keys) { return std::vector<std::string>(keys.begin(), keys.end()); };
    changes.Add("fields", list(before->fields), list(out.fields));
    for (const char* object : {"customer", "lead"}) {
      const std::string field = std::string("customFields.") + object;
      changes.Add(field.c_str(), list(before->CustomKeys(object)), list(out.CustomKeys(object)));
    }
    if (Status s = audit::RecordAction(conn, caller, now, "settings.field_protection", "tenant", caller.tenant_id,
                                       changes.Json());
        !s.ok())
      return s;
    return out;
  });
}

Result<std::set<std::string>> FieldService::HiddenKeys(const org::Caller& caller, const std::string& object) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return fields::HiddenKeys(**lease, caller, object);
}

Result<FieldService::Names> FieldService::NamesFor(const org::Caller& caller) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto users = UserNames(**lease, caller.tenant_id);
  if (!users.ok()) return users.status();
  auto departments = DepartmentNames(**lease, caller.tenant_id);
  if (!departments.ok()) return departments.status();
  Names out;
  out.users.insert(users->begin(), users->end());
  out.departments.insert(departments->begin(), departments->end());
  return out;
}

Status FieldService::InsertChecked(Connection& conn, Id tenant_id, const Field& f) {
  return InsertField(conn, tenant_id, f);
}

}  // namespace quanke::fields
