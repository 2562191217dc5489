#include "core/text_list.h"
#include "domain/ownership/ownership_internal.h"

#include <algorithm>
#include <map>
#include <set>

#include "domain/customers/customer_repository.h"
#include "domain/customers/ownership_repository.h"
#include "domain/notify/notifications.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/org/user_repository.h"
#include "domain/pool/countdown.h"
#include "domain/pool/pool_repository.h"

namespace quanke::ownership {
using customers::Customer;
using customers::CustomerDetail;
using storage::Connection;
using storage::V;
using namespace detail;
using namespace pool;  // the rules and pools this module acts under

Result<CustomerDetail> OwnershipService::Claim(const org::Caller& caller, Id customer_id) {
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
    auto member = MemberPools(conn, caller, caller.user_id, caller.department_id);
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
    auto today = customers::CountClaimedSince(conn, caller.tenant_id, caller.user_id, pool_id,
                                              zone->StartOf(zone->DateOf(now)));
    if (!today.ok()) return today.status();
    if (*today >= r.daily_claim_limit)
      return Status::Error("pool.daily_claim_limit", "You have claimed as many customers as allowed today.")
          .With("limit", static_cast<std::int64_t>(r.daily_claim_limit));
    if (Status h = CheckHolding(conn, caller.tenant_id, caller.user_id, r); !h.ok()) return h;
    if (Status t = TakeFromPool(conn, caller.tenant_id, customer_id, caller.user_id, pool_id, now); !t.ok()) return t;
    if (Status w = History(conn, caller.tenant_id, customer_id, "claim", std::nullopt, caller.user_id,
                           pool_id, caller.user_id, now);
        !w.ok())
      return w;
    if (Status w = Announce(conn, events_, caller, customer_id, "claim", c->name, now); !w.ok()) return w;
    detail = customers::CustomerService::DetailOf(conn, caller, customer_id, now);
    return detail.ok() ? Status::Ok() : detail.status();
  });
  if (!s.ok()) return s;
  return detail;
}

Result<CustomerDetail> OwnershipService::Assign(const org::Caller& caller, Id customer_id, Id user_id) {
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
    auto member = MemberPools(conn, caller, user_id, user->department_id);
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

Result<CustomerDetail> OwnershipService::Release(const org::Caller& caller, Id customer_id, const std::string& reason,
                                            std::optional<Id> pool_id) {
  if (IsBlank(reason)) return Status::Validation({{"reason", "required"}});
  const Instant now = clock_.Now();
  Result<CustomerDetail> detail = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto current = customers::CustomerService::DetailOf(conn, caller, customer_id, now);
    if (!current.ok()) return current.status();
    if (!current->view.customer.owner_id) return Status::Error("pool.not_owned", "This customer is in a pool already.");
    if (!current->can_release) return Status::Error("permission.denied", "You cannot release this customer.");
    const customers::Customer* c = &current->view.customer;  // read above, in this transaction
    std::optional<Id> target = pool_id ? pool_id : c->home_pool_id;
    if (!target) {
      auto owner = org::GetUser(conn, caller.tenant_id, *c->owner_id);
      if (owner.ok()) {
        auto def = DefaultPoolFor(conn, caller, owner->id, owner->department_id);
        if (!def.ok()) return def.status();
        target = *def;
      }
    }
    if (!target) return Status::Validation({{"poolId", "required"}});
    auto p = pool::GetPool(conn, caller, *target, now);
    if (!p.ok() || p->kind != "customer") return Status::Validation({{"poolId", "invalid_value"}});
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
    if (Status w = Announce(conn, events_, caller, customer_id, "release", reason, now); !w.ok()) return w;
    detail = customers::CustomerService::DetailOf(conn, caller, customer_id, now);
    return detail.ok() ? Status::Ok() : detail.status();
  });
  if (!s.ok()) return s;
  return detail;
}

Result<CustomerDetail> OwnershipService::Transfer(const org::Caller& caller, Id customer_id, Id user_id,
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
    auto home = DefaultPoolFor(conn, caller, user_id, user->department_id);
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
    if (Status w = Announce(conn, events_, caller, customer_id, "transfer", user->name, now,
                            "{\"from\":\"" + IdToString(owner) + "\",\"to\":\"" + IdToString(user_id) + "\"}");
        !w.ok())
      return w;
    detail = customers::CustomerService::DetailOf(conn, caller, customer_id, now);
    return detail.ok() ? Status::Ok() : detail.status();
  });
  if (!s.ok()) return s;
  return detail;
}

Result<CustomerDetail> OwnershipService::Lock(const org::Caller& caller, Id customer_id, bool lock) {
  const Instant now = clock_.Now();
  Result<CustomerDetail> detail = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto current = customers::CustomerService::DetailOf(conn, caller, customer_id, now);
    if (!current.ok()) return current.status();
    if (!current->view.customer.owner_id) return Status::Error("pool.not_owned", "Pool customers cannot be locked.");
    if (!current->can_lock) return Status::Error("permission.denied", "You cannot lock this customer.");
    const customers::Customer* c = &current->view.customer;  // read above, in this transaction
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

}  // namespace quanke::ownership
