#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/page.h"
#include "core/status.h"
#include "domain/deals/deal_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// The SQL of opportunities: opportunities, opportunity_items, opportunity_stage_changes. None
// checks permissions; the service does. Reads join the names a list shows (customers, contacts,
// users, departments: other modules' tables, read only) and the process's stage and stale rule.
namespace quanke::deals {

// The list scope of records owned like opportunities (opportunities, contracts): owners in the
// caller's data scope, or customers whose team the caller is on (customers' table, read for the
// scope as the customer list reads it). "" for a whole-company scope; else " AND (…)" with its
// parameters appended to `p` ($1 must be the tenant id).
std::string OwnedScopeSql(const org::Caller& caller, const std::string& owner_column,
                          const std::string& customer_column, storage::Params& p);
// " AND <owner_column> IN (the users of the department's subtree)" (org's users and departments,
// walked in SQL; $1 must be the tenant id).
std::string DepartmentOwnersSql(const std::string& owner_column, Id department_id, storage::Params& p);

// One opportunity with its joined names and items; not_found when absent or deleted.
// System path (lead conversion, stale reminders, demo): no caller.
Result<Opportunity> GetOpportunity(storage::Connection& conn, Id tenant_id, Id id);

// Writes a new opportunity with its items (queued). System path (demo, lead conversion).
Status InsertOpportunity(storage::Connection& conn, Id tenant_id, const Opportunity& o);
// Writes the editable fields, items, last activity, version + 1 and updated_at of `o`.
Status UpdateOpportunityFields(storage::Connection& conn, const org::Caller& caller, const Opportunity& o);
// The move: writes stage, positions, probability, status, close columns, last activity and
// version + 1 of `o`, only while its version is still `expected_version`. false: another change
// came first (nothing written).
Result<bool> MoveOpportunity(storage::Connection& conn, Id tenant_id, const Opportunity& o,
                             std::int64_t expected_version);
// A follow-up naming the opportunity: its last activity. System path (demo): no caller.
Status TouchOpportunity(storage::Connection& conn, Id tenant_id, Id id, Instant at);
Status SoftDeleteOpportunity(storage::Connection& conn, const org::Caller& caller, Id id, Instant at);
// The current version of a live opportunity (nullopt when gone).
Result<std::optional<std::int64_t>> OpportunityVersion(storage::Connection& conn, Id tenant_id, Id id);

// Stage changes. System path (demo): no caller.
Status InsertStageChange(storage::Connection& conn, Id tenant_id, const StageChange& c);
// Oldest first, with the user's name.
Result<std::vector<StageChange>> ListStageChanges(storage::Connection& conn, const org::Caller& caller, Id opportunity_id);

// Per process, what makes its open opportunities stale: activity before `no_activity_before`
// (when the process has stale days), an expected close date before `overdue_before`.
struct StaleRule {
  Id process_id = 0;
  std::optional<Instant> no_activity_before;
  std::optional<std::string> overdue_before;  // "2026-12-06"
};

// The list, in the caller's data scope (owners in scope, and customers whose team the caller is
// on), keyset-paginated, with `total`. `stale_rules`: used when filter.stale.
Result<Page<Opportunity>> ListOpportunities(storage::Connection& conn, const org::Caller& caller,
                                            const OpportunityFilter& f, const std::vector<StaleRule>& stale_rules,
                                            const PageRequest& page);

// The open opportunities of the tenant that the rules find stale, after `after_id`, at most
// `limit`, by id (the sweep decides each one's episode). System path (the daily stale
// reminders): no caller.
Result<std::vector<Opportunity>> StaleCandidates(storage::Connection& conn, Id tenant_id,
                                                 const std::vector<StaleRule>& rules, Id after_id, int limit);
// Records a stale reminder unless one was sent since `episode_start` (false then: none is due).
Result<bool> MarkStaleReminded(storage::Connection& conn, Id tenant_id, Id id, Instant episode_start, Instant at);

}  // namespace quanke::deals
