#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"

namespace quanke::audit {

// What an edit changed, for its audit entry (docs/api-org.md "Audit log"): one item per field
// whose value differs, named and shaped as the API shows it. Fields that did not change are left
// out, so `{"changes":[]}` says an edit that changed nothing.
class Changes {
 public:
  using Value = std::variant<std::monostate, std::string, std::int64_t, double, bool, std::vector<std::string>>;

  void Add(const char* field, const std::string& before, const std::string& after) { Put(field, before, after); }
  void Add(const char* field, const std::optional<std::string>& before, const std::optional<std::string>& after) {
    Put(field, before, after);
  }
  void Add(const char* field, std::int64_t before, std::int64_t after) { Put(field, before, after); }
  void Add(const char* field, const std::optional<std::int64_t>& before, const std::optional<std::int64_t>& after) {
    Put(field, before, after);
  }
  void Add(const char* field, const std::optional<double>& before, const std::optional<double>& after) {
    Put(field, before, after);
  }
  void Add(const char* field, bool before, bool after) { Put(field, before, after); }
  void Add(const char* field, const std::vector<std::string>& before, const std::vector<std::string>& after) {
    Put(field, before, after);
  }
  // Ids are strings in the API.
  void AddId(const char* field, const std::optional<Id>& before, const std::optional<Id>& after);
  // Instants as ISO-8601.
  void AddInstant(const char* field, const std::optional<Instant>& before, const std::optional<Instant>& after);

  bool empty() const { return items_.empty(); }
  // The details object's text: {"changes":[{field, before, after}…]} plus the members of `extra`
  // (a JSON object's text).
  std::string Json(const std::string& extra = "{}") const;

 private:
  struct Item {
    std::string field;
    Value before, after;
  };
  template <class T>
  void Put(const char* field, const T& before, const T& after) {
    if (before == after) return;
    items_.push_back({field, ValueOf(before), ValueOf(after)});
  }
  template <class T>
  static Value ValueOf(const std::optional<T>& v) {
    return v ? ValueOf(*v) : Value{};
  }
  template <class T>
  static Value ValueOf(const T& v) {
    return Value{v};
  }

  std::vector<Item> items_;
};

}  // namespace quanke::audit
