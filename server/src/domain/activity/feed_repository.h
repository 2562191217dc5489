#pragma once

#include <optional>
#include <string>

#include "core/clock.h"
#include "core/ids.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::activity {

// Adds an event to the activity feed inside the caller's transaction (customers and pool
// actions call it, so the feed shows claims, releases and reclaims beside follow-ups). Answers
// the item's id.
Result<Id> AddFeedItem(storage::Connection& conn, Id tenant_id, const std::string& type,
                       std::optional<Id> actor_id, std::optional<Id> customer_id,
                       std::optional<Id> follow_up_id, const std::string& text, Instant at);

}  // namespace quanke::activity
