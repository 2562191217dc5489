#include "domain/activity/other_modules_repository.h"

namespace quanke::activity {
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

std::string UserName(Connection& conn, const org::Caller& caller, Id user_id) {
  auto r = conn.Query("SELECT name FROM users WHERE tenant_id = $1 AND id = $2",
                      {V(caller.tenant_id), V(user_id)});
  return r.ok() && !r->empty() ? r->front().Text(0) : std::string();
}

Result<std::optional<std::string>> ActiveUserName(Connection& conn, const org::Caller& caller,
                                                  Id user_id) {
  auto r =
      conn.Query("SELECT name FROM users WHERE tenant_id = $1 AND id = $2 AND status = 'active'",
                 {V(caller.tenant_id), V(user_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<std::string>();
  return std::optional<std::string>(r->front().Text(0));
}

Result<OwnerNow> CustomerOwnerNow(Connection& conn, const org::Caller& caller, Id customer_id) {
  auto r = conn.Query(
      "SELECT owner_id FROM customers WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL",
      {V(caller.tenant_id), V(customer_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return OwnerNow{};
  return OwnerNow{true, r->front().OptInt(0)};
}

std::string CustomerName(Connection& conn, const org::Caller& caller, Id customer_id) {
  auto r = conn.Query("SELECT name FROM customers WHERE tenant_id = $1 AND id = $2",
                      {V(caller.tenant_id), V(customer_id)});
  return r.ok() && !r->empty() ? r->front().Text(0) : std::string();
}

Result<std::int64_t> CountCustomersCreated(Connection& conn, const org::Caller& caller,
                                           Instant from, Instant to) {
  auto r = conn.Query(
      "SELECT COUNT(*) FROM customers WHERE tenant_id = $1 AND created_by = $2 AND created_at >= "
      "$3 AND created_at < $4",
      {V(caller.tenant_id), V(caller.user_id), V(from), V(to)});
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

Result<std::vector<TeamMember>> ListTeamWithNames(Connection& conn, const org::Caller& caller,
                                                  Id customer_id) {
  auto r = conn.Query(
      "SELECT t.user_id, u.name, d.name, t.access FROM customer_team t JOIN users u ON u.tenant_id "
      "= t.tenant_id AND u.id = t.user_id LEFT JOIN departments d ON d.tenant_id = u.tenant_id AND "
      "d.id = u.department_id WHERE t.tenant_id = $1 AND t.customer_id = $2 ORDER BY u.name",
      {V(caller.tenant_id), V(customer_id)});
  if (!r.ok()) return r.status();
  std::vector<TeamMember> out;
  for (const auto& row : r->rows)
    out.push_back({row.Int(0), row.Text(1), row.Text(2), row.Text(3), false});
  return out;
}

Result<bool> DeleteTeamMember(Connection& conn, const org::Caller& caller, Id customer_id,
                              Id user_id) {
  auto r = conn.Query(
      "DELETE FROM customer_team WHERE tenant_id = $1 AND customer_id = $2 AND user_id = $3",
      {V(caller.tenant_id), V(customer_id), V(user_id)});
  if (!r.ok()) return r.status();
  return r->affected != 0;
}

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

Result<bool> LikeNotified(Connection& conn, const org::Caller& caller, Id user_id, Id item_id,
                          const notify::NotificationParams& params) {
  auto r = conn.Query(
      "SELECT 1 FROM notifications WHERE tenant_id = $1 AND user_id = $2 AND type = 'feed.like' "
      "AND object_id = $3 AND params = $4",
      {V(caller.tenant_id), V(user_id), V(item_id), V(notify::ParamsToJson(params))});
  if (!r.ok()) return r.status();
  return !r->empty();
}

}  // namespace quanke::activity
