#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/status.h"
#include "domain/exports/export_types.h"
#include "domain/files/file_store.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::exports {

// A job taken by a runner.
struct Claimed {
  Id tenant_id = 0;
  ExportJob job;
};

// Exports (导出, docs/api-exports.md): the jobs' state — queued, read page by page by a runner,
// ended with a file in the file store — and who may see them (the exporter alone). How a list's
// pages are read and written into a workbook is the HTTP layer's (http/export_runner.cc), which
// drives a job through ClaimNext, Progress and Finish. Thread-safe.
class ExportService {
 public:
  ExportService(storage::Database& db, const Clock& clock, files::FileStore& files,
                std::chrono::milliseconds lease = std::chrono::minutes(2))
      : db_(db), clock_(clock), files_(files), lease_(lease) {}

  // Checks what Start checks before anything is read: the object and its export permission.
  static Status CheckStart(const org::Caller& caller, const std::string& object);
  // Queues a job: `query` is the list's query parameters as a JSON object of text; the file is
  // named with the time in `time_zone` (the company's). Audited (export.start).
  // export.too_many_open with kMaxOpenPerUser open already.
  Result<ExportJob> Start(const org::Caller& caller, const std::string& object, const std::string& query,
                          const std::string& language, const std::string& time_zone);
  // The caller's own job; not_found for anyone else's.
  Result<ExportJob> Get(const org::Caller& caller, Id id);
  // The caller's newest 50 jobs.
  Result<std::vector<ExportJob>> List(const org::Caller& caller);
  // Stops a job before its next page (a queued one at once); a finished one is answered unchanged.
  Result<ExportJob> Cancel(const org::Caller& caller, Id id);
  // The finished file: its name and bytes (export.not_ready / export.expired); audited
  // (export.download).
  struct FileContent {
    std::string name;
    std::string bytes;
  };
  Result<FileContent> File(const org::Caller& caller, Id id);

  // The runner's side. The oldest queued job (or one whose runner's lease passed), marked running
  // from its first row; nullopt when there is none.
  Result<std::optional<Claimed>> ClaimNext();
  // Rows read so far; renews the lease. Answers whether the exporter asked to cancel.
  Result<bool> Progress(Id tenant_id, Id id, std::int64_t done, std::optional<std::int64_t> total);
  // Ends the job as `job` says (status done with file fields, cancelled, or failed with error);
  // audited (export.finish, as the exporter) and the exporter's live streams are poked.
  Status Finish(Id tenant_id, const ExportJob& job);
  // Stores a finished workbook; answers its SHA-256.
  Result<std::string> StoreFile(const std::string& bytes) { return files_.Put(bytes); }
  // Lets another runner take the job over at once (shutdown).
  Status Release(Id tenant_id, Id id);
  // Removes the files of exports finished more than kKeepMs ago from the file store (unless the
  // same bytes are an attachment or a newer export); answers how many jobs lost their file.
  Result<int> PurgeExpiredFiles();

 private:
  storage::Database& db_;
  const Clock& clock_;
  files::FileStore& files_;
  const std::chrono::milliseconds lease_;
};

}  // namespace quanke::exports
