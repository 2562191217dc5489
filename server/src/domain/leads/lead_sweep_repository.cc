#include "domain/leads/lead_sweep_repository.h"

namespace quanke::leads {
using storage::Connection;
using storage::V;

namespace {
// Open: neither converted nor invalid (those never go back to a pool), and not deleted.
constexpr std::string_view kOpen = "l.status NOT IN ('converted', 'invalid') AND l.deleted_at IS NULL";
}  // namespace

Result<std::vector<SweepCandidate>> ListLeadSweepCandidates(Connection& conn, Id tenant_id, Id pool_id,
                                                            Instant cutoff) {
  // The owner's name is joined for the preview (users belong to org).
  auto r = conn.Query(
      "SELECT l.id, CASE WHEN l.name <> '' THEN l.name ELSE l.company END, l.owner_id, COALESCE(u.name, ''), "
      "l.clock_start_at, l.last_follow_up_at FROM leads l "
      "LEFT JOIN users u ON u.tenant_id = l.tenant_id AND u.id = l.owner_id "
      "WHERE l.tenant_id = $1 AND l.home_pool_id = $2 AND l.owner_id IS NOT NULL AND l.clock_start_at < $3 AND " +
          std::string(kOpen),
      {V(tenant_id), V(pool_id), V(cutoff)});
  if (!r.ok()) return r.status();
  std::vector<SweepCandidate> out;
  for (auto& row : r->rows)
    out.push_back({row.Int(0), row.TakeText(1), row.Int(2), row.TakeText(3), row.Int(4), row.OptInt(5)});
  return out;
}

Result<std::int64_t> CountWaitingSince(Connection& conn, Id tenant_id, Id pool_id, Instant since) {
  auto r = conn.Query(
      "SELECT COUNT(*) FROM leads l WHERE l.tenant_id = $1 AND l.pool_id IS NOT NULL AND l.pool_id = $2 AND "
      "l.released_at < $3 AND " +
          std::string(kOpen),
      {V(tenant_id), V(pool_id), V(since)});
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

Result<bool> MarkPoolReminded(Connection& conn, Id tenant_id, Id pool_id, Id user_id, LocalDate date, Instant at) {
  auto r = conn.Query(
      "INSERT INTO lead_pool_reminders (tenant_id, pool_id, user_id, local_date, at) VALUES ($1, $2, $3, $4, $5) "
      "ON CONFLICT DO NOTHING",
      {V(tenant_id), V(pool_id), V(user_id), V(static_cast<std::int64_t>(date)), V(at)});
  if (!r.ok()) return r.status();
  return r->affected == 1;
}

Result<std::vector<UntouchedLead>> ListUntouched(Connection& conn, Id tenant_id, Instant from, Instant to) {
  auto r = conn.Query(
      "SELECT l.id, CASE WHEN l.name <> '' THEN l.name ELSE l.company END, l.owner_id, l.assigned_at FROM leads l "
      "WHERE l.tenant_id = $1 AND l.owner_id IS NOT NULL AND l.assigned_at IS NOT NULL AND l.assigned_at >= $2 AND "
      "l.assigned_at <= $3 AND (l.last_follow_up_at IS NULL OR l.last_follow_up_at < l.assigned_at) AND "
      "(l.untouched_reminded_for IS NULL OR l.untouched_reminded_for <> l.assigned_at) AND EXISTS (SELECT 1 FROM "
      "lead_owner_history h WHERE h.tenant_id = l.tenant_id AND h.lead_id = l.id AND h.action IN ('push', 'assign') "
      "AND h.to_user_id = l.owner_id AND h.at = l.assigned_at) AND " +
          std::string(kOpen) + " ORDER BY l.assigned_at, l.id",
      {V(tenant_id), V(from), V(to)});
  if (!r.ok()) return r.status();
  std::vector<UntouchedLead> out;
  for (auto& row : r->rows) out.push_back({row.Int(0), row.TakeText(1), row.Int(2), row.Int(3)});
  return out;
}

Result<bool> MarkUntouchedReminded(Connection& conn, Id tenant_id, Id lead_id, Id owner_id, Instant assigned_at) {
  auto r = conn.Query(
      "UPDATE leads SET untouched_reminded_for = $4 WHERE tenant_id = $1 AND id = $2 AND owner_id = $3 AND "
      "assigned_at = $4 AND (untouched_reminded_for IS NULL OR untouched_reminded_for <> $4) AND "
      "(last_follow_up_at IS NULL OR last_follow_up_at < $4)",
      {V(tenant_id), V(lead_id), V(owner_id), V(assigned_at)});
  if (!r.ok()) return r.status();
  return r->affected == 1;
}

}  // namespace quanke::leads
