#pragma once

// What the files of PoolService share. Not for other modules.

#include <vector>

#include "domain/org/caller.h"
#include "domain/pool/pool_repository.h"
#include "domain/pool/pool_service.h"
#include "storage/database.h"

namespace quanke::pool::detail {

bool Contains(const std::vector<Id>& ids, Id id);
// Members and admins must be users and departments of the tenant.
Status ValidateAccess(storage::Connection& conn, Id tenant_id, const PoolInput& in);
Result<PoolView> ViewOf(storage::Connection& conn, const org::Caller& caller, Pool pool);

}  // namespace quanke::pool::detail
