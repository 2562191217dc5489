#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/page.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::storage {

// The placeholder of the next parameter of `params` ("$3" when it holds two).
inline std::string Next(const Params& params) { return "$" + std::to_string(params.size() + 1); }

// A list filter's equality conditions: the answer appends " AND column = $n" to `where` and the
// value to `params` (both must outlive it).
inline auto EqualsAppender(std::string& where, Params& params) {
  return [&where, &params](const char* column, const Value& value) {
    where += std::string(" AND ") + column + " = " + Next(params);
    params.push_back(value);
  };
}

// The keyset condition of a page after `page.cursor` (none for the first page): appends
// " AND (col > $a OR (col = $a AND id > $b))" (< when descending) to `where` and its two
// parameters to `params`. `text`: the sort value is text, else an integer. validation.failed on
// `cursor` when it is malformed.
Status AppendKeyset(const PageRequest& page, const std::string& sort_column, bool text, const std::string& id_column,
                    std::string& where, Params& params);

// A keyset-paginated list with its total, in one round trip: the page is
// `select(params)` + " WHERE " + where + the cursor's condition + " ORDER BY sort_column, id_column"
// (both descending when the page is) + " LIMIT limit + 1"; the total is COUNT(*) FROM `count_from`
// under `where` alone. `select` may append parameters only its text uses. `read` turns a row into
// a T; `sort_value` gives a T's cursor value.
template <typename T, typename Select, typename Read, typename SortValue>
Result<Page<T>> KeysetPage(Connection& conn, const PageRequest& page, std::string where, Params p,
                           const std::string& count_from, const std::string& sort_column, bool text,
                           const std::string& id_column, Select select, Read read, SortValue sort_value) {
  const Statement count{"SELECT COUNT(*) FROM " + count_from + " WHERE " + where, p};
  if (Status k = AppendKeyset(page, sort_column, text, id_column, where, p); !k.ok()) return k;
  const char* dir = page.descending ? " DESC" : " ASC";
  std::string sql = select(p);
  sql += " WHERE " + where + " ORDER BY " + sort_column + dir + ", " + id_column + dir + " LIMIT " +
         std::to_string(page.limit + 1);
  auto batch = conn.QueryBatch({{std::move(sql), std::move(p)}, count});
  for (auto& r : batch)
    if (!r.ok()) return r.status();
  Page<T> out;
  for (auto& row : batch[0]->rows) out.items.push_back(read(row));
  TrimToPage(out, page.limit, sort_value);
  out.total = batch[1]->front().Int(0);
  return out;
}

// The rows of a query answering (a key, an integer) as a map: the per-user figures of reports,
// each module's grouped read (`... GROUP BY owner_id`). A null key or value reads as 0.
Result<std::map<std::int64_t, std::int64_t>> ValuesByKey(Connection& conn, const std::string& sql,
                                                         const Params& params);

}  // namespace quanke::storage
