// The searches and counts of visit_repository.h: nearby customers, the map's points and the
// visit statistics. Most read customers, users and departments beside the visits tables.
#include <string>
#include <vector>

#include "core/geo.h"
#include "domain/org/policy.h"
#include "domain/visits/visit_repository.h"

namespace quanke::visits {
namespace {
using storage::Connection;
using storage::Params;
using storage::V;

// "k.tenant_id = $1 AND k.at >= $2 AND k.at < $3 AND <caller's scope over k.user_id>"; sets
// `params` to its parameters.
std::string CheckInsInPeriod(const org::Caller& caller, Instant from, Instant to, Params& params) {
  params = {V(caller.tenant_id), V(from), V(to)};
  org::ScopeFilter f = org::OwnerScopeFilter(caller, "k.user_id", 4);
  params.insert(params.end(), f.params.begin(), f.params.end());
  return "k.tenant_id = $1 AND k.at >= $2 AND k.at < $3 AND " + f.sql;
}

// Narrows `where` to one user's rows when `user_id` is set.
void OnlyUser(std::string& where, Params& params, const char* column, std::optional<Id> user_id) {
  if (!user_id) return;
  where += std::string(" AND ") + column + " = $" + std::to_string(params.size() + 1);
  params.push_back(V(*user_id));
}

// The nearby search's visibility as one condition reused for each cell range (parameters from $8
// on: $1–$7 are the tenant, the cell range and the box). Its columns carry a unary plus, which
// keeps SQLite from answering the OR with the owner and pool indexes instead of the geo index:
// for a rep that plan read the 900,000 pooled customers of the 1M bench (1.8 s a request).
// PostgreSQL plans by cost either way; +x is x for integers there too.
std::string VisibleCondition(const org::Caller& caller, const NearbyVisibility& visible,
                             Params& params) {
  if (visible.everything) return "1=1";
  auto next = [&] { return "$" + std::to_string(params.size() + 8); };
  std::vector<std::string> terms;
  if (visible.mine) {
    terms.push_back("+c.owner_id = " + next());
    params.push_back(V(caller.user_id));
  }
  if (visible.owned_in_scope && caller.scope == org::DataScope::kAll) {
    terms.push_back("+c.owner_id IS NOT NULL");  // the whole company: no scope or team test
  } else if (visible.owned_in_scope) {
    org::ScopeFilter f =
        org::OwnerScopeFilter(caller, "+c.owner_id", static_cast<int>(params.size() + 8));
    params.insert(params.end(), f.params.begin(), f.params.end());
    const std::string me = next();
    params.push_back(V(caller.user_id));
    terms.push_back("(+c.owner_id IS NOT NULL AND (" + f.sql +
                    " OR +c.id IN (SELECT ct.customer_id FROM customer_team ct WHERE "
                    "ct.tenant_id = $1 AND ct.user_id = " +
                    me + ")))");
  }
  if (!visible.pools.empty()) {
    std::string in;
    for (size_t i = 0; i < visible.pools.size(); ++i) {
      in += (i ? ", " : "") + next();
      params.push_back(V(visible.pools[i]));
    }
    terms.push_back("(+c.owner_id IS NULL AND +c.pool_id IN (" + in + "))");
  }
  if (terms.empty()) return "1=0";
  std::string condition;
  for (size_t i = 0; i < terms.size(); ++i) condition += (i ? " OR " : "") + terms[i];
  return condition;
}

}  // namespace

Result<std::vector<GeoPoint>> CustomersAround(Connection& conn, const org::Caller& caller,
                                              const NearbyVisibility& visible, double lat,
                                              double lng, double radius_m) {
  // A search over customers (the customers module owns the table and the geo index; the query
  // stays here with the nearby search). One index range scan per grid row of the circle (an OR
  // of ranges would not use the index), cut to the circle's bounding box inside the index
  // (about half of the cells' area).
  Params visible_params;
  const std::string condition = VisibleCondition(caller, visible, visible_params);
  const geo::Box box = geo::BoundingBox(lat, lng, radius_m);
  const std::string sql =
      "SELECT c.id, c.lat, c.lng FROM customers c WHERE c.tenant_id = $1 AND "
      "c.geo_cell IS NOT NULL AND c.geo_cell BETWEEN $2 AND $3 AND c.lat BETWEEN $4 AND $5 AND "
      "c.lng BETWEEN $6 AND $7 AND c.deleted_at IS NULL AND (" +
      condition + ")";
  // The ranges go as one batch: one round trip on PostgreSQL, planned once (Plan::kGeneric: a
  // custom plan per range cost six times the scan itself).
  std::vector<storage::Statement> batch;
  for (const auto& [first, last] : geo::CoveringRanges(lat, lng, radius_m)) {
    Params params{V(caller.tenant_id), V(first),      V(last),      V(box.lat_lo),
                  V(box.lat_hi),       V(box.lng_lo), V(box.lng_hi)};
    params.insert(params.end(), visible_params.begin(), visible_params.end());
    batch.push_back({sql, std::move(params), storage::Plan::kGeneric});
  }
  std::vector<GeoPoint> out;
  for (const auto& rows : conn.QueryBatch(batch)) {
    if (!rows.ok()) return rows.status();
    for (const auto& row : rows->rows) out.push_back({row.Int(0), row.Real(1), row.Real(2)});
  }
  return out;
}

Result<std::vector<MapPoints::Point>> MapCheckIns(Connection& conn, const org::Caller& caller,
                                                  Instant from, Instant to,
                                                  std::optional<Id> user_id) {
  Params params;
  std::string where = CheckInsInPeriod(caller, from, to, params);
  OnlyUser(where, params, "k.user_id", user_id);
  auto r = conn.Query(
      "SELECT k.id, k.lat, k.lng, k.score, u.name, c.name, k.at FROM check_ins k "
      "LEFT JOIN users u ON u.tenant_id = k.tenant_id AND u.id = k.user_id "
      "LEFT JOIN customers c ON c.tenant_id = k.tenant_id AND c.id = k.customer_id WHERE " +
          where + " ORDER BY k.id DESC LIMIT 5000",
      params);
  if (!r.ok()) return r.status();
  std::vector<MapPoints::Point> out;
  for (const auto& row : r->rows)
    out.push_back(
        {row.Int(0), row.Real(1), row.Real(2), row.Text(3), row.Text(4), row.Text(5), row.Int(6)});
  return out;
}

Result<std::vector<MapPoints::Place>> MapCustomers(Connection& conn, const org::Caller& caller,
                                                   std::optional<Id> user_id) {
  // Customers with their owners' names: a customers query kept with the map it draws.
  Params params{V(caller.tenant_id)};
  org::ScopeFilter f = org::OwnerScopeFilter(caller, "c.owner_id", 2);
  params.insert(params.end(), f.params.begin(), f.params.end());
  std::string where =
      "c.tenant_id = $1 AND c.owner_id IS NOT NULL AND c.deleted_at IS NULL AND "
      "c.lat IS NOT NULL AND " +
      f.sql;
  OnlyUser(where, params, "c.owner_id", user_id);
  auto r = conn.Query(
      "SELECT c.id, c.name, c.lat, c.lng, u.name FROM customers c "
      "LEFT JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.owner_id WHERE " +
          where + " LIMIT 5000",
      params);
  if (!r.ok()) return r.status();
  std::vector<MapPoints::Place> out;
  for (const auto& row : r->rows)
    out.push_back({row.Int(0), row.Text(1), row.Real(2), row.Real(3), row.Text(4)});
  return out;
}

Result<VisitStats> CountVisits(Connection& conn, const org::Caller& caller, Instant from,
                               Instant to, std::optional<Id> department_id, const std::vector<std::string>& levels) {
  Params params;
  std::string where = CheckInsInPeriod(caller, from, to, params);
  if (department_id) {
    // The department's subtree is walked here, in SQL (org owns users and departments).
    const std::string d = "$" + std::to_string(params.size() + 1);
    params.push_back(V(*department_id));
    where +=
        " AND k.user_id IN (SELECT du.id FROM users du WHERE du.tenant_id = $1 AND "
        "du.department_id IN (WITH RECURSIVE sub(id) AS (SELECT CAST(" +
        d +
        " AS BIGINT) "
        "UNION SELECT sd.id FROM departments sd JOIN sub ON sd.parent_id = sub.id "
        "WHERE sd.tenant_id = $1) SELECT id FROM sub))";
  }
  if (!levels.empty()) {
    // The customer's level now (customers: its module's table, read for the filter alone).
    std::string in;
    for (const auto& level : levels) {
      in += (in.empty() ? "$" : ", $") + std::to_string(params.size() + 1);
      params.push_back(V(level));
    }
    where += " AND EXISTS (SELECT 1 FROM customers lv WHERE lv.tenant_id = k.tenant_id AND lv.id = k.customer_id "
             "AND lv.level IN (" + in + "))";
  }
  VisitStats st;
  auto by_user = conn.Query(
      "SELECT k.user_id, u.name, d.name, COUNT(*), COUNT(DISTINCT k.customer_id), "
      "SUM(CASE WHEN k.score = 'suspicious' THEN 1 ELSE 0 END) FROM check_ins k "
      "LEFT JOIN users u ON u.tenant_id = k.tenant_id AND u.id = k.user_id "
      "LEFT JOIN departments d ON d.tenant_id = u.tenant_id AND d.id = u.department_id WHERE " +
          where + " GROUP BY k.user_id, u.name, d.name ORDER BY COUNT(*) DESC",
      params);
  if (!by_user.ok()) return by_user.status();
  for (const auto& row : by_user->rows)
    st.by_user.push_back(
        {row.Int(0), row.Text(1), row.Text(2), row.Int(3), row.Int(4), row.Int(5)});
  auto by_customer = conn.Query(
      "SELECT k.customer_id, c.name, COUNT(*) FROM check_ins k "
      "JOIN customers c ON c.tenant_id = k.tenant_id AND c.id = k.customer_id WHERE " +
          where + " GROUP BY k.customer_id, c.name ORDER BY COUNT(*) DESC LIMIT 50",
      params);
  if (!by_customer.ok()) return by_customer.status();
  for (const auto& row : by_customer->rows)
    st.by_customer.push_back({row.Int(0), row.Text(1), row.Int(2)});
  auto total = conn.Query(
      "SELECT COUNT(*), COUNT(DISTINCT k.customer_id) FROM check_ins k WHERE " + where, params);
  if (!total.ok()) return total.status();
  st.visits = total->front().Int(0);
  st.customers = total->front().Int(1);
  return st;
}

}  // namespace quanke::visits
