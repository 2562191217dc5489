#pragma once

#include "domain/events/bus.h"

namespace quanke::activity {

// The feed follows what the modules below announce: every customer.* event (create, claim,
// release, transfer, reclaim) becomes a feed item of the same type, in the same transaction.
void FeedFollowsEvents(events::Bus& bus);

}  // namespace quanke::activity
