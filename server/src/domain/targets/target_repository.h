#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/page.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "domain/targets/target_types.h"
#include "storage/database.h"

// Every SQL text on the targets module's tables: targets, target_locks, target_changes
// (migration 0033). Functions on request paths take the Caller and read its tenant; the demo's
// take the tenant id and say so.
namespace quanke::targets {

// A metric's targets are those of one customer level ("" for every customer: the usual targets).
// The metric's targets whose period names `year` ("2026", "2026-Q1", "2026-03", "2026-W09"),
// without names.
Result<std::vector<Target>> TargetsOfYear(storage::Connection& conn, Id tenant_id, const std::string& metric,
                                          const std::string& customer_level, int year);
// The metric's targets of one period, without names.
Result<std::vector<Target>> TargetsOfPeriod(storage::Connection& conn, Id tenant_id, const std::string& metric,
                                            const std::string& customer_level, const std::string& period);
// Every metric's (and customer level's) target of one period for one assignee, without names.
Result<std::vector<Target>> TargetsOfAssignee(storage::Connection& conn, Id tenant_id, const std::string& period,
                                              const Assignee& assignee);
// The target of a key, or nullopt.
Result<std::optional<Target>> FindTarget(storage::Connection& conn, Id tenant_id, const std::string& metric,
                                         const std::string& customer_level, const std::string& period,
                                         const Assignee& assignee);
// System path (the demo) and request path alike: the tenant id. Inserts, or updates by id.
Status InsertTarget(storage::Connection& conn, Id tenant_id, const Target& t);
Status UpdateTarget(storage::Connection& conn, Id tenant_id, const Target& t);
Status DeleteTarget(storage::Connection& conn, Id tenant_id, Id id);
// Queued with the next statement (its answer is not needed).
Status InsertChange(storage::Connection& conn, Id tenant_id, const TargetChange& c);

// The locks of the periods naming `year`, by period, with the locker's name.
Result<std::vector<TargetLock>> LocksOfYear(storage::Connection& conn, Id tenant_id, int year);
// The first of `periods` that is locked, or nullopt.
Result<std::optional<std::string>> FirstLocked(storage::Connection& conn, Id tenant_id,
                                               const std::vector<std::string>& periods);
// true when the lock is new (false: it was locked already).
Result<bool> InsertLock(storage::Connection& conn, Id tenant_id, const std::string& period, Instant at, Id by);
// true when there was a lock to remove.
Result<bool> DeleteLock(storage::Connection& conn, Id tenant_id, const std::string& period);

// The change log newest first, keyset-paginated by (at, id). `visible`: when set, only the
// changes of the company, of these departments and users, and the locks.
struct VisibleAssignees {
  std::vector<Id> departments;
  std::vector<Id> users;
};
Result<Page<TargetChange>> ListChanges(storage::Connection& conn, const org::Caller& caller, const ChangeFilter& f,
                                       const std::optional<VisibleAssignees>& visible, const PageRequest& page);

}  // namespace quanke::targets
