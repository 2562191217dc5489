#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "domain/exports/export_service.h"
#include "http/router.h"

namespace quanke::http {

// Works through waiting exports (docs/api-exports.md): each job's list is read page by page
// through the list's own handler (ListSheet) as the exporter stands now, and written as one
// worksheet into the file store. Runs on its own scheduler thread on every node; a job is held
// by a lease, and one whose runner died is read again from its first row by the next.
class ExportRunner {
 public:
  static constexpr int kPageRows = 200;

  // `page_pause`: test only, a pause after each page read.
  ExportRunner(const Router& router, Services& services, exports::ExportService& exports,
               std::chrono::milliseconds page_pause = std::chrono::milliseconds(0))
      : router_(router), services_(services), exports_(exports), page_pause_(page_pause) {}

  // What POST /exports checks before it queues a job: the object has an export and the list
  // takes the query as `principal` (one row is read; the list's own errors come back as they are).
  Status Check(std::shared_ptr<const org::Principal> principal, const std::string& language,
               const std::string& object, const std::vector<std::pair<std::string, std::string>>& query) const;

  // Runs every waiting job, one at a time; answers how many it ended.
  Result<int> RunPending();
  // Asks a running RunPending to stop after its current page; the job is released for another.
  void Stop() { stopping_ = true; }

 private:
  // Reads the job's list into a workbook; fills the job's outcome (status, rows, file).
  Status Run(Id tenant_id, exports::ExportJob& job, bool* released);

  const Router& router_;
  Services& services_;
  exports::ExportService& exports_;
  const std::chrono::milliseconds page_pause_;
  Instant last_purge_ = 0;  // the runner's thread only
  std::atomic<bool> stopping_{false};
};

}  // namespace quanke::http
