#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"

// Custom fields and form layouts (docs/api-custom-fields.md).
namespace quanke::fields {

// A custom field of customers or leads. Its values live in each record's custom_fields JSON
// under `key`; custom_values indexes them.
struct Field {
  Id id = 0;
  std::string object;  // customer / lead
  std::string key;
  std::string label;
  std::string type;    // text / long_text / number / money / date / datetime / select / …
  std::vector<std::string> options;
  bool required = false;
  bool unique = false;
  std::optional<std::string> default_value;  // JSON text of a value
  std::vector<Id> visible_roles;             // empty: everyone
  std::int64_t position = 0;
  Instant created_at = 0;
  Instant updated_at = 0;
  std::optional<Instant> deleted_at;

  bool live() const { return !deleted_at; }
};

// A create or PATCH of a field (absent = unchanged). The fixed properties are read only to
// refuse them on PATCH.
struct FieldInput {
  std::optional<std::string> object, label, type, key;
  std::optional<std::vector<std::string>> options;
  std::optional<bool> required, unique;
  std::optional<std::optional<std::string>> default_value;  // JSON text; inner nullopt = none
  std::optional<std::vector<Id>> visible_roles;
  std::optional<std::int64_t> position;
};

struct LayoutGroup {
  std::string title;
  std::vector<std::string> fields;  // keys
};

struct Layout {
  std::string object;
  std::optional<Id> department_id;  // nullopt: the company's
  bool own = false;                 // false: inherited from `inherited_from` (or the built-in one)
  std::optional<Id> inherited_from;
  std::vector<LayoutGroup> groups;
};

// A list filter on a custom field as the request names it: `cf.<key>` (kEqual), `cf.<key>From`,
// `cf.<key>To`.
struct FilterParam {
  enum class Op { kEqual, kFrom, kTo };
  std::string param;  // the query parameter, for the error
  std::string key;
  Op op = Op::kEqual;
  std::string value;
};

// A filter resolved against the field: how custom_values is searched. `From` and `To` of one
// field make one range.
struct Condition {
  enum class Kind { kEqual, kContains, kNumberRange, kTextRange };
  Id field_id = 0;
  Kind kind = Kind::kEqual;
  std::string text;  // kEqual, kContains
  std::optional<double> number_from, number_to;
  std::optional<std::string> text_from, text_to;
  // Many records hold it: the list checks each row it walks in its own order (EXISTS) instead of
  // reading every match first and sorting them (IN), which is what a rare value wants.
  bool dense = false;
};

// One row of custom_values.
struct IndexedValue {
  Id field_id = 0;
  std::string value;
  std::optional<double> number;
};

}  // namespace quanke::fields
