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

// Jobs whose file was finished before `before` and is still kept: (tenant, id, sha256).
struct KeptFile {
  Id tenant_id = 0;
  Id id = 0;
  std::string sha256;
};
Result<std::vector<KeptFile>> FilesFinishedBefore(storage::Connection& conn, Instant before, int limit);
// Whether stored bytes are still referred to: by an attachment of any company (the file store is
// shared and content-addressed), or by another export finished at or after `since`.
Result<bool> FileStillUsed(storage::Connection& conn, const std::string& sha256, Id except_job, Instant since);
// Forgets a job's file (the job stays, expired).
Status ClearFile(storage::Connection& conn, Id tenant_id, Id id);

}  // namespace quanke::exports
