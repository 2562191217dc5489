#include "domain/pool/pool_service.h"

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

namespace quanke::pool {
namespace {
using customers::Customer;
using customers::CustomerDetail;
using customers::HistoryEntry;
using storage::Connection;
using storage::V;

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;
constexpr std::size_t kSweepBatch = 2000;

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
               std::string reason = {}, std::string rule = {}) {
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
                const std::string& feed_text, Instant now, std::string audit_details = "{}") {
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

}  // namespace

// ---- Pools ----

Result<std::vector<PoolView>> PoolService::ListPools(const org::Caller& caller) {
  if (Status s = org::Require(caller, "pool.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto pools = pool::ListPools(**lease, caller.tenant_id, clock_.Now(), /*with_counts=*/true);
  if (!pools.ok()) return pools.status();
  std::vector<PoolView> out;
  for (auto& p : *pools) {
    auto v = ViewOf(**lease, caller, std::move(p));
    if (!v.ok()) return v.status();
    out.push_back(std::move(v.value()));
  }
  return out;
}

Result<PoolView> PoolService::GetPool(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "pool.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto p = pool::GetPool(**lease, caller.tenant_id, id, clock_.Now());
  if (!p.ok()) return p.status();
  return ViewOf(**lease, caller, std::move(p.value()));
}

Result<PoolView> PoolService::CreatePool(const org::Caller& caller, const PoolInput& in) {
  if (Status s = org::Require(caller, "pool.configure"); !s.ok()) return s;
  if (!in.name || in.name->empty()) return Status::Validation({{"name", "required"}});
  const Instant now = clock_.Now();
  Pool p;
  p.id = Ids().Next();
  p.name = *in.name;
  p.description = in.description.value_or("");
  p.sort_order = in.sort_order.value_or(0);
  p.created_at = p.updated_at = now;
  Result<PoolView> view = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status v = ValidateAccess(conn, caller.tenant_id, in); !v.ok()) return v;
    if (Status w = InsertPool(conn, caller.tenant_id, p); !w.ok()) return w;
    if (Status w = SetPoolAccess(conn, caller.tenant_id, p.id, in.members.value_or(std::vector<PoolMember>{}),
                                 in.admins.value_or(std::vector<Id>{}));
        !w.ok())
      return w;
    auto v = AppendRuleVersion(conn, caller.tenant_id, p.id, in.rules.value_or(PoolRules{}), now,
                               caller.user_id, now);
    if (!v.ok()) return v.status();
    if (Status w = audit::RecordAction(conn, caller, now, "pool.create", "pool", p.id); !w.ok()) return w;
    auto loaded = pool::GetPool(conn, caller.tenant_id, p.id, now);
    if (!loaded.ok()) return loaded.status();
    view = ViewOf(conn, caller, std::move(loaded.value()));
    return view.ok() ? Status::Ok() : view.status();
  });
  if (!s.ok()) return s;
  return view;
}

Result<PoolView> PoolService::UpdatePool(const org::Caller& caller, Id id, const PoolInput& in) {
  if (in.name && in.name->empty()) return Status::Validation({{"name", "required"}});
  const Instant now = clock_.Now();
  Result<PoolView> view = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto current = pool::GetPool(conn, caller.tenant_id, id, now);
    if (!current.ok()) return current.status();
    if (Status a = RequirePoolAdmin(conn, caller, id); !a.ok()) return a;
    if (Status v = ValidateAccess(conn, caller.tenant_id, in); !v.ok()) return v;
    Pool p = *current;
    if (in.name) p.name = *in.name;
    if (in.description) p.description = *in.description;
    if (in.sort_order) p.sort_order = *in.sort_order;
    p.updated_at = now;
    if (Status w = pool::UpdatePool(conn, caller.tenant_id, p); !w.ok()) return w;
    if (in.members || in.admins) {
      std::vector<Id> admins;
      for (const auto& a : p.admins) admins.push_back(a.id);
      if (Status w = SetPoolAccess(conn, caller.tenant_id, id, in.members.value_or(p.members),
                                   in.admins.value_or(admins));
          !w.ok())
        return w;
    }
    if (Status w = audit::RecordAction(conn, caller, now, "pool.update", "pool", id); !w.ok()) return w;
    auto loaded = pool::GetPool(conn, caller.tenant_id, id, now);
    if (!loaded.ok()) return loaded.status();
    view = ViewOf(conn, caller, std::move(loaded.value()));
    return view.ok() ? Status::Ok() : view.status();
  });
  if (!s.ok()) return s;
  return view;
}

Status PoolService::DeletePool(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "pool.configure"); !s.ok()) return s;
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto current = pool::GetPool(conn, caller.tenant_id, id, now);
    if (!current.ok()) return current.status();
    auto used = conn.Query(
        "SELECT COUNT(*) FROM customers WHERE tenant_id = $1 AND (pool_id = $2 OR home_pool_id = $2) "
        "AND deleted_at IS NULL",
        {V(caller.tenant_id), V(id)});
    if (!used.ok()) return used.status();
    if (used->front().Int(0) > 0)
      return Status::Error("pool.not_empty", "Move this pool's customers elsewhere before deleting it.")
          .With("customers", used->front().Int(0));
    if (Status w = pool::DeletePool(conn, caller.tenant_id, id); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "pool.delete", "pool", id);
  });
}

Result<std::vector<RuleVersion>> PoolService::RuleVersions(const org::Caller& caller, Id pool_id) {
  if (Status s = org::Require(caller, "pool.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto p = pool::GetPool(**lease, caller.tenant_id, pool_id, clock_.Now());
  if (!p.ok()) return p.status();
  return ListRuleVersions(**lease, caller.tenant_id, pool_id);
}

Result<RuleVersion> PoolService::SetRules(const org::Caller& caller, Id pool_id, const PoolRules& rules,
                                          std::optional<Instant> effective_at) {
  const Instant now = clock_.Now();
  const Instant effective = effective_at.value_or(now);
  if (effective < now - kDayMs)
    return Status::Validation({{"effectiveAt", "invalid_value"}});  // rules do not rewrite the past
  Result<RuleVersion> version = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto p = pool::GetPool(conn, caller.tenant_id, pool_id, now);
    if (!p.ok()) return p.status();
    if (Status a = RequirePoolAdmin(conn, caller, pool_id); !a.ok()) return a;
    if (rules.reclaim_to_pool_id) {
      auto target = pool::GetPool(conn, caller.tenant_id, *rules.reclaim_to_pool_id, now);
      if (!target.ok()) return Status::Validation({{"rules.reclaimToPoolId", "invalid_value"}});
    }
    for (const auto& o : rules.holding_overrides) {
      auto u = org::GetUser(conn, caller.tenant_id, o.user_id);
      if (!u.ok()) return Status::Validation({{"rules.holdingLimitOverrides", "invalid_value"}});
    }
    version = AppendRuleVersion(conn, caller.tenant_id, pool_id, rules, effective, caller.user_id, now);
    if (!version.ok()) return version.status();
    return audit::RecordAction(conn, caller, now, "pool.rules", "pool", pool_id,
                               "{\"version\":" + std::to_string(version->version) + "}");
  });
  if (!s.ok()) return s;
  return version;
}

// ---- Ownership actions ----

Result<CustomerDetail> PoolService::Claim(const org::Caller& caller, Id customer_id) {
  if (Status s = org::Require(caller, "pool.claim"); !s.ok()) return s;
  const Instant now = clock_.Now();
  Result<CustomerDetail> detail = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    // One claimer at a time per user, so two claims by the same rep cannot both pass the limits
    // (SQLite already serialises writers; this matters on PostgreSQL).
    if (Status l = conn.LockKey(caller.user_id); !l.ok()) return l;
    auto c = customers::GetCustomer(conn, caller.tenant_id, customer_id);
    if (!c.ok()) return c.status();
    if (!c->pool_id) {
      // Someone claimed it first (or it was never pooled). Whoever can see it learns that it
      // is not in the pool; to anyone else it is an unknown id, like every customer outside
      // their scope (a 409 would confirm that the id exists and who may hold it).
      auto a = customers::AccessTo(conn, caller, *c);
      if (!a.ok()) return a.status();
      if (!a->visible) return Status::NotFound();
      return Status::Error("pool.not_in_pool", "This customer is no longer in the pool.");
    }
    const Id pool_id = *c->pool_id;
    auto member = MemberPools(conn, caller.tenant_id, caller.user_id, caller.department_id);
    if (!member.ok()) return member.status();
    if (!Contains(*member, pool_id))
      return Status::Error("pool.not_member", "Only members of this pool can claim its customers.");
    auto rules = RulesAt(conn, caller.tenant_id, pool_id, now);
    if (!rules.ok()) return rules.status();
    const PoolRules& r = rules->rules;
    auto zone = TenantZone(conn, caller.tenant_id);
    if (!zone.ok()) return zone.status();
    if (c->previous_owner_id == caller.user_id && c->released_at && r.cooldown_days > 0) {
      const LocalDate until = zone->DateOf(*c->released_at) + r.cooldown_days;
      if (zone->DateOf(now) < until)
        return Status::Error("pool.cooldown", "You held this customer recently and cannot claim it back yet.")
            .With("until", FormatDate(until));
    }
    auto today = conn.Query(
        "SELECT COUNT(*) FROM customer_owner_history WHERE tenant_id = $1 AND to_user_id = $2 AND "
        "action = 'claim' AND pool_id = $3 AND at >= $4",
        {V(caller.tenant_id), V(caller.user_id), V(pool_id), V(zone->StartOf(zone->DateOf(now)))});
    if (!today.ok()) return today.status();
    if (today->front().Int(0) >= r.daily_claim_limit)
      return Status::Error("pool.daily_claim_limit", "You have claimed as many customers as allowed today.")
          .With("limit", static_cast<std::int64_t>(r.daily_claim_limit));
    if (Status h = CheckHolding(conn, caller.tenant_id, caller.user_id, r); !h.ok()) return h;
    if (Status t = TakeFromPool(conn, caller.tenant_id, customer_id, caller.user_id, pool_id, now); !t.ok()) return t;
    if (Status w = History(conn, caller.tenant_id, customer_id, "claim", std::nullopt, caller.user_id,
                           pool_id, caller.user_id, now);
        !w.ok())
      return w;
    if (Status w = Announce(conn, caller, customer_id, "claim", c->name, now); !w.ok()) return w;
    detail = customers::CustomerService::DetailOf(conn, caller, customer_id, now);
    return detail.ok() ? Status::Ok() : detail.status();
  });
  if (!s.ok()) return s;
  return detail;
}

Result<CustomerDetail> PoolService::Assign(const org::Caller& caller, Id customer_id, Id user_id) {
  if (Status s = org::Require(caller, "pool.assign"); !s.ok()) return s;
  const Instant now = clock_.Now();
  Result<CustomerDetail> detail = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status l = conn.LockKey(user_id); !l.ok()) return l;
    auto c = customers::GetCustomer(conn, caller.tenant_id, customer_id);
    if (!c.ok()) return c.status();
    auto a = customers::AccessTo(conn, caller, *c);
    if (!a.ok()) return a.status();
    if (!a->visible) return Status::NotFound();
    if (!c->pool_id) return Status::Error("pool.not_in_pool", "This customer is no longer in the pool.");
    const Id pool_id = *c->pool_id;
    if (!(a->pool_admin || caller.scope == org::DataScope::kAll))
      return Status::Error("permission.denied", "Only the pool's administrators can assign its customers.");
    auto user = org::GetUser(conn, caller.tenant_id, user_id);
    if (!user.ok() || user->status != org::UserStatus::kActive)
      return Status::Validation({{"userId", "invalid_value"}});
    auto member = MemberPools(conn, caller.tenant_id, user_id, user->department_id);
    if (!member.ok()) return member.status();
    if (!Contains(*member, pool_id))
      return Status::Error("pool.not_member", "The assignee is not a member of this pool.");
    auto rules = RulesAt(conn, caller.tenant_id, pool_id, now);
    if (!rules.ok()) return rules.status();
    if (Status h = CheckHolding(conn, caller.tenant_id, user_id, rules->rules); !h.ok()) return h;
    if (Status t = TakeFromPool(conn, caller.tenant_id, customer_id, user_id, pool_id, now); !t.ok()) return t;
    if (Status w = History(conn, caller.tenant_id, customer_id, "assign", std::nullopt, user_id, pool_id,
                           caller.user_id, now);
        !w.ok())
      return w;
    if (Status w = Notify(conn, caller.tenant_id, user_id, "customer.assigned",
                          {{"customer", c->name}}, customer_id, now);
        !w.ok())
      return w;
    if (Status w = audit::RecordAction(conn, caller, now, "customer.assign", "customer", customer_id,
                                       "{\"userId\":\"" + IdToString(user_id) + "\"}");
        !w.ok())
      return w;
    detail = customers::CustomerService::DetailOf(conn, caller, customer_id, now);
    return detail.ok() ? Status::Ok() : detail.status();
  });
  if (!s.ok()) return s;
  return detail;
}

Result<CustomerDetail> PoolService::Release(const org::Caller& caller, Id customer_id, const std::string& reason,
                                            std::optional<Id> pool_id) {
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos) return Status::Validation({{"reason", "required"}});
  const Instant now = clock_.Now();
  Result<CustomerDetail> detail = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto current = customers::CustomerService::DetailOf(conn, caller, customer_id, now);
    if (!current.ok()) return current.status();
    if (!current->view.customer.owner_id) return Status::Error("pool.not_owned", "This customer is in a pool already.");
    if (!current->can_release) return Status::Error("permission.denied", "You cannot release this customer.");
    auto c = customers::GetCustomer(conn, caller.tenant_id, customer_id);
    if (!c.ok()) return c.status();
    std::optional<Id> target = pool_id ? pool_id : c->home_pool_id;
    if (!target) {
      auto owner = org::GetUser(conn, caller.tenant_id, *c->owner_id);
      if (owner.ok()) {
        auto def = DefaultPoolFor(conn, caller.tenant_id, owner->id, owner->department_id);
        if (!def.ok()) return def.status();
        target = *def;
      }
    }
    if (!target) return Status::Validation({{"poolId", "required"}});
    auto p = pool::GetPool(conn, caller.tenant_id, *target, now);
    if (!p.ok()) return Status::Validation({{"poolId", "invalid_value"}});
    const Id owner = *c->owner_id;
    Customer next = *c;
    next.owner_id.reset();
    next.pool_id = *target;
    next.previous_owner_id = owner;
    next.released_at = now;
    next.locked = false;
    next.clock_start_at.reset();
    next.reminded_for.reset();
    next.updated_at = now;
    if (Status w = customers::UpdateOwnership(conn, caller.tenant_id, next); !w.ok()) return w;
    if (Status w = History(conn, caller.tenant_id, customer_id, "release", owner, std::nullopt, *target,
                           caller.user_id, now, reason);
        !w.ok())
      return w;
    if (owner != caller.user_id) {
      if (Status w = Notify(conn, caller.tenant_id, owner, "customer.released",
                            {{"customer", c->name}, {"reason", reason}}, customer_id, now);
          !w.ok())
        return w;
    }
    if (Status w = Announce(conn, caller, customer_id, "release", reason, now); !w.ok()) return w;
    detail = customers::CustomerService::DetailOf(conn, caller, customer_id, now);
    return detail.ok() ? Status::Ok() : detail.status();
  });
  if (!s.ok()) return s;
  return detail;
}

Result<CustomerDetail> PoolService::Transfer(const org::Caller& caller, Id customer_id, Id user_id,
                                             bool keep_previous_owner) {
  if (Status s = org::Require(caller, "customer.transfer"); !s.ok()) return s;
  const Instant now = clock_.Now();
  Result<CustomerDetail> detail = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status l = conn.LockKey(user_id); !l.ok()) return l;
    auto current = customers::CustomerService::DetailOf(conn, caller, customer_id, now);
    if (!current.ok()) return current.status();
    if (!current->view.customer.owner_id) return Status::Error("pool.not_owned", "Claim or assign pool customers instead.");
    if (!current->can_transfer) return Status::Error("permission.denied", "You cannot transfer this customer.");
    auto user = org::GetUser(conn, caller.tenant_id, user_id);
    auto visible = org::CanSeeOwner(conn, caller, user_id);
    if (!visible.ok()) return visible.status();
    if (!user.ok() || !*visible || user->status != org::UserStatus::kActive)
      return Status::Validation({{"userId", "invalid_value"}});
    auto c = customers::GetCustomer(conn, caller.tenant_id, customer_id);
    if (!c.ok()) return c.status();
    const Id owner = *c->owner_id;
    if (owner == user_id) return Status::Validation({{"userId", "invalid_value"}});
    auto home = DefaultPoolFor(conn, caller.tenant_id, user_id, user->department_id);
    if (!home.ok()) return home.status();
    Customer next = *c;
    next.home_pool_id = *home ? *home : c->home_pool_id;
    if (next.home_pool_id) {
      auto rules = RulesAt(conn, caller.tenant_id, *next.home_pool_id, now);
      if (!rules.ok()) return rules.status();
      if (Status h = CheckHolding(conn, caller.tenant_id, user_id, rules->rules); !h.ok()) return h;
    }
    next.owner_id = user_id;
    next.previous_owner_id = owner;
    next.clock_start_at = now;  // the new owner gets a full period
    next.claimed_at = now;
    next.reminded_for.reset();
    next.updated_at = now;
    auto moved = customers::TransferOwner(conn, caller.tenant_id, customer_id, owner, user_id, next.home_pool_id, now);
    if (!moved.ok()) return moved.status();
    if (!*moved) return Status::Error("conflict", "The customer changed hands meanwhile.");
    if (keep_previous_owner) {
      if (Status w = customers::AddTeamMember(conn, caller.tenant_id, customer_id, owner, "read", now); !w.ok())
        return w;
    }
    if (Status w = History(conn, caller.tenant_id, customer_id, "transfer", owner, user_id, std::nullopt,
                           caller.user_id, now);
        !w.ok())
      return w;
    if (Status w = Notify(conn, caller.tenant_id, user_id, "customer.transferred",
                          {{"customer", c->name}}, customer_id, now);
        !w.ok())
      return w;
    if (owner != caller.user_id) {
      if (Status w = Notify(conn, caller.tenant_id, owner, "customer.transferred_away",
                            {{"customer", c->name}, {"user", user->name}}, customer_id, now);
          !w.ok())
        return w;
    }
    if (Status w = Announce(conn, caller, customer_id, "transfer", user->name, now,
                            "{\"from\":\"" + IdToString(owner) + "\",\"to\":\"" + IdToString(user_id) + "\"}");
        !w.ok())
      return w;
    detail = customers::CustomerService::DetailOf(conn, caller, customer_id, now);
    return detail.ok() ? Status::Ok() : detail.status();
  });
  if (!s.ok()) return s;
  return detail;
}

Result<CustomerDetail> PoolService::Lock(const org::Caller& caller, Id customer_id, bool lock) {
  const Instant now = clock_.Now();
  Result<CustomerDetail> detail = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto current = customers::CustomerService::DetailOf(conn, caller, customer_id, now);
    if (!current.ok()) return current.status();
    if (!current->view.customer.owner_id) return Status::Error("pool.not_owned", "Pool customers cannot be locked.");
    if (!current->can_lock) return Status::Error("permission.denied", "You cannot lock this customer.");
    auto c = customers::GetCustomer(conn, caller.tenant_id, customer_id);
    if (!c.ok()) return c.status();
    if (c->locked == lock) {  // already so: nothing to record
      detail = std::move(current);
      return Status::Ok();
    }
    const Id owner = *c->owner_id;
    if (lock && c->home_pool_id) {
      if (Status l = conn.LockKey(owner); !l.ok()) return l;
      auto rules = RulesAt(conn, caller.tenant_id, *c->home_pool_id, now);
      if (!rules.ok()) return rules.status();
      auto locked = customers::CountLocked(conn, caller.tenant_id, owner);
      if (!locked.ok()) return locked.status();
      if (*locked >= rules->rules.lock_limit)
        return Status::Error("customer.lock_limit", "The owner has locked as many customers as allowed.")
            .With("limit", static_cast<std::int64_t>(rules->rules.lock_limit));
    }
    Customer next = *c;
    next.locked = lock;
    if (!lock) next.clock_start_at = now;  // unlocking starts a fresh period
    next.reminded_for.reset();
    next.updated_at = now;
    if (Status w = customers::UpdateOwnership(conn, caller.tenant_id, next); !w.ok()) return w;
    if (Status w = History(conn, caller.tenant_id, customer_id, lock ? "lock" : "unlock", owner, owner,
                           std::nullopt, caller.user_id, now);
        !w.ok())
      return w;
    if (Status w = audit::RecordAction(conn, caller, now, lock ? "customer.lock" : "customer.unlock", "customer",
                                       customer_id);
        !w.ok())
      return w;
    detail = customers::CustomerService::DetailOf(conn, caller, customer_id, now);
    return detail.ok() ? Status::Ok() : detail.status();
  });
  if (!s.ok()) return s;
  return detail;
}

// ---- The reclaim sweep ----

Result<SweepResult> PoolService::Sweep(Id tenant_id, Instant at, bool dry_run, const std::vector<Id>& only_pools,
                                       std::optional<Id> actor, const std::string& request_id) {
  SweepResult result;
  result.at = at;
  struct Reminder {
    Id customer_id;
    Id owner_id;
    std::string name;
    LocalDate reclaim_on;
  };
  std::vector<Reminder> reminders;
  std::map<Id, std::string> pool_names;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    Connection& conn = **lease;
    auto zone = TenantZone(conn, tenant_id);
    if (!zone.ok()) return zone.status();
    const LocalDate today = zone->DateOf(at);
    auto pools = pool::ListPools(conn, tenant_id, at);
    if (!pools.ok()) return pools.status();
    for (const auto& p : *pools) pool_names[p.id] = p.name;
    for (const auto& p : *pools) {
      if (!only_pools.empty() && !Contains(only_pools, p.id)) continue;
      const PoolRules& r = p.rules.rules;
      // The shortest limit any rule gives any level bounds which customers can be due (or due
      // within the reminder window): their clocks started before this day.
      int min_days = 1 << 30;
      auto consider = [&](const TimeRule& t) {
        if (!t.enabled) return;
        min_days = std::min(min_days, t.days);
        for (const auto& [l, d] : t.days_by_level) min_days = std::min(min_days, d);
      };
      consider(r.no_follow_up);
      consider(r.no_deal);
      if (r.protection.enabled) min_days = std::min(min_days, std::min(r.protection.days, r.protection.max_days));
      if (min_days == (1 << 30)) continue;  // every rule off
      const Instant cutoff = zone->StartOf(today + r.reminder_days - min_days);
      auto rows = conn.Query(
          "SELECT c.id, c.name, c.owner_id, u.name, c.level, c.status, c.locked, "
          "COALESCE(c.clock_start_at, c.created_at), c.last_follow_up_at, c.reminded_for "
          "FROM customers c LEFT JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.owner_id "
          "WHERE c.tenant_id = $1 AND c.home_pool_id = $2 AND c.owner_id IS NOT NULL AND "
          "c.deleted_at IS NULL AND c.locked = 0 AND c.status <> 'deal' AND "
          "COALESCE(c.clock_start_at, c.created_at) < $3",
          {V(tenant_id), V(p.id), V(cutoff)});
      if (!rows.ok()) return rows.status();
      const Id back_to = r.reclaim_to_pool_id.value_or(p.id);
      for (const auto& row : rows->rows) {
        ClockInput in;
        in.level = row.Text(4);
        in.deal = row.Text(5) == "deal";
        in.locked = row.Bool(6);
        in.received_at = row.Int(7);
        in.last_follow_up_at = row.OptInt(8);
        auto d = NextDeadline(r, in, *zone);
        if (!d) continue;
        if (IsDue(*d, today)) {
          result.reclaimed.push_back({row.Int(0), row.Text(1), row.Int(2), row.Text(3), back_to, "", *d});
        } else if (d->reclaim_on - today <= r.reminder_days && row.OptInt(9) != d->reclaim_on) {
          reminders.push_back({row.Int(0), row.Int(2), row.Text(1), d->reclaim_on});
        }
      }
    }
  }
  for (auto& item : result.reclaimed) item.pool_name = pool_names[item.pool_id];
  result.reminded = static_cast<std::int64_t>(reminders.size());
  if (dry_run) return result;

  // Reclaim in batches, each a transaction; every update re-checks its condition, so a customer
  // followed up, locked or moved since the scan above is left alone.
  std::vector<SweepItem> done;
  for (size_t start = 0; start < result.reclaimed.size(); start += kSweepBatch) {
    const size_t end = std::min(result.reclaimed.size(), start + kSweepBatch);
    std::vector<SweepItem> batch_done;
    Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
      batch_done.clear();
      for (size_t i = start; i < end; ++i) {
        const SweepItem& item = result.reclaimed[i];
        auto reclaimed = customers::ReclaimToPool(conn, tenant_id, item.customer_id, item.owner_id, item.pool_id, at);
        if (!reclaimed.ok()) return reclaimed.status();
        if (!*reclaimed) continue;
        if (Status w = History(conn, tenant_id, item.customer_id, "reclaim", item.owner_id, std::nullopt,
                               item.pool_id, actor, at, "", item.deadline.rule);
            !w.ok())
          return w;
        if (auto feed = activity::AddFeedItem(conn, tenant_id, "customer.reclaim", item.owner_id, item.customer_id,
                                              std::nullopt, item.deadline.rule, at);
            !feed.ok())
          return feed.status();
        batch_done.push_back(item);
      }
      return Status::Ok();
    });
    if (!s.ok()) return s;
    done.insert(done.end(), batch_done.begin(), batch_done.end());
  }

  // One notification per owner, one audit entry per sweep, reminders marked once per deadline.
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    std::map<Id, std::vector<const SweepItem*>> by_owner;
    for (const auto& item : done) by_owner[item.owner_id].push_back(&item);
    for (const auto& [owner, items] : by_owner) {
      notify::NotificationParams params{{"count", std::to_string(items.size())}};
      if (items.size() == 1) params.emplace_back("customer", items.front()->customer_name);
      if (Status w = Notify(conn, tenant_id, owner, "customer.reclaimed", std::move(params),
                            items.size() == 1 ? std::optional<Id>(items.front()->customer_id) : std::nullopt, at);
          !w.ok())
        return w;
    }
    for (const auto& rem : reminders) {
      auto marked = customers::MarkReminded(conn, tenant_id, rem.customer_id, rem.owner_id,
                                            static_cast<std::int64_t>(rem.reclaim_on));
      if (!marked.ok()) return marked.status();
      if (!*marked) continue;
      if (Status w = Notify(conn, tenant_id, rem.owner_id, "customer.reclaim_soon",
                            {{"customer", rem.name}, {"date", FormatDate(rem.reclaim_on)}},
                            rem.customer_id, at);
          !w.ok())
        return w;
    }
    audit::Entry e;
    e.at = at;
    e.actor_id = actor;
    e.action = "pool.sweep";
    e.object_type = "tenant";
    e.object_id = tenant_id;
    e.request_id = request_id;
    e.details = "{\"reclaimed\":" + std::to_string(done.size()) + ",\"reminded\":" +
                std::to_string(reminders.size()) + ",\"at\":\"" + FormatInstant(at) + "\"}";
    return audit::Record(conn, tenant_id, e);
  });
  if (!s.ok()) return s;
  result.reclaimed = std::move(done);
  return result;
}

Result<SweepResult> PoolService::Preview(const org::Caller& caller, Instant at) {
  if (Status s = org::Require(caller, "pool.view"); !s.ok()) return s;
  std::vector<Id> pools;
  if (!caller.Can("pool.configure")) {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto admin = AdminPools(**lease, caller.tenant_id, caller.user_id);
    if (!admin.ok()) return admin.status();
    if (admin->empty()) return Status::Error("permission.denied", "Only pool administrators can preview the sweep.");
    pools = *admin;
  }
  return Sweep(caller.tenant_id, at, /*dry_run=*/true, pools);
}

Result<SweepResult> PoolService::RunNow(const org::Caller& caller, Instant at) {
  if (Status s = org::Require(caller, "pool.configure"); !s.ok()) return s;
  return Sweep(caller.tenant_id, at, /*dry_run=*/false, {}, caller.user_id, caller.request_id);
}

Result<std::int64_t> PoolService::RunScheduled(Instant now) {
  std::vector<Id> tenants;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto r = (*lease)->Query("SELECT id FROM tenants ORDER BY id");
    if (!r.ok()) return r.status();
    for (const auto& row : r->rows) tenants.push_back(row.Int(0));
  }
  std::int64_t total = 0;
  for (Id tenant_id : tenants) {
    std::vector<Id> due;
    LocalDate today = 0;
    {
      auto lease = db_.Read();
      if (!lease.ok()) return lease.status();
      auto zone = TenantZone(**lease, tenant_id);
      if (!zone.ok()) continue;
      today = zone->DateOf(now);
      const int hour = zone->HourOf(now);
      auto pools = pool::ListPools(**lease, tenant_id, now);
      if (!pools.ok()) return pools.status();
      auto swept = (*lease)->Query("SELECT id, last_sweep_date FROM pools WHERE tenant_id = $1", {V(tenant_id)});
      if (!swept.ok()) return swept.status();
      std::map<Id, std::optional<std::int64_t>> last;
      for (const auto& row : swept->rows) last[row.Int(0)] = row.OptInt(1);
      for (const auto& p : *pools)
        if (hour >= p.rules.rules.sweep_hour && last[p.id] != today) due.push_back(p.id);
    }
    if (due.empty()) continue;
    auto result = Sweep(tenant_id, now, /*dry_run=*/false, due);
    if (!result.ok()) return result.status();
    total += static_cast<std::int64_t>(result->reclaimed.size());
    Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
      for (Id pool_id : due)
        if (Status w = conn.Exec("UPDATE pools SET last_sweep_date = $3 WHERE tenant_id = $1 AND id = $2",
                                 {V(tenant_id), V(pool_id), V(static_cast<std::int64_t>(today))});
            !w.ok())
          return w;
      return Status::Ok();
    });
    if (!s.ok()) return s;
  }
  return total;
}

// ---- Hand-over (离职交接) ----

Result<std::vector<Customer>> PoolService::HandoverPreview(const org::Caller& caller, Id user_id,
                                                           std::int64_t* total) {
  if (Status s = org::Require(caller, "org.edit"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto visible = org::CanSeeOwner(**lease, caller, user_id);
  if (!visible.ok()) return visible.status();
  auto user = org::GetUser(**lease, caller.tenant_id, user_id);
  if (!*visible || !user.ok()) return Status::NotFound();
  customers::CustomerFilter f;
  f.owner_id = user_id;
  PageRequest page;
  page.sort = "updatedAt";
  page.descending = true;
  page.limit = 200;
  org::Caller all = caller;
  all.scope = org::DataScope::kAll;  // the leaver's customers, whoever may normally see them
  auto list = customers::ListCustomers(**lease, all, f, page);
  if (!list.ok()) return list.status();
  *total = list->total.value_or(static_cast<std::int64_t>(list->items.size()));
  return std::move(list->items);
}

Result<std::int64_t> PoolService::Handover(const org::Caller& caller, Id user_id, const HandoverRequest& req) {
  if (Status s = org::Require(caller, "org.edit"); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  if (req.mode != "user" && req.mode != "round_robin" && req.mode != "pool") issues.push_back({"mode", "invalid_value"});
  if (req.mode == "user" && !req.to_user_id) issues.push_back({"toUserId", "required"});
  if (req.mode == "round_robin" && req.to_user_ids.empty()) issues.push_back({"toUserIds", "required"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  const Instant now = clock_.Now();
  std::int64_t moved = 0;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto visible = org::CanSeeOwner(conn, caller, user_id);
    if (!visible.ok()) return visible.status();
    auto leaver = org::GetUser(conn, caller.tenant_id, user_id);
    if (!*visible || !leaver.ok()) return Status::NotFound();
    std::vector<org::User> receivers;
    std::vector<Id> ids = req.mode == "user" ? std::vector<Id>{*req.to_user_id} : req.to_user_ids;
    if (req.mode != "pool") {
      for (Id id : ids) {
        auto u = org::GetUser(conn, caller.tenant_id, id);
        auto v = org::CanSeeOwner(conn, caller, id);
        if (!v.ok()) return v.status();
        if (!u.ok() || !*v || u->status != org::UserStatus::kActive || id == user_id)
          return Status::Validation({{req.mode == "user" ? "toUserId" : "toUserIds", "invalid_value"}});
        receivers.push_back(std::move(u.value()));
      }
    }
    if (req.mode == "pool" && req.pool_id) {
      auto p = pool::GetPool(conn, caller.tenant_id, *req.pool_id, now);
      if (!p.ok()) return Status::Validation({{"poolId", "invalid_value"}});
    }
    auto rows = conn.Query(
        "SELECT id, name, home_pool_id FROM customers WHERE tenant_id = $1 AND owner_id = $2 AND "
        "deleted_at IS NULL ORDER BY id",
        {V(caller.tenant_id), V(user_id)});
    if (!rows.ok()) return rows.status();
    std::map<Id, std::int64_t> received;
    std::map<Id, std::optional<Id>> home_of;
    for (const auto& r : receivers) {
      auto home = DefaultPoolFor(conn, caller.tenant_id, r.id, r.department_id);
      if (!home.ok()) return home.status();
      home_of[r.id] = *home;
    }
    size_t next = 0;
    for (const auto& row : rows->rows) {
      const Id cid = row.Int(0);
      if (req.mode == "pool") {
        const std::optional<Id> target = req.pool_id ? req.pool_id : row.OptInt(2);
        if (!target) return Status::Validation({{"poolId", "required"}});
        if (Status w = customers::HandOverToPool(conn, caller.tenant_id, cid, *target, user_id, now); !w.ok())
          return w;
        if (Status w = History(conn, caller.tenant_id, cid, "handover", user_id, std::nullopt, *target,
                               caller.user_id, now, "离职交接");
            !w.ok())
          return w;
      } else {
        const org::User& to = receivers[next++ % receivers.size()];
        const std::optional<Id> home = home_of[to.id] ? home_of[to.id] : row.OptInt(2);
        if (Status w = customers::HandOverTo(conn, caller.tenant_id, cid, to.id, home, user_id, now); !w.ok())
          return w;
        if (Status w = History(conn, caller.tenant_id, cid, "handover", user_id, to.id, std::nullopt,
                               caller.user_id, now, "离职交接");
            !w.ok())
          return w;
        ++received[to.id];
      }
      ++moved;
    }
    for (const auto& [to, n] : received) {
      if (Status w = Notify(conn, caller.tenant_id, to, "customer.handover",
                            {{"leaver", leaver->name}, {"count", std::to_string(n)}}, std::nullopt, now);
          !w.ok())
        return w;
    }
    return audit::RecordAction(conn, caller, now, "user.handover", "user", user_id,
                               "{\"mode\":\"" + req.mode + "\",\"customers\":" + std::to_string(moved) + "}");
  });
  if (!s.ok()) return s;
  return moved;
}

}  // namespace quanke::pool
