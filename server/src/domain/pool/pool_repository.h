#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/time_zone.h"
#include "domain/org/caller.h"
#include "domain/pool/pool_rules.h"
#include "storage/database.h"

namespace quanke::pool {

struct PoolMember {
  std::string type;  // "user" or "department"
  Id id = 0;
  std::string name;
};

struct RuleVersion {
  std::int64_t version = 0;
  Instant effective_at = 0;
  PoolRules rules;
  std::optional<Id> created_by;
  std::string created_by_name;
  Instant created_at = 0;
};

// 公海 / 蓄客池.
struct Pool {
  Id id = 0;
  std::string name;
  std::string description;
  std::int64_t sort_order = 0;
  std::string kind = "customer";   // "customer" (公海) or "lead" (线索池)
  std::int64_t customer_count = 0;  // customers, or leads in a lead pool
  std::vector<PoolMember> members;
  std::vector<PoolMember> admins;  // type "user"
  RuleVersion rules;               // the version in effect at the time asked for
  Instant created_at = 0;
  Instant updated_at = 0;
};

// Pools of a tenant with their members, admins and the rules in effect at `at`; customer
// counts only when asked (they scan the pool's index).
// System path (the reclaim sweep, ownership/sweep.cc): no caller.
Result<std::vector<Pool>> ListPools(storage::Connection& conn, Id tenant_id, Instant at, bool with_counts = false);
Result<Pool> GetPool(storage::Connection& conn, const org::Caller& caller, Id id, Instant at);
// System path (company setup, demo and bench seeding): no caller.
Status InsertPool(storage::Connection& conn, Id tenant_id, const Pool& pool);
Status UpdatePool(storage::Connection& conn, const org::Caller& caller, const Pool& pool);
Status DeletePool(storage::Connection& conn, const org::Caller& caller, Id id);
// Customers and leads (not deleted) in `pool_id` or with it as their home pool. A read of the customers
// and leads tables: a pool in use must not be deleted, and both sit above pools.
Result<std::int64_t> CountCustomersIn(storage::Connection& conn, const org::Caller& caller,
                                      Id pool_id);
// The local date each pool of the tenant was last swept by the daily job (nullopt: never).
// System path (the reclaim sweep, ownership/sweep.cc): no caller.
Result<std::map<Id, std::optional<LocalDate>>> LastSweepDates(storage::Connection& conn, Id tenant_id);
// System path (the reclaim sweep, ownership/sweep.cc): no caller.
Status MarkSwept(storage::Connection& conn, Id tenant_id, Id pool_id, LocalDate date);

// A tenant's reclaim sweep that has committed batches and not yet finished: the customers reclaimed
// so far (by every run that worked on it) and the instant its first batch was written.
struct SweepProgress {
  std::int64_t reclaimed = 0;
  Instant started_at = 0;
};
// System path (the reclaim sweep, ownership/sweep.cc): no caller.
Result<std::optional<SweepProgress>> UnfinishedSweep(storage::Connection& conn, Id tenant_id);
// Adds a batch's `reclaimed` customers to the tenant's unfinished sweep (begun at `at` when there
// is none), in the batch's transaction.
// System path (the reclaim sweep, ownership/sweep.cc): no caller.
Status AddSweepProgress(storage::Connection& conn, Id tenant_id, std::int64_t reclaimed, Instant at);
// Ends the tenant's unfinished sweep, in the transaction that writes its audit entry.
// System path (the reclaim sweep, ownership/sweep.cc): no caller.
Status ClearSweepProgress(storage::Connection& conn, Id tenant_id);
// Replaces members and admins.
// System path (company setup, demo and bench seeding): no caller.
Status SetPoolAccess(storage::Connection& conn, Id tenant_id, Id pool_id,
                     const std::vector<PoolMember>& members, const std::vector<Id>& admins);

// The rule version in effect at `at` (the latest with effective_at <= at; the first version
// when none is yet in effect).
// System path (the reclaim sweep through ListPools, setup through AppendRuleVersion): no caller.
Result<RuleVersion> RulesAt(storage::Connection& conn, Id tenant_id, Id pool_id, Instant at);
Result<std::vector<RuleVersion>> ListRuleVersions(storage::Connection& conn,
                                                  const org::Caller& caller, Id pool_id);
// Appends a version (number = last + 1); answers it.
// System path (company setup, demo and bench seeding): no caller.
Result<RuleVersion> AppendRuleVersion(storage::Connection& conn, Id tenant_id, Id pool_id,
                                      PoolRules rules, Instant effective_at, Id by, Instant now);

// Pools of `kind` ("" for both kinds) the user may claim from (member directly or through a
// department or one above it).
Result<std::vector<Id>> MemberPools(storage::Connection& conn, const org::Caller& caller,
                                    Id user_id, Id department_id, std::string_view kind = "customer");
// Every pool id of `kind` ("" for both) of the caller's tenant (for a caller who sees the whole company).
Result<std::vector<Id>> AllPoolIds(storage::Connection& conn, const org::Caller& caller,
                                   std::string_view kind = "customer");
// Pools of `kind` ("" for both) the user administers.
Result<std::vector<Id>> AdminPools(storage::Connection& conn, const org::Caller& caller,
                                   Id user_id, std::string_view kind = "");
// The pool a customer (or lead, with `kind` "lead") created by this user belongs to: the first
// member pool of that kind by sort order.
Result<std::optional<Id>> DefaultPoolFor(storage::Connection& conn, const org::Caller& caller,
                                         Id user_id, Id department_id, std::string_view kind = "customer");

}  // namespace quanke::pool
