#include "storage/migrations.h"

#include "core/clock.h"

namespace quanke::storage {
namespace {

constexpr std::int64_t kMigrationLockKey = 0x7175616e6b65;  // "quanke"

Status EnsureTable(Connection& conn) {
  return conn.ExecScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
}

}  // namespace

Status Migrate(Database& db, int* applied) {
  const auto& list =
      db.backend() == Backend::kSqlite ? SqliteMigrations() : PostgresMigrations();
  int count = 0;
  {
    auto lease = db.Write();
    if (!lease.ok()) return lease.status();
    if (Status s = EnsureTable(**lease); !s.ok() && s.code() != "already_exists") {
      // Two processes creating the table at once on PostgreSQL: the loser sees a unique
      // violation on the catalog, which is harmless.
      return s;
    }
  }
  SystemClock clock;
  for (const Migration& m : list) {
    bool ran = false;
    Status s = InTransaction(db, [&](Connection& conn) -> Status {
      if (Status l = conn.LockKey(kMigrationLockKey); !l.ok()) return l;
      auto done = conn.Query("SELECT 1 FROM schema_migrations WHERE version = $1", {V(m.version)});
      if (!done.ok()) return done.status();
      if (!done->empty()) return Status::Ok();
      if (Status e = conn.ExecScript(m.sql); !e.ok()) return e;
      ran = true;
      return conn.Exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
                       {V(m.version), V(m.name), V(clock.Now())});
    });
    if (!s.ok()) return Status::Error(s.code(), std::string("migration ") + m.name + ": " + s.message());
    if (ran) ++count;
  }
  if (applied) *applied = count;
  // PostgreSQL plans from statistics: fresh ones after a schema change (a new index has none).
  if (count > 0 && db.backend() == Backend::kPostgres) {
    auto lease = db.Write();
    if (!lease.ok()) return lease.status();
    if (Status s = (*lease)->ExecScript("ANALYZE"); !s.ok()) return s;
  }
  return Status::Ok();
}

Result<int> SchemaVersion(Database& db) {
  auto lease = db.Read();
  if (!lease.ok()) return lease.status();
  if (Status s = EnsureTable(**lease); !s.ok()) return s;
  auto r = (*lease)->Query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  if (!r.ok()) return r.status();
  return static_cast<int>(r->front().Int(0));
}

}  // namespace quanke::storage
