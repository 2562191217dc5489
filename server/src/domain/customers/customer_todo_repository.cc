// The home to-dos (待办) read from the caller's own customers: due for a follow-up, overdue,
// forgotten.
#include "domain/customers/customer_repository.h"

namespace quanke::customers {
namespace {
using storage::Connection;
using storage::Params;
using storage::V;

// The caller's own live customers matching `condition` (params from $3 on; $1 is the tenant,
// $2 the caller), which also orders them; at most 50.
Result<std::vector<TodoCustomer>> OwnCustomers(Connection& conn, const org::Caller& caller,
                                               const std::string& condition,
                                               std::initializer_list<storage::Value> extra) {
  Params params{V(caller.tenant_id), V(caller.user_id)};
  params.insert(params.end(), extra.begin(), extra.end());
  auto r = conn.Query(
      "SELECT id, name, next_follow_up_at, last_follow_up_at FROM customers WHERE tenant_id = $1 "
      "AND owner_id = $2 AND deleted_at IS NULL AND " +
          condition + " LIMIT 50",
      params);
  if (!r.ok()) return r.status();
  std::vector<TodoCustomer> out;
  for (const auto& row : r->rows)
    out.push_back({row.Int(0), row.Text(1), row.OptInt(2), row.OptInt(3), std::nullopt, ""});
  return out;
}

}  // namespace

Result<std::vector<TodoCustomer>> FollowUpsDue(Connection& conn, const org::Caller& caller,
                                               Instant from, Instant to) {
  return OwnCustomers(
      conn, caller, "next_follow_up_at >= $3 AND next_follow_up_at < $4 ORDER BY next_follow_up_at",
      {V(from), V(to)});
}

Result<std::vector<TodoCustomer>> FollowUpsOverdue(Connection& conn, const org::Caller& caller,
                                                   Instant before) {
  return OwnCustomers(
      conn, caller,
      "next_follow_up_at < $3 AND (last_follow_up_at IS NULL OR last_follow_up_at < "
      "next_follow_up_at) ORDER BY next_follow_up_at",
      {V(before)});
}

Result<std::vector<TodoCustomer>> ForgottenCustomers(Connection& conn, const org::Caller& caller,
                                                     Instant before) {
  return OwnCustomers(conn, caller,
                      "COALESCE(last_follow_up_at, created_at) < $3 ORDER BY "
                      "COALESCE(last_follow_up_at, created_at)",
                      {V(before)});
}

}  // namespace quanke::customers
