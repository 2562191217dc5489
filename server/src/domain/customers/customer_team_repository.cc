// The sales team (销售团队) of a customer: its members (by name, or with departments), adding and
// removing one, and the caller's access on it.
#include "domain/customers/customer_repository.h"

namespace quanke::customers {
namespace {
using storage::V;
}  // namespace

namespace detail {

storage::Statement TeamStatement(Id tenant_id, Id customer_id) {
  return {
      "SELECT t.user_id, u.name, t.access FROM customer_team t JOIN users u ON u.tenant_id = "
      "t.tenant_id AND u.id = t.user_id WHERE t.tenant_id = $1 AND t.customer_id = $2 ORDER BY "
      "u.name",
      {V(tenant_id), V(customer_id)}};
}

std::vector<TeamMember> ReadTeam(const storage::Rows& rows) {
  std::vector<TeamMember> out;
  out.reserve(rows.rows.size());
  for (const auto& row : rows.rows) out.push_back({row.Int(0), row.Text(1), row.Text(2)});
  return out;
}

}  // namespace detail

Result<std::vector<TeamMember>> ListTeam(storage::Connection& conn, Id tenant_id, Id customer_id) {
  const storage::Statement st = detail::TeamStatement(tenant_id, customer_id);
  auto r = conn.Query(st.sql, st.params);
  if (!r.ok()) return r.status();
  return detail::ReadTeam(*r);
}

Status AddTeamMember(storage::Connection& conn, Id tenant_id, Id customer_id, Id user_id,
                     const std::string& access, Instant at) {
  return conn.Exec(
      "INSERT INTO customer_team (tenant_id, customer_id, user_id, access, created_at) VALUES ($1, "
      "$2, $3, $4, $5) ON CONFLICT (tenant_id, customer_id, user_id) DO UPDATE SET access = "
      "excluded.access",
      {V(tenant_id), V(customer_id), V(user_id), V(access), V(at)});
}

Result<std::optional<std::string>> TeamAccess(storage::Connection& conn, const org::Caller& caller,
                                              Id customer_id) {
  auto team = conn.Query(
      "SELECT access FROM customer_team WHERE tenant_id = $1 AND customer_id = $2 AND user_id = $3",
      {V(caller.tenant_id), V(customer_id), V(caller.user_id)});
  if (!team.ok()) return team.status();
  if (team->empty()) return std::optional<std::string>();
  return std::optional<std::string>(team->front().Text(0));
}

Result<std::vector<TeamMemberDetail>> ListTeamWithNames(storage::Connection& conn,
                                                        const org::Caller& caller, Id customer_id) {
  auto r = conn.Query(
      "SELECT t.user_id, u.name, d.name, t.access FROM customer_team t JOIN users u ON u.tenant_id "
      "= t.tenant_id AND u.id = t.user_id LEFT JOIN departments d ON d.tenant_id = u.tenant_id AND "
      "d.id = u.department_id WHERE t.tenant_id = $1 AND t.customer_id = $2 ORDER BY u.name",
      {V(caller.tenant_id), V(customer_id)});
  if (!r.ok()) return r.status();
  std::vector<TeamMemberDetail> out;
  for (const auto& row : r->rows)
    out.push_back({row.Int(0), row.Text(1), row.Text(2), row.Text(3), false});
  return out;
}

Result<bool> DeleteTeamMember(storage::Connection& conn, const org::Caller& caller, Id customer_id,
                              Id user_id) {
  auto r = conn.Query(
      "DELETE FROM customer_team WHERE tenant_id = $1 AND customer_id = $2 AND user_id = $3",
      {V(caller.tenant_id), V(customer_id), V(user_id)});
  if (!r.ok()) return r.status();
  return r->affected != 0;
}

}  // namespace quanke::customers
