#pragma once

#include <string>

#include "core/status.h"
#include "storage/database.h"

namespace quanke::app {

// The demo company's feed (动态) in the order things happened. Each demo loader walks its own
// months (customers and follow-ups, then opportunities, then contracts …), while a feed item never
// gets a time before the tenant's newest one (activity::AddFeedItem) and is read newest id first;
// so every opportunity move and contract of the demo showed at the top as written "just now".
// Run last: each item gets the time of what it reports (the follow-up, the stage change, the
// contract's activation, the work log) and a new id in the order of those times; its likes, comments and
// work log follow the id.
Status LoadDemoFeedOrder(storage::Database& db, const std::string& tenant_code);

}  // namespace quanke::app
