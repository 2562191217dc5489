#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "core/page.h"
#include "core/status.h"
#include "http/request.h"

namespace quanke::http {

// Parses a JSON request body that must be an object. Errors: validation.malformed_json (not
// JSON), validation.failed with field "" / wrong_type (JSON, but not an object).
Result<boost::json::object> ParseJsonObject(const std::string& body);

// Reads typed fields from a request object and collects every problem, so one response lists
// all of them. Absent fields give nullopt; for nullable fields, a JSON null gives an engaged
// optional holding nullopt.
class FieldReader {
 public:
  explicit FieldReader(const boost::json::object& obj) : obj_(obj) {}

  std::optional<std::string> String(const char* key, bool required = false, size_t max_bytes = 1000);
  std::optional<std::optional<std::string>> NullableString(const char* key, size_t max_bytes = 1000);
  std::optional<bool> Bool(const char* key, bool required = false);
  std::optional<std::int64_t> Int(const char* key, bool required = false);
  // Ids arrive as strings (API.md); plain integers are accepted too.
  std::optional<Id> IdField(const char* key, bool required = false);
  std::optional<std::optional<Id>> NullableId(const char* key);
  std::optional<std::vector<Id>> IdArray(const char* key, bool required = false);
  std::optional<std::vector<std::string>> StringArray(const char* key, bool required = false);
  // A string that must parse with `parse` (an enum); unknown values are invalid_value.
  template <typename T, typename Parse>
  std::optional<T> Enum(const char* key, Parse parse, bool required = false) {
    auto text = String(key, required, 100);
    if (!text) return std::nullopt;
    T value{};
    if (!parse(*text, &value)) {
      issues_.push_back({key, "invalid_value"});
      return std::nullopt;
    }
    return value;
  }

  void AddIssue(std::string field, std::string issue) { issues_.push_back({std::move(field), std::move(issue)}); }
  // ok, or validation.failed listing every problem found so far.
  Status Finish() const;

 private:
  const boost::json::value* Find(const char* key, bool required);
  const boost::json::object& obj_;
  std::vector<FieldIssue> issues_;
};

// Reads limit (1–200, default 20), cursor and sort ("-field" descending) from the query.
// `allowed` lists the sort fields; an unknown one is validation.failed on "sort".
Result<PageRequest> ReadPageRequest(const Request& req, std::string_view default_sort,
                                    const std::vector<std::string_view>& allowed);

// An optional id query parameter; a malformed one is validation.failed on `name`.
Result<std::optional<Id>> ReadIdQuery(const Request& req, const char* name);

// An optional integer query parameter in [min, max] (`fallback` when absent or empty); anything
// else is validation.failed on `name`.
Result<int> ReadIntQuery(const Request& req, const char* name, int fallback, int min, int max);

Response JsonResponse(int status, const boost::json::value& value);
Response NoContent();

// Instant → "2026-11-26T09:30:00Z", or null.
boost::json::value InstantJson(Instant t);
boost::json::value InstantJson(const std::optional<Instant>& t);
boost::json::value IdJson(const std::optional<Id>& id);
boost::json::value TextJson(const std::optional<std::string>& s);
// The text, or null when it is empty (a joined name of a row that has none).
boost::json::value NonEmpty(const std::string& s);

// The list envelope {"items","nextCursor","total"}.
template <typename T, typename ToJson>
boost::json::object ListJson(const Page<T>& page, ToJson to_json) {
  boost::json::array items;
  items.reserve(page.items.size());
  for (const auto& item : page.items) items.push_back(to_json(item));
  boost::json::object out{{"items", std::move(items)}};
  out["nextCursor"] = TextJson(page.next_cursor);
  if (page.total) out["total"] = *page.total;
  return out;
}
template <typename T, typename ToJson>
boost::json::object ListJson(const std::vector<T>& all, ToJson to_json) {
  boost::json::array items;
  items.reserve(all.size());
  for (const auto& item : all) items.push_back(to_json(item));
  boost::json::object out{{"items", std::move(items)}, {"nextCursor", nullptr}};
  out["total"] = static_cast<std::int64_t>(all.size());
  return out;
}

}  // namespace quanke::http
