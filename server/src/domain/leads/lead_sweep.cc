// The lead sweep in three named steps (scan what is due, reclaim in batches of whole owners,
// remind and audit) and the lead reminders.
#include "domain/leads/lead_sweep.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "domain/leads/lead_internal.h"
#include "domain/leads/lead_repository.h"
#include "domain/leads/lead_sweep_repository.h"
#include "domain/notify/notifications.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/org/tenant_repository.h"
#include "domain/pool/countdown.h"
#include "domain/pool/pool_repository.h"
#include "domain/pool/pool_service.h"

namespace quanke::leads {
using storage::Connection;

namespace {

constexpr std::size_t kBatch = 500;  // leads per transaction, rounded up to whole owners
constexpr Instant kHourMs = 3600LL * 1000;
constexpr Instant kDayMs = 24 * kHourMs;
// A pushed or assigned lead not followed up for a day is reminded; assignments older than a week
// are not looked at again (each was looked at every few minutes for six days).
constexpr Instant kUntouchedAfterMs = kDayMs;
constexpr Instant kUntouchedLookBackMs = 7 * kDayMs;

// A lead due at the sweep, with the lead pool whose rules decided it.
struct Due {
  LeadSweepItem item;
  Id home_pool_id = 0;
};

// What a scan knows of the tenant's lead pools at the sweep's instant.
struct LeadPools {
  std::optional<TimeZone> zone;
  std::map<Id, pool::Pool> by_id;
};

Result<LeadPools> LoadLeadPools(Connection& conn, Id tenant_id, Instant at) {
  LeadPools out;
  auto zone = pool::TenantZone(conn, tenant_id);
  if (!zone.ok()) return zone.status();
  out.zone = *zone;
  auto pools = pool::ListPools(conn, tenant_id, at);
  if (!pools.ok()) return pools.status();
  for (auto& p : *pools)
    if (p.kind == "lead") out.by_id.emplace(p.id, std::move(p));
  return out;
}

pool::ClockInput ClockOf(Instant clock_start_at, std::optional<Instant> last_follow_up_at) {
  pool::ClockInput in;
  in.received_at = clock_start_at;
  in.last_follow_up_at = last_follow_up_at;
  return in;
}

// Step 1 (read only): the leads of the lead pools (`only_pools` of them when not empty) due at `at`.
Status ScanDue(Connection& conn, Id tenant_id, Instant at, const LeadPools& pools, const std::vector<Id>& only_pools,
               std::vector<Due>* due) {
  const LocalDate today = pools.zone->DateOf(at);
  for (const auto& [id, p] : pools.by_id) {
    if (!only_pools.empty() && !detail::Contains(only_pools, id)) continue;
    const pool::PoolRules& r = p.rules.rules;
    const std::optional<int> min_days = pool::ShortestLimit(r);
    if (!min_days) continue;
    auto candidates = ListLeadSweepCandidates(conn, tenant_id, id, pools.zone->StartOf(today - *min_days));
    if (!candidates.ok()) return candidates.status();
    const Id back_to = r.reclaim_to_pool_id.value_or(id);
    auto target = pools.by_id.find(back_to);
    const std::string back_to_name = target == pools.by_id.end() ? "" : target->second.name;
    for (auto& c : *candidates) {
      auto d = pool::NextDeadline(r, ClockOf(c.clock_start_at, c.last_follow_up_at), *pools.zone);
      if (!d || !pool::IsDue(*d, today)) continue;
      due->push_back({{c.lead_id, std::move(c.name), c.owner_id, std::move(c.owner_name), back_to, back_to_name, *d}, id});
    }
  }
  return Status::Ok();
}

// Whether `l`, read again inside the batch, is still due: same owner and home pool, open, and
// the reclaim clock of its fresh follow-up time says so.
std::optional<pool::Deadline> StillDue(const Lead& l, const Due& d, const LeadPools& pools, LocalDate today) {
  if (l.owner_id != d.item.owner_id || l.home_pool_id != d.home_pool_id || !l.Open() || !l.clock_start_at)
    return std::nullopt;
  auto p = pools.by_id.find(d.home_pool_id);
  if (p == pools.by_id.end()) return std::nullopt;
  auto deadline = pool::NextDeadline(p->second.rules.rules, ClockOf(*l.clock_start_at, l.last_follow_up_at), *pools.zone);
  if (!deadline || !pool::IsDue(*deadline, today)) return std::nullopt;
  return deadline;
}

// One notification per owner of `moved` (the batch holds all of an owner's leads the sweep
// reclaims): "lead.reclaimed" naming the lead, or "lead.reclaimed_many" with their count.
Status NotifyOwners(Connection& conn, Id tenant_id, const std::map<Id, std::vector<Lead>>& moved, Instant at) {
  for (const auto& [owner, leads] : moved) {
    if (leads.size() == 1) {
      if (Status w = detail::NotifyLead(conn, tenant_id, owner, "lead.reclaimed", leads.front(), at); !w.ok()) return w;
      continue;
    }
    notify::Notification n;
    n.user_id = owner;
    n.type = "lead.reclaimed_many";
    n.params = {{"count", std::to_string(leads.size())}};
    n.object_type = "lead";
    n.created_at = at;
    if (Status w = notify::Send(conn, tenant_id, n); !w.ok()) return w;
  }
  return Status::Ok();
}

// Step 2, one batch: each lead back to its pool with a "reclaim" history row naming the rule,
// and one notification to each owner who lost leads. Answers how many moved.
Result<std::int64_t> ReclaimBatch(Connection& conn, Id tenant_id, Instant at, const std::vector<Due>& batch,
                                  const LeadPools& pools, std::optional<Id> actor) {
  std::vector<Id> ids;
  for (const auto& d : batch) ids.push_back(d.item.lead_id);
  auto fresh = GetLeads(conn, tenant_id, ids);
  if (!fresh.ok()) return fresh.status();
  const LocalDate today = pools.zone->DateOf(at);
  std::map<Id, std::vector<Lead>> moved;  // by the owner who lost them
  std::int64_t count = 0;
  for (const auto& d : batch) {
    auto l = std::find_if(fresh->begin(), fresh->end(), [&](const Lead& x) { return x.id == d.item.lead_id; });
    if (l == fresh->end() || l->deleted_at) continue;
    auto deadline = StillDue(*l, d, pools, today);
    if (!deadline) continue;
    auto put = PutLeadInPool(conn, tenant_id, l->id, d.item.owner_id, d.item.pool_id, /*reclaimed=*/true, at);
    if (!put.ok()) return put.status();
    if (!*put) continue;
    if (Status w = detail::WriteHistory(conn, tenant_id, l->id, "reclaim", d.item.owner_id, std::nullopt,
                                        d.item.pool_id, actor, at, {}, std::nullopt, deadline->rule);
        !w.ok())
      return w;
    moved[d.item.owner_id].push_back(*l);
    ++count;
  }
  if (Status w = NotifyOwners(conn, tenant_id, moved, at); !w.ok()) return w;
  return count;
}

// "lead.unassigned": each admin of a lead pool with leads waiting longer than its rules allow,
// once per admin, pool and local day.
Result<std::int64_t> RemindUnassigned(storage::Database& db, Id tenant_id, Instant at, const LeadPools& pools) {
  std::int64_t sent = 0;
  const LocalDate today = pools.zone->DateOf(at);
  for (const auto& [id, p] : pools.by_id) {
    const int hours = p.rules.rules.unassigned_reminder_hours;
    if (hours <= 0 || p.admins.empty()) continue;  // 0 turns the reminder off
    std::int64_t waiting = 0;
    {
      auto lease = db.Read();
      if (!lease.ok()) return lease.status();
      auto n = CountWaitingSince(**lease, tenant_id, id, at - hours * kHourMs);
      if (!n.ok()) return n.status();
      waiting = *n;
    }
    if (waiting == 0) continue;
    Status s = storage::InTransaction(db, [&](Connection& conn) -> Status {
      for (const auto& admin : p.admins) {
        auto marked = MarkPoolReminded(conn, tenant_id, id, admin.id, today, at);
        if (!marked.ok()) return marked.status();
        if (!*marked) continue;
        notify::Notification n;
        n.user_id = admin.id;
        n.type = "lead.unassigned";
        n.params = {{"pool", p.name}, {"count", std::to_string(waiting)}, {"hours", std::to_string(hours)}};
        n.object_type = "pool";
        n.object_id = id;
        n.created_at = at;
        if (Status w = notify::Send(conn, tenant_id, n); !w.ok()) return w;
        ++sent;
      }
      return Status::Ok();
    });
    if (!s.ok()) return s;
  }
  return sent;
}

// "lead.untouched": the owner of each lead pushed or assigned more than a day ago and not
// followed up since, once per lead and assignment.
Result<std::int64_t> RemindUntouched(storage::Database& db, Id tenant_id, Instant at) {
  std::vector<UntouchedLead> leads;
  {
    auto lease = db.Read();
    if (!lease.ok()) return lease.status();
    auto found = ListUntouched(**lease, tenant_id, at - kUntouchedLookBackMs, at - kUntouchedAfterMs);
    if (!found.ok()) return found.status();
    leads = std::move(*found);
  }
  std::int64_t sent = 0;
  for (std::size_t start = 0; start < leads.size(); start += kBatch) {
    const std::size_t end = std::min(leads.size(), start + kBatch);
    std::int64_t batch_sent = 0;
    Status s = storage::InTransaction(db, [&](Connection& conn) -> Status {
      batch_sent = 0;
      for (std::size_t i = start; i < end; ++i) {
        const UntouchedLead& u = leads[i];
        auto marked = MarkUntouchedReminded(conn, tenant_id, u.lead_id, u.owner_id, u.assigned_at);
        if (!marked.ok()) return marked.status();
        if (!*marked) continue;
        Lead l;
        l.id = u.lead_id;
        l.name = u.name;
        if (Status w = detail::NotifyLead(conn, tenant_id, u.owner_id, "lead.untouched", l, at); !w.ok()) return w;
        ++batch_sent;
      }
      return Status::Ok();
    });
    if (!s.ok()) return s;
    sent += batch_sent;
  }
  return sent;
}

}  // namespace

Result<LeadSweepPreview> LeadSweep::DryRun(Id tenant_id, Instant at, const std::vector<Id>& only_pools) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto pools = LoadLeadPools(**lease, tenant_id, at);
  if (!pools.ok()) return pools.status();
  std::vector<Due> due;
  if (Status s = ScanDue(**lease, tenant_id, at, *pools, only_pools, &due); !s.ok()) return s;
  LeadSweepPreview out;
  out.at = at;
  for (auto& d : due) out.items.push_back(std::move(d.item));
  std::sort(out.items.begin(), out.items.end(), [](const LeadSweepItem& a, const LeadSweepItem& b) {
    return std::tie(a.owner_name, a.owner_id, a.lead_id) < std::tie(b.owner_name, b.owner_id, b.lead_id);
  });
  return out;
}

Result<LeadSweepPreview> LeadSweep::Preview(const org::Caller& caller, Instant at) {
  if (Status s = org::Require(caller, "lead.view"); !s.ok()) return s;
  auto pools = pool::SweepPreviewPools(db_, caller, "lead");
  if (!pools.ok()) return pools.status();
  return DryRun(caller.tenant_id, at, *pools);
}

Result<std::int64_t> LeadSweep::SweepLocked(Id tenant_id, Instant at, const std::vector<Id>& only_pools,
                                            std::optional<Id> actor, const std::string& request_id) {
  LeadPools pools;
  std::vector<Due> due;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto loaded = LoadLeadPools(**lease, tenant_id, at);
    if (!loaded.ok()) return loaded.status();
    pools = std::move(*loaded);
    // The customer sweep passes the pools due today, customer pools among them.
    bool any_lead_pool = only_pools.empty();
    for (Id id : only_pools) any_lead_pool = any_lead_pool || pools.by_id.count(id) > 0;
    if (!any_lead_pool) return std::int64_t{0};
    if (Status s = ScanDue(**lease, tenant_id, at, pools, only_pools, &due); !s.ok()) return s;
  }
  // Step 2: batches of whole owners.
  std::stable_sort(due.begin(), due.end(), [](const Due& a, const Due& b) { return a.item.owner_id < b.item.owner_id; });
  std::int64_t reclaimed = 0;
  for (std::size_t start = 0; start < due.size();) {
    std::size_t end = std::min(due.size(), start + kBatch);
    while (end < due.size() && due[end].item.owner_id == due[end - 1].item.owner_id) ++end;
    const std::vector<Due> batch(due.begin() + static_cast<std::ptrdiff_t>(start), due.begin() + static_cast<std::ptrdiff_t>(end));
    std::int64_t moved = 0;
    Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
      auto n = ReclaimBatch(conn, tenant_id, at, batch, pools, actor);
      if (!n.ok()) return n.status();
      moved = *n;
      return Status::Ok();
    });
    if (!s.ok()) return s;
    reclaimed += moved;
    start = end;
  }
  // Step 3: reminders, and the audit entry of a sweep that moved anything.
  auto reminded = Remind(tenant_id, at);
  if (!reminded.ok()) return reminded.status();
  if (reclaimed > 0) {
    Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
      audit::Entry e;
      e.at = at;
      e.actor_id = actor;
      e.action = "lead.sweep";
      e.object_type = "tenant";
      e.object_id = tenant_id;
      e.request_id = request_id;
      e.details = "{\"reclaimed\":" + std::to_string(reclaimed) + ",\"at\":\"" + FormatInstant(at) + "\"}";
      return audit::Record(conn, tenant_id, e);
    });
    if (!s.ok()) return s;
  }
  return reclaimed;
}

Result<std::int64_t> LeadSweep::Remind(Id tenant_id, Instant at) {
  LeadPools pools;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto loaded = LoadLeadPools(**lease, tenant_id, at);
    if (!loaded.ok()) return loaded.status();
    pools = std::move(*loaded);
  }
  if (pools.by_id.empty()) return std::int64_t{0};
  auto unassigned = RemindUnassigned(db_, tenant_id, at, pools);
  if (!unassigned.ok()) return unassigned.status();
  auto untouched = RemindUntouched(db_, tenant_id, at);
  if (!untouched.ok()) return untouched.status();
  return *unassigned + *untouched;
}

Result<std::int64_t> LeadSweep::RemindAll() {
  std::vector<Id> tenants;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto all = org::ListTenants(**lease);
    if (!all.ok()) return all.status();
    for (const auto& t : *all) tenants.push_back(t.id);
  }
  const Instant now = clock_.Now();
  std::int64_t sent = 0;
  for (Id tenant_id : tenants) {
    auto n = Remind(tenant_id, now);
    if (!n.ok()) return n.status();
    sent += *n;
  }
  return sent;
}

}  // namespace quanke::leads
