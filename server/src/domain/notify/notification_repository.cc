#include "domain/notify/notifications.h"

namespace quanke::notify {
using storage::V;

namespace {
Notification ReadNotification(const storage::Row& row) {
  Notification n;
  n.id = row.Int(0);
  n.user_id = row.Int(1);
  n.type = row.Text(2);
  n.title = row.Text(3);
  n.body = row.Text(4);
  n.object_type = row.Text(5);
  n.object_id = row.OptInt(6);
  n.created_at = row.Int(7);
  n.read_at = row.OptInt(8);
  n.params = ParamsFromJson(row.Text(9));
  return n;
}
}  // namespace

Result<bool> InsertNotification(storage::Connection& conn, Id tenant_id, const Notification& n) {
  auto r = conn.Query(
      "INSERT INTO notifications (tenant_id, id, user_id, type, title, body, object_type, object_id, created_at, "
      "params) SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 WHERE NOT EXISTS (SELECT 1 FROM notifications "
      "WHERE tenant_id = $1 AND user_id = $3 AND id >= $2)",
      {V(tenant_id), V(n.id), V(n.user_id), V(n.type), V(n.title), V(n.body), V(n.object_type), V(n.object_id),
       V(n.created_at), V(ParamsToJson(n.params))});
  if (!r.ok()) return r.status();
  return r->affected == 1;
}

Result<Page<Notification>> List(storage::Connection& conn, Id tenant_id, Id user_id, bool unread_only,
                                const PageRequest& page) {
  std::string sql =
      "SELECT id, user_id, type, title, body, object_type, object_id, created_at, read_at, params FROM "
      "notifications WHERE tenant_id = $1 AND user_id = $2";
  storage::Params params{V(tenant_id), V(user_id)};
  if (unread_only) sql += " AND read_at IS NULL";
  if (!page.cursor.empty()) {
    std::string unused;
    Id last = 0;
    if (!DecodeCursor(page.cursor, &unused, &last)) return Status::Validation({{"cursor", "invalid_value"}});
    sql += " AND id < $3";
    params.push_back(V(last));
  }
  auto r = conn.Query(sql + " ORDER BY id DESC LIMIT " + std::to_string(page.limit + 1), params);
  if (!r.ok()) return r.status();
  Page<Notification> out;
  for (const auto& row : r->rows) out.items.push_back(ReadNotification(row));
  TrimToPage(out, page.limit);
  return out;
}

Result<std::vector<Notification>> ListAfter(storage::Connection& conn, Id tenant_id, Id user_id, Id after_id,
                                            int limit) {
  auto r = conn.Query(
      "SELECT id, user_id, type, title, body, object_type, object_id, created_at, read_at, params FROM notifications "
      "WHERE tenant_id = $1 AND user_id = $2 AND id > $3 ORDER BY id LIMIT " + std::to_string(limit),
      {V(tenant_id), V(user_id), V(after_id)});
  if (!r.ok()) return r.status();
  std::vector<Notification> out;
  for (const auto& row : r->rows) out.push_back(ReadNotification(row));
  return out;
}

Result<Id> NewestId(storage::Connection& conn, Id tenant_id, Id user_id) {
  auto r = conn.Query("SELECT COALESCE(MAX(id), 0) FROM notifications WHERE tenant_id = $1 AND user_id = $2",
                      {V(tenant_id), V(user_id)});
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

Result<std::int64_t> UnreadCount(storage::Connection& conn, Id tenant_id, Id user_id) {
  auto r = conn.Query(
      "SELECT COUNT(*) FROM notifications WHERE tenant_id = $1 AND user_id = $2 AND read_at IS NULL",
      {V(tenant_id), V(user_id)});
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

Status MarkRead(storage::Connection& conn, Id tenant_id, Id user_id, Id id, Instant at) {
  auto r = conn.Query(
      "UPDATE notifications SET read_at = COALESCE(read_at, $4) WHERE tenant_id = $1 AND user_id = "
      "$2 AND id = $3",
      {V(tenant_id), V(user_id), V(id), V(at)});
  if (!r.ok()) return r.status();
  if (r->affected == 0) return Status::NotFound();
  return Status::Ok();
}

Status MarkAllRead(storage::Connection& conn, Id tenant_id, Id user_id, Instant at) {
  return conn.Exec(
      "UPDATE notifications SET read_at = $3 WHERE tenant_id = $1 AND user_id = $2 AND read_at IS NULL",
      {V(tenant_id), V(user_id), V(at)});
}

Result<bool> LikeNotified(storage::Connection& conn, const org::Caller& caller, Id user_id,
                          Id item_id, const NotificationParams& params) {
  auto r = conn.Query(
      "SELECT 1 FROM notifications WHERE tenant_id = $1 AND user_id = $2 AND type = 'feed.like' "
      "AND object_id = $3 AND params = $4",
      {V(caller.tenant_id), V(user_id), V(item_id), V(ParamsToJson(params))});
  if (!r.ok()) return r.status();
  return !r->empty();
}

}  // namespace quanke::notify
