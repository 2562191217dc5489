#include "domain/notify/notifications.h"

#include "domain/notify/hub.h"
#include "domain/notify/webhooks.h"

namespace quanke::notify {
using storage::V;

// Live streams resume by notification id (Last-Event-ID), so a notification must never be
// committed after one with a higher id (see LockTenantEvents).
constexpr std::int64_t kNotifyLockBase = 0x6e6f74690000000;

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

Status LockTenantEvents(storage::Connection& conn, Id tenant_id) { return conn.LockKey(kNotifyLockBase ^ tenant_id); }

Status Send(storage::Connection& conn, Id tenant_id, const Notification& n) {
  if (Status s = LockTenantEvents(conn, tenant_id); !s.ok()) return s;
  Notification row = n;
  if (!row.id) row.id = Ids().Next();
  if (Status s = conn.Exec(
          "INSERT INTO notifications (tenant_id, id, user_id, type, title, body, object_type, "
          "object_id, created_at, params) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
          {V(tenant_id), V(row.id), V(row.user_id), V(row.type), V(row.title), V(row.body),
           V(row.object_type), V(row.object_id), V(row.created_at), V(ParamsToJson(row.params))});
      !s.ok())
    return s;
  // The same event goes to the tenant's webhooks (an outbox row in this transaction) …
  if (Status s = EnqueueWebhooks(conn, tenant_id, row); !s.ok()) return s;
  // … and wakes the user's open streams once it is committed.
  const Id user_id = row.user_id;
  conn.AfterCommit([tenant_id, user_id] { LiveHub().Poke(tenant_id, user_id); });
  return Status::Ok();
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

Result<Page<Notification>> NotificationService::List(const org::Caller& caller, bool unread_only,
                                                     const PageRequest& page) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return notify::List(**lease, caller.tenant_id, caller.user_id, unread_only, page);
}

Result<std::int64_t> NotificationService::UnreadCount(const org::Caller& caller) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return notify::UnreadCount(**lease, caller.tenant_id, caller.user_id);
}

Status NotificationService::MarkRead(const org::Caller& caller, Id id) {
  return storage::InTransaction(db_, [&](storage::Connection& conn) {
    return notify::MarkRead(conn, caller.tenant_id, caller.user_id, id, clock_.Now());
  });
}

Status NotificationService::MarkAllRead(const org::Caller& caller) {
  return storage::InTransaction(db_, [&](storage::Connection& conn) {
    return notify::MarkAllRead(conn, caller.tenant_id, caller.user_id, clock_.Now());
  });
}

Result<std::vector<Notification>> NotificationService::After(Id tenant_id, Id user_id, Id after_id, int limit) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return ListAfter(**lease, tenant_id, user_id, after_id, limit);
}

Result<Id> NotificationService::NewestId(const org::Caller& caller) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return notify::NewestId(**lease, caller.tenant_id, caller.user_id);
}

}  // namespace quanke::notify
