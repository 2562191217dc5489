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
  std::optional<std::string> kind;  // create only: "customer" (default) or "lead"
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

  // Every pool of the tenant (of `kind`, "" for both) with its current rules, customer (or lead)
  // counts and whether the caller is a member or an admin (pool.view).
  Result<std::vector<PoolView>> ListPools(const org::Caller& caller, std::string_view kind = "");
  // One pool (pool.view); not_found for another tenant's.
  Result<PoolView> GetPool(const org::Caller& caller, Id id);
  // A new pool with its members, admins and first rule version (pool.configure); members and
  // admins must be users and departments of the tenant (validation.failed).
  Result<PoolView> CreatePool(const org::Caller& caller, const PoolInput& in);
  // Name, description, order, members and admins (pool.configure or the pool's admin); rules
  // change only through SetRules.
  Result<PoolView> UpdatePool(const org::Caller& caller, Id id, const PoolInput& in);
  // Deletes an empty pool (pool.configure); pool.not_empty while any customer is in it or has
  // it as home pool.
  Status DeletePool(const org::Caller& caller, Id id);
  // The pool's rule versions, newest first (pool.view).
  Result<std::vector<RuleVersion>> RuleVersions(const org::Caller& caller, Id pool_id);
  // Appends a rule version effective from `effective_at` (default now; not more than a day in
  // the past), never rewriting history (pool.configure or the pool's admin).
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
