#pragma once

#include <memory>
#include <string>

#include "storage/database.h"

namespace quanke::storage {

// SQLite adapter: WAL, synchronous=NORMAL, foreign keys on, a busy timeout on every
// connection; many reading connections and exactly one writing connection (SQLite allows one
// writer at a time; queueing writers on a mutex is cheaper than SQLITE_BUSY retries).
// Creates the file's directory if missing.
Result<std::unique_ptr<Database>> OpenSqlite(const std::string& path, int pool_size);

// "$1 … $n" → "?1 … ?n" (SQLite numbers bare "$N" by order of appearance, not by N).
std::string RewritePlaceholdersForSqlite(std::string_view sql);

}  // namespace quanke::storage
