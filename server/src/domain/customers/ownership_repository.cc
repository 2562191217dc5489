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
                     std::optional<Instant> next_follow_up_at, bool visit) {
  // Only a visit names last_visit_at: SQLite rewrites the index entry of every named column.
  const char* last_visit =
      visit ? ", last_visit_at = CASE WHEN last_visit_at IS NULL OR last_visit_at < $3 THEN $3 "
              "ELSE last_visit_at END"
            : "";
  return conn.Exec(
      std::string("UPDATE customers SET last_follow_up_at = $3, next_follow_up_at = COALESCE($4, next_follow_up_at), "
                  "reminded_for = NULL") +
          last_visit + " WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(customer_id), V(at), V(next_follow_up_at)});
}

Status RaiseLastVisit(storage::Connection& conn, Id tenant_id, Id customer_id, Instant at) {
  return conn.Defer(
      "UPDATE customers SET last_visit_at = $3 WHERE tenant_id = $1 AND id = $2 AND "
      "(last_visit_at IS NULL OR last_visit_at < $3)",
      {V(tenant_id), V(customer_id), V(at)});
}

Status SetLastVisit(storage::Connection& conn, Id tenant_id, Id customer_id, std::optional<Instant> at) {
  return conn.Exec("UPDATE customers SET last_visit_at = $3 WHERE tenant_id = $1 AND id = $2",
                   {V(tenant_id), V(customer_id), V(at)});
}

Status LowerLastFollowUp(storage::Connection& conn, Id tenant_id, Id customer_id, Instant deleted,
                         std::optional<Instant> at) {
  return conn.Exec("UPDATE customers SET last_follow_up_at = $4 WHERE tenant_id = $1 AND id = $2 AND last_follow_up_at <= $3",
                   {V(tenant_id), V(customer_id), V(deleted), V(at)});
}

Status RaiseLastFollowUp(storage::Connection& conn, Id tenant_id, Id customer_id, Instant at) {
  return conn.Defer(
      "UPDATE customers SET last_follow_up_at = $3 WHERE tenant_id = $1 AND id = $2 AND "
      "(last_follow_up_at IS NULL OR last_follow_up_at < $3)",
      {V(tenant_id), V(customer_id), V(at)});
}

Result<std::vector<SweepCandidate>> ListSweepCandidates(storage::Connection& conn, Id tenant_id, Id pool_id,
                                                        Instant started_before) {
  auto rows = conn.Query(
      "SELECT c.id, c.name, c.owner_id, u.name, c.level, c.status, c.locked, "
      "COALESCE(c.clock_start_at, c.created_at), c.last_follow_up_at, c.reminded_for "
      "FROM customers c LEFT JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.owner_id "
      "WHERE c.tenant_id = $1 AND c.home_pool_id = $2 AND c.owner_id IS NOT NULL AND "
      "c.deleted_at IS NULL AND c.locked = 0 AND c.status <> 'deal' AND "
      "COALESCE(c.clock_start_at, c.created_at) < $3",
      {V(tenant_id), V(pool_id), V(started_before)});
  if (!rows.ok()) return rows.status();
  std::vector<SweepCandidate> out;
  out.reserve(rows->rows.size());
  for (const auto& row : rows->rows) {
    SweepCandidate c;
    c.customer_id = row.Int(0);
    c.name = row.Text(1);
    c.owner_id = row.Int(2);
    c.owner_name = row.Text(3);
    c.clock.level = row.Text(4);
    c.clock.deal = row.Text(5) == "deal";
    c.clock.locked = row.Bool(6);
    c.clock.received_at = row.Int(7);
    c.clock.last_follow_up_at = row.OptInt(8);
    c.reminded_for = row.OptInt(9);
    out.push_back(std::move(c));
  }
  return out;
}

Result<std::vector<Held>> ListHeldBy(storage::Connection& conn, Id tenant_id, Id owner_id) {
  auto rows = conn.Query(
      "SELECT id, name, home_pool_id FROM customers WHERE tenant_id = $1 AND owner_id = $2 AND "
      "deleted_at IS NULL ORDER BY id",
      {V(tenant_id), V(owner_id)});
  if (!rows.ok()) return rows.status();
  std::vector<Held> out;
  for (const auto& row : rows->rows) out.push_back({row.Int(0), row.Text(1), row.OptInt(2)});
  return out;
}

Result<std::int64_t> CountClaimedSince(storage::Connection& conn, Id tenant_id, Id user_id, Id pool_id, Instant since) {
  auto r = conn.Query(
      "SELECT COUNT(*) FROM customer_owner_history WHERE tenant_id = $1 AND to_user_id = $2 AND "
      "action = 'claim' AND pool_id = $3 AND at >= $4",
      {V(tenant_id), V(user_id), V(pool_id), V(since)});
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

}  // namespace quanke::customers
