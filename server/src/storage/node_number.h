#pragma once

#include "core/status.h"
#include "storage/database.h"

namespace quanke::storage {

// A node number for the ids this process makes (IdGenerator::SetNode). PostgreSQL hands out
// 1…1023 in turn from the sequence node_numbers (migration 0022), so processes that write to one
// database at the same time — server nodes, a CLI command — make different ids even within one
// millisecond; a number comes round again only after 1,022 more processes have taken one.
// SQLite: 0 (one process owns the file).
Result<int> TakeNodeNumber(Database& db);

}  // namespace quanke::storage
