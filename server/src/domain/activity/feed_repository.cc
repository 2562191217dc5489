#include "domain/activity/feed_repository.h"

#include <algorithm>

#include "domain/notify/notifications.h"

namespace quanke::activity {

Result<Id> AddFeedItem(storage::Connection& conn, Id tenant_id, const std::string& type,
                       std::optional<Id> actor_id, std::optional<Id> customer_id,
                       std::optional<Id> follow_up_id, const std::string& text, Instant at) {
  using storage::V;
  // Feeds are read newest first by id, and their times must not run backwards in that order:
  // not when a writer read its time before waiting for the write lock, nor when the wall clock
  // steps back a little (ids keep counting up then, the clock does not). The tenant's newest
  // item sets the floor. Writes are serial on SQLite; on PostgreSQL the tenant's event lock
  // makes them so here, or two concurrent writers would each miss the other's item.
  if (Status s = notify::LockTenantEvents(conn, tenant_id); !s.ok()) return s;
  auto newest = conn.Query("SELECT created_at FROM feed_items WHERE tenant_id = $1 ORDER BY id DESC LIMIT 1",
                           {V(tenant_id)});
  if (!newest.ok()) return newest.status();
  if (!newest->empty()) at = std::max(at, newest->front().Int(0));
  const Id id = Ids().Next();
  if (Status s = conn.Exec(
          "INSERT INTO feed_items (tenant_id, id, type, actor_id, customer_id, follow_up_id, text, created_at) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
          {V(tenant_id), V(id), V(type), V(actor_id), V(customer_id), V(follow_up_id), V(text), V(at)});
      !s.ok())
    return s;
  return id;
}

}  // namespace quanke::activity
