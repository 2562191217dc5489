#include "domain/org/protection.h"

#include <boost/json.hpp>

#include "core/mask.h"

namespace quanke::org {
namespace json = boost::json;

const std::set<std::string>& Protection::BuiltIn() {
  static const std::set<std::string> names{"address", "email", "mobile", "phone", "wechat"};
  return names;
}

Protection Protection::Default() {
  Protection p;
  p.fields = {"email", "mobile", "phone", "wechat"};
  return p;
}

const std::set<std::string>& Protection::CustomKeys(const std::string& object) const {
  static const std::set<std::string> none;
  auto it = custom_fields.find(object);
  return it == custom_fields.end() ? none : it->second;
}

bool Protection::Any(const std::string& object) const {
  if (!CustomKeys(object).empty()) return true;
  if (object == "customer") return !fields.empty();  // its own phone and address, its contacts' numbers
  return Protects("phone") || Protects("mobile") || Protects("email") || Protects("wechat");
}

std::string ProtectionJson(const Protection& p) {
  json::array fields;
  for (const auto& f : p.fields) fields.emplace_back(f);
  json::object custom;
  for (const auto& [object, keys] : p.custom_fields) {
    json::array a;
    for (const auto& k : keys) a.emplace_back(k);
    custom[object] = std::move(a);
  }
  return json::serialize(json::object{{"fields", std::move(fields)}, {"customFields", std::move(custom)}});
}

Protection ProtectionFromJson(const std::string& text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) return Protection::Default();
  const auto& o = v.as_object();
  const auto* fields = o.if_contains("fields");
  if (!fields || !fields->is_array()) return Protection::Default();
  Protection p;
  for (const auto& f : fields->as_array())
    if (f.is_string() && Protection::BuiltIn().count(std::string(f.as_string()))) p.fields.emplace(f.as_string());
  if (const auto* custom = o.if_contains("customFields"); custom && custom->is_object())
    for (const auto& [object, keys] : custom->as_object()) {
      if (!keys.is_array()) continue;
      auto& into = p.custom_fields[std::string(object)];
      for (const auto& k : keys.as_array())
        if (k.is_string()) into.emplace(k.as_string());
    }
  return p;
}

std::string MaskProtectedChanges(const std::string& details, const std::string& object_type, const Protection& p) {
  if (details.find("\"changes\"") == std::string::npos) return details;
  boost::system::error_code ec;
  json::value v = json::parse(details, ec);
  if (ec || !v.is_object()) return details;
  auto* changes = v.as_object().if_contains("changes");
  if (!changes || !changes->is_array()) return details;
  const std::set<std::string>& custom = p.CustomKeys(object_type);
  auto is_protected = [&](std::string_view field) {
    if (object_type == "user") return field == "mobile" || field == "email";
    if (field.starts_with("customFields.")) return custom.count(std::string(field.substr(13))) > 0;
    return p.Protects(field);
  };
  bool masked = false;
  for (auto& item : changes->as_array()) {
    if (!item.is_object()) continue;
    const auto* field = item.as_object().if_contains("field");
    if (!field || !field->is_string() || !is_protected(field->as_string())) continue;
    for (const char* side : {"before", "after"}) {
      auto* value = item.as_object().if_contains(side);
      if (value && value->is_string()) {
        *value = MaskMiddle(std::string(value->as_string()));
        masked = true;
      }
    }
  }
  return masked ? json::serialize(v) : details;
}

}  // namespace quanke::org
