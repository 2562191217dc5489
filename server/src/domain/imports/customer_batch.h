#pragma once

// The customer batches of an import (docs/api-imports.md, "How an import runs").

#include <map>
#include <string>
#include <vector>

#include "core/time_zone.h"
#include "domain/customers/customer_service.h"
#include "domain/imports/import_batch.h"

namespace quanke::imports {

// What a job's customer batches share: the importer's rights and zone, and the users named in
// its cells (by key: who a name or username is), found once per job.
struct CustomerContext {
  customers::CustomerService& customers;
  const TimeZone& zone;
  bool keep_origin = false;  // the importer may set createdBy / createdAt (admins)
  std::map<std::string, Result<Id>> users;
};

Status ImportCustomerBatch(storage::Connection& conn, const Batch& batch, CustomerContext& context, ImportJob& job,
                           std::vector<RowError>& errors);

}  // namespace quanke::imports
