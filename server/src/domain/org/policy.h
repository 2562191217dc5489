#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "domain/org/caller.h"
#include "domain/org/scope_repository.h"
#include "storage/database.h"

namespace quanke::org {

// The one place that turns a caller's permissions and data scope into decisions and query
// filters: Require here, the scope's SQL condition in scope_repository.h (every module's
// repository cuts its lists with OwnerScopeFilter), and every action checks Require first.

// ok, or 403 `permission.denied` naming the missing permission.
Status Require(const Caller& caller, std::string_view permission);

}  // namespace quanke::org
