#pragma once

// What the files of OwnershipService share (ownership_actions.cc: claim, assign, release,
// transfer, lock; sweep.cc: the reclaim sweep; handover.cc: a leaver's customers). Not for other
// modules.

#include <optional>
#include <string>
#include <vector>

#include "domain/events/bus.h"
#include "domain/notify/notification_text.h"
#include "domain/org/caller.h"
#include "domain/ownership/ownership_service.h"
#include "domain/pool/pool_rules.h"
#include "storage/database.h"

namespace quanke::ownership::detail {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

bool Contains(const std::vector<Id>& ids, Id id);
Status Notify(storage::Connection& conn, Id tenant_id, Id user_id, const char* type, notify::NotificationParams params,
              std::optional<Id> customer_id, Instant at);
Status History(storage::Connection& conn, Id tenant_id, Id customer_id, const char* action, std::optional<Id> from,
               std::optional<Id> to, std::optional<Id> pool_id, std::optional<Id> actor, Instant at,
               std::string reason = {}, std::string rule = {});
// The holding-limit check for `user_id` under `rules`.
Status CheckHolding(storage::Connection& conn, Id tenant_id, Id user_id, const pool::PoolRules& rules);
// Claim, release and transfer leave the same two traces: an audit entry and the event
// customer.<action> (the feed shows it).
Status Announce(storage::Connection& conn, const events::Bus& events, const org::Caller& caller, Id customer_id,
                const std::string& action, const std::string& text, Instant now, std::string audit_details = "{}");
// The one way a pool customer gets an owner (claim, assign): a conditional update, so of two
// concurrent takers exactly one wins; the other gets pool.not_in_pool. The new owner's clock
// starts now.
Status TakeFromPool(storage::Connection& conn, Id tenant_id, Id customer_id, Id user_id, Id pool_id, Instant now);

}  // namespace quanke::ownership::detail
