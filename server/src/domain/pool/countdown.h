#pragma once

#include <map>
#include <optional>

#include "core/time_zone.h"
#include "domain/pool/pool_repository.h"
#include "domain/pool/reclaim_clock.h"
#include "storage/database.h"

namespace quanke::pool {

// The tenant's time zone (cached per tenant; time zones do not change under a running server
// often enough to matter).
Result<TimeZone> TenantZone(storage::Connection& conn, Id tenant_id);

// Computes countdowns for many customers, loading each home pool's rules once.
class Countdowns {
 public:
  Countdowns(storage::Connection& conn, Id tenant_id, Instant at) : conn_(conn), tenant_id_(tenant_id), at_(at) {}
  // The governing deadline of an owned customer whose home pool is `home_pool_id` and whose
  // clock is `in` (customers::DeadlineOf builds both from a record).
  Result<std::optional<Deadline>> For(Id home_pool_id, const ClockInput& in);
  // The rules of a pool in effect at `at` (cached).
  Result<const RuleVersion*> Rules(Id pool_id);
  Result<TimeZone> Zone();

 private:
  storage::Connection& conn_;
  const Id tenant_id_;
  const Instant at_;
  std::optional<TimeZone> zone_;
  std::map<Id, RuleVersion> rules_;
};

}  // namespace quanke::pool
