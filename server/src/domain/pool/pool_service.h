#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/status.h"
#include "domain/customers/customer_service.h"
#include "domain/org/caller.h"
#include "domain/pool/pool_repository.h"
#include "storage/database.h"

namespace quanke::pool {

struct PoolInput {
  std::optional<std::string> name, description;
  std::optional<std::int64_t> sort_order;
  std::optional<std::vector<PoolMember>> members;
  std::optional<std::vector<Id>> admins;
  std::optional<PoolRules> rules;  // create only; later changes are versions (SetRules)
};

struct PoolView {
  Pool pool;
  bool is_member = false;
  bool is_admin = false;
};

// One customer a sweep reclaims (or would, in a dry run).
struct SweepItem {
  Id customer_id = 0;
  std::string customer_name;
  Id owner_id = 0;
  std::string owner_name;
  Id pool_id = 0;           // the pool it goes back to
  std::string pool_name;
  Deadline deadline;
};

struct SweepResult {
  Instant at = 0;
  std::vector<SweepItem> reclaimed;
  std::int64_t reminded = 0;
};

struct HandoverRequest {
  std::string mode;  // "user", "round_robin", "pool"
  std::optional<Id> to_user_id;
  std::vector<Id> to_user_ids;
  std::optional<Id> pool_id;
};

// The public pool (公海): pools and their versioned rules, the ownership actions with their
// limits, the reclaim sweep and the hand-over of a leaver's customers. Every ownership change is
// a conditional update inside one transaction (so concurrent claims cannot both win), with an
// owner-history row, an audit entry and notifications. Thread-safe.
class PoolService {
 public:
  PoolService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  Result<std::vector<PoolView>> ListPools(const org::Caller& caller);
  Result<PoolView> GetPool(const org::Caller& caller, Id id);
  Result<PoolView> CreatePool(const org::Caller& caller, const PoolInput& in);
  Result<PoolView> UpdatePool(const org::Caller& caller, Id id, const PoolInput& in);
  Status DeletePool(const org::Caller& caller, Id id);
  Result<std::vector<RuleVersion>> RuleVersions(const org::Caller& caller, Id pool_id);
  Result<RuleVersion> SetRules(const org::Caller& caller, Id pool_id, const PoolRules& rules,
                               std::optional<Instant> effective_at);

  Result<customers::CustomerDetail> Claim(const org::Caller& caller, Id customer_id);
  Result<customers::CustomerDetail> Assign(const org::Caller& caller, Id customer_id, Id user_id);
  Result<customers::CustomerDetail> Release(const org::Caller& caller, Id customer_id,
                                            const std::string& reason, std::optional<Id> pool_id);
  Result<customers::CustomerDetail> Transfer(const org::Caller& caller, Id customer_id, Id user_id,
                                             bool keep_previous_owner);
  Result<customers::CustomerDetail> Lock(const org::Caller& caller, Id customer_id, bool lock);

  // What a sweep at `at` reclaims in the tenant (all pools, or `only_pools`). With `dry_run`
  // nothing changes. A second run at the same instant reclaims nothing.
  Result<SweepResult> Sweep(Id tenant_id, Instant at, bool dry_run,
                            const std::vector<Id>& only_pools = {}, std::optional<Id> actor = std::nullopt,
                            const std::string& request_id = "");
  Result<SweepResult> Preview(const org::Caller& caller, Instant at);
  Result<SweepResult> RunNow(const org::Caller& caller, Instant at);
  // Runs the sweep for every tenant and pool whose sweep hour has passed today and that has not
  // swept today (the in-server daily job). Answers how many customers were reclaimed.
  Result<std::int64_t> RunScheduled(Instant now);

  Result<std::vector<customers::Customer>> HandoverPreview(const org::Caller& caller, Id user_id,
                                                           std::int64_t* total);
  Result<std::int64_t> Handover(const org::Caller& caller, Id user_id, const HandoverRequest& req);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

}  // namespace quanke::pool
