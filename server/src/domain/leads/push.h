#pragma once

#include <map>
#include <optional>
#include <vector>

#include "core/time_zone.h"
#include "domain/leads/lead_types.h"
#include "storage/database.h"

namespace quanke::leads {

// Push assignment inside one transaction: the pool's rules and members are read once, under the
// pool's lock, so concurrent pushes into one pool take turns and never hand out one lead twice
// or skip a round-robin place; the places move on in memory and are written by Save().
//
// Rules are tried in order and the first enabled rule whose match fits the lead decides: round
// robin (the member after the last one served, by join order, skipping paused members and those
// at their daily cap), least loaded (fewest open leads, counting this batch; join order breaks
// ties), or a named user. A matching rule with nobody available leaves the lead in the pool.
class Pusher {
 public:
  struct Pick {
    Id user_id = 0;
    Id rule_id = 0;
  };

  // Loads the rules of `pool_id` (and takes its lock).
  static Result<Pusher> Load(storage::Connection& conn, Id tenant_id, Id pool_id, Instant now, const TimeZone& zone);

  // Who gets `lead` (nullopt: it stays in the pool). Counts the pick towards caps and loads.
  Result<std::optional<Pick>> Choose(const Lead& lead);
  // Writes the round-robin places that moved.
  Status Save();

  bool empty() const { return rules_.empty(); }

 private:
  Pusher(storage::Connection& conn, Id tenant_id, Instant day_start)
      : conn_(&conn), tenant_id_(tenant_id), day_start_(day_start) {}
  Status LoadCounts();

  storage::Connection* conn_;
  Id tenant_id_;
  Instant day_start_;
  std::vector<PushRule> rules_;
  std::map<Id, std::int64_t> pushed_today_;  // by user
  std::map<Id, std::int64_t> open_held_;     // by user (least loaded)
  bool counts_loaded_ = false;
  std::map<Id, std::int64_t> moved_;         // rule → new next_order
};

bool Matches(const PushMatch& m, const Lead& lead);

}  // namespace quanke::leads
