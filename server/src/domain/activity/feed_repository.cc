#include "domain/activity/feed_repository.h"

namespace quanke::activity {

Result<Id> AddFeedItem(storage::Connection& conn, Id tenant_id, const std::string& type,
                       std::optional<Id> actor_id, std::optional<Id> customer_id,
                       std::optional<Id> follow_up_id, const std::string& text, Instant at) {
  using storage::V;
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
