#include "domain/ownership/ownership_internal.h"

#include <algorithm>
#include <map>
#include <set>

#include "domain/customers/customer_repository.h"
#include "domain/customers/ownership_repository.h"
#include "domain/notify/notifications.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/org/tenant_repository.h"
#include "domain/org/user_repository.h"
#include "domain/pool/countdown.h"
#include "domain/pool/pool_repository.h"
#include "domain/pool/pool_service.h"
#include "storage/session_lock.h"

namespace quanke::ownership {
using customers::Customer;
using customers::CustomerDetail;
using storage::Connection;
using storage::V;
using namespace detail;
using namespace pool;  // the rules and pools this module acts under

namespace {

// An owner to remind: the customer will be reclaimed on `reclaim_on`.
struct Reminder {
  Id customer_id;
  Id owner_id;
  std::string name;
  LocalDate reclaim_on;
};

// Step 1 (read only): which customers of `pools` are due at `at`, and which owners to remind.
Status ScanDue(Connection& conn, Id tenant_id, Instant at, const std::vector<Pool>& pools,
               const std::vector<Id>& only_pools, SweepResult* result, std::vector<Reminder>* reminders) {
  auto zone = TenantZone(conn, tenant_id);
  if (!zone.ok()) return zone.status();
  const LocalDate today = zone->DateOf(at);
  std::map<Id, std::string> pool_names;
  for (const auto& p : pools) pool_names[p.id] = p.name;
  for (const auto& p : pools) {
    if (!only_pools.empty() && !Contains(only_pools, p.id)) continue;
    if (p.kind == "lead") continue;  // the lead sweep's (SweepOptions::lead_sweep)
    const PoolRules& r = p.rules.rules;
    const std::optional<int> min_days = ShortestLimit(r);
    if (!min_days) continue;
    const Instant cutoff = zone->StartOf(today + r.reminder_days - *min_days);
    auto candidates = customers::ListSweepCandidates(conn, tenant_id, p.id, cutoff);
    if (!candidates.ok()) return candidates.status();
    const Id back_to = r.reclaim_to_pool_id.value_or(p.id);
    for (const auto& c : *candidates) {
      auto d = NextDeadline(r, c.clock, *zone);
      if (!d) continue;
      if (IsDue(*d, today)) {
        result->reclaimed.push_back({c.customer_id, c.name, c.owner_id, c.owner_name, back_to, pool_names[back_to], *d});
      } else if (d->reclaim_on - today <= r.reminder_days && c.reminded_for != d->reclaim_on) {
        reminders->push_back({c.customer_id, c.owner_id, c.name, d->reclaim_on});
      }
    }
  }
  return Status::Ok();
}

// Sweeps of one tenant take turns across nodes on this key (storage::SessionLock).
constexpr std::int64_t kSweepLockBase = 0x73776565700000;  // "sweep"
std::int64_t SweepLockKey(Id tenant_id) { return kSweepLockBase ^ tenant_id; }

// Step 1 over the tenant's pools as of `at`.
Status Scan(storage::Database& db, Id tenant_id, Instant at, const std::vector<Id>& only_pools,
            SweepResult* result, std::vector<Reminder>* reminders) {
  auto lease = db.Read();
  if (!lease.ok()) return lease.status();
  auto pools = pool::ListPools(**lease, tenant_id, at);
  if (!pools.ok()) return pools.status();
  return ScanDue(**lease, tenant_id, at, *pools, only_pools, result, reminders);
}

// The end of a batch [start, end) of `due` (sorted by owner): at least `size` customers, then on to
// the end of the last owner's, so that no owner's customers are split across batches.
size_t BatchEnd(const std::vector<SweepItem>& due, size_t start, size_t size) {
  size_t end = std::min(due.size(), start + std::max<size_t>(size, 1));
  while (end < due.size() && due[end].owner_id == due[end - 1].owner_id) ++end;
  return end;
}

// One notification per owner of `moved` (in the batch that moved them, which holds all of the
// owner's customers this sweep reclaims).
Status NotifyOwners(Connection& conn, Id tenant_id, const std::vector<SweepItem>& moved, Instant at) {
  std::map<Id, std::vector<const SweepItem*>> by_owner;
  for (const auto& item : moved) by_owner[item.owner_id].push_back(&item);
  for (const auto& [owner, items] : by_owner) {
    notify::NotificationParams params{{"count", std::to_string(items.size())}};
    if (items.size() == 1) params.emplace_back("customer", items.front()->customer_name);
    if (Status w = Notify(conn, tenant_id, owner, "customer.reclaimed", std::move(params),
                          items.size() == 1 ? std::optional<Id>(items.front()->customer_id) : std::nullopt, at);
        !w.ok())
      return w;
  }
  return Status::Ok();
}

// Step 3: reminders, marked once per deadline.
Status Remind(Connection& conn, Id tenant_id, const std::vector<Reminder>& reminders, Instant at) {
  for (const auto& rem : reminders) {
    auto marked = customers::MarkReminded(conn, tenant_id, rem.customer_id, rem.owner_id,
                                          static_cast<std::int64_t>(rem.reclaim_on));
    if (!marked.ok()) return marked.status();
    if (!*marked) continue;
    if (Status w = Notify(conn, tenant_id, rem.owner_id, "customer.reclaim_soon",
                          {{"customer", rem.name}, {"date", FormatDate(rem.reclaim_on)}}, rem.customer_id, at);
        !w.ok())
      return w;
  }
  return Status::Ok();
}

// The pools of the tenant whose sweep is due at `now`: their sweep hour has passed today (local
// date `*today`) and the daily job has not swept them today.
Result<std::vector<Id>> PoolsDueToday(storage::Database& db, Id tenant_id, Instant now, LocalDate* today) {
  auto lease = db.Read();
  if (!lease.ok()) return lease.status();
  auto zone = TenantZone(**lease, tenant_id);
  if (!zone.ok()) return std::vector<Id>();
  *today = zone->DateOf(now);
  const int hour = zone->HourOf(now);
  auto pools = pool::ListPools(**lease, tenant_id, now);
  if (!pools.ok()) return pools.status();
  auto last = LastSweepDates(**lease, tenant_id);
  if (!last.ok()) return last.status();
  std::vector<Id> due;
  for (const auto& p : *pools)
    if (hour >= p.rules.rules.sweep_hour && (*last)[p.id] != *today) due.push_back(p.id);
  return due;
}

}  // namespace

// Step 2: reclaim in batches of whole owners, each a transaction with the owners' notifications
// and the sweep's progress; every update re-checks its condition, so a customer followed up,
// locked or moved since the scan is left alone. Answers what moved.
Result<std::vector<SweepItem>> OwnershipService::ReclaimBatches(Id tenant_id, Instant at, std::vector<SweepItem> due,
                                                                std::optional<Id> actor) {
  std::stable_sort(due.begin(), due.end(),
                   [](const SweepItem& a, const SweepItem& b) { return a.owner_id < b.owner_id; });
  std::vector<SweepItem> done;
  for (size_t start = 0; start < due.size();) {
    const size_t end = BatchEnd(due, start, sweep_.batch);
    std::vector<SweepItem> batch_done;
    Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
      batch_done.clear();
      for (size_t i = start; i < end; ++i) {
        const SweepItem& item = due[i];
        auto reclaimed = customers::ReclaimToPool(conn, tenant_id, item.customer_id, item.owner_id, item.pool_id, at);
        if (!reclaimed.ok()) return reclaimed.status();
        if (!*reclaimed) continue;
        if (Status w = History(conn, tenant_id, item.customer_id, "reclaim", item.owner_id, std::nullopt,
                               item.pool_id, actor, at, "", item.deadline.rule);
            !w.ok())
          return w;
        if (Status w = events_.Publish(
                conn, {"customer.reclaim", tenant_id, item.owner_id, item.customer_id, item.deadline.rule, at});
            !w.ok())
          return w;
        batch_done.push_back(item);
      }
      if (batch_done.empty()) return Status::Ok();
      if (Status w = NotifyOwners(conn, tenant_id, batch_done, at); !w.ok()) return w;
      return pool::AddSweepProgress(conn, tenant_id, static_cast<std::int64_t>(batch_done.size()), at);
    });
    if (!s.ok()) return s;
    done.insert(done.end(), batch_done.begin(), batch_done.end());
    start = end;
    if (start < due.size() && sweep_.after_batch)
      if (Status h = sweep_.after_batch(); !h.ok()) return h;
  }
  return done;
}

Result<SweepResult> OwnershipService::Sweep(Id tenant_id, Instant at, bool dry_run, const std::vector<Id>& only_pools,
                                            std::optional<Id> actor, const std::string& request_id) {
  if (dry_run) {
    SweepResult result;
    result.at = at;
    std::vector<Reminder> reminders;
    if (Status s = Scan(db_, tenant_id, at, only_pools, &result, &reminders); !s.ok()) return s;
    result.reminded = static_cast<std::int64_t>(reminders.size());
    return result;
  }
  // Not waiting for a running sweep: on SQLite it may need the writer this caller's request
  // transaction holds.
  auto lock = storage::SessionLock::TryAcquire(db_, SweepLockKey(tenant_id));
  if (!lock.ok()) return lock.status();
  if (!*lock) return Status::Error("unavailable", "A reclaim sweep of this company is running; try again when it ends.");
  return SweepLocked(tenant_id, at, only_pools, actor, request_id, std::nullopt);
}

Result<SweepResult> OwnershipService::SweepLocked(Id tenant_id, Instant at, const std::vector<Id>& only_pools,
                                                  std::optional<Id> actor, const std::string& request_id,
                                                  std::optional<LocalDate> swept_on) {
  SweepResult result;
  result.at = at;
  std::vector<Reminder> reminders;
  if (Status s = Scan(db_, tenant_id, at, only_pools, &result, &reminders); !s.ok()) return s;
  result.reminded = static_cast<std::int64_t>(reminders.size());

  auto done = ReclaimBatches(tenant_id, at, std::move(result.reclaimed), actor);
  if (!done.ok()) return done.status();
  if (sweep_.lead_sweep) {
    auto leads = sweep_.lead_sweep(tenant_id, at, only_pools, actor, request_id);
    if (!leads.ok()) return leads.status();
    result.leads_reclaimed = *leads;
  }
  if (sweep_.stale_reminders) {
    auto stale = sweep_.stale_reminders(tenant_id, at);
    if (!stale.ok()) return stale.status();
    result.stale_reminded = *stale;
  }

  // Step 3, one transaction: reminders, one audit entry per sweep (counting what an interrupted
  // run of this sweep reclaimed before), the end of the progress record and the swept mark.
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status w = Remind(conn, tenant_id, reminders, at); !w.ok()) return w;
    auto progress = pool::UnfinishedSweep(conn, tenant_id);
    if (!progress.ok()) return progress.status();
    const std::int64_t reclaimed = *progress ? (*progress)->reclaimed : 0;
    audit::Entry e;
    e.at = at;
    e.actor_id = actor;
    e.action = "pool.sweep";
    e.object_type = "tenant";
    e.object_id = tenant_id;
    e.request_id = request_id;
    e.details = "{\"reclaimed\":" + std::to_string(reclaimed) + ",\"reminded\":" +
                std::to_string(reminders.size()) + ",\"at\":\"" + FormatInstant(at) + "\"";
    if (*progress && (*progress)->started_at != at)
      e.details += ",\"resumedFrom\":\"" + FormatInstant((*progress)->started_at) + "\"";
    e.details += "}";
    if (Status w = audit::Record(conn, tenant_id, e); !w.ok()) return w;
    if (Status w = pool::ClearSweepProgress(conn, tenant_id); !w.ok()) return w;
    if (swept_on)
      for (Id pool_id : only_pools)
        if (Status w = MarkSwept(conn, tenant_id, pool_id, *swept_on); !w.ok()) return w;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  result.reclaimed = std::move(*done);
  return result;
}

Result<SweepResult> OwnershipService::Preview(const org::Caller& caller, Instant at) {
  if (Status s = org::Require(caller, "pool.view"); !s.ok()) return s;
  auto pools = SweepPreviewPools(db_, caller, "");
  if (!pools.ok()) return pools.status();
  return Sweep(caller.tenant_id, at, /*dry_run=*/true, *pools);
}

Result<SweepResult> OwnershipService::RunNow(const org::Caller& caller, Instant at) {
  if (Status s = org::Require(caller, "pool.configure"); !s.ok()) return s;
  return Sweep(caller.tenant_id, at, /*dry_run=*/false, {}, caller.user_id, caller.request_id);
}

Result<std::int64_t> OwnershipService::RunScheduled(Instant now) {
  std::vector<Id> tenants;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto all = org::ListTenants(**lease);
    if (!all.ok()) return all.status();
    for (const auto& t : *all) tenants.push_back(t.id);
  }
  std::int64_t total = 0;
  for (Id tenant_id : tenants) {
    LocalDate today = 0;
    auto due = PoolsDueToday(db_, tenant_id, now, &today);
    if (!due.ok()) return due.status();
    if (due->empty()) continue;
    // Another node sweeping this tenant holds the lock: skip it. If that node dies, its lock goes
    // with its session and a later check here finishes its sweep.
    auto lock = storage::SessionLock::TryAcquire(db_, SweepLockKey(tenant_id));
    if (!lock.ok()) return lock.status();
    if (!*lock) continue;
    // Again under the lock: the last holder may just have swept these pools.
    due = PoolsDueToday(db_, tenant_id, now, &today);
    if (!due.ok()) return due.status();
    if (due->empty()) continue;
    auto result = SweepLocked(tenant_id, now, *due, std::nullopt, "", today);
    if (!result.ok()) return result.status();
    total += static_cast<std::int64_t>(result->reclaimed.size());
  }
  return total;
}

}  // namespace quanke::ownership
