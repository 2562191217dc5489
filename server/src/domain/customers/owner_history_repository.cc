// Owner history (负责人历史) of a customer: appending an entry, listing them with their names.
#include "domain/customers/customer_repository.h"

namespace quanke::customers {
namespace {
using storage::V;
}  // namespace

Status AppendHistory(storage::Connection& conn, Id tenant_id, const HistoryEntry& e) {
  return conn.Defer(
      "INSERT INTO customer_owner_history (tenant_id, id, customer_id, action, from_user_id, "
      "to_user_id, pool_id, reason, rule, actor_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
      "$10, $11)",
      {V(tenant_id), V(e.id ? e.id : Ids().Next()), V(e.customer_id), V(e.action), V(e.from_user_id),
       V(e.to_user_id), V(e.pool_id), V(e.reason), V(e.rule), V(e.actor_id), V(e.at)});
}

Result<std::vector<HistoryEntry>> ListHistory(storage::Connection& conn, const org::Caller& caller, Id customer_id) {
  auto r = conn.Query(
      "SELECT h.id, h.customer_id, h.action, h.from_user_id, h.to_user_id, h.pool_id, h.actor_id, "
      "fu.name, tu.name, p.name, au.name, h.reason, h.rule, h.at FROM customer_owner_history h "
      "LEFT JOIN users fu ON fu.tenant_id = h.tenant_id AND fu.id = h.from_user_id "
      "LEFT JOIN users tu ON tu.tenant_id = h.tenant_id AND tu.id = h.to_user_id "
      "LEFT JOIN pools p ON p.tenant_id = h.tenant_id AND p.id = h.pool_id "
      "LEFT JOIN users au ON au.tenant_id = h.tenant_id AND au.id = h.actor_id "
      "WHERE h.tenant_id = $1 AND h.customer_id = $2 ORDER BY h.id DESC LIMIT 500",
      {V(caller.tenant_id), V(customer_id)});
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

}  // namespace quanke::customers
