#pragma once

// The SQL of the demo's feed ordering (demo_feed.cc): what each feed item of the demo company is
// about and when that happened, and the one statement set that gives an item a new id and time.
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::app {

struct DemoFeedItem {
  Id id = 0;
  std::string type;
  Instant created_at = 0;
  std::string params;  // JSON object
  std::optional<Instant> follow_up_at;  // when its follow-up was written, for a follow-up's item
};

struct DemoStageChange {
  Id opportunity_id = 0;
  std::string from_name;
  std::string to_name;
  Instant at = 0;
};

// The tenant's feed items, by id, with their follow-ups' times.
Result<std::vector<DemoFeedItem>> ReadDemoFeedItems(storage::Connection& conn, Id tenant_id);
// The stage changes other than an opportunity's creation, by opportunity and id.
Result<std::vector<DemoStageChange>> ReadDemoStageChanges(storage::Connection& conn, Id tenant_id);
// Contract id → when it became active.
Result<std::vector<std::pair<Id, Instant>>> ReadDemoContractActivations(storage::Connection& conn, Id tenant_id);
// Feed item id → when its work log was written.
Result<std::vector<std::pair<Id, Instant>>> ReadDemoWorkLogTimes(storage::Connection& conn, Id tenant_id);
// Moves feed item `old_id` to `new_id` (likes, comments and its work log follow) and sets its time.
Status RenumberDemoFeedItem(storage::Connection& conn, Id tenant_id, Id old_id, Id new_id, Instant at, bool work_log);

}  // namespace quanke::app
