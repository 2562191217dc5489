#include "domain/pool/pool_internal.h"

#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/org/user_repository.h"

namespace quanke::pool {
using storage::Connection;
using namespace detail;

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

// ---- Pools ----

Result<std::vector<PoolView>> PoolService::ListPools(const org::Caller& caller, std::string_view kind) {
  if (Status s = org::Require(caller, "pool.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  auto pools = pool::ListPools(**lease, caller.tenant_id, clock_.Now(), /*with_counts=*/true);
  if (!pools.ok()) return pools.status();
  std::vector<PoolView> out;
  for (auto& p : *pools) {
    if (!kind.empty() && p.kind != kind) continue;
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
  auto p = pool::GetPool(**lease, caller, id, clock_.Now());
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
  p.kind = in.kind.value_or("customer");
  if (p.kind != "customer" && p.kind != "lead") return Status::Validation({{"kind", "invalid_value"}});
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
    auto loaded = pool::GetPool(conn, caller, p.id, now);
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
    auto current = pool::GetPool(conn, caller, id, now);
    if (!current.ok()) return current.status();
    if (Status a = RequirePoolAdmin(conn, caller, id); !a.ok()) return a;
    if (Status v = ValidateAccess(conn, caller.tenant_id, in); !v.ok()) return v;
    Pool p = *current;
    if (in.name) p.name = *in.name;
    if (in.description) p.description = *in.description;
    if (in.sort_order) p.sort_order = *in.sort_order;
    p.updated_at = now;
    if (Status w = pool::UpdatePool(conn, caller, p); !w.ok()) return w;
    if (in.members || in.admins) {
      std::vector<Id> admins;
      for (const auto& a : p.admins) admins.push_back(a.id);
      if (Status w = SetPoolAccess(conn, caller.tenant_id, id, in.members.value_or(p.members),
                                   in.admins.value_or(admins));
          !w.ok())
        return w;
    }
    if (Status w = audit::RecordAction(conn, caller, now, "pool.update", "pool", id); !w.ok()) return w;
    auto loaded = pool::GetPool(conn, caller, id, now);
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
    auto current = pool::GetPool(conn, caller, id, now);
    if (!current.ok()) return current.status();
    auto used = CountCustomersIn(conn, caller, id);
    if (!used.ok()) return used.status();
    if (*used > 0)
      return Status::Error("pool.not_empty", "Move this pool's customers elsewhere before deleting it.")
          .With("customers", *used);
    if (Status w = pool::DeletePool(conn, caller, id); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "pool.delete", "pool", id);
  });
}

Result<std::vector<RuleVersion>> PoolService::RuleVersions(const org::Caller& caller, Id pool_id) {
  if (Status s = org::Require(caller, "pool.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto p = pool::GetPool(**lease, caller, pool_id, clock_.Now());
  if (!p.ok()) return p.status();
  return ListRuleVersions(**lease, caller, pool_id);
}

Result<RuleVersion> PoolService::SetRules(const org::Caller& caller, Id pool_id, const PoolRules& rules,
                                          std::optional<Instant> effective_at) {
  const Instant now = clock_.Now();
  const Instant effective = effective_at.value_or(now);
  if (effective < now - kDayMs)
    return Status::Validation({{"effectiveAt", "invalid_value"}});  // rules do not rewrite the past
  Result<RuleVersion> version = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto p = pool::GetPool(conn, caller, pool_id, now);
    if (!p.ok()) return p.status();
    if (Status a = RequirePoolAdmin(conn, caller, pool_id); !a.ok()) return a;
    if (rules.reclaim_to_pool_id) {
      auto target = pool::GetPool(conn, caller, *rules.reclaim_to_pool_id, now);
      if (!target.ok() || target->kind != p->kind)
        return Status::Validation({{"rules.reclaimToPoolId", "invalid_value"}});
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

}  // namespace quanke::pool
