#pragma once

// SQL of the imports module (import_jobs, import_errors, import_templates: migration 0042).

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "domain/imports/import_types.h"
#include "storage/database.h"

namespace quanke::imports {

Status InsertJob(storage::Connection& conn, Id tenant_id, const ImportJob& job, const std::string& row_data);
Result<ImportJob> GetJob(storage::Connection& conn, Id tenant_id, Id id);
// The newest jobs of the tenant (of `created_by` when set), at most `limit`.
Result<std::vector<ImportJob>> ListJobs(storage::Connection& conn, Id tenant_id, std::optional<Id> created_by,
                                        int limit);
Result<std::string> JobRowData(storage::Connection& conn, Id tenant_id, Id id);
// Marks a job to stop between batches; a queued job is cancelled at once.
Status RequestCancel(storage::Connection& conn, Id tenant_id, Id id, Instant now);
// Whether any job of any tenant is queued or running (a read: the runner's idle check).
Result<bool> HasOpenJobs(storage::Connection& conn);
// Takes the oldest queued job, or a running one whose lease has passed (its node stopped),
// for this runner until `lease_until`: {tenant, id}, or nullopt when none is waiting.
Result<std::optional<std::pair<Id, Id>>> ClaimJob(storage::Connection& conn, Instant now, Instant lease_until);
// A batch is done: counts and `done` as given, the lease renewed.
Status SaveProgress(storage::Connection& conn, Id tenant_id, const ImportJob& job, Instant lease_until);
// The runner stops (shutdown): the job waits for the next runner.
Status ReleaseJob(storage::Connection& conn, Id tenant_id, Id id);
Status FinishJob(storage::Connection& conn, Id tenant_id, Id id, const std::string& status, const std::string& error,
                 Instant now);
Status InsertRowErrors(storage::Connection& conn, Id tenant_id, Id job_id, const std::vector<RowError>& errors);
Result<std::vector<RowError>> ListRowErrors(storage::Connection& conn, Id tenant_id, Id job_id);

// Users of the tenant whose username, or else whose name, is `key` (the owner or creator
// column of a file): {id, status} of each.
Result<std::vector<std::pair<Id, std::string>>> UsersNamed(storage::Connection& conn, Id tenant_id,
                                                           const std::string& key);

Result<std::vector<ImportTemplate>> ListTemplates(storage::Connection& conn, Id tenant_id, const std::string& object);
// Inserts or, for a name the object has already, replaces the mapping; answers the stored template.
Result<ImportTemplate> SaveTemplate(storage::Connection& conn, Id tenant_id, const ImportTemplate& t);
// The object a template maps columns of; not_found when the tenant has no such template.
Result<std::string> TemplateObject(storage::Connection& conn, Id tenant_id, Id id);
// not_found when the tenant has no such template.
Status DeleteTemplate(storage::Connection& conn, Id tenant_id, Id id);

}  // namespace quanke::imports
