#include "domain/fields/field_values.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <boost/json.hpp>

#include "core/clock.h"
#include "core/mask.h"
#include "core/text_list.h"
#include "core/time_zone.h"
#include "domain/fields/field_repository.h"
#include "domain/fields/field_text.h"
#include "domain/org/audit_changes.h"

namespace quanke::fields {
namespace {
namespace json = boost::json;
using storage::Connection;

constexpr double kMaxNumber = 1e15;
constexpr size_t kMaxFiles = 9;

std::atomic<int>& DenseAt() {
  static std::atomic<int> records{kDenseAt};
  return records;
}

AttachmentLinker& Linker() {
  static AttachmentLinker linker;
  return linker;
}

json::object ParseObject(const std::string& text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) return {};
  return std::move(v.as_object());
}

bool IsDigits(std::string_view s) {
  return !s.empty() && s.size() <= 19 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<double> NumberOf(const json::value& v) {
  if (v.is_int64()) return static_cast<double>(v.as_int64());
  if (v.is_uint64()) return static_cast<double>(v.as_uint64());
  if (v.is_double()) return v.as_double();
  return std::nullopt;
}

// A number as index text: integers without a fraction, others with 17 significant digits.
std::string NumberText(double x) {
  if (std::nearbyint(x) == x && std::fabs(x) <= kMaxNumber) return std::to_string(static_cast<std::int64_t>(x));
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", x);
  return buf;
}

bool SeesRestricted(const Field& f, const std::vector<Id>& roles) {
  if (f.visible_roles.empty()) return true;
  return std::any_of(f.visible_roles.begin(), f.visible_roles.end(),
                     [&](Id r) { return std::find(roles.begin(), roles.end(), r) != roles.end(); });
}

// Why `v` is not a value of `f` ("" when it is), with the value as stored in `out`. A blank text
// or an empty list is no value (`out` null).
struct Checked {
  std::string issue;
  json::value out;
};

Checked CheckValue(Connection& conn, Id tenant_id, const Field& f, const json::value& v) {
  const std::string& t = f.type;
  auto bad = [](const char* issue) { return Checked{issue, nullptr}; };
  if (t == "text" || t == "long_text") {
    if (!v.is_string()) return bad("wrong_type");
    const std::string s(v.as_string());
    if (IsBlank(s)) return Checked{"", nullptr};
    if (CharacterCount(s) > (t == "text" ? 200u : 5000u)) return bad("too_long");
    return Checked{"", json::value(s)};
  }
  if (t == "number" || t == "money") {
    auto x = NumberOf(v);
    if (!x) return bad("wrong_type");
    if (!std::isfinite(*x) || std::fabs(*x) > kMaxNumber) return bad("invalid_value");
    if (t == "money") {
      if (!v.is_int64() && !v.is_uint64()) return bad("invalid_value");  // integer fen
      return Checked{"", json::value(static_cast<std::int64_t>(*x))};
    }
    return Checked{"", v};
  }
  if (t == "date") {
    if (!v.is_string()) return bad("wrong_type");
    LocalDate d;
    const std::string s(v.as_string());
    if (s.size() != 10 || !ParseDate(s, &d)) return bad("invalid_value");
    return Checked{"", json::value(FormatDate(d))};
  }
  if (t == "datetime") {
    if (!v.is_string()) return bad("wrong_type");
    Instant at = 0;
    if (!ParseInstant(std::string(v.as_string()), &at)) return bad("invalid_value");
    return Checked{"", json::value(FormatInstant(at / 1000 * 1000))};  // whole seconds: the text sorts
  }
  if (t == "select") {
    if (!v.is_string()) return bad("wrong_type");
    const std::string s(v.as_string());
    if (s.empty()) return Checked{"", nullptr};
    if (std::find(f.options.begin(), f.options.end(), s) == f.options.end()) return bad("invalid_value");
    return Checked{"", v};
  }
  if (t == "multi_select") {
    if (!v.is_array()) return bad("wrong_type");
    std::vector<std::string> seen;
    for (const auto& o : v.as_array()) {
      if (!o.is_string()) return bad("wrong_type");
      const std::string s(o.as_string());
      if (std::find(f.options.begin(), f.options.end(), s) == f.options.end()) return bad("invalid_value");
      if (std::find(seen.begin(), seen.end(), s) != seen.end()) return bad("invalid_value");
      seen.push_back(s);
    }
    if (seen.empty()) return Checked{"", nullptr};
    return Checked{"", v};
  }
  if (t == "user" || t == "department" || t == "image") {
    if (!v.is_string()) return bad("wrong_type");
    const std::string s(v.as_string());
    if (s.empty()) return Checked{"", nullptr};
    if (!IsDigits(s)) return bad("invalid_value");
    if (t == "image") return Checked{"", v};  // the link checks the upload
    const Id id = std::stoll(s);
    auto exists = t == "user" ? UserExists(conn, tenant_id, id) : DepartmentExists(conn, tenant_id, id);
    if (!exists.ok() || !*exists) return bad("invalid_value");
    return Checked{"", v};
  }
  if (t == "attachment") {
    if (!v.is_array()) return bad("wrong_type");
    if (v.as_array().size() > kMaxFiles) return bad("too_long");
    std::vector<std::string> seen;
    for (const auto& o : v.as_array()) {
      if (!o.is_string() || !IsDigits(o.as_string())) return bad("invalid_value");
      const std::string s(o.as_string());
      if (std::find(seen.begin(), seen.end(), s) != seen.end()) return bad("invalid_value");
      seen.push_back(s);
    }
    if (seen.empty()) return Checked{"", nullptr};
    return Checked{"", v};
  }
  if (t == "location") {
    if (!v.is_object()) return bad("wrong_type");
    const auto& o = v.as_object();
    json::object out;
    for (const auto& [k, member] : o) {
      if (k == "lat" || k == "lng") {
        auto x = NumberOf(member);
        if (!x || !std::isfinite(*x) || std::fabs(*x) > (k == "lat" ? 90.0 : 180.0)) return bad("invalid_value");
        out[k] = *x;
      } else if (k == "address") {
        if (!member.is_string() || CharacterCount(member.as_string()) > 200) return bad("invalid_value");
        out[k] = member;
      } else {
        return bad("invalid_value");
      }
    }
    if (!out.contains("lat") || !out.contains("lng")) return bad("invalid_value");
    return Checked{"", json::value(std::move(out))};
  }
  return bad("invalid_value");
}

// The index rows of one field's value (none for types without a filter or unique check).
void IndexRowsOf(const Field& f, const json::value& v, std::vector<IndexedValue>& out) {
  const std::string& t = f.type;
  if (t == "multi_select" && v.is_array()) {
    for (const auto& o : v.as_array())
      if (o.is_string()) out.push_back({f.id, std::string(o.as_string()), std::nullopt});
    return;
  }
  if (t == "number" || t == "money") {
    if (auto x = NumberOf(v)) out.push_back({f.id, NumberText(*x), *x});
    return;
  }
  if (HasFilter(t) && v.is_string()) {
    std::string s(v.as_string());
    if (t == "text") s = Utf8Prefix(s, 800);
    out.push_back({f.id, std::move(s), std::nullopt});
  }
}

// The text a unique check compares (the one index row of a single value), or "".
std::string UniqueText(const Field& f, const json::value& v) {
  std::vector<IndexedValue> rows;
  IndexRowsOf(f, v, rows);
  return rows.size() == 1 ? rows.front().value : std::string();
}

std::vector<Id> UploadIds(const std::vector<Field>& fields, const json::object& values) {
  std::vector<Id> ids;
  for (const auto& f : fields) {
    if (f.type != "image" && f.type != "attachment") continue;
    const auto* v = values.if_contains(f.key);
    if (!v) continue;
    auto add = [&](const json::value& x) {
      if (x.is_string() && IsDigits(x.as_string())) ids.push_back(std::stoll(std::string(x.as_string())));
    };
    if (v->is_array())
      for (const auto& x : v->as_array()) add(x);
    else
      add(*v);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace

bool IsObject(std::string_view object) { return object == "customer" || object == "lead"; }

bool IsType(std::string_view t) {
  for (const char* k : {"text", "long_text", "number", "money", "date", "datetime", "select", "multi_select", "user",
                        "department", "location", "image", "attachment"})
    if (t == k) return true;
  return false;
}

bool HasFilter(std::string_view t) {
  return t == "text" || t == "number" || t == "money" || t == "date" || t == "datetime" || t == "select" ||
         t == "multi_select" || t == "user" || t == "department";
}

bool CanBeUnique(std::string_view t) {
  return t == "text" || t == "number" || t == "money" || t == "date" || t == "user" || t == "department";
}

Result<FieldSet> FieldSet::Load(Connection& conn, const org::Caller& caller, const std::string& object) {
  FieldSet set;
  set.object_ = object;
  auto fields = ListFields(conn, caller.tenant_id, object);
  if (!fields.ok()) return fields.status();
  set.fields_ = std::move(*fields);
  std::vector<Id> roles;
  const bool all = caller.Can("settings.configure");
  if (!all && std::any_of(set.fields_.begin(), set.fields_.end(), [](const Field& f) { return !f.visible_roles.empty(); })) {
    auto r = RoleIdsOf(conn, caller.tenant_id, caller.user_id);
    if (!r.ok()) return r.status();
    roles = std::move(*r);
  }
  for (const auto& f : set.fields_) set.sees_.push_back(all || SeesRestricted(f, roles));
  auto protection = org::LoadProtection(conn, caller.tenant_id);
  if (!protection.ok()) return protection.status();
  set.protection_ = std::move(*protection);
  set.filters_protected_ = caller.Can("field.view_protected");
  return set;
}

const Field* FieldSet::Writable(const std::string& key) const {
  for (size_t i = 0; i < fields_.size(); ++i)
    if (fields_[i].key == key) return fields_[i].live() && sees_[i] ? &fields_[i] : nullptr;
  return nullptr;
}

std::vector<Field> FieldSet::VisibleLive() const {
  std::vector<Field> out;
  for (size_t i = 0; i < fields_.size(); ++i)
    if (fields_[i].live() && sees_[i]) out.push_back(fields_[i]);
  return out;
}

std::set<std::string> FieldSet::Hidden() const {
  std::set<std::string> hidden;
  for (size_t i = 0; i < fields_.size(); ++i)
    if (!sees_[i]) hidden.insert(fields_[i].key);
  return hidden;
}

Result<std::set<std::string>> HiddenKeys(Connection& conn, const org::Caller& caller, const std::string& object) {
  if (caller.Can("settings.configure")) return std::set<std::string>();
  auto set = FieldSet::Load(conn, caller, object);
  if (!set.ok()) return set.status();
  return set->Hidden();
}

std::string WithoutKeys(const std::string& json_text, const std::set<std::string>& hidden) {
  if (hidden.empty() || json_text == "{}") return json_text;
  json::object o = ParseObject(json_text);
  bool changed = false;
  for (const auto& k : hidden) changed |= o.erase(k) > 0;
  return changed ? json::serialize(o) : json_text;
}

std::string MaskKeys(const std::string& json_text, const std::set<std::string>& keys) {
  if (keys.empty() || json_text == "{}") return json_text;
  json::object o = ParseObject(json_text);
  bool changed = false;
  for (const auto& k : keys)
    if (auto* v = o.if_contains(k); v && v->is_string()) {
      *v = MaskMiddle(std::string(v->as_string()));
      changed = true;
    }
  return changed ? json::serialize(o) : json_text;
}

std::optional<std::string> WithoutMaskedEcho(const std::optional<std::string>& given, const std::string& before,
                                             const std::set<std::string>& keys) {
  if (!given || keys.empty()) return given;
  boost::system::error_code ec;
  json::value v = json::parse(*given, ec);
  if (ec || !v.is_object()) return given;  // MergeValues reports it
  const json::object stored = ParseObject(before);
  bool changed = false;
  for (const auto& k : keys) {
    const auto* now = v.as_object().if_contains(k);
    const auto* was = stored.if_contains(k);
    if (now && was && now->is_string() && was->is_string() && *now != *was &&
        now->as_string() == MaskMiddle(std::string(was->as_string())))
      changed |= v.as_object().erase(k) > 0;
  }
  return changed ? std::optional<std::string>(json::serialize(v)) : given;
}

bool CanBeProtected(std::string_view type) { return type == "text" || type == "long_text"; }

std::vector<LayoutGroup> GroupsFrom(const std::string& text, const std::vector<Field>& live_fields) {
  std::vector<LayoutGroup> out;
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  auto live = [&](const std::string& key) {
    return std::any_of(live_fields.begin(), live_fields.end(), [&](const Field& f) { return f.key == key; });
  };
  for (const auto& g : v.as_array()) {
    if (!g.is_object()) continue;
    LayoutGroup group;
    if (const auto* t = g.as_object().if_contains("title"); t && t->is_string()) group.title = std::string(t->as_string());
    if (const auto* fs = g.as_object().if_contains("fields"); fs && fs->is_array())
      for (const auto& k : fs->as_array())
        if (k.is_string() && live(std::string(k.as_string()))) group.fields.emplace_back(k.as_string());
    out.push_back(std::move(group));
  }
  return out;
}

std::string GroupsJson(const std::vector<LayoutGroup>& groups) {
  json::array a;
  for (const auto& g : groups) {
    json::array keys;
    for (const auto& k : g.fields) keys.emplace_back(k);
    a.push_back(json::object{{"title", g.title}, {"fields", std::move(keys)}});
  }
  return json::serialize(a);
}

Result<Layout> LayoutFor(Connection& conn, Id tenant_id, const std::string& object, Id department_id,
                         const std::vector<Field>& live_fields) {
  Layout layout;
  layout.object = object;
  std::vector<Id> chain;
  if (department_id) {
    auto c = DepartmentChain(conn, tenant_id, department_id);
    if (!c.ok()) return c.status();
    chain = std::move(*c);
    layout.department_id = department_id;
  }
  chain.push_back(0);
  auto found = FirstLayout(conn, tenant_id, object, chain);
  if (!found.ok()) return found.status();
  if (*found) {
    const Id from = (*found)->first;
    layout.own = from == department_id;
    if (!layout.own && from) layout.inherited_from = from;
    layout.groups = GroupsFrom((*found)->second, live_fields);
    return layout;
  }
  LayoutGroup all;
  for (const auto& f : live_fields) all.fields.push_back(f.key);
  layout.groups.push_back(std::move(all));
  return layout;
}

Result<std::string> MergeValues(Connection& conn, const org::Caller& caller, const FieldSet& set,
                                const std::string& before, const std::optional<std::string>& given, bool creating,
                                Id record_id) {
  if (!given && !creating) return before;
  json::object values = ParseObject(before);
  const json::object input = given ? ParseObject(*given) : json::object();
  std::vector<FieldIssue> issues;
  // The keys the caller's form shows: required fields are asked of those who see them there.
  std::optional<std::set<std::string>> in_form;
  auto shown = [&](const Field& f) -> bool {
    if (!in_form) {
      in_form.emplace();
      auto layout = LayoutFor(conn, caller.tenant_id, set.object(), caller.department_id, set.VisibleLive());
      if (layout.ok())
        for (const auto& g : layout->groups) in_form->insert(g.fields.begin(), g.fields.end());
    }
    return in_form->count(f.key) > 0;
  };
  std::set<std::string> changed;
  for (const auto& [k, v] : input) {
    const std::string key(k);
    const std::string field = "customFields." + key;
    const Field* f = set.Writable(key);
    if (!f) {
      issues.push_back({field, "unknown_field"});
      continue;
    }
    Checked c = v.is_null() ? Checked{"", nullptr} : CheckValue(conn, caller.tenant_id, *f, v);
    if (!c.issue.empty()) {
      issues.push_back({field, c.issue});
      continue;
    }
    if (c.out.is_null()) {
      if (f->required && shown(*f)) issues.push_back({field, "required"});
      else values.erase(key);
    } else {
      values[key] = std::move(c.out);
    }
    changed.insert(key);
  }
  if (creating) {
    for (size_t i = 0; i < set.all().size(); ++i) {
      const Field& f = set.all()[i];
      if (!f.live() || values.contains(f.key) || input.contains(f.key)) continue;
      if (f.default_value) {
        boost::system::error_code ec;
        json::value d = json::parse(*f.default_value, ec);
        if (!ec && !d.is_null()) {
          values[f.key] = std::move(d);
          changed.insert(f.key);
          continue;
        }
      }
      if (f.required && set.Sees(i) && shown(f)) issues.push_back({"customFields." + f.key, "required"});
    }
  }
  if (issues.empty()) {
    for (const auto& f : set.all()) {
      if (!f.unique || !f.live() || !changed.count(f.key)) continue;
      const auto* v = values.if_contains(f.key);
      if (!v) continue;
      const std::string text = UniqueText(f, *v);
      if (text.empty()) continue;
      auto taken = ValueTaken(conn, caller.tenant_id, f.id, text, record_id);
      if (!taken.ok()) return taken.status();
      if (*taken && set.Writable(f.key)) issues.push_back({"customFields." + f.key, "taken"});
    }
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return json::serialize(values);
}

Status StoreValues(Connection& conn, const org::Caller& caller, const FieldSet& set, Id record_id,
                   const std::string& json_text, bool creating) {
  if (set.all().empty()) return Status::Ok();
  const json::object values = ParseObject(json_text);
  if (creating && values.empty()) return Status::Ok();
  std::vector<Id> field_ids;
  std::vector<IndexedValue> rows;
  for (const auto& f : set.all()) {
    field_ids.push_back(f.id);
    if (const auto* v = values.if_contains(f.key)) IndexRowsOf(f, *v, rows);
  }
  if (Status s = ReplaceValues(conn, caller.tenant_id, record_id, field_ids, rows); !s.ok()) return s;
  const bool has_uploads = std::any_of(set.all().begin(), set.all().end(),
                                       [](const Field& f) { return f.type == "image" || f.type == "attachment"; });
  if (!has_uploads || !Linker()) return Status::Ok();
  const std::vector<Id> ids = UploadIds(set.all(), values);
  if (creating && ids.empty()) return Status::Ok();
  return Linker()(conn, caller, set.object(), record_id, ids, "customFields");
}

std::string CheckDefault(Connection& conn, Id tenant_id, const Field& f, const std::string& value,
                         std::string* normalized) {
  if (f.type == "image" || f.type == "attachment") return "invalid_value";  // no upload is everyone's
  boost::system::error_code ec;
  json::value v = json::parse(value, ec);
  if (ec) return "wrong_type";
  Checked c = v.is_null() ? Checked{"", nullptr} : CheckValue(conn, tenant_id, f, v);
  if (!c.issue.empty()) return c.issue;
  *normalized = json::serialize(c.out);
  return "";
}

void AddChanges(audit::Changes& changes, const std::string& before, const std::string& after) {
  if (before == after) return;
  const json::object b = ParseObject(before), a = ParseObject(after);
  std::set<std::string> keys;
  for (const auto& [k, v] : b) keys.insert(std::string(k));
  for (const auto& [k, v] : a) keys.insert(std::string(k));
  auto text = [](const json::object& o, const std::string& k) -> std::optional<std::string> {
    const auto* v = o.if_contains(k);
    if (!v || v->is_null()) return std::nullopt;
    if (v->is_string()) return std::string(v->as_string());
    return json::serialize(*v);
  };
  for (const auto& k : keys) {
    const std::string field = "customFields." + k;
    changes.Add(field.c_str(), text(b, k), text(a, k));
  }
}

std::vector<FilterParam> FilterParamsOf(const std::vector<std::pair<std::string, std::string>>& query) {
  std::vector<FilterParam> out;
  for (const auto& [name, value] : query) {
    if (!name.starts_with("cf.") || name.size() <= 3) continue;
    FilterParam p;
    p.param = name;
    p.key = name.substr(3);
    p.value = value;
    auto strip = [&](std::string_view suffix, FilterParam::Op op) {
      if (p.key.size() > suffix.size() && p.key.ends_with(suffix)) {
        p.key.resize(p.key.size() - suffix.size());
        p.op = op;
        return true;
      }
      return false;
    };
    if (!strip("From", FilterParam::Op::kFrom)) strip("To", FilterParam::Op::kTo);
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<Condition>> Resolve(Connection& conn, Id tenant_id, const FieldSet& set,
                                       const std::vector<FilterParam>& filters) {
  std::vector<Condition> out;
  std::vector<FieldIssue> issues;
  // The range of a field already begun by its From or To.
  auto range_of = [&](Id field_id, Condition::Kind kind) -> Condition& {
    for (auto& c : out)
      if (c.field_id == field_id && c.kind == kind) return c;
    Condition c;
    c.field_id = field_id;
    c.kind = kind;
    out.push_back(std::move(c));
    return out.back();
  };
  for (const auto& p : filters) {
    const Field* f = set.Writable(p.key);
    if (f && !set.FiltersProtected() && set.Protected().count(f->key)) {
      issues.push_back({p.param, "protected"});
      continue;
    }
    if (!f || !HasFilter(f->type) || p.value.empty() || p.value.size() > 200) {
      issues.push_back({p.param, "invalid_value"});
      continue;
    }
    const std::string& t = f->type;
    const bool ranged = t == "number" || t == "money" || t == "date" || t == "datetime";
    if (p.op != FilterParam::Op::kEqual && !ranged) {
      issues.push_back({p.param, "invalid_value"});
      continue;
    }
    if (t == "number" || t == "money") {
      char* end = nullptr;
      const double x = std::strtod(p.value.c_str(), &end);
      if (end == p.value.c_str() || *end != '\0' || !std::isfinite(x)) {
        issues.push_back({p.param, "invalid_value"});
        continue;
      }
      if (p.op == FilterParam::Op::kEqual) {
        Condition c;
        c.field_id = f->id;
        c.text = NumberText(x);
        out.push_back(std::move(c));
      } else {
        Condition& c = range_of(f->id, Condition::Kind::kNumberRange);
        (p.op == FilterParam::Op::kFrom ? c.number_from : c.number_to) = x;
      }
    } else if (t == "date" || t == "datetime") {
      std::string text;
      if (t == "date") {
        LocalDate d;
        if (p.value.size() == 10 && ParseDate(p.value, &d)) text = FormatDate(d);
      } else {
        Instant at = 0;
        if (ParseInstant(p.value, &at)) text = FormatInstant(at / 1000 * 1000);
      }
      if (text.empty() || (t == "datetime" && p.op == FilterParam::Op::kEqual)) {
        issues.push_back({p.param, "invalid_value"});
        continue;
      }
      if (p.op == FilterParam::Op::kEqual) {
        Condition c;
        c.field_id = f->id;
        c.text = text;
        out.push_back(std::move(c));
      } else {
        Condition& c = range_of(f->id, Condition::Kind::kTextRange);
        (p.op == FilterParam::Op::kFrom ? c.text_from : c.text_to) = text;
      }
    } else {
      Condition c;
      c.field_id = f->id;
      c.text = p.value;
      c.kind = t == "text" ? Condition::Kind::kContains : Condition::Kind::kEqual;
      out.push_back(std::move(c));
    }
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  // A value many records hold is checked along the list's own order; a rare one drives the query
  // (docs/api-custom-fields.md "Lists"). A substring has no index to count with: it drives.
  const int dense_at = DenseAt().load();
  for (auto& c : out) {
    if (c.kind == Condition::Kind::kContains) continue;
    auto n = CountMatchesUpTo(conn, tenant_id, c, dense_at);
    if (!n.ok()) return n.status();
    c.dense = *n >= dense_at;
  }
  return out;
}

void SetDenseAt(int records) { DenseAt().store(records); }

void SetAttachmentLinker(AttachmentLinker linker) { Linker() = std::move(linker); }

}  // namespace quanke::fields
