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

namespace quanke::pool {
using customers::Customer;
using customers::CustomerDetail;
using customers::HistoryEntry;
using storage::Connection;
using storage::V;
using namespace detail;

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

}  // namespace quanke::pool
