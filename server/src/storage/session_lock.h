#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include "core/status.h"
#include "storage/database.h"

namespace quanke::storage {

// A lock held across many transactions (the reclaim sweep's batches): one holder per key among
// every process on the database. PostgreSQL: a session advisory lock on a connection taken from
// the pool for the lock's life; when the holding process dies, the server ends its session and
// the lock with it, so a crashed holder never blocks the others. SQLite: one process owns the
// file, so the lock is one of this process (per database and key). The destructor releases it.
// Keys share PostgreSQL's advisory-lock space with Connection::LockKey: derive them from a base
// of their own (kSomethingLockBase ^ id). Thread-safe.
class SessionLock {
 public:
  // Takes `key` when nobody holds it; nullopt when someone does. It never waits: a holder may
  // need the database's writer (SQLite) that the caller's own transaction holds.
  static Result<std::optional<SessionLock>> TryAcquire(Database& db, std::int64_t key);

  SessionLock(SessionLock&& other) noexcept;
  SessionLock& operator=(SessionLock&&) = delete;
  ~SessionLock();

 private:
  struct Held;
  explicit SessionLock(std::unique_ptr<Held> held);

  std::unique_ptr<Held> held_;  // null once moved from
};

}  // namespace quanke::storage
