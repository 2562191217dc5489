#include "storage/maintenance.h"

namespace quanke::storage {

Status PurgeExpired(Database& db, Instant now) {
  constexpr std::int64_t kDay = 24LL * 3600 * 1000;
  return InTransaction(db, [&](Connection& conn) -> Status {
    if (Status s = conn.Exec("DELETE FROM sessions WHERE expires_at <= $1", {V(now)}); !s.ok()) return s;
    if (Status s = conn.Exec("DELETE FROM idempotency_keys WHERE created_at < $1", {V(now - kDay)}); !s.ok())
      return s;
    return conn.Exec("DELETE FROM login_throttle WHERE window_start < $1 AND locked_until < $2",
                     {V(now - kDay), V(now)});
  });
}

Status Ping(Database& db) {
  auto lease = db.Read();
  return lease.ok() ? (*lease)->Exec("SELECT 1") : lease.status();
}

}  // namespace quanke::storage
