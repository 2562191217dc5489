#include "storage/maintenance.h"

namespace quanke::storage {

Status PurgeExpired(Database& db, Instant now) {
  constexpr std::int64_t kDay = 24LL * 3600 * 1000;
  return InTransaction(db, [&](Connection& conn) -> Status {
    // Every node runs this job. The deletes are idempotent, so two nodes at once would only
    // repeat each other, but two scans of one table may lock its rows in different orders (a
    // PostgreSQL deadlock that fails one of them). With the lock the second node waits, then
    // finds nothing to delete.
    constexpr std::int64_t kPurgeLockKey = 0x7075726765;  // "purge"
    if (Status s = conn.LockKey(kPurgeLockKey); !s.ok()) return s;
    if (Status s = conn.Exec("DELETE FROM sessions WHERE expires_at <= $1", {V(now)}); !s.ok()) return s;
    if (Status s = conn.Exec("DELETE FROM idempotency_keys WHERE created_at < $1", {V(now - kDay)}); !s.ok())
      return s;
    if (Status s = conn.Exec("DELETE FROM login_challenges_used WHERE expires_at < $1", {V(now)}); !s.ok())
      return s;
    return conn.Exec("DELETE FROM login_throttle WHERE window_start < $1 AND locked_until < $2",
                     {V(now - kDay), V(now)});
  });
}

Status Ping(Database& db) {
  auto lease = db.Read();
  return lease.ok() ? (*lease)->Exec("SELECT 1") : lease.status();
}

Result<int> RefreshStatistics(Database& db, const std::vector<std::string>& tables) {
  if (db.backend() != Backend::kPostgres || tables.empty()) return 0;
  std::vector<std::string> stale;
  {
    auto lease = db.Read();
    if (!lease.ok()) return lease.status();
    std::string names;
    for (const auto& t : tables) names += (names.empty() ? "" : ",") + t;
    auto r = (*lease)->Query(
        "SELECT relname FROM pg_stat_user_tables WHERE relname = ANY(string_to_array($1, ',')) "
        "AND n_mod_since_analyze > 500 + 0.2 * GREATEST(n_live_tup - n_mod_since_analyze, 0)",
        {V(names)});
    if (!r.ok()) return r.status();
    for (const auto& row : r->rows) stale.push_back(row.Text(0));
  }
  for (const auto& t : stale) {
    auto lease = db.Write();
    if (!lease.ok()) return lease.status();
    // ANALYZE cannot take a parameter; the names come from the caller's fixed list.
    if (Status s = (*lease)->ExecScript("ANALYZE " + t); !s.ok()) return s;
  }
  return static_cast<int>(stale.size());
}

Status AnalyzeAll(Database& db) {
  if (db.backend() != Backend::kPostgres) return Status::Ok();
  auto lease = db.Write();
  if (!lease.ok()) return lease.status();
  return (*lease)->ExecScript("ANALYZE");
}

}  // namespace quanke::storage
