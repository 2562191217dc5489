#include <algorithm>

#include "domain/customers/customer_repository.h"
#include "domain/customers/ownership_repository.h"
#include "domain/notify/notifications.h"
#include "domain/org/audit_repository.h"
#include "domain/ownership/ownership_internal.h"

namespace quanke::ownership::detail {
using customers::HistoryEntry;
using storage::Connection;

bool Contains(const std::vector<Id>& ids, Id id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

Status Notify(Connection& conn, Id tenant_id, Id user_id, const char* type, notify::NotificationParams params,
              std::optional<Id> customer_id, Instant at) {
  notify::Notification n;
  n.user_id = user_id;
  n.type = type;
  n.params = std::move(params);
  n.object_type = customer_id ? "customer" : "";
  n.object_id = customer_id;
  n.created_at = at;
  return notify::Send(conn, tenant_id, n);
}

Status History(Connection& conn, Id tenant_id, Id customer_id, const char* action, std::optional<Id> from,
               std::optional<Id> to, std::optional<Id> pool_id, std::optional<Id> actor, Instant at,
               std::string reason, std::string rule) {
  HistoryEntry h;
  h.customer_id = customer_id;
  h.action = action;
  h.from_user_id = from;
  h.to_user_id = to;
  h.pool_id = pool_id;
  h.actor_id = actor;
  h.at = at;
  h.reason = std::move(reason);
  h.rule = std::move(rule);
  return customers::AppendHistory(conn, tenant_id, h);
}

Status CheckHolding(Connection& conn, Id tenant_id, Id user_id, const pool::PoolRules& rules) {
  auto held = customers::CountHeld(conn, tenant_id, user_id, rules.count_deal_customers);
  if (!held.ok()) return held.status();
  const int limit = rules.HoldingLimitFor(user_id);
  if (*held >= limit)
    return Status::Error("pool.limit_reached", "The holding limit is reached; release a customer first.")
        .With("limit", static_cast<std::int64_t>(limit))
        .With("held", *held);
  return Status::Ok();
}

Status Announce(Connection& conn, const events::Bus& events, const org::Caller& caller, Id customer_id,
                const std::string& action, const std::string& text, Instant now, std::string audit_details) {
  if (Status w = audit::RecordAction(conn, caller, now, "customer." + action, "customer", customer_id,
                                     std::move(audit_details));
      !w.ok())
    return w;
  return events.Publish(conn, {"customer." + action, caller.tenant_id, caller.user_id, customer_id, text, now});
}

Status TakeFromPool(Connection& conn, Id tenant_id, Id customer_id, Id user_id, Id pool_id, Instant now) {
  auto taken = customers::TakeFromPool(conn, tenant_id, customer_id, user_id, pool_id, now);
  if (!taken.ok()) return taken.status();
  if (!*taken)
    return Status::Error("pool.not_in_pool", "Someone else took this customer from the pool first.");
  return Status::Ok();
}

}  // namespace quanke::ownership::detail
