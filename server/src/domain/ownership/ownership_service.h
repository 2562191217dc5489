#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/status.h"
#include "domain/customers/customer_service.h"
#include "domain/events/bus.h"
#include "domain/org/caller.h"
#include "domain/pool/reclaim_clock.h"
#include "storage/database.h"

namespace quanke::ownership {

// One customer a sweep reclaims (or would, in a dry run).
struct SweepItem {
  Id customer_id = 0;
  std::string customer_name;
  Id owner_id = 0;
  std::string owner_name;
  Id pool_id = 0;  // the pool it goes back to
  std::string pool_name;
  pool::Deadline deadline;
};

struct SweepResult {
  Instant at = 0;
  std::vector<SweepItem> reclaimed;
  std::int64_t reminded = 0;
  std::int64_t leads_reclaimed = 0;  // by SweepOptions::lead_sweep
  std::int64_t stale_reminded = 0;   // by SweepOptions::stale_reminders
};

// The sweep of the lead pools (leads::LeadSweep::SweepLocked, wired in app/main.cc: the leads
// module sits above this one). Called by every non-dry sweep of a tenant inside its lock, after
// the customers' batches and before the last transaction, which marks the pools swept: so the
// daily job sweeps each lead pool once a day on one node, like a customer pool, and a sweep left
// half done by a dead node is finished by the next check. `only_pools`: the pools being swept
// (empty: all). Answers how many leads went back to a pool; an error stops the sweep there.
using LeadSweepHook = std::function<Result<std::int64_t>(Id tenant_id, Instant at, const std::vector<Id>& only_pools,
                                                         std::optional<Id> actor, const std::string& request_id)>;

// The daily stale-opportunity reminders (deals::DealSweep::RemindStale, wired in app/main.cc:
// the deals module sits above this one). Called by every non-dry sweep of a tenant inside its
// lock, after the lead pools; each reminder is a conditional write, so a sweep that runs again
// sends none twice. Answers how many reminders were sent; an error stops the sweep there.
using StaleRemindersHook = std::function<Result<std::int64_t>(Id tenant_id, Instant at)>;

// How the sweep cuts its work. Production uses the defaults.
struct SweepOptions {
  // Customers per transaction, rounded up to whole owners (an owner's customers and their
  // notification are one batch).
  std::size_t batch = 2000;
  // Test-only: called after each committed batch but the last. A non-ok Status stops the sweep
  // there as if its process had died (no reminders, audit entry or swept mark); `serve
  // --sweep-batch-pause-ms` sleeps in it so that a test can kill the node mid-sweep.
  std::function<Status()> after_batch;
  // Unset: lead pools are not swept (tests of the customer sweep alone).
  LeadSweepHook lead_sweep;
  // Unset: no stale-opportunity reminders (tests of the customer sweep alone).
  StaleRemindersHook stale_reminders;
};

struct HandoverRequest {
  std::string mode;  // "user", "round_robin", "pool"
  std::optional<Id> to_user_id;
  std::vector<Id> to_user_ids;
  std::optional<Id> pool_id;
};

// Who holds a customer (归属): the ownership actions with their limits, the reclaim sweep and
// the hand-over of a leaver's customers, under the pool module's rules. Every change is a
// conditional update inside one transaction (so of two concurrent claims exactly one wins), with
// an owner-history row, an audit entry and notifications.
// Events published (on `events`, inside the change's transaction): customer.claim,
// customer.release, customer.transfer (actor = the caller) and customer.reclaim (actor = the
// owner who lost the customer, text = the rule). Thread-safe.
class OwnershipService {
 public:
  OwnershipService(storage::Database& db, const Clock& clock, const events::Bus& events, SweepOptions sweep = {})
      : db_(db), clock_(clock), events_(events), sweep_(std::move(sweep)) {}

  // Takes a pool customer for the caller (pool.claim; member of the pool; holding limit, daily
  // claim limit and the cooldown after losing the customer apply). Two concurrent claims: one
  // wins, the other gets pool.not_in_pool.
  Result<customers::CustomerDetail> Claim(const org::Caller& caller, Id customer_id);
  // Gives a pool customer to `user_id` (pool admin; the user must be a member; their holding
  // limit applies). Notifies the user.
  Result<customers::CustomerDetail> Assign(const org::Caller& caller, Id customer_id, Id user_id);
  // Puts an owned customer back into `pool_id` (default: its home pool) with a required reason.
  Result<customers::CustomerDetail> Release(const org::Caller& caller, Id customer_id,
                                            const std::string& reason, std::optional<Id> pool_id);
  // Moves an owned customer to `user_id` (customer.transfer), optionally keeping the previous
  // owner in the team; the receiver's holding limit applies; both are notified.
  Result<customers::CustomerDetail> Transfer(const org::Caller& caller, Id customer_id, Id user_id,
                                             bool keep_previous_owner);
  // Locks (exempts from the sweep) or unlocks an owned customer, within the rules' lock limit.
  Result<customers::CustomerDetail> Lock(const org::Caller& caller, Id customer_id, bool lock);

  // What a sweep at `at` reclaims in the tenant (all pools, or `only_pools`). With `dry_run`
  // nothing changes. A second run at the same instant reclaims nothing. System path (the daily
  // job and `quanke reclaim`): no caller; `actor` is recorded in the audit entry when given.
  // Sweeps of one tenant take turns across every node (a SessionLock): while another runs, a
  // non-dry sweep answers `unavailable`.
  // Each batch commits its customers' moves, history, events and their owners' notifications
  // together; reminders, the one audit entry and the end of the sweep's progress record commit
  // together last. A sweep stopped between batches (a dead node) is completed by the tenant's
  // next sweep, whose audit entry counts both runs' customers.
  Result<SweepResult> Sweep(Id tenant_id, Instant at, bool dry_run,
                            const std::vector<Id>& only_pools = {}, std::optional<Id> actor = std::nullopt,
                            const std::string& request_id = "");
  // The dry run over the pools the caller administers (all with pool.configure).
  Result<SweepResult> Preview(const org::Caller& caller, Instant at);
  // The sweep now, for the whole tenant (pool.configure).
  Result<SweepResult> RunNow(const org::Caller& caller, Instant at);
  // Runs the sweep for every tenant and pool whose sweep hour has passed today and that has not
  // swept today (the in-server daily job, on every node). Answers how many customers this call
  // reclaimed. A tenant another node is sweeping is skipped (its lock is held); its pools are
  // marked swept in the sweep's last transaction, so each pool is swept once a day however many
  // nodes run, and the next check after a node died mid-sweep finishes that sweep.
  Result<std::int64_t> RunScheduled(Instant now);

  // The leaver's customers (first 200, newest first) and their total (org.edit). The list is for
  // planning the hand-over, not for contacting anyone: phones stay masked unless the caller may
  // see protected fields.
  Result<std::vector<customers::CustomerView>> HandoverPreview(const org::Caller& caller, Id user_id,
                                                           std::int64_t* total);
  // Hands all of a leaver's customers to one user, round-robin to several, or to a pool, in one
  // transaction (org.edit). Answers how many moved.
  Result<std::int64_t> Handover(const org::Caller& caller, Id user_id, const HandoverRequest& req);

 private:
  // A non-dry sweep, its tenant's lock held. With `swept_on`, `only_pools` are marked swept on
  // that local date in the sweep's last transaction.
  Result<SweepResult> SweepLocked(Id tenant_id, Instant at, const std::vector<Id>& only_pools,
                                  std::optional<Id> actor, const std::string& request_id,
                                  std::optional<LocalDate> swept_on);
  // The sweep's write step: reclaims `due` in batched transactions; answers what moved.
  Result<std::vector<SweepItem>> ReclaimBatches(Id tenant_id, Instant at, std::vector<SweepItem> due,
                                                std::optional<Id> actor);

  storage::Database& db_;
  const Clock& clock_;
  const events::Bus& events_;
  const SweepOptions sweep_;
};

}  // namespace quanke::ownership
