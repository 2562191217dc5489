#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/status.h"
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

// The public pools (公海) and their versioned rules: who may see and administer each pool, and
// the reclaim rules that apply from an instant on. What happens to customers under those rules
// (claim, assign, release, transfer, lock, the sweep, hand-over) is the ownership module's.
// Thread-safe.
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

 private:
  storage::Database& db_;
  const Clock& clock_;
};

// Pool configuration for the modules above (ownership): whether the caller administers `pool_id`
// (pool.configure or listed as one of its admins); permission.denied otherwise.
Status RequirePoolAdmin(storage::Connection& conn, const org::Caller& caller, Id pool_id);

}  // namespace quanke::pool
