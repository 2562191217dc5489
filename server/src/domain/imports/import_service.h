#pragma once

#include <atomic>
#include <chrono>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/status.h"
#include "domain/customers/customer_service.h"
#include "domain/imports/import_types.h"
#include "domain/org/auth_service.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::imports {

struct ImportOptions {
  int batch = 200;                                  // rows per transaction
  std::chrono::milliseconds batch_pause{0};         // test only: a pause after each batch
  std::chrono::milliseconds lease{std::chrono::minutes(2)};  // a job left running longer is taken over
};

// Imports (导入, docs/api-imports.md): a file's mapped rows become a job that a background runner
// (RunPending, on the imports scheduler) works through in batches. Each batch is one transaction
// that writes the rows through the object's module — customers, products or targets, every check
// of a record entered by hand —, applies the run's conflict policy, stores the batch's row errors and
// moves the job's progress; so a cancelled job, or one cut off by a crash, has imported whole
// batches only, and a job whose runner stopped is taken over where it stands once its lease has
// passed. Progress is pushed to the importer's live streams after each batch. Thread-safe.
class ImportService {
 public:
  ImportService(storage::Database& db, const Clock& clock, org::AuthService& auth,
                customers::CustomerService& customers, ImportOptions options = {})
      : db_(db), clock_(clock), auth_(auth), customers_(customers), options_(options) {}

  // Queues a job under the object's permission (customers: customer.import; products:
  // settings.configure; targets: target.configure). `policy` skip / update, or attach for
  // customers; 1..kMaxRows rows (import.too_many_rows beyond).
  Result<ImportJob> Start(const org::Caller& caller, const std::string& object, const std::string& policy,
                          const std::string& file_name, const std::vector<Row>& rows);
  // One job: the importer's own, or any of the tenant's for admins (org.edit); not_found otherwise.
  Result<ImportJob> Get(const org::Caller& caller, Id id);
  // The newest 50 jobs the caller may see (their own; admins: the tenant's).
  Result<std::vector<ImportJob>> List(const org::Caller& caller);
  // Stops a job between batches (a queued one at once); answers it as it stands. A finished job
  // is answered unchanged.
  Result<ImportJob> Cancel(const org::Caller& caller, Id id);
  // The rows a job refused or skipped, in file order.
  Result<std::vector<RowError>> Errors(const org::Caller& caller, Id id);

  Result<std::vector<ImportTemplate>> Templates(const org::Caller& caller, const std::string& object);
  // Saves a named mapping (the object's permission): replaces the object's template of the same name.
  Result<ImportTemplate> SaveTemplate(const org::Caller& caller, const ImportTemplate& t);
  Status DeleteTemplate(const org::Caller& caller, Id id);

  // The runner: works through every waiting job, one at a time; answers how many it finished.
  Result<int> RunPending();
  // Asks a running RunPending to stop after its current batch (shutdown): the job is released
  // and the next runner goes on where it stood.
  void Stop() { stopping_ = true; }

 private:
  // Runs one claimed job to its end (or to a stop).
  Status RunJob(Id tenant_id, Id id);

  storage::Database& db_;
  const Clock& clock_;
  org::AuthService& auth_;
  customers::CustomerService& customers_;
  const ImportOptions options_;
  std::atomic<bool> stopping_{false};
};

}  // namespace quanke::imports
