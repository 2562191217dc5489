// The customer list (ListCustomers), in named steps: the conditions (the pools listed or the
// caller's scope, the filters, the search), then either the SQLite walk of the text index or one
// keyset page (count, sort and cursor, page fetch, row mapping).
#include <algorithm>
#include <cstdlib>

#include "domain/customers/customer_repository.h"
#include "domain/customers/customer_repository_internal.h"
#include "domain/customers/normalize.h"
#include "domain/fields/field_repository.h"
#include "domain/org/policy.h"
#include "storage/text_search.h"

namespace quanke::customers {
namespace {
using storage::Params;
using storage::V;

// The conditions of one list and their parameters, built clause by clause in a fixed order
// (each placeholder is numbered by the parameters before it).
struct ListQuery {
  std::string where = "WHERE c.tenant_id = $1 AND c.deleted_at IS NULL";
  Params params;
  // Pool lists: a pooled customer has no owner, but the page query names it so that SQLite walks
  // the (owner, updated_at) index newest first; the count leaves it out and reads the pool index
  // alone (with it, SQLite counted 900,000 pooled customers through the owner index: 0.45 s).
  std::string owner_term;

  // The placeholder of the parameter pushed next. (Appended, not `"$" + …`: GCC 12 warns of
  // a false -Wrestrict on that once inlined here.)
  std::string Next() const {
    std::string placeholder = "$";
    placeholder += std::to_string(params.size() + 1);
    return placeholder;
  }
  // Appends " AND <before>$n<after>" with `value` as $n.
  void And(const std::string& before, storage::Value value, const std::string& after = "") {
    where += " AND " + before + Next() + after;
    params.push_back(std::move(value));
  }
};

// A search term as the text index takes it.
struct Search {
  std::string query;  // normalised; never empty
  std::vector<std::string> bigrams;
};

// How a keyset page is ordered.
struct ListOrder {
  std::string sort;  // the API's field name
  bool desc = false;
  std::string column;
};

Page<Customer> EmptyPage() { return Page<Customer>{{}, std::nullopt, 0}; }

bool IsPoolList(const CustomerFilter& f) { return f.in_pool || f.pool_id; }

bool IsDigits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

const char* SortColumn(std::string_view field) {
  if (field == "createdAt") return "c.created_at";
  if (field == "name") return "c.name";
  if (field == "lastFollowUpAt") return "COALESCE(c.last_follow_up_at, 0)";
  return "c.updated_at";
}

std::string SortValue(const Customer& c, std::string_view field) {
  if (field == "createdAt") return std::to_string(c.created_at);
  if (field == "name") return c.name;
  if (field == "lastFollowUpAt") return std::to_string(c.last_follow_up_at.value_or(0));
  return std::to_string(c.updated_at);
}

// Pool customers of the pools listed: the one asked for if the caller may browse it, else every
// browsable one. false when that leaves no pool (the list is empty).
bool PoolClause(ListQuery& q, const CustomerFilter& f) {
  std::vector<Id> pools = f.visible_pools;
  if (f.pool_id) {
    if (std::find(pools.begin(), pools.end(), *f.pool_id) == pools.end()) pools.clear();
    else pools = {*f.pool_id};
  }
  if (pools.empty()) return false;
  q.owner_term = " AND c.owner_id IS NULL";
  q.where += " AND c.pool_id IN (";
  for (size_t i = 0; i < pools.size(); ++i) {
    q.where += (i ? ", " : "") + q.Next();
    q.params.push_back(V(pools[i]));
  }
  q.where += ")";
  return true;
}

// Owned customers: the caller's own (`mine`), or one owner's and/or those in the caller's data
// scope.
void OwnerScopeClause(ListQuery& q, const org::Caller& caller, const CustomerFilter& f) {
  q.where += " AND c.owner_id IS NOT NULL";
  if (f.mine) {
    q.And("c.owner_id = ", V(caller.user_id));
    return;
  }
  if (f.owner_id) q.And("c.owner_id = ", V(*f.owner_id));
  if (caller.scope == org::DataScope::kAll) return;
  // Owners in scope, or customers whose team the caller is on.
  org::ScopeFilter scope = org::OwnerScopeFilter(caller, "c.owner_id", static_cast<int>(q.params.size() + 1));
  q.params.insert(q.params.end(), scope.params.begin(), scope.params.end());
  const std::string me = q.Next();
  q.params.push_back(V(caller.user_id));
  q.where += " AND (" + scope.sql + " OR c.id IN (SELECT ct.customer_id FROM customer_team ct "
             "WHERE ct.tenant_id = c.tenant_id AND ct.user_id = " + me + "))";
}

}  // namespace

bool IsEmptyFilterColumn(std::string_view column) {
  return column == "industry" || column == "province" || column == "city" || column == "source";
}

namespace {

// `tag` for LIKE … ESCAPE '\', inside the commas of the stored list.
std::string TagPattern(const std::string& tag) {
  std::string escaped;
  for (char ch : tag) {
    if (ch == '%' || ch == '_' || ch == '\\') escaped.push_back('\\');
    escaped.push_back(ch);
  }
  return "%," + escaped + ",%";
}

// The field filters: equal values, a tag, locked, the last follow-up's range.
void FilterClauses(ListQuery& q, const CustomerFilter& f) {
  for (auto [column, value] : {std::pair{"c.status", &f.status}, std::pair{"c.industry", &f.industry},
                               std::pair{"c.province", &f.province}, std::pair{"c.city", &f.city},
                               std::pair{"c.source", &f.source}}) {
    if (!value->empty()) q.And(std::string(column) + " = ", V(*value));
  }
  if (!f.levels.empty()) {
    std::string in;
    for (const auto& level : f.levels) {
      in += (in.empty() ? "" : ", ") + q.Next();
      q.params.push_back(V(level));
    }
    q.where += " AND c.level IN (" + in + ")";
  }
  for (const auto& column : f.empty)
    if (IsEmptyFilterColumn(column)) q.where += " AND c." + column + " = ''";
  if (!f.tag.empty()) q.And("c.tags LIKE ", V(TagPattern(f.tag)), " ESCAPE '\\'");
  if (f.locked) q.And("c.locked = ", V(*f.locked));
  if (f.last_follow_up_from) q.And("c.last_follow_up_at >= ", V(*f.last_follow_up_from));
  if (f.last_follow_up_to) q.And("c.last_follow_up_at < ", V(*f.last_follow_up_to));
  for (const auto& c : f.custom) fields::AppendCondition(c, "c.id", q.where, q.params);
}

// Only a run of digits can match a phone in the search text. Where the caller sees the phones
// masked, it may match a whole number or the name, never a fragment of a phone: otherwise
// `137****9069` gives up its digits one search at a time.
void MaskedPhoneSearchClause(ListQuery& q, const org::Caller& caller, const CustomerFilter& f,
                             const std::string& query) {
  std::string unmasked;
  if (IsPoolList(f)) {
    unmasked = f.admin_pools.empty() ? "0 = 1" : "c.pool_id IN (" + storage::AppendIds(q.params, f.admin_pools) + ")";
  } else if (!caller.Can("field.view_protected")) {
    unmasked = "c.owner_id = " + q.Next();
    q.params.push_back(V(caller.user_id));
  }
  if (unmasked.empty()) return;
  q.where += " AND (" + unmasked + " OR c.name LIKE " + q.Next();
  q.params.push_back(V("%" + query + "%"));
  q.where += " OR c.short_name LIKE $" + std::to_string(q.params.size()) +
             " OR EXISTS (SELECT 1 FROM customer_phones p WHERE p.tenant_id = c.tenant_id AND p.digits = " + q.Next();
  q.params.push_back(V(query));
  q.where += " AND p.customer_id = c.id))";
}

// A search over many customers (not one owner's) on SQLite walks the text index newest first, a
// chunk at a time, and keeps the matches that pass the other filters, so a page of a common term
// costs a page, not every match. Narrow searches (one owner's customers, or a rep's own and team
// customers) let the owner index lead instead and test each candidate's text: a rep's ten
// matches among a million customers took the chunked walk 130 ms and came as a short page of five.
bool WalksTextIndex(const storage::Connection& conn, const org::Caller& caller, const CustomerFilter& f) {
  const bool narrow = f.mine || f.owner_id || (caller.scope == org::DataScope::kSelf && !IsPoolList(f));
  return conn.backend() == storage::Backend::kSqlite && !narrow;
}

// Appends the rows of a customer query to `out`.
Status FetchRows(storage::Connection& conn, const std::string& sql, const Params& params,
                 std::vector<Customer>& out) {
  auto r = conn.Query(sql, params);
  if (!r.ok()) return r.status();
  for (auto& row : r->rows) out.push_back(detail::ReadCustomer(row));
  return Status::Ok();
}

// The chunked walk of the text index (SQLite, see WalksTextIndex), newest first; the cursor is
// the last id walked.
Result<Page<Customer>> WalkTextIndex(storage::Connection& conn, const ListQuery& q, const CustomerFilter& f,
                                     const Search& search, const PageRequest& page) {
  constexpr int kChunk = 500;
  constexpr int kMaxScanned = 50000;
  std::optional<Id> before;
  if (!page.cursor.empty()) {
    std::string unused;
    Id last = 0;
    if (!DecodeCursor(page.cursor, &unused, &last)) return Status::Validation({{"cursor", "invalid_value"}});
    before = last;
  }
  Page<Customer> out;
  int scanned = 0;
  for (;;) {
    auto ids = storage::MatchingCustomerIds(conn, search.query, search.bigrams, before, kChunk);
    if (!ids.ok()) return ids.status();
    if (ids->empty()) break;
    scanned += static_cast<int>(ids->size());
    storage::Params chunk_params = q.params;
    const std::string in = storage::AppendIds(chunk_params, *ids);
    const int want = page.limit + 1 - static_cast<int>(out.items.size());
    if (Status s = FetchRows(conn,
                             detail::ColumnsSql(f.all_names) + q.where + q.owner_term + " AND c.id IN (" + in +
                                 ") ORDER BY c.id DESC LIMIT " + std::to_string(want),
                             chunk_params, out.items);
        !s.ok())
      return s;
    before = ids->back();
    if (static_cast<int>(out.items.size()) > page.limit) break;
    if (static_cast<int>(ids->size()) < kChunk) {
      before.reset();  // the index is exhausted
      break;
    }
    if (scanned >= kMaxScanned) break;  // a short page; the cursor continues the scan
  }
  if (static_cast<int>(out.items.size()) > page.limit) {
    out.items.resize(static_cast<size_t>(page.limit));
    out.next_cursor = EncodeCursor("", out.items.back().id);
  } else if (before) {
    out.next_cursor = EncodeCursor("", *before);
  }
  return out;
}

// The search as a condition of the query (the text index's match on either backend).
void TextMatchClause(ListQuery& q, storage::Backend backend, const org::Caller& caller, const Search& search) {
  auto match = storage::CustomerTextMatch(backend, caller.tenant_id, search.query, search.bigrams,
                                          static_cast<int>(q.params.size() + 1));
  q.where += " AND " + match.sql;
  q.params.insert(q.params.end(), match.params.begin(), match.params.end());
}

// Counting a search or a whole-company list is expensive at a million rows: the list then omits
// `total` (API.md allows it); narrow lists count. So do pool lists, unless a custom field filters
// them: that count probes custom_values once for every pooled customer (5 s at 900,000).
bool CountsTotal(const CustomerFilter& f, bool searching) {
  return f.count_total && !searching && (f.mine || f.owner_id || (IsPoolList(f) && f.custom.empty()));
}

Result<std::int64_t> CountMatches(storage::Connection& conn, const ListQuery& q) {
  auto n = conn.Query("SELECT COUNT(*) FROM customers c " + q.where, q.params);
  if (!n.ok()) return n.status();
  return n->front().Int(0);
}

// With a search the order is newest first (by id), which the index returns directly.
ListOrder OrderOf(const PageRequest& page, bool searching) {
  if (searching) return {"createdAt", true, "c.id"};
  return {page.sort, page.descending, SortColumn(page.sort)};
}

// Continues after the cursor's row in the list's order; validation error on a malformed cursor.
Status CursorClause(ListQuery& q, const ListOrder& order, const std::string& cursor, bool searching) {
  if (cursor.empty()) return Status::Ok();
  std::string value;
  Id last = 0;
  if (!DecodeCursor(cursor, &value, &last)) return Status::Validation({{"cursor", "invalid_value"}});
  if (searching) {
    q.And("c.id < ", V(last));
    return Status::Ok();
  }
  const bool numeric = order.sort != "name";
  const char* cmp = order.desc ? "<" : ">";
  const std::string pv = q.Next();
  q.params.push_back(numeric ? V(static_cast<std::int64_t>(std::atoll(value.c_str()))) : V(value));
  const std::string pi = q.Next();
  q.params.push_back(V(last));
  q.where += " AND (" + order.column + " " + cmp + " " + pv + " OR (" + order.column + " = " + pv + " AND c.id " +
             cmp + " " + pi + "))";
  return Status::Ok();
}

std::string OrderBySql(const ListOrder& order, bool searching) {
  const char* dir = order.desc ? " DESC" : " ASC";
  std::string sql = " ORDER BY " + order.column + dir;
  if (!searching) sql += std::string(", c.id") + dir;
  return sql;
}

}  // namespace

bool IsCustomerSortField(std::string_view f) {
  return f == "updatedAt" || f == "createdAt" || f == "name" || f == "lastFollowUpAt";
}

Result<Page<Customer>> ListCustomers(storage::Connection& conn, const org::Caller& caller,
                                     const CustomerFilter& f, const PageRequest& page) {
  ListQuery q;
  q.params.push_back(V(caller.tenant_id));
  if (IsPoolList(f)) {
    if (!PoolClause(q, f)) return EmptyPage();
  } else {
    OwnerScopeClause(q, caller, f);
  }
  FilterClauses(q, f);

  const bool searching = !f.q.empty();
  Search search;
  if (searching) {
    search.query = NormalizeQuery(f.q);
    if (search.query.empty()) return EmptyPage();
    search.bigrams = QueryGrams(search.query);
    if (f.numbers_protected && IsDigits(search.query)) MaskedPhoneSearchClause(q, caller, f, search.query);
    if (WalksTextIndex(conn, caller, f)) return WalkTextIndex(conn, q, f, search, page);
    TextMatchClause(q, conn.backend(), caller, search);
  }

  Page<Customer> out;
  if (CountsTotal(f, searching)) {
    auto n = CountMatches(conn, q);
    if (!n.ok()) return n.status();
    out.total = *n;
  }
  const ListOrder order = OrderOf(page, searching);
  if (Status s = CursorClause(q, order, page.cursor, searching); !s.ok()) return s;
  if (Status s = FetchRows(conn,
                           detail::ColumnsSql(f.all_names) + q.where + q.owner_term + OrderBySql(order, searching) +
                               " LIMIT " + std::to_string(page.limit + 1),
                           q.params, out.items);
      !s.ok())
    return s;
  TrimToPage(out, page.limit,
             [&](const Customer& last) { return searching ? std::string() : SortValue(last, order.sort); });
  return out;
}

}  // namespace quanke::customers
