#include "domain/ownership/ownership_internal.h"

#include <algorithm>
#include <map>
#include <set>

#include "domain/customers/customer_service.h"
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

Result<std::vector<customers::CustomerView>> OwnershipService::HandoverPreview(const org::Caller& caller, Id user_id,
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
  auto custom = fields::FieldSet::Load(**lease, caller, "customer");
  if (!custom.ok()) return custom.status();
  std::vector<customers::CustomerView> views;
  views.reserve(list->items.size());
  for (auto& c : list->items) {
    const bool masked = customers::ShowAs(caller, c, false, *custom);
    views.push_back({std::move(c), std::nullopt, "", masked});
  }
  return views;
}

Result<std::int64_t> OwnershipService::Handover(const org::Caller& caller, Id user_id, const HandoverRequest& req) {
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
      auto p = pool::GetPool(conn, caller, *req.pool_id, now);
      if (!p.ok() || p->kind != "customer") return Status::Validation({{"poolId", "invalid_value"}});
    }
    auto held = customers::ListHeldBy(conn, caller.tenant_id, user_id);
    if (!held.ok()) return held.status();
    std::map<Id, std::int64_t> received;
    std::map<Id, std::optional<Id>> home_of;
    for (const auto& r : receivers) {
      auto home = DefaultPoolFor(conn, caller, r.id, r.department_id);
      if (!home.ok()) return home.status();
      home_of[r.id] = *home;
    }
    size_t next = 0;
    for (const auto& h : *held) {
      const Id cid = h.customer_id;
      if (req.mode == "pool") {
        const std::optional<Id> target = req.pool_id ? req.pool_id : h.home_pool_id;
        if (!target) return Status::Validation({{"poolId", "required"}});
        if (Status w = customers::HandOverToPool(conn, caller.tenant_id, cid, *target, user_id, now); !w.ok())
          return w;
        if (Status w = History(conn, caller.tenant_id, cid, "handover", user_id, std::nullopt, *target,
                               caller.user_id, now);
            !w.ok())
          return w;
      } else {
        const org::User& to = receivers[next++ % receivers.size()];
        const std::optional<Id> home = home_of[to.id] ? home_of[to.id] : h.home_pool_id;
        if (Status w = customers::HandOverTo(conn, caller.tenant_id, cid, to.id, home, user_id, now); !w.ok())
          return w;
        if (Status w = History(conn, caller.tenant_id, cid, "handover", user_id, to.id, std::nullopt,
                               caller.user_id, now);
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

}  // namespace quanke::ownership
