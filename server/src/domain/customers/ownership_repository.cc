#include "domain/customers/ownership_repository.h"

namespace quanke::customers {
using storage::V;

Result<bool> TakeFromPool(storage::Connection& conn, Id tenant_id, Id customer_id, Id user_id, Id pool_id, Instant now) {
  auto updated = conn.Query(
      "UPDATE customers SET owner_id = $3, pool_id = NULL, home_pool_id = $4, clock_start_at = $5, "
      "claimed_at = $5, reminded_for = NULL, locked = 0, updated_at = $5 WHERE tenant_id = $1 AND "
      "id = $2 AND owner_id IS NULL AND pool_id = $4 AND deleted_at IS NULL",
      {V(tenant_id), V(customer_id), V(user_id), V(pool_id), V(now)});
  if (!updated.ok()) return updated.status();
  return updated->affected == 1;
}

Result<bool> TransferOwner(storage::Connection& conn, Id tenant_id, Id customer_id, Id from, Id to,
                           std::optional<Id> home_pool_id, Instant now) {
  auto updated = conn.Query(
      "UPDATE customers SET owner_id = $3, home_pool_id = $4, previous_owner_id = $5, "
      "clock_start_at = $6, claimed_at = $6, reminded_for = NULL, updated_at = $6 WHERE tenant_id "
      "= $1 AND id = $2 AND owner_id = $5 AND deleted_at IS NULL",
      {V(tenant_id), V(customer_id), V(to), V(home_pool_id), V(from), V(now)});
  if (!updated.ok()) return updated.status();
  return updated->affected == 1;
}

Result<bool> ReclaimToPool(storage::Connection& conn, Id tenant_id, Id customer_id, Id owner, Id pool_id, Instant at) {
  auto updated = conn.Query(
      "UPDATE customers SET owner_id = NULL, pool_id = $3, previous_owner_id = owner_id, "
      "released_at = $4, times_reclaimed = times_reclaimed + 1, clock_start_at = NULL, "
      "reminded_for = NULL, updated_at = $4 WHERE tenant_id = $1 AND id = $2 AND owner_id = $5 "
      "AND locked = 0 AND status <> 'deal' AND deleted_at IS NULL AND "
      "COALESCE(last_follow_up_at, 0) < $6 AND COALESCE(clock_start_at, created_at) < $6",
      {V(tenant_id), V(customer_id), V(pool_id), V(at), V(owner), V(at)});
  if (!updated.ok()) return updated.status();
  return updated->affected == 1;
}

Result<bool> MarkReminded(storage::Connection& conn, Id tenant_id, Id customer_id, Id owner, std::int64_t reclaim_on) {
  auto marked = conn.Query(
      "UPDATE customers SET reminded_for = $3 WHERE tenant_id = $1 AND id = $2 AND owner_id = $4 AND "
      "(reminded_for IS NULL OR reminded_for <> $3)",
      {V(tenant_id), V(customer_id), V(reclaim_on), V(owner)});
  if (!marked.ok()) return marked.status();
  return marked->affected == 1;
}

Status HandOverToPool(storage::Connection& conn, Id tenant_id, Id customer_id, Id pool_id, Id leaver, Instant now) {
  return conn.Exec(
      "UPDATE customers SET owner_id = NULL, pool_id = $3, previous_owner_id = $4, released_at = $5, "
      "locked = 0, clock_start_at = NULL, reminded_for = NULL, updated_at = $5 WHERE tenant_id = $1 "
      "AND id = $2",
      {V(tenant_id), V(customer_id), V(pool_id), V(leaver), V(now)});
}

Status HandOverTo(storage::Connection& conn, Id tenant_id, Id customer_id, Id to, std::optional<Id> home_pool_id,
                  Id leaver, Instant now) {
  return conn.Exec(
      "UPDATE customers SET owner_id = $3, home_pool_id = $4, previous_owner_id = $5, clock_start_at "
      "= $6, claimed_at = $6, reminded_for = NULL, updated_at = $6 WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(customer_id), V(to), V(home_pool_id), V(leaver), V(now)});
}

Status TouchFollowUp(storage::Connection& conn, Id tenant_id, Id customer_id, Instant at,
                     std::optional<Instant> next_follow_up_at) {
  return conn.Exec(
      "UPDATE customers SET last_follow_up_at = $3, next_follow_up_at = COALESCE($4, next_follow_up_at), "
      "reminded_for = NULL WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(customer_id), V(at), V(next_follow_up_at)});
}

}  // namespace quanke::customers
