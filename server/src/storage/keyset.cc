#include "storage/keyset.h"

namespace quanke::storage {

Status AppendKeyset(const PageRequest& page, const std::string& sort_column, bool text, const std::string& id_column,
                    std::string& where, Params& params) {
  if (page.cursor.empty()) return Status::Ok();
  std::string sort_value;
  std::int64_t last = 0;
  if (!DecodeCursor(page.cursor, &sort_value, &last)) return Status::Validation({{"cursor", "invalid_value"}});
  Value v;
  if (text) {
    v = V(sort_value);
  } else {
    try {
      size_t used = 0;
      v = V(static_cast<std::int64_t>(std::stoll(sort_value, &used)));
      if (used != sort_value.size()) return Status::Validation({{"cursor", "invalid_value"}});
    } catch (...) {
      return Status::Validation({{"cursor", "invalid_value"}});
    }
  }
  const char* cmp = page.descending ? "<" : ">";
  const std::string a = "$" + std::to_string(params.size() + 1);
  params.push_back(v);
  const std::string b = "$" + std::to_string(params.size() + 1);
  params.push_back(V(last));
  where += " AND (" + sort_column + " " + cmp + " " + a + " OR (" + sort_column + " = " + a + " AND " + id_column +
           " " + cmp + " " + b + "))";
  return Status::Ok();
}

Result<std::map<std::int64_t, std::int64_t>> ValuesByKey(Connection& conn, const std::string& sql,
                                                         const Params& params) {
  auto r = conn.Query(sql, params);
  if (!r.ok()) return r.status();
  std::map<std::int64_t, std::int64_t> out;
  for (const auto& row : r->rows) out[row.Int(0)] += row.Int(1);
  return out;
}

}  // namespace quanke::storage
