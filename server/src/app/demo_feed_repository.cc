#include "app/demo_feed_repository.h"

namespace quanke::app {

using storage::V;

Result<std::vector<DemoFeedItem>> ReadDemoFeedItems(storage::Connection& conn, Id tenant_id) {
  auto r = conn.Query(
      "SELECT f.id, f.type, f.created_at, f.params, u.created_at FROM feed_items f LEFT JOIN follow_ups u "
      "ON u.tenant_id = f.tenant_id AND u.id = f.follow_up_id WHERE f.tenant_id = $1 ORDER BY f.id",
      {V(tenant_id)});
  if (!r.ok()) return r.status();
  std::vector<DemoFeedItem> out;
  out.reserve(r->rows.size());
  for (auto& row : r->rows) out.push_back({row.Int(0), row.TakeText(1), row.Int(2), row.TakeText(3), row.OptInt(4)});
  return out;
}

Result<std::vector<DemoStageChange>> ReadDemoStageChanges(storage::Connection& conn, Id tenant_id) {
  auto r = conn.Query(
      "SELECT opportunity_id, from_name, to_name, at FROM opportunity_stage_changes "
      "WHERE tenant_id = $1 AND direction <> 'create' ORDER BY opportunity_id, id",
      {V(tenant_id)});
  if (!r.ok()) return r.status();
  std::vector<DemoStageChange> out;
  out.reserve(r->rows.size());
  for (auto& row : r->rows) out.push_back({row.Int(0), row.TakeText(1), row.TakeText(2), row.Int(3)});
  return out;
}

Result<std::vector<std::pair<Id, Instant>>> ReadDemoContractActivations(storage::Connection& conn, Id tenant_id) {
  auto r = conn.Query("SELECT id, activated_at FROM contracts WHERE tenant_id = $1 AND activated_at IS NOT NULL",
                      {V(tenant_id)});
  if (!r.ok()) return r.status();
  std::vector<std::pair<Id, Instant>> out;
  for (const auto& row : r->rows) out.emplace_back(row.Int(0), row.Int(1));
  return out;
}

Result<std::vector<std::pair<Id, Instant>>> ReadDemoWorkLogTimes(storage::Connection& conn, Id tenant_id) {
  auto r = conn.Query(
      "SELECT feed_item_id, created_at FROM work_logs WHERE tenant_id = $1 AND feed_item_id IS NOT NULL",
      {V(tenant_id)});
  if (!r.ok()) return r.status();
  std::vector<std::pair<Id, Instant>> out;
  for (const auto& row : r->rows) out.emplace_back(row.Int(0), row.Int(1));
  return out;
}

Status RenumberDemoFeedItem(storage::Connection& conn, Id tenant_id, Id old_id, Id new_id, Instant at, bool work_log) {
  if (Status s = conn.Defer("UPDATE feed_items SET id = $3, created_at = $4 WHERE tenant_id = $1 AND id = $2",
                            {V(tenant_id), V(old_id), V(new_id), V(at)});
      !s.ok())
    return s;
  if (Status s = conn.Defer("UPDATE feed_likes SET item_id = $3 WHERE tenant_id = $1 AND item_id = $2",
                            {V(tenant_id), V(old_id), V(new_id)});
      !s.ok())
    return s;
  if (Status s = conn.Defer("UPDATE comments SET item_id = $3 WHERE tenant_id = $1 AND item_id = $2",
                            {V(tenant_id), V(old_id), V(new_id)});
      !s.ok())
    return s;
  if (!work_log) return Status::Ok();
  return conn.Defer("UPDATE work_logs SET feed_item_id = $3 WHERE tenant_id = $1 AND feed_item_id = $2",
                    {V(tenant_id), V(old_id), V(new_id)});
}

}  // namespace quanke::app
