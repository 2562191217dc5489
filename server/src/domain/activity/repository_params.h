#pragma once

// Parameter lists for the SQL of the activity repositories (not a public interface).
#include <cstdlib>
#include <string>
#include <vector>

#include "core/ids.h"
#include "core/page.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::activity::internal {

// The placeholder of the next parameter: "$<size + 1>". (Built by appending: GCC 12 warns of a
// memcpy overlap, wrongly, when `"$" + std::to_string(…)` is inlined here.)
inline std::string NextPlaceholder(const storage::Params& params) {
  std::string p = "$";
  p += std::to_string(params.size() + 1);
  return p;
}

// Appends the ids to the parameters; answers their placeholders, comma-separated ("$2, $3").
inline std::string AppendIds(storage::Params& params, const std::vector<Id>& ids) {
  std::string out;
  for (Id id : ids) {
    if (!out.empty()) out += ", ";
    out += NextPlaceholder(params);
    params.push_back(storage::V(id));
  }
  return out;
}

// A list of ids as stored in one text column: comma-separated ("12,34"; "" when empty).
inline std::string JoinIds(const std::vector<Id>& ids) {
  std::string out;
  for (Id id : ids) {
    if (!out.empty()) out.push_back(',');
    out += std::to_string(id);
  }
  return out;
}
inline std::vector<Id> SplitIds(const std::string& text) {
  std::vector<Id> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    out.push_back(std::atoll(text.substr(start, comma - start).c_str()));
    start = comma + 1;
  }
  return out;
}

// For a page after the first, appends `condition` (e.g. " AND f.id < ") with the cursor's id as
// the next parameter; cursor.invalid_value when the cursor is malformed.
inline Status AppendCursor(const PageRequest& page, const char* condition, std::string& where,
                           storage::Params& params) {
  if (page.cursor.empty()) return Status::Ok();
  std::string unused;
  Id last = 0;
  if (!DecodeCursor(page.cursor, &unused, &last))
    return Status::Validation({{"cursor", "invalid_value"}});
  where += condition;
  where += NextPlaceholder(params);
  params.push_back(storage::V(last));
  return Status::Ok();
}

}  // namespace quanke::activity::internal
