// Reading an import's customer row: text cells as CustomerInput, the owner and creator by
// username or name, the creation time as a local date (and time) of the tenant or an instant.
#include "domain/imports/customer_rows.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <boost/json.hpp>

#include "domain/imports/cell_text.h"

namespace quanke::imports {
namespace {

std::optional<std::optional<std::string>> Nullable(const Row& row, const char* key) {
  auto v = Cell(row, key);
  if (!v) return std::nullopt;
  return std::optional<std::string>(*v);
}

// 潜在客户 / 意向 / deal … as a status code; "" when unknown.
std::string StatusCode(const std::string& v) {
  static const std::pair<const char*, const char*> kNames[] = {
      {"potential", "potential"}, {"潜在", "potential"}, {"潜在客户", "potential"},
      {"interested", "interested"}, {"意向", "interested"}, {"意向客户", "interested"},
      {"deal", "deal"}, {"成交", "deal"}, {"成交客户", "deal"}, {"已成交", "deal"},
      {"lost", "lost"}, {"流失", "lost"}, {"流失客户", "lost"}, {"已流失", "lost"}};
  for (const auto& [name, code] : kNames)
    if (v == name) return code;
  return v;  // refused by the customers module's validation
}

// "A", "a", "A级", "A类" as a level.
std::string LevelCode(const std::string& v) {
  if (v.empty()) return v;
  const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(v[0])));
  const std::string rest = v.substr(1);
  if (c >= 'A' && c <= 'D' && (rest.empty() || rest == "级" || rest == "类")) return std::string(1, c);
  return v;
}

std::vector<std::string> SplitTags(const std::string& v) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    std::string t = Trim(cur);
    if (!t.empty()) out.push_back(t);
    cur.clear();
  };
  for (size_t i = 0; i < v.size();) {
    bool sep = false;
    for (const char* s : {",", ";", "，", "、", "；"}) {
      const std::string_view sv(s);
      if (v.compare(i, sv.size(), sv) == 0) {
        flush();
        i += sv.size();
        sep = true;
        break;
      }
    }
    if (!sep) cur += v[i++];
  }
  flush();
  return out;
}

// "2024-03-01", "2024-03-01 09:30[:00]" (tenant's local time), "2024/3/1", or an ISO instant.
std::optional<Instant> ParseWhen(const std::string& v, const TimeZone& zone) {
  Instant t = 0;
  if (ParseInstant(v, &t)) return t;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  char sep1 = 0, sep2 = 0;
  int n = std::sscanf(v.c_str(), "%4d%c%2d%c%2d %2d:%2d:%2d", &y, &sep1, &mo, &sep2, &d, &h, &mi, &s);
  if (n < 5 || sep1 != sep2 || (sep1 != '-' && sep1 != '/') || h > 23 || mi > 59 || s > 59 || h < 0 || mi < 0 ||
      s < 0)
    return std::nullopt;
  if (n != 5 && n < 7) return std::nullopt;
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", y, mo, d);
  LocalDate day = 0;
  if (!ParseDate(date, &day)) return std::nullopt;
  return zone.StartOf(day) + (static_cast<Instant>(h) * 3600 + mi * 60 + s) * 1000;
}

// A cell as the value of a custom field of `type` (docs/api-custom-fields.md "Imports"); null
// when it cannot be read (the caller reports invalid_value).
Result<boost::json::value> CustomValue(const std::string& type, const std::string& v, const TimeZone& zone,
                                       const UserLookup& users, const std::string& field) {
  namespace json = boost::json;
  if (type == "text" || type == "long_text" || type == "select") return json::value(v);
  if (type == "multi_select") {
    json::array a;
    for (const auto& t : SplitTags(v)) a.emplace_back(t);
    return json::value(std::move(a));
  }
  if (type == "number" || type == "money") {
    if (type == "money") {  // yuan -> fen
      auto fen = YuanToFen(v);
      return fen ? json::value(*fen) : json::value(nullptr);
    }
    auto x = ParseNumber(v);
    if (!x) return json::value(nullptr);
    return json::value(*x);
  }
  if (type == "date" || type == "datetime") {
    auto at = ParseWhen(v.size() <= 10 ? v + " 00:00" : v, zone);
    if (!at) return json::value(nullptr);
    return json::value(type == "date" ? FormatDate(zone.DateOf(*at)) : FormatInstant(*at));
  }
  if (type == "user") {
    auto id = users(v, field.c_str());
    if (!id.ok()) {
      if (id.status().code() == "validation.failed") return json::value(nullptr);
      return id.status();
    }
    return json::value(IdToString(*id));
  }
  if (type == "department") return json::value(v);  // an id; the customers module checks it
  return json::value(nullptr);                      // places and uploads are not read from sheets
}

}  // namespace

Result<CustomerRow> ReadCustomerRow(const Row& row, bool keep_origin, const TimeZone& zone, const UserLookup& users,
                                    const std::vector<fields::Field>& custom) {
  CustomerRow out;
  customers::CustomerInput& in = out.input;
  std::vector<FieldIssue> issues;
  in.name = Cell(row, "name");
  out.label = in.name.value_or("");
  in.short_name = Cell(row, "shortName");
  in.credit_code = Nullable(row, "creditCode");
  in.industry = Cell(row, "industry");
  in.scale = Cell(row, "scale");
  if (auto v = Cell(row, "level")) in.level = LevelCode(*v);
  if (auto v = Cell(row, "status")) in.status = StatusCode(*v);
  in.source = Cell(row, "source");
  in.province = Cell(row, "province");
  in.city = Cell(row, "city");
  in.district = Cell(row, "district");
  in.address = Cell(row, "address");
  in.phone = Nullable(row, "phone");
  in.website = Cell(row, "website");
  if (auto v = Cell(row, "tags")) in.tags = SplitTags(*v);
  // A user named in a cell: their id, an issue of the row, or a fault that ends the batch.
  auto resolve = [&](const char* key, std::optional<Id>& to) -> Status {
    auto v = Cell(row, key);
    if (!v) return Status::Ok();
    auto id = users(*v, key);
    if (id.ok()) to = *id;
    else if (id.status().code() == "validation.failed")
      issues.insert(issues.end(), id.status().fields().begin(), id.status().fields().end());
    else return id.status();
    return Status::Ok();
  };
  if (Status s = resolve("owner", in.owner_id); !s.ok()) return s;
  const auto created_by = Cell(row, "createdBy");
  const auto created_at = Cell(row, "createdAt");
  if ((created_by || created_at) && !keep_origin) {
    issues.push_back({created_by ? "createdBy" : "createdAt", "not_allowed"});
  } else {
    if (Status s = resolve("createdBy", in.created_by); !s.ok()) return s;
    if (created_at) {
      in.created_at = ParseWhen(*created_at, zone);
      if (!in.created_at) issues.push_back({"createdAt", "invalid_value"});
    }
  }
  customers::ContactInput ct;
  ct.name = Cell(row, "contactName");
  ct.title = Cell(row, "contactTitle");
  ct.mobile = Nullable(row, "contactMobile");
  ct.phone = Nullable(row, "contactPhone");
  ct.email = Nullable(row, "contactEmail");
  ct.wechat = Nullable(row, "contactWechat");
  if (ct.name || ct.title || ct.mobile || ct.phone || ct.email || ct.wechat) {
    ct.is_primary = true;
    out.contact = ct;
    in.contacts = std::vector<customers::ContactInput>{ct};
  }
  boost::json::object values;
  for (const auto& f : custom) {
    const std::string key = "customFields." + f.key;
    auto v = Cell(row, key.c_str());
    if (!v) continue;
    auto value = CustomValue(f.type, *v, zone, users, key);
    if (!value.ok()) return value.status();
    if (value->is_null()) issues.push_back({key, "invalid_value"});
    else values[f.key] = std::move(*value);
  }
  if (!values.empty()) in.custom_fields = boost::json::serialize(values);
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return out;
}

std::string ImportField(const std::string& field) {
  if (field == "ownerId") return "owner";
  const std::string prefix = "contacts[0].";
  if (field.rfind(prefix, 0) == 0 && field.size() > prefix.size()) {
    std::string rest = field.substr(prefix.size());
    rest[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(rest[0])));
    return "contact" + rest;
  }
  return field;
}

customers::CustomerInput UpdateInput(const customers::CustomerInput& in) {
  customers::CustomerInput out = in;
  out.owner_id.reset();
  out.pool_id.reset();
  out.contacts.reset();
  out.created_by.reset();
  out.created_at.reset();
  return out;
}

}  // namespace quanke::imports
