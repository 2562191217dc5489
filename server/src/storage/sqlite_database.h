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

// Copies the SQLite database at `from` into `to` page by page with SQLite's online backup API:
// one consistent snapshot, even while servers write to `from` (they wait for the copy's read at
// most the busy timeout). `to` is created, or replaced whole when it exists (nothing of it stays).
// `quanke backup` and `quanke restore`.
Status CopySqliteDatabase(const std::string& from, const std::string& to);

// "$1 … $n" → "?1 … ?n" (SQLite numbers bare "$N" by order of appearance, not by N).
std::string RewritePlaceholdersForSqlite(std::string_view sql);

}  // namespace quanke::storage
