#pragma once

#include <optional>
#include <vector>

#include "core/status.h"
#include "domain/deals/deal_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// The SQL of sales processes: sales_processes, sales_stages, sales_process_versions. None
// checks permissions; the service does. Functions the opportunity paths, the stale reminders,
// the demo and lead conversion also call take the tenant id (system paths among them).
namespace quanke::deals {

// Whether a process read counts the opportunities in each stage (`in_use`): a read of every
// opportunity of the process, for the process pages and the checks of a process change only.
enum class StageCounts { kWithout, kWith };

// The tenant's live processes by position (with `include_disabled`, the disabled ones too),
// each with its live stages (and how many live opportunities are in each, kWith).
// System path (stale reminders, demo): no caller.
Result<std::vector<SalesProcess>> ListProcesses(storage::Connection& conn, Id tenant_id, bool include_disabled,
                                                StageCounts counts);
// One live process with its live stages (and their counts, kWith); not_found otherwise.
// System path (lead conversion, demo): no caller.
Result<SalesProcess> GetProcess(storage::Connection& conn, Id tenant_id, Id id, StageCounts counts);
// The default process's id, if the tenant has one (live and enabled or not).
Result<std::optional<Id>> DefaultProcessId(storage::Connection& conn, Id tenant_id);
// How many live processes the tenant has, deleted ones not counted.
Result<std::int64_t> CountProcesses(storage::Connection& conn, Id tenant_id);

// Writes a new process with its stages (ids set). System path (first use, demo): no caller.
Status InsertProcess(storage::Connection& conn, Id tenant_id, const SalesProcess& p);
// Writes the process's own columns (version and updated_at included).
Status UpdateProcessRow(storage::Connection& conn, const org::Caller& caller, const SalesProcess& p);
// Writes a stage (new or kept, by id).
Status UpsertStage(storage::Connection& conn, Id tenant_id, Id process_id, const Stage& s);
// Marks stages removed from the process (their histories keep naming them).
Status RemoveStages(storage::Connection& conn, const org::Caller& caller, const std::vector<Id>& stage_ids, Instant at);
// Every other process of the tenant stops being the default.
Status ClearOtherDefaults(storage::Connection& conn, const org::Caller& caller, Id keep_id);
// Process edits against the opportunities using the process (PostgreSQL; SQLite has one writer at
// a time and needs nothing). An edit or delete locks the process row for update before it reads
// the process; a create or move locks it for key share before it reads the stages it places the
// opportunity in. Moves never wait for each other, an edit waits for the moves under way and they
// for it, so no opportunity enters a stage an edit removes or keeps a position it renumbered.
Status LockProcessForEdit(storage::Connection& conn, Id tenant_id, Id process_id);
Status LockProcessForUse(storage::Connection& conn, Id tenant_id, Id process_id);
// The same for the process of an opportunity (a move knows only the opportunity).
Status LockProcessOfOpportunity(storage::Connection& conn, Id tenant_id, Id opportunity_id);
Status SoftDeleteProcess(storage::Connection& conn, const org::Caller& caller, Id id, Instant at);

// Version snapshots. System path (first use, demo): no caller.
Status InsertProcessVersion(storage::Connection& conn, Id tenant_id, Id process_id, const ProcessVersion& v);
Result<ProcessVersion> GetProcessVersion(storage::Connection& conn, const org::Caller& caller, Id process_id,
                                         std::int64_t version);

// After stages were renumbered: every opportunity of the process copies its stage's position
// again; won ones reach the won stage's position; the others' highest position is cut to the
// last open one.
Status RenumberOpportunities(storage::Connection& conn, const org::Caller& caller, Id process_id,
                             std::int64_t open_count);

}  // namespace quanke::deals
