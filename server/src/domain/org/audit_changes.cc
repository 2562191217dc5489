#include "domain/org/audit_changes.h"

#include <boost/json.hpp>


namespace quanke::audit {
namespace json = boost::json;

namespace {

json::value JsonOf(const Changes::Value& v) {
  return std::visit(
      [](const auto& x) -> json::value {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return nullptr;
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          json::array a;
          for (const auto& s : x) a.emplace_back(s);
          return a;
        } else {
          return json::value(x);
        }
      },
      v);
}

}  // namespace

void Changes::AddId(const char* field, const std::optional<Id>& before, const std::optional<Id>& after) {
  if (before == after) return;
  auto text = [](const std::optional<Id>& id) { return id ? Value{IdToString(*id)} : Value{}; };
  items_.push_back({field, text(before), text(after)});
}

void Changes::AddInstant(const char* field, const std::optional<Instant>& before, const std::optional<Instant>& after) {
  if (before == after) return;
  auto text = [](const std::optional<Instant>& t) { return t ? Value{FormatInstant(*t)} : Value{}; };
  items_.push_back({field, text(before), text(after)});
}

std::string Changes::Json(const std::string& extra) const {
  json::array changes;
  for (const auto& item : items_)
    changes.push_back(json::object{{"field", item.field}, {"before", JsonOf(item.before)}, {"after", JsonOf(item.after)}});
  boost::system::error_code ec;
  json::value more = json::parse(extra, ec);
  json::object out = !ec && more.is_object() ? more.as_object() : json::object{};
  out["changes"] = std::move(changes);
  return json::serialize(out);
}

}  // namespace quanke::audit
