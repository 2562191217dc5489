#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "core/status.h"
#include "domain/pool/reclaim_clock.h"
#include "storage/database.h"

namespace quanke::customers {

// The writes that change who holds a customer, and the follow-up clock. The customers module
// owns the `customers` table: the pool, the sweep, hand-over and follow-ups call these instead of
// writing it themselves. The conditional ones answer whether the customer was in the expected
// state (false: someone else changed it first; nothing was written). They take the tenant, not a
// Caller: the sweep and the reclaim reminders run with no caller.

// A pool customer gets an owner (claim, assign) if it is still in `pool_id` with no owner; its
// clock starts now.
Result<bool> TakeFromPool(storage::Connection& conn, Id tenant_id, Id customer_id, Id user_id, Id pool_id, Instant now);
// An owned customer passes from `from` to `to` (transfer) if `from` still holds it; full period.
Result<bool> TransferOwner(storage::Connection& conn, Id tenant_id, Id customer_id, Id from, Id to,
                           std::optional<Id> home_pool_id, Instant now);
// The sweep takes a customer back into `pool_id` if it is still held by `owner`, unlocked, not a
// deal, and neither followed up nor received since `at`.
Result<bool> ReclaimToPool(storage::Connection& conn, Id tenant_id, Id customer_id, Id owner, Id pool_id, Instant at);
// Records that `owner` was reminded of the deadline `reclaim_on` (a local date); false when they
// already were (or no longer hold it).
Result<bool> MarkReminded(storage::Connection& conn, Id tenant_id, Id customer_id, Id owner, std::int64_t reclaim_on);
// Hand-over of a leaver's customer: into a pool, or to a colleague (whose clock starts now).
Status HandOverToPool(storage::Connection& conn, Id tenant_id, Id customer_id, Id pool_id, Id leaver, Instant now);
Status HandOverTo(storage::Connection& conn, Id tenant_id, Id customer_id, Id to, std::optional<Id> home_pool_id,
                  Id leaver, Instant now);
// A follow-up was written: the last follow-up time (and the next one, when given) changes and the
// reclaim reminder starts over; a `visit` (type visit) also makes `at` the last visit time unless
// the customer has a later one. `updated_at` stays: it is not an edit of the customer's fields.
Status TouchFollowUp(storage::Connection& conn, Id tenant_id, Id customer_id, Instant at,
                     std::optional<Instant> next_follow_up_at, bool visit);
// Follow-ups written earlier came to the customer (a converted lead's): its last follow-up time
// becomes `at` unless it has a later one.
Status RaiseLastFollowUp(storage::Connection& conn, Id tenant_id, Id customer_id, Instant at);
// The same for the last visit time: visits written earlier came to the customer (a converted
// lead's; the demo and bench seeders' follow-ups). Deferred (the answer is not needed).
Status RaiseLastVisit(storage::Connection& conn, Id tenant_id, Id customer_id, Instant at);
// A visit follow-up was deleted: the last visit time becomes the newest live visit's, `at`
// (nullopt: none is left, the customer counts as never visited again).
Status SetLastVisit(storage::Connection& conn, Id tenant_id, Id customer_id, std::optional<Instant> at);
// A follow-up written at `deleted` was deleted: when it was the customer's last one (no later time is
// recorded), the last follow-up time becomes the newest live follow-up's, `at` (nullopt: none is left),
// so a deleted note no longer holds off the pool's no-follow-up rule.
Status LowerLastFollowUp(storage::Connection& conn, Id tenant_id, Id customer_id, Instant deleted,
                         std::optional<Instant> at);

// An owned customer the sweep must look at, with its clock input.
struct SweepCandidate {
  Id customer_id = 0;
  std::string name;
  Id owner_id = 0;
  std::string owner_name;
  pool::ClockInput clock;
  std::optional<std::int64_t> reminded_for;  // the reclaim date a reminder was sent for
};
// Owned, unlocked, non-deal customers of home pool `pool_id` whose clock started before
// `started_before` (system path: the sweep has no caller).
Result<std::vector<SweepCandidate>> ListSweepCandidates(storage::Connection& conn, Id tenant_id, Id pool_id,
                                                        Instant started_before);

// How many customers `user_id` claimed from `pool_id` since `since` (the daily claim limit).
Result<std::int64_t> CountClaimedSince(storage::Connection& conn, Id tenant_id, Id user_id, Id pool_id, Instant since);

// A leaver's customers for the hand-over, by id.
struct Held {
  Id customer_id = 0;
  std::string name;
  std::optional<Id> home_pool_id;
};
Result<std::vector<Held>> ListHeldBy(storage::Connection& conn, Id tenant_id, Id owner_id);

}  // namespace quanke::customers
