// The input of a create or an edit: whether it is valid, and copying it onto a customer or contact.
#include "core/time_zone.h"
#include "domain/customers/customer_service_internal.h"
#include "domain/customers/normalize.h"

namespace quanke::customers {
namespace {

size_t Chars(const std::string& s) { return CodePoints(s).size(); }

std::string Trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

void CheckText(const std::optional<std::string>& v, const char* field, size_t max_chars,
               std::vector<FieldIssue>& issues) {
  if (v && Chars(*v) > max_chars) issues.push_back({field, "too_long"});
}

}  // namespace

bool IsLevel(std::string_view v) { return v == "A" || v == "B" || v == "C" || v == "D"; }
bool IsStatus(std::string_view v) {
  return v == "potential" || v == "interested" || v == "deal" || v == "lost";
}

namespace detail {

Status ValidateContact(const ContactInput& in, bool creating, const std::string& prefix) {
  std::vector<FieldIssue> issues;
  if (creating && (!in.name || Trim(*in.name).empty())) issues.push_back({prefix + "name", "required"});
  if (!creating && in.name && Trim(*in.name).empty()) issues.push_back({prefix + "name", "required"});
  CheckText(in.name, (prefix + "name").c_str(), 50, issues);
  CheckText(in.title, (prefix + "title").c_str(), 50, issues);
  CheckText(in.notes, (prefix + "notes").c_str(), 2000, issues);
  for (auto [field, value] : {std::pair{"mobile", &in.mobile}, std::pair{"phone", &in.phone}}) {
    if (*value && **value && PhoneDigits(***value).size() < 5) issues.push_back({prefix + field, "invalid_value"});
    if (*value && **value && (***value).size() > 30) issues.push_back({prefix + field, "too_long"});
  }
  if (in.email && *in.email && ((**in.email).find('@') == std::string::npos || (**in.email).size() > 254))
    issues.push_back({prefix + "email", "invalid_value"});
  if (in.wechat && *in.wechat && (**in.wechat).size() > 64) issues.push_back({prefix + "wechat", "too_long"});
  if (in.birthday && *in.birthday) {
    LocalDate d;
    if (!ParseDate(**in.birthday, &d)) issues.push_back({prefix + "birthday", "invalid_value"});
  }
  return issues.empty() ? Status::Ok() : Status::Validation(std::move(issues));
}

Status ValidateCustomer(const CustomerInput& in, bool creating) {
  std::vector<FieldIssue> issues;
  if (creating && (!in.name || Trim(*in.name).empty())) issues.push_back({"name", "required"});
  if (!creating && in.name && Trim(*in.name).empty()) issues.push_back({"name", "required"});
  CheckText(in.name, "name", 100, issues);
  CheckText(in.short_name, "shortName", 50, issues);
  CheckText(in.industry, "industry", 50, issues);
  CheckText(in.scale, "scale", 50, issues);
  CheckText(in.source, "source", 50, issues);
  CheckText(in.province, "province", 50, issues);
  CheckText(in.city, "city", 50, issues);
  CheckText(in.district, "district", 50, issues);
  CheckText(in.address, "address", 200, issues);
  CheckText(in.website, "website", 200, issues);
  if (in.level && !IsLevel(*in.level)) issues.push_back({"level", "invalid_value"});
  if (in.status && !IsStatus(*in.status)) issues.push_back({"status", "invalid_value"});
  if (in.credit_code && *in.credit_code) {
    const auto code = NormalizeCreditCode(**in.credit_code);
    if (code.size() != 18 && code.size() != 15) issues.push_back({"creditCode", "invalid_value"});
  }
  if (in.phone && *in.phone && PhoneDigits(**in.phone).size() < 5) issues.push_back({"phone", "invalid_value"});
  if (in.lat && *in.lat && (**in.lat < -90 || **in.lat > 90 || **in.lat != **in.lat))
    issues.push_back({"lat", "invalid_value"});
  if (in.lng && *in.lng && (**in.lng < -180 || **in.lng > 180 || **in.lng != **in.lng))
    issues.push_back({"lng", "invalid_value"});
  if (in.lat.has_value() != in.lng.has_value() ||
      (in.lat && in.lng && in.lat->has_value() != in.lng->has_value()))
    issues.push_back({in.lat ? "lng" : "lat", "required"});
  if (in.tags) {
    if (in.tags->size() > 20) issues.push_back({"tags", "too_long"});
    for (const auto& t : *in.tags)
      if (Trim(t).empty() || Chars(t) > 20 || t.find(',') != std::string::npos) {
        issues.push_back({"tags", "invalid_value"});
        break;
      }
  }
  if (in.contacts) {
    if (in.contacts->size() > 50) issues.push_back({"contacts", "too_long"});
    for (size_t i = 0; i < in.contacts->size(); ++i) {
      Status s = ValidateContact((*in.contacts)[i], true, "contacts[" + std::to_string(i) + "].");
      if (!s.ok()) issues.insert(issues.end(), s.fields().begin(), s.fields().end());
    }
  }
  return issues.empty() ? Status::Ok() : Status::Validation(std::move(issues));
}

void Apply(const CustomerInput& in, Customer& c) {
  if (in.name) c.name = Trim(*in.name);
  if (in.short_name) c.short_name = Trim(*in.short_name);
  if (in.industry) c.industry = *in.industry;
  if (in.scale) c.scale = *in.scale;
  if (in.level) c.level = *in.level;
  if (in.status) c.status = *in.status;
  if (in.source) c.source = *in.source;
  if (in.province) c.province = *in.province;
  if (in.city) c.city = *in.city;
  if (in.district) c.district = *in.district;
  if (in.address) c.address = *in.address;
  if (in.website) c.website = *in.website;
  // custom_fields: checked and merged by the fields module (fields::MergeValues)
  if (in.credit_code)
    c.credit_code = *in.credit_code ? std::optional<std::string>(NormalizeCreditCode(**in.credit_code)) : std::nullopt;
  if (in.phone) c.phone = *in.phone;
  if (in.lat) c.lat = *in.lat;
  if (in.lng) c.lng = *in.lng;
  if (in.tags) {
    c.tags.clear();
    for (const auto& t : *in.tags) c.tags.push_back(Trim(t));
  }
}

void ApplyContact(const ContactInput& in, Contact& c) {
  if (in.name) c.name = Trim(*in.name);
  if (in.title) c.title = *in.title;
  if (in.notes) c.notes = *in.notes;
  if (in.mobile) c.mobile = *in.mobile;
  if (in.phone) c.phone = *in.phone;
  if (in.email) c.email = *in.email;
  if (in.wechat) c.wechat = *in.wechat;
  if (in.birthday) c.birthday = *in.birthday;
  if (in.is_primary) c.is_primary = *in.is_primary;
}

}  // namespace detail
}  // namespace quanke::customers
