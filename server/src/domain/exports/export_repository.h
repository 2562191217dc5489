#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "core/status.h"
#include "domain/exports/export_types.h"
#include "storage/database.h"

namespace quanke::exports {

Status InsertJob(storage::Connection& conn, Id tenant_id, const ExportJob& job);
Result<ExportJob> GetJob(storage::Connection& conn, Id tenant_id, Id id);
// The newest `limit` jobs of one person.
Result<std::vector<ExportJob>> ListJobs(storage::Connection& conn, Id tenant_id, Id created_by, int limit);
// How many of the person's jobs are queued or running.
Result<int> CountOpenJobs(storage::Connection& conn, Id tenant_id, Id created_by);
// Marks a queued or running job to stop (a queued one is cancelled at once).
Status RequestCancel(storage::Connection& conn, Id tenant_id, Id id, Instant now);
Result<bool> HasOpenJobs(storage::Connection& conn);
// Takes the oldest queued job, or a running one whose lease has passed: (tenant, id).
Result<std::optional<std::pair<Id, Id>>> ClaimJob(storage::Connection& conn, Instant now, Instant lease_until);
// Rows read so far and the list's count; renews the lease.
Status SaveProgress(storage::Connection& conn, Id tenant_id, Id id, std::int64_t done,
                    std::optional<std::int64_t> total, Instant lease_until);
Status ReleaseJob(storage::Connection& conn, Id tenant_id, Id id);
// Ends a job: done with its file, or cancelled / failed (error) without one.
Status FinishJob(storage::Connection& conn, Id tenant_id, const ExportJob& job, Instant now);

}  // namespace quanke::exports
