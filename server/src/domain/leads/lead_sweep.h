#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "domain/pool/reclaim_clock.h"
#include "storage/database.h"

namespace quanke::leads {

// One lead a sweep reclaims (or would, in a dry run).
struct LeadSweepItem {
  Id lead_id = 0;
  std::string lead_name;  // the lead's name, or its company when it has none
  Id owner_id = 0;
  std::string owner_name;
  Id pool_id = 0;  // the lead pool it goes back to
  std::string pool_name;
  pool::Deadline deadline;
};

struct LeadSweepPreview {
  Instant at = 0;
  std::vector<LeadSweepItem> items;
};

// The lead pools' reclaim sweep and reminders (PRODUCT.md §6, docs/api-leads.md "Reclaim and
// reminders"). Owned, open leads (not converted or invalid) whose home pool is a lead pool are
// reclaimed by that pool's rules with the customers' engine (pool::NextDeadline: calendar days in
// the tenant's zone; no_follow_up, no_deal = not converted in time, protection). The sweep runs
// inside the customer sweep of the same tenant (ownership::SweepOptions::lead_sweep), under its
// lock and its swept marks, so it runs once a day per pool on one node and `quanke reclaim`
// sweeps both. Reminders: "lead.unassigned" to each admin of a lead pool with leads waiting
// longer than its rules' unassignedReminderHours (once per admin, pool and local day), and
// "lead.untouched" to the owner of a lead pushed or assigned more than a day ago and not
// followed up since (once per lead and assignment); each is a conditional write, so several
// nodes send it once. Thread-safe.
class LeadSweep {
 public:
  LeadSweep(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // System path (dry runs of `quanke reclaim`, the preview): what a sweep at `at` would reclaim
  // in the tenant's lead pools (`only_pools` of them when not empty). Changes nothing.
  Result<LeadSweepPreview> DryRun(Id tenant_id, Instant at, const std::vector<Id>& only_pools);
  // The dry run over the lead pools the caller administers (all with pool.configure); needs
  // lead.view. permission.denied when the caller administers no lead pool.
  Result<LeadSweepPreview> Preview(const org::Caller& caller, Instant at);
  // System path, called by the customer sweep while it holds the tenant's sweep lock: reclaims
  // what is due at `at` in batches of whole owners (each a transaction with the leads' history
  // rows and one notification per owner — "lead.reclaimed" {lead} or "lead.reclaimed_many"
  // {count}; every lead is read again and decided again inside its batch), then sends the reminders due at `at` and writes one audit entry "lead.sweep"
  // when anything was reclaimed. `only_pools`: the pools being swept (customer pools among them
  // are skipped; empty: every lead pool). Answers how many leads went back to a pool.
  Result<std::int64_t> SweepLocked(Id tenant_id, Instant at, const std::vector<Id>& only_pools,
                                   std::optional<Id> actor, const std::string& request_id);
  // System path (SweepLocked and the reminder job): the reminders due at `at` in the tenant.
  // Answers how many notifications were sent.
  Result<std::int64_t> Remind(Id tenant_id, Instant at);
  // System path (the in-server reminder job, every few minutes on every node): Remind for every
  // tenant as of now.
  Result<std::int64_t> RemindAll();

 private:
  storage::Database& db_;
  const Clock& clock_;
};

}  // namespace quanke::leads
