#pragma once

// What the runner's batches of each object share (import_service.cc runs customers;
// product_batch.cc and target_batch.cc the others): a batch works through rows [from, to) of the
// job inside the runner's transaction, counts what it created or updated on the job, and adds the
// refused and skipped rows to `errors`. A non-ok answer is a fault (of the database): the batch's
// transaction is rolled back and the job fails; a row's refusal is never one.

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/imports/import_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::imports {

// The import's key of a module's field name ("listPriceFen" -> "listPrice").
using FieldNamer = std::string (*)(const std::string& field);

RowError ErrorOf(std::int64_t row_no, const std::string& outcome, const Status& s, const std::string& label,
                 FieldNamer namer);

// A fault that ends the batch (the database), not a refusal of one row.
bool IsFault(const Status& s);

struct Batch {
  const org::Caller& caller;
  const std::string& policy;  // skip / update (attach is customers' only)
  const std::vector<Row>& rows;
  std::int64_t from = 0, to = 0;
  Instant now = 0;
};

Status ImportProductBatch(storage::Connection& conn, const Batch& batch, ImportJob& job, std::vector<RowError>& errors);
Status ImportTargetBatch(storage::Connection& conn, const Batch& batch, ImportJob& job, std::vector<RowError>& errors);

}  // namespace quanke::imports
