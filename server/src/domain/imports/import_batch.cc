// The row errors and faults every object's batch shares.
#include "domain/imports/import_batch.h"

namespace quanke::imports {

RowError ErrorOf(std::int64_t row_no, const std::string& outcome, const Status& s, const std::string& label,
                 FieldNamer namer) {
  RowError e{row_no, outcome, s.code(), "", label};
  for (const auto& f : s.fields()) {
    if (!e.fields.empty()) e.fields += ",";
    e.fields += namer(f.field) + ":" + f.issue;
  }
  return e;
}

bool IsFault(const Status& s) { return s.code() == "internal" || s.code() == "unavailable"; }

}  // namespace quanke::imports
