#pragma once

// What the files of PoolService share (pool_service.cc: pools and rules; ownership_actions.cc:
// claim, assign, release, transfer, lock; sweep.cc: the reclaim sweep; handover.cc: a leaver's
// customers). Not for other modules.

#include <optional>
#include <string>
#include <vector>

#include "domain/customers/customer_repository.h"
#include "domain/notify/notification_text.h"
#include "domain/org/caller.h"
#include "domain/pool/pool_repository.h"
#include "domain/pool/pool_service.h"
#include "storage/database.h"

namespace quanke::pool::detail {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;
constexpr std::size_t kSweepBatch = 2000;

bool Contains(const std::vector<Id>& ids, Id id);
Status Notify(storage::Connection& conn, Id tenant_id, Id user_id, const char* type, notify::NotificationParams params,
              std::optional<Id> customer_id, Instant at);
Status History(storage::Connection& conn, Id tenant_id, Id customer_id, const char* action, std::optional<Id> from,
               std::optional<Id> to, std::optional<Id> pool_id, std::optional<Id> actor, Instant at,
               std::string reason = {}, std::string rule = {});
Status RequirePoolAdmin(storage::Connection& conn, const org::Caller& caller, Id pool_id);
Status CheckHolding(storage::Connection& conn, Id tenant_id, Id user_id, const PoolRules& rules);
Status ValidateAccess(storage::Connection& conn, Id tenant_id, const PoolInput& in);
// Claim, release and transfer leave the same two traces: an audit entry and a feed item, both
// named customer.<action>.
Status Announce(storage::Connection& conn, const org::Caller& caller, Id customer_id, const std::string& action,
                const std::string& feed_text, Instant now, std::string audit_details = "{}");
// The one way a pool customer gets an owner (claim, assign): a conditional update, so of two
// concurrent takers exactly one wins; the other gets pool.not_in_pool. The new owner's clock
// starts now.
Status TakeFromPool(storage::Connection& conn, Id tenant_id, Id customer_id, Id user_id, Id pool_id, Instant now);
Result<PoolView> ViewOf(storage::Connection& conn, const org::Caller& caller, Pool pool);

}  // namespace quanke::pool::detail
