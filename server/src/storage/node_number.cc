#include "storage/node_number.h"

namespace quanke::storage {

Result<int> TakeNodeNumber(Database& db) {
  if (db.backend() != Backend::kPostgres) return 0;
  auto lease = db.Read();
  if (!lease.ok()) return lease.status();
  auto r = (*lease)->Query("SELECT nextval('node_numbers')");
  if (!r.ok()) return r.status();
  return static_cast<int>(r->front().Int(0));
}

}  // namespace quanke::storage
