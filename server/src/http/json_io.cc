#include "http/json_io.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <charconv>

namespace quanke::http {

Result<boost::json::object> ParseJsonObject(const std::string& body) {
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(body, ec);
  if (ec) return Status::Error("validation.malformed_json", "The request body is not valid JSON.");
  if (!v.is_object()) return Status::Validation({{"", "wrong_type"}});
  return std::move(v.as_object());
}

const boost::json::value* FieldReader::Find(const char* key, bool required) {
  const auto* v = obj_.if_contains(key);
  if (!v || (v->is_null() && required)) {
    if (required) issues_.push_back({key, "required"});
    return nullptr;
  }
  return v;
}

std::optional<std::string> FieldReader::String(const char* key, bool required, size_t max_bytes) {
  const auto* v = Find(key, required);
  if (!v) return std::nullopt;
  if (v->is_null()) {
    issues_.push_back({key, "wrong_type"});
    return std::nullopt;
  }
  if (!v->is_string()) {
    issues_.push_back({key, "wrong_type"});
    return std::nullopt;
  }
  const auto& s = v->get_string();
  if (s.size() > max_bytes) {
    issues_.push_back({key, "too_long"});
    return std::nullopt;
  }
  return std::string(s);
}

std::optional<std::optional<std::string>> FieldReader::NullableString(const char* key,
                                                                      size_t max_bytes) {
  const auto* v = Find(key, false);
  if (!v) return std::nullopt;
  if (v->is_null()) return std::optional<std::string>();
  auto s = String(key, false, max_bytes);
  if (!s) return std::nullopt;
  if (s->empty()) return std::optional<std::string>();  // "" clears, like null
  return std::optional<std::string>(*s);
}

std::optional<bool> FieldReader::Bool(const char* key, bool required) {
  const auto* v = Find(key, required);
  if (!v) return std::nullopt;
  if (!v->is_bool()) {
    issues_.push_back({key, "wrong_type"});
    return std::nullopt;
  }
  return v->get_bool();
}

std::optional<std::int64_t> FieldReader::Int(const char* key, bool required) {
  const auto* v = Find(key, required);
  if (!v) return std::nullopt;
  if (v->is_int64()) return v->get_int64();
  if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
    return static_cast<std::int64_t>(v->get_uint64());
  issues_.push_back({key, "wrong_type"});
  return std::nullopt;
}

namespace {
std::optional<Id> IdOf(const boost::json::value& v) {
  if (v.is_string()) return ParseId(std::string_view(v.get_string().data(), v.get_string().size()));
  if (v.is_int64() && v.get_int64() > 0) return v.get_int64();
  return std::nullopt;
}
}  // namespace

std::optional<Id> FieldReader::IdField(const char* key, bool required) {
  const auto* v = Find(key, required);
  if (!v) return std::nullopt;
  auto id = IdOf(*v);
  if (!id) issues_.push_back({key, v->is_string() || v->is_int64() ? "invalid_value" : "wrong_type"});
  return id;
}

std::optional<std::optional<Id>> FieldReader::NullableId(const char* key) {
  const auto* v = Find(key, false);
  if (!v) return std::nullopt;
  if (v->is_null()) return std::optional<Id>();
  auto id = IdField(key);
  if (!id) return std::nullopt;
  return std::optional<Id>(*id);
}

std::optional<std::vector<Id>> FieldReader::IdArray(const char* key, bool required) {
  const auto* v = Find(key, required);
  if (!v) return std::nullopt;
  if (!v->is_array() || v->get_array().size() > 1000) {
    issues_.push_back({key, "wrong_type"});
    return std::nullopt;
  }
  std::vector<Id> out;
  for (const auto& item : v->get_array()) {
    auto id = IdOf(item);
    if (!id) {
      issues_.push_back({key, "invalid_value"});
      return std::nullopt;
    }
    out.push_back(*id);
  }
  return out;
}

std::optional<std::vector<std::string>> FieldReader::StringArray(const char* key, bool required) {
  const auto* v = Find(key, required);
  if (!v) return std::nullopt;
  if (!v->is_array() || v->get_array().size() > 1000) {
    issues_.push_back({key, "wrong_type"});
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const auto& item : v->get_array()) {
    if (!item.is_string()) {
      issues_.push_back({key, "wrong_type"});
      return std::nullopt;
    }
    out.emplace_back(item.get_string());
  }
  return out;
}

Status FieldReader::Finish() const {
  return issues_.empty() ? Status::Ok() : Status::Validation(issues_);
}

Result<PageRequest> ReadPageRequest(const Request& req, std::string_view default_sort,
                                    const std::vector<std::string_view>& allowed) {
  PageRequest page;
  std::vector<FieldIssue> issues;
  if (auto limit = req.Query("limit")) {
    int n = 0;
    auto [ptr, ec] = std::from_chars(limit->data(), limit->data() + limit->size(), n);
    if (ec != std::errc() || ptr != limit->data() + limit->size() || n < 1 || n > 200)
      issues.push_back({"limit", "invalid_value"});
    else
      page.limit = n;
  }
  std::string sort(req.Query("sort").value_or(std::string(default_sort)));
  if (!sort.empty() && sort[0] == '-') {
    page.descending = true;
    sort.erase(0, 1);
  }
  bool known = false;
  for (auto a : allowed) known = known || a == sort;
  if (!known) issues.push_back({"sort", "invalid_value"});
  page.sort = sort;
  page.cursor = req.Query("cursor").value_or("");
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return page;
}

Result<std::optional<Id>> ReadIdQuery(const Request& req, const char* name) {
  auto text = req.Query(name);
  if (!text || text->empty()) return std::optional<Id>();
  auto id = ParseId(*text);
  if (!id) return Status::Validation({{name, "invalid_value"}});
  return std::optional<Id>(*id);
}

Result<int> ReadIntQuery(const Request& req, const char* name, int fallback, int min, int max) {
  auto text = req.Query(name);
  if (!text || text->empty()) return fallback;
  int v = 0;
  const char* end = text->data() + text->size();
  auto [ptr, ec] = std::from_chars(text->data(), end, v);
  if (ec != std::errc() || ptr != end || v < min || v > max) return Status::Validation({{name, "invalid_value"}});
  return v;
}

Response JsonResponse(int status, const boost::json::value& value) {
  Response r;
  r.status = status;
  r.body = boost::json::serialize(value);
  return r;
}

Response NoContent() {
  Response r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

boost::json::value InstantJson(Instant t) { return boost::json::value(FormatInstant(t)); }
boost::json::value InstantJson(const std::optional<Instant>& t) {
  return t ? InstantJson(*t) : boost::json::value(nullptr);
}
boost::json::value IdJson(const std::optional<Id>& id) {
  return id ? boost::json::value(IdToString(*id)) : boost::json::value(nullptr);
}
boost::json::value TextJson(const std::optional<std::string>& s) {
  return s ? boost::json::value(*s) : boost::json::value(nullptr);
}

boost::json::value NonEmpty(const std::string& s) {
  return s.empty() ? boost::json::value(nullptr) : boost::json::value(s);
}

}  // namespace quanke::http
