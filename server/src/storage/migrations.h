#pragma once

#include <vector>

#include "storage/database.h"

namespace quanke::storage {

// A versioned schema change. Each backend has its own DDL (migrations/<backend>/NNNN_name.sql);
// versions match across backends.
struct Migration {
  int version;
  const char* name;
  const char* sql;
};

const std::vector<Migration>& SqliteMigrations();
const std::vector<Migration>& PostgresMigrations();

// Applies every migration not yet recorded in `schema_migrations`, each in its own
// transaction, in version order. Safe to run again (idempotent) and from several processes
// at once (they serialise). `applied` receives how many ran.
Status Migrate(Database& db, int* applied = nullptr);

// The highest version recorded; 0 for an empty database.
Result<int> SchemaVersion(Database& db);

}  // namespace quanke::storage
