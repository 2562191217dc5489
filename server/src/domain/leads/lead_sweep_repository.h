#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/ids.h"
#include "core/status.h"
#include "core/time_zone.h"
#include "storage/database.h"

// The SQL of the lead sweep and the lead reminders. All system paths (no caller): they take the
// tenant id.
namespace quanke::leads {

// An owned, open lead of a lead pool as the sweep decides it.
struct SweepCandidate {
  Id lead_id = 0;
  std::string name;  // the name, or the company
  Id owner_id = 0;
  std::string owner_name;
  Instant clock_start_at = 0;
  std::optional<Instant> last_follow_up_at;
};

// System path (the lead sweep): owned, open, not deleted leads whose home pool is `pool_id` and
// whose clock started before `cutoff` (the SQL prefilter; the reclaim clock decides).
Result<std::vector<SweepCandidate>> ListLeadSweepCandidates(storage::Connection& conn, Id tenant_id, Id pool_id,
                                                            Instant cutoff);

// System path (the reminders): leads waiting in `pool_id` (open, not deleted) since before `since`.
Result<std::int64_t> CountWaitingSince(storage::Connection& conn, Id tenant_id, Id pool_id, Instant since);
// System path (the reminders): records the "lead.unassigned" reminder of one admin, pool and
// local day; false when one was recorded already (by this node or another).
Result<bool> MarkPoolReminded(storage::Connection& conn, Id tenant_id, Id pool_id, Id user_id, LocalDate date,
                              Instant at);

// An owned lead that was pushed or assigned to its owner and not followed up since.
struct UntouchedLead {
  Id lead_id = 0;
  std::string name;  // the name, or the company
  Id owner_id = 0;
  Instant assigned_at = 0;
};
// System path (the reminders): open leads pushed or assigned to their owner at an instant in
// [from, to] (the owner's latest push or assign of the lead in its history) and not followed up
// since, whose reminder for that assignment was not sent.
Result<std::vector<UntouchedLead>> ListUntouched(storage::Connection& conn, Id tenant_id, Instant from, Instant to);
// System path (the reminders): marks the reminder of the lead's assignment at `assigned_at` sent;
// false when it was already (or the lead changed hands or was followed up meanwhile).
Result<bool> MarkUntouchedReminded(storage::Connection& conn, Id tenant_id, Id lead_id, Id owner_id,
                                   Instant assigned_at);

}  // namespace quanke::leads
