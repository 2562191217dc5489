#include "domain/customers/customer_repository.h"

#include <algorithm>
#include <set>

#include "core/geo.h"
#include "core/text_list.h"
#include "domain/customers/normalize.h"
#include "domain/org/policy.h"
#include "storage/text_search.h"

namespace quanke::customers {
namespace {

bool IsDigits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

using storage::Params;
using storage::V;

constexpr std::string_view kCustomerColumns =
    "SELECT c.id, c.name, c.short_name, c.credit_code, c.industry, c.scale, c.level, c.status, "
    "c.source, c.province, c.city, c.district, c.address, c.lat, c.lng, c.phone, c.website, "
    "c.tags, c.custom_fields, c.owner_id, c.pool_id, c.home_pool_id, c.locked, c.clock_start_at, "
    "c.claimed_at, c.released_at, c.previous_owner_id, c.times_reclaimed, c.reminded_for, "
    "c.last_follow_up_at, c.last_deal_at, c.next_follow_up_at, c.created_by, c.created_at, "
    "c.updated_at, c.deleted_at, ou.name, ";
constexpr std::string_view kOwnerJoin =
    "FROM customers c LEFT JOIN users ou ON ou.tenant_id = c.tenant_id AND ou.id = c.owner_id ";

// The SELECT … FROM of a customer row, as ReadCustomer reads it. Without `all_names` only the
// owner's name is joined and the department, pool, home pool and previous owner names come back
// empty: each join is an index lookup per row, 80 of them for a 20-row list.
const std::string& ColumnsSql(bool all_names = true) {
  static const std::string all =
      std::string(kCustomerColumns) + "od.name, p.name, hp.name, pu.name " +
      std::string(kOwnerJoin) +
      "LEFT JOIN departments od ON od.tenant_id = c.tenant_id AND od.id = ou.department_id "
      "LEFT JOIN pools p ON p.tenant_id = c.tenant_id AND p.id = c.pool_id "
      "LEFT JOIN pools hp ON hp.tenant_id = c.tenant_id AND hp.id = c.home_pool_id "
      "LEFT JOIN users pu ON pu.tenant_id = c.tenant_id AND pu.id = c.previous_owner_id ";
  static const std::string owner_name_only =
      std::string(kCustomerColumns) + "'', '', '', '' " + std::string(kOwnerJoin);
  return all_names ? all : owner_name_only;
}

// ",tag1,tag2," so that one LIKE '%,tag,%' finds a tag.
std::string JoinTags(const std::vector<std::string>& tags) { return tags.empty() ? "" : "," + JoinList(tags) + ","; }

// Moves the row's text into the customer: read each row once.
Customer ReadCustomer(storage::Row& r) {
  Customer c;
  size_t i = 0;
  c.id = r.Int(i++);
  c.name = r.TakeText(i++);
  c.short_name = r.TakeText(i++);
  c.credit_code = r.TakeOptText(i++);
  c.industry = r.TakeText(i++);
  c.scale = r.TakeText(i++);
  c.level = r.TakeText(i++);
  c.status = r.TakeText(i++);
  c.source = r.TakeText(i++);
  c.province = r.TakeText(i++);
  c.city = r.TakeText(i++);
  c.district = r.TakeText(i++);
  c.address = r.TakeText(i++);
  c.lat = r.OptReal(i++);
  c.lng = r.OptReal(i++);
  c.phone = r.TakeOptText(i++);
  c.website = r.TakeText(i++);
  c.tags = SplitList(r.TakeText(i++));
  c.custom_fields = r.TakeText(i++);
  c.owner_id = r.OptInt(i++);
  c.pool_id = r.OptInt(i++);
  c.home_pool_id = r.OptInt(i++);
  c.locked = r.Bool(i++);
  c.clock_start_at = r.OptInt(i++);
  c.claimed_at = r.OptInt(i++);
  c.released_at = r.OptInt(i++);
  c.previous_owner_id = r.OptInt(i++);
  c.times_reclaimed = r.Int(i++);
  c.reminded_for = r.OptInt(i++);
  c.last_follow_up_at = r.OptInt(i++);
  c.last_deal_at = r.OptInt(i++);
  c.next_follow_up_at = r.OptInt(i++);
  c.created_by = r.OptInt(i++);
  c.created_at = r.Int(i++);
  c.updated_at = r.Int(i++);
  c.deleted_at = r.OptInt(i++);
  c.owner_name = r.TakeText(i++);
  c.owner_department = r.TakeText(i++);
  c.pool_name = r.TakeText(i++);
  c.home_pool_name = r.TakeText(i++);
  c.previous_owner_name = r.TakeText(i++);
  return c;
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

// Every phone of the customer and its live contacts, as digits.
Result<std::set<std::string>> PhonesOf(storage::Connection& conn, Id tenant_id, const Customer& c,
                                       std::vector<std::string>* contact_fields) {
  std::set<std::string> phones;
  if (c.phone) {
    auto d = PhoneDigits(*c.phone);
    if (d.size() >= 5) phones.insert(d);
  }
  auto contacts = conn.Query(
      "SELECT name, mobile, phone FROM contacts WHERE tenant_id = $1 AND customer_id = $2 AND "
      "deleted_at IS NULL",
      {V(tenant_id), V(c.id)});
  if (!contacts.ok()) return contacts.status();
  for (const auto& row : contacts->rows) {
    contact_fields->push_back(row.Text(0));
    for (size_t k : {1u, 2u}) {
      if (row.IsNull(k)) continue;
      auto d = PhoneDigits(row.Text(k));
      if (d.size() >= 5) phones.insert(d);
    }
  }
  return phones;
}

}  // namespace

bool IsLevel(std::string_view v) { return v == "A" || v == "B" || v == "C" || v == "D"; }
bool IsStatus(std::string_view v) {
  return v == "potential" || v == "interested" || v == "deal" || v == "lost";
}

bool IsCustomerSortField(std::string_view f) {
  return f == "updatedAt" || f == "createdAt" || f == "name" || f == "lastFollowUpAt";
}

Result<Page<Customer>> ListCustomers(storage::Connection& conn, const org::Caller& caller,
                                     const CustomerFilter& f, const PageRequest& page) {
  std::string where = "WHERE c.tenant_id = $1 AND c.deleted_at IS NULL";
  Params params{V(caller.tenant_id)};
  auto next = [&] { return "$" + std::to_string(params.size() + 1); };
  auto eq = [&](const char* col, const std::string& value) {
    if (value.empty()) return;
    where += std::string(" AND ") + col + " = " + next();
    params.push_back(V(value));
  };

  // Pool lists: a pooled customer has no owner, but the page query names it so that SQLite walks
  // the (owner, updated_at) index newest first; the count leaves it out and reads the pool index
  // alone (with it, SQLite counted 900,000 pooled customers through the owner index: 0.45 s).
  std::string owner_term;
  if (f.in_pool || f.pool_id) {
    std::vector<Id> pools = f.visible_pools;
    if (f.pool_id) {
      if (std::find(pools.begin(), pools.end(), *f.pool_id) == pools.end()) pools.clear();
      else pools = {*f.pool_id};
    }
    if (pools.empty()) return Page<Customer>{{}, std::nullopt, 0};
    owner_term = " AND c.owner_id IS NULL";
    where += " AND c.pool_id IN (";
    for (size_t i = 0; i < pools.size(); ++i) {
      where += (i ? ", " : "") + next();
      params.push_back(V(pools[i]));
    }
    where += ")";
  } else {
    where += " AND c.owner_id IS NOT NULL";
    if (f.mine) {
      where += " AND c.owner_id = " + next();
      params.push_back(V(caller.user_id));
    } else {
      if (f.owner_id) {
        where += " AND c.owner_id = " + next();
        params.push_back(V(*f.owner_id));
      }
      if (caller.scope != org::DataScope::kAll) {
        // Owners in scope, or customers whose team the caller is on.
        org::ScopeFilter scope = org::OwnerScopeFilter(caller, "c.owner_id", static_cast<int>(params.size() + 1));
        params.insert(params.end(), scope.params.begin(), scope.params.end());
        const std::string me = next();
        params.push_back(V(caller.user_id));
        where += " AND (" + scope.sql + " OR c.id IN (SELECT ct.customer_id FROM customer_team ct "
                 "WHERE ct.tenant_id = c.tenant_id AND ct.user_id = " + me + "))";
      }
    }
  }
  eq("c.status", f.status);
  eq("c.level", f.level);
  eq("c.industry", f.industry);
  eq("c.province", f.province);
  eq("c.city", f.city);
  eq("c.source", f.source);
  if (!f.tag.empty()) {
    where += " AND c.tags LIKE " + next() + " ESCAPE '\\'";
    std::string escaped;
    for (char ch : f.tag) {
      if (ch == '%' || ch == '_' || ch == '\\') escaped.push_back('\\');
      escaped.push_back(ch);
    }
    params.push_back(V("%," + escaped + ",%"));
  }
  if (f.locked) {
    where += " AND c.locked = " + next();
    params.push_back(V(*f.locked));
  }
  if (f.last_follow_up_from) {
    where += " AND c.last_follow_up_at >= " + next();
    params.push_back(V(*f.last_follow_up_from));
  }
  if (f.last_follow_up_to) {
    where += " AND c.last_follow_up_at < " + next();
    params.push_back(V(*f.last_follow_up_to));
  }

  const bool searching = !f.q.empty();
  std::string query;
  std::vector<std::string> bigrams;
  if (searching) {
    query = NormalizeQuery(f.q);
    if (query.empty()) return Page<Customer>{{}, std::nullopt, 0};
    bigrams = QueryGrams(query);
    if (IsDigits(query)) {
      // Only a run of digits can match a phone in the search text. Where the caller sees the
      // phones masked, it may match a whole number or the name, never a fragment of a phone:
      // otherwise `137****9069` gives up its digits one search at a time.
      std::string unmasked;
      if (f.in_pool || f.pool_id) {
        unmasked = f.admin_pools.empty() ? "0 = 1" : "c.pool_id IN (" + storage::AppendIds(params, f.admin_pools) + ")";
      } else if (!caller.Can("field.view_protected")) {
        unmasked = "c.owner_id = " + next();
        params.push_back(V(caller.user_id));
      }
      if (!unmasked.empty()) {
        where += " AND (" + unmasked + " OR c.name LIKE " + next();
        params.push_back(V("%" + query + "%"));
        where += " OR c.short_name LIKE $" + std::to_string(params.size()) +
                 " OR EXISTS (SELECT 1 FROM customer_phones p WHERE p.tenant_id = c.tenant_id AND p.digits = " + next();
        params.push_back(V(query));
        where += " AND p.customer_id = c.id))";
      }
    }
  }

  // A search over many customers (not one owner's) on SQLite walks the text index newest
  // first, a chunk at a time, and keeps the matches that pass the other filters, so a page of a
  // common term costs a page, not every match. Narrow searches (one owner's customers, or a
  // rep's own and team customers) let the owner index lead instead and test each candidate's
  // text: a rep's ten matches among a million customers took the chunked walk 130 ms and came
  // as a short page of five.
  const bool narrow =
      f.mine || f.owner_id || (caller.scope == org::DataScope::kSelf && !(f.in_pool || f.pool_id));
  if (searching && conn.backend() == storage::Backend::kSqlite && !narrow) {
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
      auto ids = storage::MatchingCustomerIds(conn, query, bigrams, before, kChunk);
      if (!ids.ok()) return ids.status();
      if (ids->empty()) break;
      scanned += static_cast<int>(ids->size());
      std::string in;
      storage::Params chunk_params = params;
      for (size_t i = 0; i < ids->size(); ++i) {
        in += (i ? ", $" : "$") + std::to_string(chunk_params.size() + 1);
        chunk_params.push_back(V((*ids)[i]));
      }
      const int want = page.limit + 1 - static_cast<int>(out.items.size());
      auto r = conn.Query(ColumnsSql(f.all_names) + where + owner_term + " AND c.id IN (" + in +
                              ") ORDER BY c.id DESC LIMIT " + std::to_string(want),
                          chunk_params);
      if (!r.ok()) return r.status();
      for (auto& row : r->rows) out.items.push_back(ReadCustomer(row));
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

  if (searching) {
    auto match = storage::CustomerTextMatch(conn.backend(), caller.tenant_id, query, bigrams,
                                            static_cast<int>(params.size() + 1));
    where += " AND " + match.sql;
    params.insert(params.end(), match.params.begin(), match.params.end());
  }

  Page<Customer> out;
  // Counting a search or a whole-company list is expensive at a million rows: the list then
  // omits `total` (API.md allows it); narrow lists count.
  const bool count = !searching && (f.mine || f.owner_id || f.in_pool || f.pool_id);
  if (count) {
    auto n = conn.Query("SELECT COUNT(*) FROM customers c " + where, params);
    if (!n.ok()) return n.status();
    out.total = n->front().Int(0);
  }

  // With a search the order is newest first (by id), which the index returns directly.
  const std::string sort = searching ? "createdAt" : page.sort;
  const bool desc = searching ? true : page.descending;
  const std::string col = searching ? "c.id" : SortColumn(sort);
  const bool numeric = sort != "name";
  const char* cmp = desc ? "<" : ">";
  if (!page.cursor.empty()) {
    std::string value;
    Id last = 0;
    if (!DecodeCursor(page.cursor, &value, &last)) return Status::Validation({{"cursor", "invalid_value"}});
    if (searching) {
      where += " AND c.id < " + next();
      params.push_back(V(last));
    } else {
      const std::string pv = next();
      params.push_back(numeric ? V(static_cast<std::int64_t>(std::atoll(value.c_str()))) : V(value));
      const std::string pi = next();
      params.push_back(V(last));
      where += " AND (" + col + " " + cmp + " " + pv + " OR (" + col + " = " + pv + " AND c.id " +
               cmp + " " + pi + "))";
    }
  }
  const char* dir = desc ? " DESC" : " ASC";
  std::string order = " ORDER BY " + col + dir;
  if (!searching) order += std::string(", c.id") + dir;
  auto r = conn.Query(
      ColumnsSql(f.all_names) + where + owner_term + order + " LIMIT " + std::to_string(page.limit + 1), params);
  if (!r.ok()) return r.status();
  for (auto& row : r->rows) out.items.push_back(ReadCustomer(row));
  TrimToPage(out, page.limit, [&](const Customer& last) { return searching ? std::string() : SortValue(last, sort); });
  return out;
}

namespace {
Result<Customer> GetOne(storage::Connection& conn, Id tenant_id, Id id, bool include_deleted, bool all_names) {
  auto r = conn.Query(ColumnsSql(all_names) + "WHERE c.tenant_id = $1 AND c.id = $2" +
                          (include_deleted ? "" : " AND c.deleted_at IS NULL"),
                      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadCustomer(r->rows.front());
}
}  // namespace

Result<Customer> GetCustomer(storage::Connection& conn, Id tenant_id, Id id, bool include_deleted) {
  return GetOne(conn, tenant_id, id, include_deleted, true);
}

Result<Customer> GetCustomerWithOwnerName(storage::Connection& conn, Id tenant_id, Id id) {
  return GetOne(conn, tenant_id, id, false, false);
}

Result<std::vector<Customer>> GetCustomers(storage::Connection& conn, Id tenant_id, const std::vector<Id>& ids) {
  std::vector<Customer> out;
  if (ids.empty()) return out;
  storage::Params params{V(tenant_id)};
  const std::string in = storage::AppendIds(params, ids);
  auto r = conn.Query(
      ColumnsSql() + "WHERE c.tenant_id = $1 AND c.deleted_at IS NULL AND c.id IN (" + in + ")",
      params);
  if (!r.ok()) return r.status();
  for (auto& row : r->rows) out.push_back(ReadCustomer(row));
  return out;
}

Result<std::vector<CustomerCard>> GetCustomerCards(storage::Connection& conn, Id tenant_id, const std::vector<Id>& ids) {
  std::vector<CustomerCard> out;
  if (ids.empty()) return out;
  storage::Params params{V(tenant_id)};
  const std::string in = storage::AppendIds(params, ids);
  auto r = conn.Query(
      "SELECT c.id, c.name, c.short_name, c.industry, c.level, c.status, c.city, c.district, c.address, c.lat, "
      "c.lng, c.phone, c.locked, c.owner_id, c.pool_id, c.last_follow_up_at, c.next_follow_up_at, ou.name, od.name, "
      "p.name FROM customers c "
      "LEFT JOIN users ou ON ou.tenant_id = c.tenant_id AND ou.id = c.owner_id "
      "LEFT JOIN departments od ON od.tenant_id = c.tenant_id AND od.id = ou.department_id "
      "LEFT JOIN pools p ON p.tenant_id = c.tenant_id AND p.id = c.pool_id "
      "WHERE c.tenant_id = $1 AND c.deleted_at IS NULL AND c.id IN (" + in + ")",
      params);
  if (!r.ok()) return r.status();
  out.reserve(r->rows.size());
  for (auto& row : r->rows) {
    CustomerCard c;
    size_t i = 0;
    c.id = row.Int(i++);
    c.name = row.TakeText(i++);
    c.short_name = row.TakeText(i++);
    c.industry = row.TakeText(i++);
    c.level = row.TakeText(i++);
    c.status = row.TakeText(i++);
    c.city = row.TakeText(i++);
    c.district = row.TakeText(i++);
    c.address = row.TakeText(i++);
    c.lat = row.OptReal(i++);
    c.lng = row.OptReal(i++);
    c.phone = row.TakeOptText(i++);
    c.locked = row.Bool(i++);
    c.owner_id = row.OptInt(i++);
    c.pool_id = row.OptInt(i++);
    c.last_follow_up_at = row.OptInt(i++);
    c.next_follow_up_at = row.OptInt(i++);
    c.owner_name = row.TakeText(i++);
    c.owner_department = row.TakeText(i++);
    c.pool_name = row.TakeText(i++);
    out.push_back(std::move(c));
  }
  return out;
}

Status InsertCustomer(storage::Connection& conn, Id tenant_id, const Customer& c,
                      const std::vector<Contact>& contacts) {
  // Everything derived (search text, grams, phones, grid cell) is computed here, so a new
  // customer is one INSERT plus its index rows — bulk imports write each row once.
  std::vector<std::string> fields{c.name, c.short_name};
  std::set<std::string> phones;
  auto add_phone = [&](const std::optional<std::string>& p) {
    if (!p) return;
    auto d = PhoneDigits(*p);
    if (d.size() >= 5) phones.insert(d);
  };
  add_phone(c.phone);
  for (const auto& ct : contacts) {
    fields.push_back(ct.name);
    add_phone(ct.mobile);
    add_phone(ct.phone);
  }
  for (const auto& p : phones) fields.push_back(p);
  const std::string text = SearchText(fields);
  const std::optional<std::int64_t> cell =
      c.lat && c.lng && geo::ValidLatLng(*c.lat, *c.lng) ? std::optional<std::int64_t>(geo::CellOf(*c.lat, *c.lng)) : std::nullopt;
  Status s = conn.Exec(
      "INSERT INTO customers (tenant_id, id, name, short_name, name_norm, credit_code, industry, "
      "scale, level, status, source, province, city, district, address, lat, lng, phone, website, "
      "tags, custom_fields, owner_id, pool_id, home_pool_id, locked, clock_start_at, claimed_at, "
      "released_at, previous_owner_id, times_reclaimed, last_follow_up_at, last_deal_at, "
      "next_follow_up_at, created_by, created_at, updated_at, search_text, geo_cell) VALUES ($1, $2, $3, $4, $5, $6, $7, "
      "$8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, "
      "$26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38)",
      {V(tenant_id), V(c.id), V(c.name), V(c.short_name), V(NormalizeCompanyName(c.name)),
       V(c.credit_code), V(c.industry), V(c.scale), V(c.level), V(c.status), V(c.source),
       V(c.province), V(c.city), V(c.district), V(c.address), V(c.lat), V(c.lng), V(c.phone),
       V(c.website), V(JoinTags(c.tags)), V(c.custom_fields), V(c.owner_id), V(c.pool_id),
       V(c.home_pool_id), V(c.locked), V(c.clock_start_at), V(c.claimed_at), V(c.released_at),
       V(c.previous_owner_id), V(c.times_reclaimed), V(c.last_follow_up_at), V(c.last_deal_at),
       V(c.next_follow_up_at), V(c.created_by), V(c.created_at), V(c.updated_at), V(text), V(cell)});
  if (!s.ok()) return s;
  for (const auto& ct : contacts)
    if (Status w = InsertContact(conn, tenant_id, ct); !w.ok()) return w;
  for (const auto& p : phones) {
    if (Status w = conn.Exec("INSERT INTO customer_phones (tenant_id, digits, customer_id) VALUES ($1, $2, $3)",
                             {V(tenant_id), V(p), V(c.id)});
        !w.ok())
      return w;
  }
  const SearchGrams grams = MakeSearchGrams(text);
  return storage::IndexCustomerGrams(conn, tenant_id, c.id, grams.bigrams, grams.unigrams, /*replace=*/false);
}

Status UpdateCustomer(storage::Connection& conn, Id tenant_id, const Customer& before, const Customer& c) {
  // Only the columns that changed are written: SQLite rewrites the entry of every index on a
  // column the UPDATE names, changed or not, and each is a page more in the WAL.
  std::string set;
  Params params{V(tenant_id), V(c.id)};
  auto column = [&](const char* name, bool changed, storage::Value value) {
    if (!changed) return;
    set += std::string(set.empty() ? "" : ", ") + name + " = $" + std::to_string(params.size() + 1);
    params.push_back(std::move(value));
  };
  column("name", c.name != before.name, V(c.name));
  column("name_norm", c.name != before.name, V(NormalizeCompanyName(c.name)));
  column("short_name", c.short_name != before.short_name, V(c.short_name));
  column("credit_code", c.credit_code != before.credit_code, V(c.credit_code));
  column("industry", c.industry != before.industry, V(c.industry));
  column("scale", c.scale != before.scale, V(c.scale));
  column("level", c.level != before.level, V(c.level));
  column("status", c.status != before.status, V(c.status));
  column("source", c.source != before.source, V(c.source));
  column("province", c.province != before.province, V(c.province));
  column("city", c.city != before.city, V(c.city));
  column("district", c.district != before.district, V(c.district));
  column("address", c.address != before.address, V(c.address));
  column("lat", c.lat != before.lat, V(c.lat));
  column("lng", c.lng != before.lng, V(c.lng));
  column("phone", c.phone != before.phone, V(c.phone));
  column("website", c.website != before.website, V(c.website));
  column("tags", c.tags != before.tags, V(JoinTags(c.tags)));
  column("custom_fields", c.custom_fields != before.custom_fields, V(c.custom_fields));
  column("last_deal_at", c.last_deal_at != before.last_deal_at, V(c.last_deal_at));
  column("next_follow_up_at", c.next_follow_up_at != before.next_follow_up_at, V(c.next_follow_up_at));
  column("updated_at", true, V(c.updated_at));
  if (Status s = conn.Exec("UPDATE customers SET " + set + " WHERE tenant_id = $1 AND id = $2", params); !s.ok())
    return s;
  // Search text, phones and the grid cell follow the name, short name, phone and position.
  const bool reindex = c.name != before.name || c.short_name != before.short_name || c.phone != before.phone ||
                       c.lat != before.lat || c.lng != before.lng;
  return reindex ? ReindexCustomer(conn, tenant_id, c) : Status::Ok();
}

Status ReindexCustomer(storage::Connection& conn, Id tenant_id, const Customer& c) {
  // The spatial index cell (core/geo.h) follows the coordinates.
  const std::optional<std::int64_t> cell =
      c.lat && c.lng && geo::ValidLatLng(*c.lat, *c.lng) ? std::optional<std::int64_t>(geo::CellOf(*c.lat, *c.lng)) : std::nullopt;
  if (Status s = conn.Exec("UPDATE customers SET geo_cell = $3 WHERE tenant_id = $1 AND id = $2",
                           {V(tenant_id), V(c.id), V(cell)});
      !s.ok())
    return s;
  std::vector<std::string> fields{c.name, c.short_name};
  auto phones = PhonesOf(conn, tenant_id, c, &fields);
  if (!phones.ok()) return phones.status();
  for (const auto& p : *phones) fields.push_back(p);
  if (Status s = conn.Exec("DELETE FROM customer_phones WHERE tenant_id = $1 AND customer_id = $2",
                           {V(tenant_id), V(c.id)});
      !s.ok())
    return s;
  for (const auto& p : *phones) {
    if (Status s = conn.Exec(
            "INSERT INTO customer_phones (tenant_id, digits, customer_id) VALUES ($1, $2, $3)",
            {V(tenant_id), V(p), V(c.id)});
        !s.ok())
      return s;
  }
  const std::string text = SearchText(fields);
  if (Status s = conn.Exec("UPDATE customers SET search_text = $3 WHERE tenant_id = $1 AND id = $2",
                           {V(tenant_id), V(c.id), V(text)});
      !s.ok())
    return s;
  const SearchGrams grams = MakeSearchGrams(text);
  return storage::IndexCustomerGrams(conn, tenant_id, c.id, grams.bigrams, grams.unigrams);
}

Result<std::int64_t> RebuildStaleSearchIndex(storage::Database& db) {
  {
    auto lease = db.Read();
    if (!lease.ok()) return lease.status();
    auto v = (*lease)->Query("SELECT version FROM search_index_version");
    if (!v.ok()) return v.status();
    if (!v->empty() && v->front().Int(0) >= kSearchGramsVersion) return std::int64_t{0};
  }
  constexpr int kChunk = 5000;
  std::int64_t done = 0;
  Id after_tenant = 0, after_id = 0;
  for (bool more = true; more;) {
    Status s = storage::InTransaction(db, [&](storage::Connection& conn) -> Status {
      auto rows = conn.Query(
          "SELECT tenant_id, id, search_text FROM customers WHERE tenant_id > $1 OR (tenant_id = $1 AND id > $2) "
          "ORDER BY tenant_id, id LIMIT " + std::to_string(kChunk),
          {V(after_tenant), V(after_id)});
      if (!rows.ok()) return rows.status();
      for (const auto& row : rows->rows) {
        const SearchGrams grams = MakeSearchGrams(row.Text(2));
        if (Status w = storage::IndexCustomerGrams(conn, row.Int(0), row.Int(1), grams.bigrams, grams.unigrams);
            !w.ok())
          return w;
        after_tenant = row.Int(0);
        after_id = row.Int(1);
      }
      done += static_cast<std::int64_t>(rows->rows.size());
      more = static_cast<int>(rows->rows.size()) == kChunk;
      if (more) return Status::Ok();
      return conn.Exec("UPDATE search_index_version SET version = $1", {V(kSearchGramsVersion)});
    });
    if (!s.ok()) return s;
  }
  return done;
}

Status SoftDeleteCustomer(storage::Connection& conn, Id tenant_id, Id id, Id by, Instant at) {
  return conn.Exec(
      "UPDATE customers SET deleted_at = $3, deleted_by = $4, updated_at = $3 WHERE tenant_id = $1 "
      "AND id = $2",
      {V(tenant_id), V(id), V(at), V(by)});
}

Status UpdateOwnership(storage::Connection& conn, Id tenant_id, const Customer& c) {
  return conn.Exec(
      "UPDATE customers SET owner_id = $3, pool_id = $4, home_pool_id = $5, locked = $6, "
      "clock_start_at = $7, claimed_at = $8, released_at = $9, previous_owner_id = $10, "
      "times_reclaimed = $11, reminded_for = $12, updated_at = $13 WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(c.id), V(c.owner_id), V(c.pool_id), V(c.home_pool_id), V(c.locked),
       V(c.clock_start_at), V(c.claimed_at), V(c.released_at), V(c.previous_owner_id),
       V(c.times_reclaimed), V(c.reminded_for), V(c.updated_at)});
}

Result<std::int64_t> CountHeld(storage::Connection& conn, Id tenant_id, Id user_id, bool count_deals) {
  auto r = conn.Query(std::string("SELECT COUNT(*) FROM customers WHERE tenant_id = $1 AND owner_id = $2 "
                                  "AND deleted_at IS NULL") +
                          (count_deals ? "" : " AND status <> 'deal'"),
                      {V(tenant_id), V(user_id)});
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

Result<std::int64_t> CountLocked(storage::Connection& conn, Id tenant_id, Id user_id) {
  auto r = conn.Query(
      "SELECT COUNT(*) FROM customers WHERE tenant_id = $1 AND owner_id = $2 AND locked = 1 AND "
      "deleted_at IS NULL",
      {V(tenant_id), V(user_id)});
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

namespace {
constexpr const char* kContactColumns =
    "SELECT id, customer_id, name, title, mobile, phone, email, wechat, birthday, is_primary, "
    "notes, created_at, updated_at FROM contacts ";

Contact ReadContact(const storage::Row& r) {
  Contact c;
  c.id = r.Int(0);
  c.customer_id = r.Int(1);
  c.name = r.Text(2);
  c.title = r.Text(3);
  c.mobile = r.OptText(4);
  c.phone = r.OptText(5);
  c.email = r.OptText(6);
  c.wechat = r.OptText(7);
  c.birthday = r.OptText(8);
  c.is_primary = r.Bool(9);
  c.notes = r.Text(10);
  c.created_at = r.Int(11);
  c.updated_at = r.Int(12);
  return c;
}
}  // namespace

Result<std::vector<Contact>> ListContacts(storage::Connection& conn, Id tenant_id, Id customer_id) {
  auto r = conn.Query(std::string(kContactColumns) +
                          "WHERE tenant_id = $1 AND customer_id = $2 AND deleted_at IS NULL "
                          "ORDER BY is_primary DESC, created_at, id",
                      {V(tenant_id), V(customer_id)});
  if (!r.ok()) return r.status();
  std::vector<Contact> out;
  for (const auto& row : r->rows) out.push_back(ReadContact(row));
  return out;
}

Result<Contact> GetContact(storage::Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query(std::string(kContactColumns) + "WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL",
                      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadContact(r->front());
}

Status InsertContact(storage::Connection& conn, Id tenant_id, const Contact& c) {
  return conn.Exec(
      "INSERT INTO contacts (tenant_id, id, customer_id, name, title, mobile, phone, email, wechat, "
      "birthday, is_primary, notes, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
      "$9, $10, $11, $12, $13, $14)",
      {V(tenant_id), V(c.id), V(c.customer_id), V(c.name), V(c.title), V(c.mobile), V(c.phone),
       V(c.email), V(c.wechat), V(c.birthday), V(c.is_primary), V(c.notes), V(c.created_at),
       V(c.updated_at)});
}

Status UpdateContact(storage::Connection& conn, Id tenant_id, const Contact& c) {
  return conn.Exec(
      "UPDATE contacts SET name = $3, title = $4, mobile = $5, phone = $6, email = $7, wechat = $8, "
      "birthday = $9, is_primary = $10, notes = $11, updated_at = $12 WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(c.id), V(c.name), V(c.title), V(c.mobile), V(c.phone), V(c.email),
       V(c.wechat), V(c.birthday), V(c.is_primary), V(c.notes), V(c.updated_at)});
}

Status DeleteContact(storage::Connection& conn, Id tenant_id, Id id, Instant at) {
  return conn.Exec("UPDATE contacts SET deleted_at = $3, updated_at = $3 WHERE tenant_id = $1 AND id = $2",
                   {V(tenant_id), V(id), V(at)});
}

Status AppendHistory(storage::Connection& conn, Id tenant_id, const HistoryEntry& e) {
  return conn.Exec(
      "INSERT INTO customer_owner_history (tenant_id, id, customer_id, action, from_user_id, "
      "to_user_id, pool_id, reason, rule, actor_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
      "$10, $11)",
      {V(tenant_id), V(e.id ? e.id : Ids().Next()), V(e.customer_id), V(e.action), V(e.from_user_id),
       V(e.to_user_id), V(e.pool_id), V(e.reason), V(e.rule), V(e.actor_id), V(e.at)});
}

Result<std::vector<HistoryEntry>> ListHistory(storage::Connection& conn, Id tenant_id, Id customer_id) {
  auto r = conn.Query(
      "SELECT h.id, h.customer_id, h.action, h.from_user_id, h.to_user_id, h.pool_id, h.actor_id, "
      "fu.name, tu.name, p.name, au.name, h.reason, h.rule, h.at FROM customer_owner_history h "
      "LEFT JOIN users fu ON fu.tenant_id = h.tenant_id AND fu.id = h.from_user_id "
      "LEFT JOIN users tu ON tu.tenant_id = h.tenant_id AND tu.id = h.to_user_id "
      "LEFT JOIN pools p ON p.tenant_id = h.tenant_id AND p.id = h.pool_id "
      "LEFT JOIN users au ON au.tenant_id = h.tenant_id AND au.id = h.actor_id "
      "WHERE h.tenant_id = $1 AND h.customer_id = $2 ORDER BY h.id DESC LIMIT 500",
      {V(tenant_id), V(customer_id)});
  if (!r.ok()) return r.status();
  std::vector<HistoryEntry> out;
  for (const auto& row : r->rows) {
    HistoryEntry e;
    e.id = row.Int(0);
    e.customer_id = row.Int(1);
    e.action = row.Text(2);
    e.from_user_id = row.OptInt(3);
    e.to_user_id = row.OptInt(4);
    e.pool_id = row.OptInt(5);
    e.actor_id = row.OptInt(6);
    e.from_user_name = row.Text(7);
    e.to_user_name = row.Text(8);
    e.pool_name = row.Text(9);
    e.actor_name = row.Text(10);
    e.reason = row.Text(11);
    e.rule = row.Text(12);
    e.at = row.Int(13);
    out.push_back(std::move(e));
  }
  return out;
}

Result<std::vector<TeamMember>> ListTeam(storage::Connection& conn, Id tenant_id, Id customer_id) {
  auto r = conn.Query(
      "SELECT t.user_id, u.name, t.access FROM customer_team t JOIN users u ON u.tenant_id = "
      "t.tenant_id AND u.id = t.user_id WHERE t.tenant_id = $1 AND t.customer_id = $2 ORDER BY u.name",
      {V(tenant_id), V(customer_id)});
  if (!r.ok()) return r.status();
  std::vector<TeamMember> out;
  for (const auto& row : r->rows) out.push_back({row.Int(0), row.Text(1), row.Text(2)});
  return out;
}

Status AddTeamMember(storage::Connection& conn, Id tenant_id, Id customer_id, Id user_id,
                     const std::string& access, Instant at) {
  return conn.Exec(
      "INSERT INTO customer_team (tenant_id, customer_id, user_id, access, created_at) VALUES ($1, "
      "$2, $3, $4, $5) ON CONFLICT (tenant_id, customer_id, user_id) DO UPDATE SET access = "
      "excluded.access",
      {V(tenant_id), V(customer_id), V(user_id), V(access), V(at)});
}

}  // namespace quanke::customers
