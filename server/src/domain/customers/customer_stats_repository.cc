// Counts of customers for the customer reports (customer_repository.h, "The customers a customer
// report covers"): the distribution by one column, the overview's totals and its days.
#include <algorithm>
#include <array>

#include "domain/customers/customer_repository.h"
#include "domain/org/scope_repository.h"

namespace quanke::customers {
namespace {
using storage::Connection;
using storage::V;

// "tenant_id = $1 AND deleted_at IS NULL AND owner_id IS NOT NULL" and the caller's scope (and
// the department's subtree) on the owner.
void CoveredWhere(const org::Caller& caller, std::optional<Id> department_id, std::string& where,
                  storage::Params& params) {
  where = "tenant_id = $1 AND deleted_at IS NULL AND owner_id IS NOT NULL";
  params = {V(caller.tenant_id)};
  org::AppendOwnerScope(caller, "owner_id", where, params);
  if (department_id) org::AppendDepartmentTree(caller, *department_id, "owner_id", where, params);
}

}  // namespace

bool IsDistributionColumn(std::string_view column) {
  static constexpr std::array<std::string_view, 6> kColumns = {"province", "city", "industry", "level", "source", "status"};
  return std::find(kColumns.begin(), kColumns.end(), column) != kColumns.end();
}

Result<std::vector<std::pair<std::string, std::int64_t>>> CountOwnedCustomersBy(
    storage::Connection& conn, const org::Caller& caller, std::optional<Id> department_id,
    std::string_view column, const std::vector<std::string>& provinces) {
  if (!IsDistributionColumn(column)) return Status::Internal("not a column of the customer distribution");
  std::string where;
  storage::Params params;
  CoveredWhere(caller, department_id, where, params);
  if (!provinces.empty()) {
    std::string in;
    for (const auto& p : provinces) {
      params.push_back(V(p));
      in += (in.empty() ? "$" : ", $") + std::to_string(params.size());
    }
    where += " AND province IN (" + in + ")";
  }
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
                                         std::optional<std::pair<Instant, Instant>> created) {
  std::string where;
  storage::Params params;
  CoveredWhere(caller, department_id, where, params);
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
                                                                    const std::vector<Instant>& bounds) {
  if (bounds.size() < 2) return Status::Internal("fewer than two bounds");
  std::string where;
  storage::Params params;
  CoveredWhere(caller, department_id, where, params);
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

}  // namespace quanke::customers
