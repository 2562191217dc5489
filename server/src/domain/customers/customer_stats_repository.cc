// Counts of customers for the customer reports (customer_repository.h, "The customers a customer
// report covers"): the distribution by one column, the overview's totals and its days.
#include <algorithm>
#include <array>

#include "domain/customers/customer_repository.h"
#include "domain/org/scope_repository.h"
#include "storage/keyset.h"

namespace quanke::customers {
namespace {
using storage::Connection;
using storage::V;

// " AND <column> IN ($k, ...)" for the values, nothing when there are none.
void AppendIn(const std::string& column, const std::vector<std::string>& values, std::string& where,
              storage::Params& params) {
  if (values.empty()) return;
  std::string in;
  for (const auto& v : values) {
    params.push_back(V(v));
    in += (in.empty() ? "$" : ", $") + std::to_string(params.size());
  }
  where += " AND " + column + " IN (" + in + ")";
}

// "tenant_id = $1 AND deleted_at IS NULL AND owner_id IS NOT NULL" and the caller's scope (and
// the department's subtree) on the owner, and the levels when any; each column behind `alias`
// ("c." in a join).
void CoveredWhere(const org::Caller& caller, std::optional<Id> department_id, std::string& where,
                  storage::Params& params, const std::string& alias = "",
                  const std::vector<std::string>& levels = {}) {
  const std::string owner = alias + "owner_id";
  where = alias + "tenant_id = $1 AND " + alias + "deleted_at IS NULL AND " + owner + " IS NOT NULL";
  params = {V(caller.tenant_id)};
  org::AppendOwnerScope(caller, owner, where, params);
  if (department_id) org::AppendDepartmentTree(caller, *department_id, owner, where, params);
  AppendIn(alias + "level", levels, where, params);
}

}  // namespace

bool IsDistributionColumn(std::string_view column) {
  static constexpr std::array<std::string_view, 6> kColumns = {"province", "city", "industry", "level", "source", "status"};
  return std::find(kColumns.begin(), kColumns.end(), column) != kColumns.end();
}

Result<std::vector<std::pair<std::string, std::int64_t>>> CountOwnedCustomersBy(
    storage::Connection& conn, const org::Caller& caller, std::optional<Id> department_id,
    std::string_view column, const std::vector<std::string>& provinces, const std::vector<std::string>& levels) {
  if (!IsDistributionColumn(column)) return Status::Internal("not a column of the customer distribution");
  std::string where;
  storage::Params params;
  CoveredWhere(caller, department_id, where, params, "", levels);
  AppendIn("province", provinces, where, params);
  const std::string c(column);
  auto r = conn.Query("SELECT " + c + ", COUNT(*) FROM customers WHERE " + where + " GROUP BY " + c, params);
  if (!r.ok()) return r.status();
  std::vector<std::pair<std::string, std::int64_t>> out;
  for (const auto& row : r->rows) out.emplace_back(row.Text(0), row.Int(1));
  // Ties by the value's bytes here, not by the backend's collation, so both backends agree.
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  return out;
}

Result<std::int64_t> CountOwnedCustomers(storage::Connection& conn, const org::Caller& caller,
                                         std::optional<Id> department_id,
                                         std::optional<std::pair<Instant, Instant>> created,
                                         const std::vector<std::string>& levels) {
  std::string where;
  storage::Params params;
  CoveredWhere(caller, department_id, where, params, "", levels);
  if (created) {
    where += " AND created_at >= $" + std::to_string(params.size() + 1) + " AND created_at < $" +
             std::to_string(params.size() + 2);
    params.push_back(V(created->first));
    params.push_back(V(created->second));
  }
  auto r = conn.Query("SELECT COUNT(*) FROM customers WHERE " + where, params);
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

Result<std::vector<std::int64_t>> CountOwnedCustomersCreatedBetween(Connection& conn, const org::Caller& caller,
                                                                    std::optional<Id> department_id,
                                                                    const std::vector<Instant>& bounds,
                                                                    const std::vector<std::string>& levels) {
  if (bounds.size() < 2) return Status::Internal("fewer than two bounds");
  std::string where;
  storage::Params params;
  CoveredWhere(caller, department_id, where, params, "", levels);
  const auto param = [&](Instant at) {
    params.push_back(V(at));
    return "$" + std::to_string(params.size());
  };
  where += " AND created_at >= " + param(bounds.front()) + " AND created_at < " + param(bounds.back());
  // The interval of each row: the first bound above it, less one.
  std::string bucket = "CASE";
  for (size_t i = 1; i + 1 < bounds.size(); ++i)
    bucket += " WHEN created_at < " + param(bounds[i]) + " THEN " + std::to_string(i - 1);
  bucket += " ELSE " + std::to_string(bounds.size() - 2) + " END";
  auto r = conn.Query("SELECT " + bucket + " AS bucket, COUNT(*) FROM customers WHERE " + where + " GROUP BY 1", params);
  if (!r.ok()) return r.status();
  std::vector<std::int64_t> out(bounds.size() - 1, 0);
  for (const auto& row : r->rows) out[static_cast<size_t>(row.Int(0))] = row.Int(1);
  return out;
}

Result<std::vector<NeglectedCount>> CountNeglectedByOwner(Connection& conn, const org::Caller& caller,
                                                          std::optional<Id> department_id,
                                                          Instant forgotten_before,
                                                          const std::vector<std::string>& levels) {
  std::string where;
  storage::Params params;
  CoveredWhere(caller, department_id, where, params, "", levels);
  const std::string cut = storage::Next(params);
  params.push_back(V(forgotten_before));
  // Grouped by owner first (from customers_last_visit alone), then the names of the few owners
  // (users and departments: org's tables, joined for what the statistics show).
  auto r = conn.Query(
      "SELECT g.owner_id, COALESCE(u.name, ''), COALESCE(d.name, ''), g.never, g.forgotten FROM "
      "(SELECT owner_id, SUM(CASE WHEN last_visit_at IS NULL THEN 1 ELSE 0 END) AS never, "
      "SUM(CASE WHEN last_visit_at < " + cut + " THEN 1 ELSE 0 END) AS forgotten FROM customers WHERE " + where +
          " GROUP BY owner_id) g LEFT JOIN users u ON u.tenant_id = $1 AND u.id = g.owner_id "
          "LEFT JOIN departments d ON d.tenant_id = $1 AND d.id = u.department_id",
      params);
  if (!r.ok()) return r.status();
  std::vector<NeglectedCount> out;
  out.reserve(r->rows.size());
  for (const auto& row : r->rows) out.push_back({row.Int(0), row.Text(1), row.Text(2), row.Int(3), row.Int(4)});
  return out;
}

Result<Page<NeglectedCustomer>> ListNeglected(Connection& conn, const org::Caller& caller, const NeglectedFilter& f,
                                              const PageRequest& page) {
  std::string where;
  storage::Params params;
  CoveredWhere(caller, f.department_id, where, params, "c.", f.levels);
  if (f.owner_id) storage::EqualsAppender(where, params)("c.owner_id", V(*f.owner_id));
  if (f.never) {
    where += " AND c.last_visit_at IS NULL";
  } else {
    where += " AND c.last_visit_at < " + storage::Next(params);
    params.push_back(V(f.forgotten_before));
  }
  const std::string sort = f.never ? "c.created_at" : "c.last_visit_at";
  PageRequest oldest = page;
  oldest.descending = false;
  auto select = [](storage::Params&) {
    // The owner's name (users: org's table, joined for what the list shows).
    return std::string(
        "SELECT c.id, c.name, c.owner_id, COALESCE(u.name, ''), c.last_visit_at, c.last_follow_up_at, c.created_at "
        "FROM customers c LEFT JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.owner_id");
  };
  auto read = [](const storage::Row& row) {
    return NeglectedCustomer{row.Int(0),    row.Text(1),    row.Int(2), row.Text(3),
                             row.OptInt(4), row.OptInt(5), row.Int(6)};
  };
  auto sort_value = [&](const NeglectedCustomer& c) {
    return std::to_string(f.never ? c.created_at : c.last_visit_at.value_or(0));
  };
  return storage::KeysetPage<NeglectedCustomer>(conn, oldest, where, params, "customers c", sort, false, "c.id",
                                                select, read, sort_value);
}

}  // namespace quanke::customers
