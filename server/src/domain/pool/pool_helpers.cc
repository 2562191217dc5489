#include "domain/pool/pool_internal.h"

#include <algorithm>
#include <map>
#include <set>

#include "domain/activity/feed_repository.h"
#include "domain/audit/audit_log.h"
#include "domain/customers/ownership_repository.h"
#include "domain/customers/customer_repository.h"
#include "domain/notify/notifications.h"
#include "domain/org/policy.h"
#include "domain/org/user_repository.h"
#include "domain/pool/countdown.h"

namespace quanke::pool::detail {
using customers::Customer;
using customers::CustomerDetail;
using customers::HistoryEntry;
using storage::Connection;
using storage::V;

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

Status RequirePoolAdmin(Connection& conn, const org::Caller& caller, Id pool_id) {
  if (caller.Can("pool.configure")) return Status::Ok();
  auto admin = AdminPools(conn, caller.tenant_id, caller.user_id);
  if (!admin.ok()) return admin.status();
  if (Contains(*admin, pool_id)) return Status::Ok();
  return Status::Error("permission.denied", "Only the pool's administrators can do this.")
      .With("permission", "pool.configure");
}

// The holding-limit check for `user_id` under `rules`.
Status CheckHolding(Connection& conn, Id tenant_id, Id user_id, const PoolRules& rules) {
  auto held = customers::CountHeld(conn, tenant_id, user_id, rules.count_deal_customers);
  if (!held.ok()) return held.status();
  const int limit = rules.HoldingLimitFor(user_id);
  if (*held >= limit)
    return Status::Error("pool.limit_reached", "The holding limit is reached; release a customer first.")
        .With("limit", static_cast<std::int64_t>(limit))
        .With("held", *held);
  return Status::Ok();
}

Status ValidateAccess(Connection& conn, Id tenant_id, const PoolInput& in) {
  std::vector<FieldIssue> issues;
  if (in.members) {
    for (const auto& m : *in.members) {
      const char* table = m.type == "user" ? "users" : m.type == "department" ? "departments" : nullptr;
      if (!table) {
        issues.push_back({"members", "invalid_value"});
        break;
      }
      auto r = conn.Query(std::string("SELECT 1 FROM ") + table + " WHERE tenant_id = $1 AND id = $2",
                          {V(tenant_id), V(m.id)});
      if (!r.ok()) return r.status();
      if (r->empty()) {
        issues.push_back({"members", "invalid_value"});
        break;
      }
    }
  }
  if (in.admins) {
    for (Id a : *in.admins) {
      auto r = conn.Query("SELECT 1 FROM users WHERE tenant_id = $1 AND id = $2", {V(tenant_id), V(a)});
      if (!r.ok()) return r.status();
      if (r->empty()) {
        issues.push_back({"admins", "invalid_value"});
        break;
      }
    }
  }
  return issues.empty() ? Status::Ok() : Status::Validation(std::move(issues));
}

// Claim, release and transfer leave the same two traces: an audit entry and a feed item, both
// named customer.<action>.
Status Announce(Connection& conn, const org::Caller& caller, Id customer_id, const std::string& action,
                const std::string& feed_text, Instant now, std::string audit_details) {
  if (Status w = audit::RecordAction(conn, caller, now, "customer." + action, "customer", customer_id,
                                     std::move(audit_details));
      !w.ok())
    return w;
  auto item = activity::AddFeedItem(conn, caller.tenant_id, "customer." + action, caller.user_id, customer_id,
                                    std::nullopt, feed_text, now);
  return item.ok() ? Status::Ok() : item.status();
}

// The one way a pool customer gets an owner (claim, assign): a conditional update, so of two
// concurrent takers exactly one wins; the other gets pool.not_in_pool. The new owner's clock
// starts now.
Status TakeFromPool(Connection& conn, Id tenant_id, Id customer_id, Id user_id, Id pool_id, Instant now) {
  auto taken = customers::TakeFromPool(conn, tenant_id, customer_id, user_id, pool_id, now);
  if (!taken.ok()) return taken.status();
  if (!*taken)
    return Status::Error("pool.not_in_pool", "Someone else took this customer from the pool first.");
  return Status::Ok();
}

Result<PoolView> ViewOf(Connection& conn, const org::Caller& caller, Pool pool) {
  auto member = MemberPools(conn, caller.tenant_id, caller.user_id, caller.department_id);
  if (!member.ok()) return member.status();
  auto admin = AdminPools(conn, caller.tenant_id, caller.user_id);
  if (!admin.ok()) return admin.status();
  PoolView v;
  v.is_member = Contains(*member, pool.id);
  v.is_admin = Contains(*admin, pool.id);
  v.pool = std::move(pool);
  return v;
}

}  // namespace quanke::pool::detail
