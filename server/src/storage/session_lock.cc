#include "storage/session_lock.h"

#include <mutex>
#include <set>
#include <utility>

namespace quanke::storage {
namespace {

// SQLite: the keys held in this process, by database.
struct LocalLocks {
  std::mutex mu;
  std::set<std::pair<const Database*, std::int64_t>> held;  // guarded by mu
};

LocalLocks& Local() {
  static LocalLocks locks;
  return locks;
}

}  // namespace

struct SessionLock::Held {
  Database* db = nullptr;
  std::int64_t key = 0;
  ConnectionLease session;  // PostgreSQL: the connection whose session holds the lock
};

SessionLock::SessionLock(std::unique_ptr<Held> held) : held_(std::move(held)) {}
SessionLock::SessionLock(SessionLock&& other) noexcept = default;

Result<std::optional<SessionLock>> SessionLock::TryAcquire(Database& db, std::int64_t key) {
  auto held = std::make_unique<Held>();
  held->db = &db;
  held->key = key;
  if (db.backend() == Backend::kSqlite) {
    LocalLocks& local = Local();
    std::lock_guard lock(local.mu);
    if (!local.held.emplace(&db, key).second) return std::optional<SessionLock>();
    return std::optional<SessionLock>(SessionLock(std::move(held)));
  }
  // Write(), not Read(): Read() lends a request transaction's connection to its own thread, and
  // the lock needs a session of its own.
  auto session = db.Write();
  if (!session.ok()) return session.status();
  auto got = (*session)->Query("SELECT pg_try_advisory_lock($1::bigint)", {V(key)});
  if (!got.ok()) return got.status();
  if (!got->front().Bool(0)) return std::optional<SessionLock>();
  held->session = std::move(*session);
  return std::optional<SessionLock>(SessionLock(std::move(held)));
}

SessionLock::~SessionLock() {
  if (!held_) return;
  if (held_->session) {
    // The connection then goes back to the pool. Should the unlock fail, the connection is
    // broken, and its session (with the lock) is already gone on the server.
    (void)held_->session->Exec("SELECT pg_advisory_unlock($1::bigint)", {V(held_->key)});
    return;
  }
  LocalLocks& local = Local();
  std::lock_guard lock(local.mu);
  local.held.erase({held_->db, held_->key});
}

}  // namespace quanke::storage
